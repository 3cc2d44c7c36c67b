import type { Scored } from './recognizer';

/**
 * How sure the recognizer must be. Scores are the classifier's shares (they add up to 1):
 * a clear winner has at least CLEAR and leads the next intent by MARGIN; intents within
 * CLOSE of the winner are offered with it; below GUESS nothing is said about it.
 */
export const CONFIDENCE = { CLEAR: 0.45, MARGIN: 0.2, CLOSE: 0.2, GUESS: 0.3 } as const;
/**
 * A long sentence (a story around the request) must be read more surely to start a procedure
 * unasked: its words lend the classifier's shares to several intents, and on first messages
 * written by partners a winner below these started the wrong procedure about as often as the
 * right one. Below them, the likeliest are offered (a close call) or guessed ("did you mean").
 */
export const LONG_SENTENCE = { WORDS: 9, CLEAR: 0.7, MARGIN: 0.35 } as const;

export type Decision =
  | { kind: 'clear'; intent: string; score: number }
  | { kind: 'close'; intents: string[] }
  | { kind: 'none'; guess?: string };

export const isProcedureIntent = (intent: string) => !intent.startsWith('talk.') && !intent.startsWith('ask.');

/**
 * The decision on a ranked list. A procedure the user may not do is only named when it is the
 * clear winner and nothing allowed fits: then the user learns which roles it needs. When an
 * allowed intent also fits, the forbidden ones are left out as if never recognised.
 */
export function decide(
  ranked: readonly Scored[],
  allowed: (intent: string) => boolean = () => true,
  options: { long?: boolean } = {},
): Decision {
  const sure = options.long ? LONG_SENTENCE : CONFIDENCE;
  if (ranked.length === 0) return { kind: 'none' };
  const [top] = ranked;
  const mine = ranked.filter((r) => allowed(r.intent));
  const forbiddenWins = !allowed(top.intent) && decideOn(ranked, sure).kind === 'clear';
  const fitting = mine.filter((r) => isProcedureIntent(r.intent) && r.score >= FITS);
  if (forbiddenWins && fitting.length === 0) return decideOn(ranked, sure);
  if (allowed(top.intent)) return decideOn(mine, sure);
  // Among what the user may do, as if the others had never been recognised; the score said stays the one measured.
  const total = mine.reduce((sum, r) => sum + r.score, 0);
  const d = decideOn(total > 0 ? mine.map((r) => ({ intent: r.intent, score: r.score / total })) : mine, sure);
  return d.kind === 'clear' ? { ...d, score: mine.find((r) => r.intent === d.intent)?.score ?? 0 } : d;
}

/** An allowed procedure with at least this share also fits the sentence: a forbidden one is then not named. */
const FITS = 0.1;

function decideOn(ranked: readonly Scored[], sure: { CLEAR: number; MARGIN: number }): Decision {
  const [top, second] = ranked;
  if (!top) return { kind: 'none' };
  const lead = top.score - (second?.score ?? 0);
  if (top.score >= sure.CLEAR && lead >= sure.MARGIN) return { kind: 'clear', intent: top.intent, score: top.score };
  const close = ranked
    .filter((r) => isProcedureIntent(r.intent) && r.score >= CONFIDENCE.GUESS * 0.5 && top.score - r.score <= CONFIDENCE.CLOSE)
    .slice(0, 3);
  if (top.score >= CONFIDENCE.GUESS && isProcedureIntent(top.intent) && close.length >= 2)
    return { kind: 'close', intents: close.map((r) => r.intent) };
  if (top.score >= CONFIDENCE.GUESS && !isProcedureIntent(top.intent) && lead >= CONFIDENCE.MARGIN)
    return { kind: 'clear', intent: top.intent, score: top.score };
  return { kind: 'none', guess: top.score >= CONFIDENCE.GUESS && isProcedureIntent(top.intent) ? top.intent : undefined };
}
