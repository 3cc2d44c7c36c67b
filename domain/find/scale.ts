/**
 * How alike a typed text and a name are, on one scale for the two ways a name is looked for:
 * a whole typed answer (match.ts) and the words of a sentence (mentions.ts). 1 is the name
 * itself; the lower, the less alike.
 */
export const SCORE = {
  /** An exact key (ID, domain, GUID) or the whole name. */
  EXACT: 1,
  /** The name without its legal form ("contoso" for "Contoso Ltd"). */
  CORE: 0.95,
  /** A domain's first label ("northwindtraders" for northwindtraders.com). */
  DOMAIN_LABEL: 0.9,
  /** The distinctive first word of a longer name, alone in a sentence ("northwind's order"). */
  FIRST_WORD: 0.85,
  /** Words that start the name's words, in order ("north trad"): up to 0.1 more the more of the name they cover. */
  WORD_PREFIX: 0.8,
  /** A misspelt name, times how alike the two are. */
  FUZZY: 0.78,
} as const;

/** The least score a candidate needs to be shown at all. */
export const FLOOR = 0.5;
/**
 * In a sentence, many words may look like a name by chance ("order" like "Ordell"): a mention
 * needs this much to be kept.
 */
export const SENTENCE_FLOOR = 0.6;
/** A lone candidate below this is a guess: offered to choose, never taken. */
export const CLEAR = 0.62;
/** Candidates within this of the best one are a close call. */
export const CLOSE = 0.15;

/** No name is longer: typos are looked for in shorter texts only (the work stays small). */
export const MAX_FUZZY = 40;

/**
 * How alike typed words and as many words of a name must be to count as that name misspelt:
 * the first words of a longer name typed as an answer ("exchange onlnie"), a name of several
 * words in a sentence ("field notse").
 */
export const SIMILAR = 0.8;

/** 1 minus the edit distance over the longer length: 1 for the same text. Two letters swapped ("premuim") are one edit. */
export function similarity(a: string, b: string): number {
  if (!a || !b) return 0;
  let before: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) next[j] = Math.min(next[j], before[j - 2] + 1);
    }
    before = row;
    row = next;
  }
  return 1 - row[b.length] / Math.max(a.length, b.length);
}
