import { t } from '../../cards/i18n';
import type { Choice } from '../../cards/view';
import { fold, LANGS, type Lang } from './text';
import { readYesNo } from './yes-no';

/**
 * Which choice of the question on screen a typed text names: its number, its value, its whole
 * label in the conversation's language or in English, an ordinal ("the second", "la
 * deuxième", "den andra", "de tweede"), a yes/no word for a yes/no choice ("yes" also for the
 * one highlighted choice that goes ahead), or a part of its
 * label that fits no other choice. Case and accents do not matter.
 */
/** `partial`: only a part of a label matched (a word that works everywhere, "why" say, then wins). */
export type ChoiceMatch =
  | { kind: 'one'; value: string; partial?: true }
  | { kind: 'several'; values: string[]; partial?: true }
  | { kind: 'none' };

export interface ChoiceReading {
  /** Digits pick the n-th choice (not when the question asks for a number). */
  numbers?: boolean;
  /** A part of a label is enough (not where the question also takes free text). */
  partial?: boolean;
  /**
   * The languages whose labels and ordinals are read: by default the conversation's and
   * English; all four where a typed label must never be taken for something else.
   */
  languages?: readonly Lang[];
}

const readIn = (lang: Lang, how: ChoiceReading): readonly Lang[] => how.languages ?? [...new Set<Lang>([lang, 'en'])];

const ORDINALS: Record<Lang, Record<string, number>> = {
  en: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, last: -1 },
  fr: {
    premier: 1,
    premiere: 1,
    deuxieme: 2,
    second: 2,
    seconde: 2,
    troisieme: 3,
    quatrieme: 4,
    cinquieme: 5,
    sixieme: 6,
    septieme: 7,
    huitieme: 8,
    neuvieme: 9,
    dixieme: 10,
    dernier: -1,
    derniere: -1,
  },
  sv: { forsta: 1, andra: 2, tredje: 3, fjarde: 4, femte: 5, sjatte: 6, sjunde: 7, attonde: 8, nionde: 9, tionde: 10, sista: -1 },
  nl: { eerste: 1, tweede: 2, derde: 3, vierde: 4, vijfde: 5, zesde: 6, zevende: 7, achtste: 8, negende: 9, tiende: 10, laatste: -1 },
};
/** Words around an ordinal that carry nothing: "the second one", "la deuxième option", "det andra alternativet". */
const FILLER = new Set([
  'the',
  'one',
  'option',
  'choice',
  'number',
  'le',
  'la',
  "l'",
  'choix',
  'un',
  'une',
  'den',
  'det',
  'alternativet',
  'valet',
  'de',
  'het',
  'optie',
  'keuze',
  'nummer',
  'no',
  'nr',
  'n°',
  '#',
]);
const STOP = new Set([
  ...FILLER,
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'et',
  'ou',
  'du',
  'des',
  'les',
  'och',
  'eller',
  'en',
  'ett',
  'een',
  'of',
  'en',
]);

/** The position (1-based, or -1 for the last) a typed ordinal names, or undefined (in `languages`, by default the conversation's and English). */
export function ordinalOf(text: string, lang: Lang, languages: readonly Lang[] = [lang, 'en']): number | undefined {
  const words = fold(text)
    .replace(/^l'/, '')
    .split(/\s+/)
    .filter((w) => !FILLER.has(w));
  if (words.length !== 1) return undefined;
  const w = words[0];
  const digits = /^(\d{1,2})(?:st|nd|rd|th|e|er|ere|eme|ieme|:a|:e|de|ste|ste)$/.exec(w);
  if (digits) return Number(digits[1]);
  for (const l of languages) if (w in ORDINALS[l]) return ORDINALS[l][w];
  return undefined;
}

/** A label as typed text is compared with it: folded, then without quotes, then its words alone, then spaced for a whole-word search. */
interface FoldedLabel {
  folded: string;
  bare: string;
  words: string;
  spaced: string;
}

/**
 * A label's folded forms per set of languages. Kept per label object (the menu's titles are the
 * same objects at every first message) and per label content: a prompt's choices are made anew
 * at every turn (the orders of a customer, say), and folding each label in four languages again,
 * its amounts and dates formatted, was much of a typed answer's cost.
 */
const foldedByObject = new WeakMap<object, Map<string, FoldedLabel[]>>();
const foldedByContent = new Map<string, Map<string, FoldedLabel[]>>();
/** Labels differ by customer and order: past this many, the content cache starts again. */
const FOLDED_CONTENTS = 5000;

function labelsOf(c: Choice, languages: readonly Lang[]): FoldedLabel[] {
  let byLanguages = foldedByObject.get(c.label);
  if (!byLanguages) {
    const content = JSON.stringify(c.label);
    byLanguages = foldedByContent.get(content);
    if (!byLanguages) {
      if (foldedByContent.size >= FOLDED_CONTENTS) foldedByContent.clear();
      byLanguages = new Map();
      foldedByContent.set(content, byLanguages);
    }
    foldedByObject.set(c.label, byLanguages);
  }
  const which = languages.join();
  let labels = byLanguages.get(which);
  if (!labels) {
    labels = [...new Set(languages.map((l) => fold(t(c.label, l, 'plain'))))].filter(Boolean).map(foldedLabel);
    byLanguages.set(which, labels);
  }
  return labels;
}

function foldedLabel(folded: string): FoldedLabel {
  const b = bare(folded);
  return { folded, bare: b, words: plainWords(folded), spaced: spaced(b) };
}

/** Labels compare without their quotes and trailing details: `Use "slack-offer"` and `use slack-offer` are the same. */
const bare = (s: string) =>
  s
    .replace(/["“”«»'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
/** A label's words alone: "Yes, cancel it" and "yes cancel it" are the same label. */
const plainWords = (s: string) => s.replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
/** Letters and digits, each run between single spaces: a whole-word search is then a substring search. */
const spaced = (s: string) => ` ${s.replace(/[^\p{L}\p{N}]+/gu, ' ')} `;

export function matchChoice(text: string, choices: readonly Choice[], lang: Lang, how: ChoiceReading = {}): ChoiceMatch {
  const f = fold(text);
  if (!f || choices.length === 0) return { kind: 'none' };
  const languages = readIn(lang, how);
  const one = (c: Choice | undefined): ChoiceMatch => (c ? { kind: 'one', value: c.value } : { kind: 'none' });

  const byValue = choices.find((c) => fold(c.value) === f);
  if (byValue) return one(byValue);
  if (how.numbers !== false) {
    const n = /^(?:n°|no\.?|nr\.?|#)?\s*(\d{1,2})\s*[.)]?$/.exec(f);
    if (n && Number(n[1]) >= 1 && Number(n[1]) <= choices.length) return one(choices[Number(n[1]) - 1]);
  }
  const typed = foldedLabel(f);
  const byLabel = choices.filter((c) =>
    labelsOf(c, languages).some((l) => l.folded === f || l.bare === typed.bare || (l.words !== '' && l.words === typed.words)),
  );
  if (byLabel.length === 1) return one(byLabel[0]);
  if (byLabel.length > 1) return { kind: 'several', values: byLabel.map((c) => c.value) };

  const ord = ordinalOf(f, lang, languages);
  if (ord !== undefined && Math.abs(ord) <= choices.length && ord !== 0) return one(choices[ord === -1 ? choices.length - 1 : ord - 1]);

  const yes = readYesNo(f);
  if (yes !== undefined) {
    const meant = choices.filter((c) => c.means === (yes ? 'yes' : 'no'));
    if (meant.length === 1) return one(meant[0]);
    // "yes" to a question whose one highlighted choice goes ahead ("Register the deal", "Use "fieldsync"").
    const ahead = choices.filter((c) => c.style === 'positive');
    if (yes && meant.length === 0 && !choices.some((c) => c.means) && ahead.length === 1) return one(ahead[0]);
  }

  if (how.partial === false) return { kind: 'none' };
  const words = typed.bare.split(' ').filter((w) => !STOP.has(w));
  if (words.length === 0 || typed.bare.length < 3) return { kind: 'none' };
  // The typed words, whole: between spaces, as every label's are.
  const needle = ` ${typed.spaced.trim()} `;
  const partial = choices.filter((c) => labelsOf(c, languages).some((l) => l.spaced.includes(needle) || l.bare.startsWith(typed.bare)));
  if (partial.length === 1) return { kind: 'one', value: partial[0].value, partial: true };
  if (partial.length > 1) return { kind: 'several', values: partial.map((c) => c.value), partial: true };
  return { kind: 'none' };
}

/**
 * Whether a typed text is one of the choices on screen, its label as shown in any of the four
 * languages ("Change the title" in a French conversation) or its value: then it answers the
 * question and never starts another procedure.
 */
export function namesChoice(choices: readonly Choice[], text: string): boolean {
  return matchChoice(text, choices, 'en', { languages: LANGS, numbers: false, partial: false }).kind !== 'none';
}
