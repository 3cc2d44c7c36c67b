import type { Prompt } from '../../cards/view';
import { rangeIn } from '../answers/date';
import { recognizers } from '../answers/recognizers';
import { PREFILL_KEYS, prefillFor } from '../nlu/extract';
import { route } from '../nlu/score';
import { guessLang, type Lang } from '../nlu/text';
import type { ProcedureDefinition } from '../procedure';

/**
 * First messages: which procedure a sentence names, and the values it carries. This is the
 * one place where the engine routes a sentence; what reads it lives in dialogs/nlu.
 */

/** A first sentence is read from this many characters at most, before any recognizer runs. */
export const MAX_FIRST_MESSAGE_CHARS = 300;
/** A sentence must name another procedure at least this clearly to set the current one aside. */
const SWITCH_SCORE = 3;
const MIN_SWITCH_WORDS = 3;

const cut = (text: string) => text.slice(0, MAX_FIRST_MESSAGE_CHARS);

export function routeFirstMessage(procedures: readonly ProcedureDefinition[], text: string, allowed?: (def: ProcedureDefinition) => boolean) {
  return route(procedures, cut(text), allowed);
}

const CULTURES: Record<Lang, string[]> = { en: ['en-us'], fr: ['fr-fr', 'en-us'], sv: ['en-us'], nl: ['nl-nl', 'en-us'] };

/**
 * The values of a first sentence for a procedure. The date models run first on their worker
 * thread, within their time budget; the sentence's reading then takes their results from the
 * cache and never runs a model on the event loop.
 */
export async function firstMessage(def: ProcedureDefinition, text: string, lang: Lang, now: Date): Promise<Record<string, string>> {
  const sentence = cut(text);
  const l = guessLang(sentence, lang);
  // The models only for what the grammar of dialogs/answers does not read itself.
  const readsRange = (PREFILL_KEYS[def.id] ?? []).includes('range') && !rangeIn(sentence, l, now);
  if (readsRange) {
    // The same text the sentence's reader gives the models (it writes French "1er" as "1").
    const modelText = l === 'fr' ? sentence.replace(/\b(1)er\b/gi, '$1') : sentence;
    for (const culture of CULTURES[l]) {
      // Over budget in one language: the sentence is not given to another model.
      if (!(await recognizers.recognize('datetime', modelText, culture, now))) break;
    }
  }
  return prefillFor(def, sentence, lang, now);
}

/**
 * Another procedure that a sentence typed during a run clearly names. `ask`: the question also
 * takes free text, so the sentence may be its answer: the user is asked which it is.
 */
export function switchTarget(allowed: readonly ProcedureDefinition[], current: ProcedureDefinition, shown: Prompt, text: string): { def: ProcedureDefinition; ask: boolean } | undefined {
  // Short answers ("free trial", "Contoso") are answers to the question, even when they name a procedure.
  if (text.trim().split(/\s+/).length < MIN_SWITCH_WORDS) return undefined;
  const r = route(allowed, cut(text));
  if (r.kind !== 'one' || r.def.id === current.id || r.score < SWITCH_SCORE) return undefined;
  return { def: r.def, ask: !!shown.input || !!shown.fields?.length || !shown.choices?.length };
}

/** Sentences that exercise the router and the readers of values in the four languages. */
const WARM_UP = [
  'cancel order 4711 for contoso.com',
  "journal d'activité du 1er au 20 novembre pour Contoso",
  'aktivitetslogg från 1 november till 20 november, tjugo licenser',
  'activiteitenlogboek van 1 november tot 20 november, twintig licenties',
];

/**
 * Builds the router's patterns and runs the readers once, when the engine is made: the first
 * message after a start then costs what any message costs.
 */
export function warmUpReading(procedures: readonly ProcedureDefinition[], now: Date): void {
  for (const text of WARM_UP) {
    const r = route(procedures, text);
    const lang = guessLang(text, 'en');
    prefillFor(r.kind === 'one' ? r.def : procedures[0], text, lang, now);
  }
}
