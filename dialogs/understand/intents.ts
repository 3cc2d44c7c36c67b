import type { Lang } from '../nlu/text';

/** Example phrases of one intent, per language: what the recognizer is trained on. */
export type Phrases = Record<Lang, readonly string[]>;

/** Small talk and help: answered with a short line in the user's language, then the menu. */
export const TALK_INTENTS = ['greeting', 'thanks', 'goodbye', 'capabilities', 'out-of-scope'] as const;
export type TalkIntent = (typeof TALK_INTENTS)[number];

/** Questions answered from the rules and data, without starting a procedure. */
export const QUESTION_INTENTS = [
  'reservation-markets',
  'hybrid-benefit',
  'cancellation-window',
  'missing-product',
  'after-go-live',
] as const;
export type QuestionIntent = (typeof QUESTION_INTENTS)[number];

export const talkIntent = (t: TalkIntent) => `talk.${t}`;
export const questionIntent = (q: QuestionIntent) => `ask.${q}`;

/** Phrases of several intents of one kind in one language file: intent name -> phrases. */
export type PhraseTable<K extends string> = Record<K, readonly string[]>;
