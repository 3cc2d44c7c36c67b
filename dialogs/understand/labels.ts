import type { Prompt } from '../../cards/view';
import { namesChoice } from '../answers/choice';

/** The text is one of the question's choices, typed as shown in any of the four languages ("Change the title"): read by the answers' choice reader. */
export function isChoiceLabel(prompt: Prompt | undefined, text: string): boolean {
  return namesChoice(prompt?.choices ?? [], text);
}
