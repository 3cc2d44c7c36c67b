import { fold } from '../nlu/text';

/**
 * Where a sentence goes on to say why: "invite contoso pharma so we can assign them licences",
 * "envoie l'invitation pour qu'ils puissent accepter", "skicka inbjudan så att de kan godkänna",
 * "nodig ze uit zodat we licenties kunnen toewijzen". What comes after is the reason, not the
 * request: its words ("assign licences") must not pick the procedure.
 */
const PURPOSE =
  /\s(?:so\s+(?:that\s+)?(?:we|i|they|you|he|she)\s+(?:can|could|may)|so\s+that|in\s+order\s+to|pour\s+qu|afin\s+(?:qu|de)\b|sa\s+att|sa\s+(?:vi|jag|de|ni|han|hon)\s+kan|for\s+att|zodat|opdat)/;

/**
 * "how do I …", "hur gör jag …", "comment faire …", "hoe doe ik …": asking how, with nothing of
 * the request yet; what follows "för att" / "in order to" is then the request, not a reason (folded).
 */
const HOW_TO_ALONE =
  /^(?:how (?:do|can|should|would) (?:i|we|you)(?: do(?: it| that| this)?)?|what (?:do|should) (?:i|we) do|hur (?:gor|ska|kan) (?:jag|vi|man)(?: gora)?|vad (?:gor|ska) (?:jag|vi|man)(?: gora)?|comment (?:je fais|on fait|faire|fait-on|je dois faire)|que (?:dois-je|faut-il) faire|hoe (?:doe|kan|moet) (?:ik|je|we|men)(?: dat| dit)?(?: doen)?|wat (?:moet|kan) (?:ik|je|we) doen)$/;

/** The request of a sentence without the reason it gives, or the sentence itself when it gives none. */
export function mainClause(text: string): string {
  const folded = fold(text);
  const at = folded.search(PURPOSE);
  if (at < 0) return text;
  const before = folded.slice(0, at).trim();
  // A reason needs a request before it: "so that we can assign licences" alone is read whole,
  // and "hur gör jag för att annullera …" asks how to do what follows.
  return before.split(/\s+/).length < 2 || HOW_TO_ALONE.test(before.replace(/[,;:]+$/, '')) ? text : before;
}
