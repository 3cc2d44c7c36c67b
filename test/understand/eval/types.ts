/**
 * One first message of the evaluation set and the intent it should reach: a procedure id,
 * `talk.*` (small talk and help) or `ask.*` (a question answered without a procedure).
 * These sentences are never used for training: test/understand/held-out.test.ts checks it.
 */
export type EvalCase = readonly [text: string, intent: string];
