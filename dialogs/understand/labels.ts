import { t } from '../../cards/i18n';
import type { Prompt } from '../../cards/view';
import { forModel, LANGS } from './recognizer';

/** The text is one of the question's choices, typed as shown in any of the four languages ("Change the title"). */
export function isChoiceLabel(prompt: Prompt | undefined, text: string): boolean {
  const typed = forModel(text);
  return !!typed && (prompt?.choices ?? []).some((c) => LANGS.some((l) => forModel(t(c.label, l)) === typed));
}
