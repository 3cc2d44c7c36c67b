/**
 * The one place for comparing a typed answer with the words of a choice: case, spaces and a
 * final period or exclamation mark do not matter.
 */
export const norm = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/, '');

/** A typed answer says one of these words (a choice's value or one of its labels). */
export function answerIs(value: string, ...words: string[]): boolean {
  const v = norm(value).replace(/[.!?]+$/, '');
  return words.some((w) => norm(w) === v);
}

/**
 * Typed answers that pick a fixed choice of the subscription procedures: its value, its English
 * label, and the short words people type instead (a choice's number is mapped by the engine).
 */
const CHOICE_WORDS: Record<string, string[]> = {
  submit: ['submit the order', 'submit', 'place the order', 'order', 'yes', 'ok', 'confirm', 'envoyer', 'skicka', 'verzenden'],
  confirm: ['yes', 'ok', 'confirm', 'do it', 'oui', 'ja', 'confirmer', 'bekräfta', 'bevestigen'],
  back: ['back', 'back to the catalog', 'go back', 'return', 'retour', 'tillbaka', 'terug'],
  review: ['review the order', 'review', 'done', 'that is all', "that's all", 'checkout', 'summary'],
  'why-missing': ['why is a product missing?', 'why is a product missing', 'missing', 'missing products', 'not offered'],
  reactivate: ['reactivate it', 'reactivate', 'yes', 'réactiver', 'återaktivera', 'heractiveren'],
  change: ['add or change products', 'change', 'add', 'add products', 'change products'],
  clear: ['start the order again', 'clear', 'start again', 'empty the order'],
  request: ['request a relationship', 'request', 'send the invitation', 'invite', 'yes'],
  later: ['finish for now', 'stop here', 'later', 'finish', 'no', 'not now'],
  check: ['check again', 'check', 'accepted', 'it is accepted', 'they accepted'],
  other: ['another subscription', 'other', 'other subscription'],
};

/** A typed answer picks this fixed choice: its value or one of its words above. */
export function choiceIs(value: string, choice: string): boolean {
  return answerIs(value, choice, ...(CHOICE_WORDS[choice] ?? []));
}
