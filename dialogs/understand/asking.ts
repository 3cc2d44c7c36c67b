import { fold } from '../nlu/text';
import { forModel } from './recognizer';

/**
 * "can you invite contoso", "kun je … uitnodigen", "skulle du kunna köpa …", "tu peux envoyer …",
 * "kan vi handla …": a request asked politely, not a question about what the assistant can do.
 * The opening words go when a request of two words at least follows them (folded text).
 */
const ASKING =
  /^(?:(?:can|could|would)\s+(?:you|u)(?:\s+please)?(?:\s+be\s+able\s+to)?|(?:kun|kunt|kan|zou|zoudt|wil|wilt)\s+(?:je|jij|u|ge|du|ni)(?:\s+(?:kunnen|even|eens))*|skulle\s+(?:du|ni)\s+kunna|(?:can|could)\s+we|kan\s+vi|(?:kunnen|kunne)\s+(?:we|wij)|(?:est\s+ce\s+qu')?on\s+peut|peut\s+on|(?:est\s+ce\s+que\s+)?(?:tu\s+peux|peux\s+tu|vous\s+pouvez|pouvez\s+vous|tu\s+pourrais|pourrais\s+tu|vous\s+pourriez|pourriez\s+vous))\s+/;

/** "help me cancel …", "hjälp mig att makulera …", "aide-moi à annuler …": the request follows (folded text). */
const HELPING =
  /^(?:help\s+me(?:\s+(?:to|with))?|aide\s+moi\s+a|m'aider\s+a|hjalpa?\s+mig(?:\s+(?:att|med))?|hjalpa\s+till\s+att|(?:help|helpen)\s+(?:me|mij)(?:\s+(?:met|om|te))?|mij\s+helpen(?:\s+(?:met|om|te))?)\s+/;

/** The request without its polite opening words, when two words at least are left. */
export function withoutAsking(folded: string): string {
  const rest = folded.replace(ASKING, '').replace(HELPING, '');
  return rest !== folded && rest.split(' ').length >= 2 ? rest : folded;
}

/** "the package is ready, can you submit the offer for review?": the polite opener after a clause break. */
const ASKING_AFTER_BREAK = new RegExp(`([,;:.!?]\\s+)${ASKING.source.slice(1)}`, 'g');

/** The sentence without its polite openers, at its start or after a clause break (folded, before punctuation goes). */
export function withoutAskingAnywhere(text: string): string {
  const inside = fold(text).replace(ASKING_AFTER_BREAK, (_, brk: string) => brk);
  return withoutAsking(forModel(inside));
}

/**
 * "can I cancel …", "kan jag cancella …": asking for oneself says what is wanted after a story,
 * but is not taken off a sentence alone ("can I sell reservations to adatum?" is a question).
 */
const ASKING_FOR_ONESELF = /^(?:(?:can|could)\s+i|kan\s+(?:jag|ik)|puis\s+je|(?:est\s+ce\s+que\s+)?je\s+peux)\s+/;

/**
 * Of a message of several sentences, the last one that asks something politely ("The customer
 * called, they bought the wrong version. Can you help me cancel it?"): the others tell the story,
 * whose words ("they bought …") must not pick the procedure. Undefined for one sentence.
 */
export function askingSentence(text: string): string | undefined {
  const sentences = fold(text)
    .split(/(?<=[.!?])\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (sentences.length < 2) return undefined;
  return sentences.reverse().find((x) => {
    const words = forModel(x);
    return ASKING.test(words) || HELPING.test(words) || ASKING_FOR_ONESELF.test(words);
  });
}
