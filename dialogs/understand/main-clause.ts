import { fold } from '../nlu/text';

/**
 * Where a sentence goes on to say why: "invite contoso pharma so we can assign them licences",
 * "envoie l'invitation pour qu'ils puissent accepter", "skicka inbjudan så att de kan godkänna",
 * "nodig ze uit zodat we licenties kunnen toewijzen". What comes after is the reason, not the
 * request: its words ("assign licences") must not pick the procedure.
 */
const PURPOSE =
  /\s(?:so\s+(?:that\s+)?(?:we|i|they|you|he|she)\s+(?:can|could|may)|so\s+that|in\s+order\s+to|pour\s+qu|afin\s+(?:qu|de)\b|sa\s+att|sa\s+(?:vi|jag|de|ni|han|hon)\s+kan|for\s+att|zodat|opdat)/;

/** The request of a sentence without the reason it gives, or the sentence itself when it gives none. */
export function mainClause(text: string): string {
  const folded = fold(text);
  const at = folded.search(PURPOSE);
  // A reason needs a request before it: "so that we can assign licences" alone is read whole.
  if (at < 0 || folded.slice(0, at).trim().split(/\s+/).length < 2) return text;
  return folded.slice(0, at).trim();
}
