import { forModel } from '../recognizer';

/**
 * Greetings, thanks and goodbyes are closed classes of words: a message made of one of them
 * alone ("salut !", "bonsoir", "thx", "hej då") is that, in any language, whatever the trained
 * model makes of a single word it may never have seen.
 */
const GREETINGS = new Set([
  // English
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'greetings',
  'morning',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  // French
  'bonjour',
  'salut',
  'bonsoir',
  'coucou',
  'allo',
  'bonne journee',
  'bon apres midi',
  // Swedish
  'hej',
  'hejsan',
  'halla',
  'tjena',
  'tjenare',
  'tja',
  'god morgon',
  'god middag',
  'god kvall',
  'god eftermiddag',
  // Dutch
  'hallo',
  'hoi',
  'hee',
  'goedemorgen',
  'goedemiddag',
  'goedenavond',
  'goeiemorgen',
  'goedendag',
]);

const THANKS = new Set([
  'thanks',
  'thank you',
  'thx',
  'ty',
  'cheers',
  'many thanks',
  'merci',
  'merci beaucoup',
  'merci bien',
  'tack',
  'tack sa mycket',
  'tackar',
  'bedankt',
  'dank je',
  'dank u',
  'dankjewel',
  'dankuwel',
  'dank je wel',
  'dank u wel',
]);

const GOODBYES = new Set([
  'bye',
  'goodbye',
  'bye bye',
  'see you',
  'see you later',
  'au revoir',
  'a plus',
  'a plus tard',
  'a bientot',
  'bonne soiree',
  'hej da',
  'hejda',
  'vi ses',
  'ha det',
  'ha det bra',
  'doei',
  'dag dag',
  'tot ziens',
  'tot later',
]);

/** Who a greeting may be addressed to, after it: "hi there", "bonjour à tous", "hej alla". */
const ADDRESSEES = new Set([
  'there',
  'all',
  'everyone',
  'team',
  'bot',
  'assistant',
  'a',
  'tous',
  'toi',
  'vous',
  'le',
  'alla',
  'allihop',
  'allemaal',
  'iedereen',
]);

/** What a whole message of greeting, thanks or goodbye words is, possibly addressed ("hi there", "merci à tous"). */
export function closedTalk(text: string): 'greeting' | 'thanks' | 'goodbye' | undefined {
  const words = forModel(text).split(' ').filter(Boolean);
  while (words.length > 1 && ADDRESSEES.has(words[words.length - 1])) words.pop();
  if (words.length === 0 || words.length > 4) return undefined;
  const said = words.join(' ');
  for (const [kind, set] of [
    ['greeting', GREETINGS],
    ['thanks', THANKS],
    ['goodbye', GOODBYES],
  ] as const) {
    // "hey hey", "thanks thanks": the same word again.
    if (set.has(said) || words.every((w) => set.has(w))) return kind;
  }
  return undefined;
}

/** What follows a greeting that opens a longer message ("hi, cancel order 4711" → "cancel order 4711"), as written, or undefined. */
export function afterGreeting(text: string): string | undefined {
  const tokens = [...text.matchAll(/[\p{L}\p{N}']+/gu)];
  const words = tokens.map((m) => forModel(m[0]));
  for (const n of [2, 1]) {
    if (words.length <= n || !GREETINGS.has(words.slice(0, n).join(' '))) continue;
    let skip = n;
    // "hi there, …", "bonjour à tous, …"
    while (skip < words.length - 1 && ADDRESSEES.has(words[skip])) skip++;
    return text.slice(tokens[skip].index).trim();
  }
  return undefined;
}
