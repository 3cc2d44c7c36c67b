import type { Lang } from '../nlu/text';

/** Example phrases of one intent, per language: what the recognizer is trained on. */
export type Phrases = Record<Lang, readonly string[]>;

/** Small talk and help: answered with a short line in the user's language, then the menu. */
export const TALK_INTENTS = ['greeting', 'thanks', 'goodbye', 'capabilities', 'out-of-scope'] as const;
export type TalkIntent = (typeof TALK_INTENTS)[number];

export const talkIntent = (t: TalkIntent) => `talk.${t}`;
/** The intent of a question a procedure declares (ProcedureDefinition.questions). */
export const questionIntent = (id: string) => `ask.${id}`;

/** Phrases of several intents of one kind in one language file: intent name -> phrases. */
export type PhraseTable<K extends string> = Record<K, readonly string[]>;

/** One intent's phrases out of a procedure's tables of several, one table per language. */
export const phrasesOf = <K extends string>(tables: Record<Lang, PhraseTable<K>>, id: K): Phrases => ({
  en: tables.en[id],
  fr: tables.fr[id],
  sv: tables.sv[id],
  nl: tables.nl[id],
});
