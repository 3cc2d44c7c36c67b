import { t } from '../../cards/i18n';
import { dateRangeIn, numbersIn } from '../nlu/recognize';
import type { ProcedureDefinition, QuestionDefinition } from '../procedure';
import { questionIntent, talkIntent, type PhraseTable, type Phrases, type TalkIntent } from './intents';
import { IntentRecognizer, LANGS, forModel, type IntentExamples } from './recognizer';
import { fileModelCache, type ModelCache } from './model-cache';
import { TALK_PHRASES } from './talk/phrases';

/**
 * Every intent the recognizer knows, built from the registry: each procedure's own phrases and
 * its menu title in each language, then small talk and the questions the procedures declare.
 */
export function intentExamples(procedures: readonly ProcedureDefinition[]): IntentExamples[] {
  const fromTables = <K extends string>(
    tables: Record<string, PhraseTable<K>>,
    keys: readonly K[],
    name: (k: K) => string,
  ): IntentExamples[] =>
    keys.map((k) => ({ intent: name(k), phrases: Object.fromEntries(LANGS.map((l) => [l, tables[l]?.[k] ?? []])) as Partial<Phrases> }));
  return [
    ...procedures.map((p) => ({
      intent: p.id,
      phrases: Object.fromEntries(LANGS.map((l) => [l, [...p.phrases[l], t(p.title, l)]])) as Partial<Phrases>,
    })),
    ...fromTables(TALK_PHRASES, Object.keys(TALK_PHRASES.en) as TalkIntent[], talkIntent),
    ...questionsOf(procedures).map((q) => ({ intent: questionIntent(q.id), phrases: q.phrases })),
  ];
}

/** The questions the procedures declare, in registry order. */
export function questionsOf(procedures: readonly ProcedureDefinition[]): QuestionDefinition[] {
  return procedures.flatMap((p) => p.questions ?? []);
}

let modelCache: ModelCache = fileModelCache();

/** Keeps trained models in this directory (the INTENT_MODEL_DIR setting): called before the first message is read. */
export function keepModelsIn(dir: string | undefined): void {
  modelCache = dir ? fileModelCache(dir) : fileModelCache();
}

const trained = new WeakMap<readonly ProcedureDefinition[], Promise<IntentRecognizer>>();

/**
 * The recognizer of a list of procedures, trained once per process (about half a second for
 * the four languages, or read back from a model kept for exactly these phrases) from the
 * phrases in the source: a changed phrase is always in the model.
 */
export function sharedRecognizer(procedures: readonly ProcedureDefinition[]): Promise<IntentRecognizer> {
  let r = trained.get(procedures);
  if (!r) {
    r = IntentRecognizer.train(intentExamples(procedures), modelCache);
    trained.set(procedures, r);
  }
  return r;
}

/** A procedure's menu title typed back, in any of the four languages. */
export function exactTitle(procedures: readonly ProcedureDefinition[], text: string): ProcedureDefinition | undefined {
  const typed = forModel(text);
  return procedures.find((p) => titlesOf(p).has(typed));
}

/** Each procedure's titles as the recognizer reads them, made once: every first message compares against all of them. */
const titles = new WeakMap<ProcedureDefinition, ReadonlySet<string>>();
function titlesOf(p: ProcedureDefinition): ReadonlySet<string> {
  const kept = titles.get(p);
  if (kept) return kept;
  const set = new Set(LANGS.map((l) => forModel(t(p.title, l))));
  titles.set(p, set);
  return set;
}

const WARM_UP: Record<(typeof LANGS)[number], string> = {
  en: 'cancel order 4711 for contoso.com from November 1 to November 20 with 20 licenses',
  fr: 'annuler la commande 4711 pour contoso.com du 1 novembre au 20 novembre avec 20 licences',
  sv: 'avbryt order 4711 för contoso.com 1 november till 20 november med 20 licenser',
  nl: 'annuleer bestelling 4711 voor contoso.com van 1 november tot 20 november met 20 licenties',
};

/**
 * Trains the recognizer and runs one sentence of each language through it and through the
 * number and date models, which load their language on first use (seconds for French):
 * called at start, so that the first message in any language is answered as fast as the others.
 */
export async function warmUnderstanding(procedures: readonly ProcedureDefinition[], now = new Date()): Promise<void> {
  const recognizer = await sharedRecognizer(procedures);
  for (const lang of LANGS) {
    await recognizer.classify(WARM_UP[lang], lang);
    numbersIn(WARM_UP[lang], lang);
    dateRangeIn(WARM_UP[lang], lang, now);
  }
  // A question's own reading of a sentence (the names of every market, for one) is built on first use.
  for (const q of questionsOf(procedures)) q.asks?.(WARM_UP.en);
}
