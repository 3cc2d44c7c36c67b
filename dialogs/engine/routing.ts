import type { Msg, Prompt } from '../../cards/view';
import type { PartnerCenter } from '../../domain/partner-center';
import { rangeIn } from '../answers/date';
import { recognizers } from '../answers/recognizers';
import { prefillFor, prefillKeys } from '../nlu/extract';
import { guessLang, type Lang } from '../nlu/text';
import { pointsBack } from '../nlu/points-back';
import type { ProcedureDefinition } from '../procedure';
import { knownNames, understand, valuesFor, type Understanding } from '../understand';
import { rank } from '../../domain/find/match';
import { isChoiceLabel } from '../understand/labels';
import { asksForList, asksForMore } from '../pick/list-words';
import { replyTo } from '../understand/reply';

/**
 * First messages: which procedure a sentence names, and the values it carries. This is the
 * one place where the engine routes a sentence; what reads it lives in dialogs/understand and
 * dialogs/nlu.
 */

/** A first sentence is read from this many characters at most, before any recognizer runs. */
export const MAX_FIRST_MESSAGE_CHARS = 300;
/** A sentence must name another procedure (or a question) at least this clearly to set the current question aside. */
const SWITCH_CONFIDENCE = 0.7;
/** The same, where the user is then asked whether the sentence was the answer or the other procedure is meant. */
const ASK_SWITCH_CONFIDENCE = 0.6;
const MIN_SWITCH_WORDS = 3;

const cut = (text: string) => text.slice(0, MAX_FIRST_MESSAGE_CHARS);

/** What the router needs to know of the turn: the procedures, the user's roles, the language, Partner Center. */
export interface RoutingContext {
  procedures: readonly ProcedureDefinition[];
  allowed: (def: ProcedureDefinition) => boolean;
  lang: Lang;
  pc: PartnerCenter;
  now: Date;
}

/** The trained recognizer's reading of a sentence; the names Partner Center holds are left out of what it reads. */
export async function understandFirstMessage(text: string, ctx: RoutingContext): Promise<Understanding> {
  const sentence = cut(text);
  return understand(sentence, {
    procedures: ctx.procedures,
    allowed: ctx.allowed,
    lang: ctx.lang,
    known: await knownNames(ctx.pc, sentence),
  });
}

/** The answer to small talk, a question or a sentence placed nowhere: from the rules and Partner Center's data. */
export function replyToFirstMessage(
  u: Exclude<Understanding, { kind: 'procedure' } | { kind: 'choose' }>,
  text: string,
  ctx: RoutingContext,
): Promise<Msg[]> {
  return replyTo(u, cut(text), { pc: ctx.pc, now: ctx.now, lang: ctx.lang });
}

const CULTURES: Record<Lang, string[]> = { en: ['en-us'], fr: ['fr-fr', 'en-us'], sv: ['en-us'], nl: ['nl-nl', 'en-us'] };

/**
 * The values of a first sentence for a procedure, checked against Partner Center (customers,
 * offers). The date models run first on their worker thread, within their time budget; the
 * sentence's reading then takes their results from the cache and never runs a model on the
 * event loop.
 */
export async function firstMessage(
  def: ProcedureDefinition,
  text: string,
  lang: Lang,
  now: Date,
  pc: PartnerCenter,
): Promise<Record<string, string>> {
  const sentence = cut(text);
  const l = guessLang(sentence, lang);
  // The models only for what the grammar of dialogs/answers does not read itself.
  const readsRange = prefillKeys(def).includes('range') && !rangeIn(sentence, l, now);
  if (readsRange) {
    // The same text the sentence's reader gives the models (it writes French "1er" as "1").
    const modelText = l === 'fr' ? sentence.replace(/\b(1)er\b/gi, '$1') : sentence;
    for (const culture of CULTURES[l]) {
      // Over budget in one language: the sentence is not given to another model.
      if (!(await recognizers.recognize('datetime', modelText, culture, now))) break;
    }
  }
  return valuesFor(def, sentence, lang, now, pc);
}

/**
 * A first message that points back ("cancel that order", "annuleer die bestelling") to what the
 * latest finished run was about: its customer and order fill what the sentence leaves out, for
 * a procedure that reads them. A sentence naming another customer keeps its own, and no order
 * of the earlier one is taken for it.
 */
export function withEarlierSubject(
  def: ProcedureDefinition,
  values: Record<string, string>,
  text: string,
  about: Record<string, string> | undefined,
): Record<string, string> {
  if (!about || !pointsBack(cut(text))) return values;
  const keys = prefillKeys(def);
  if (values.customer && about.customer && values.customer.toLowerCase() !== about.customer.toLowerCase()) return values;
  const out = { ...values };
  for (const key of ['customer', 'orderId']) if (keys.includes(key) && !out[key] && about[key]) out[key] = about[key];
  return out;
}

/** What a sentence typed during a run does, besides answering the question. */
export type Interjection =
  /** A question answered at any step ("What is Azure Hybrid Benefit?"); the step's question comes again. */
  | { kind: 'answered'; replies: Msg[] }
  /** Another procedure clearly named. `ask`: the question also takes free text, so the sentence may be its answer. */
  | { kind: 'switch'; def: ProcedureDefinition; ask: boolean };

/**
 * A question or another procedure that a sentence typed during a run clearly tells. Only words
 * that point to a procedure set the current question aside: not "the blue one", nor words every
 * procedure uses, nor one of the question's choices typed in any of the four languages.
 */
export async function interjection(
  current: ProcedureDefinition,
  shown: Prompt,
  text: string,
  ctx: RoutingContext,
): Promise<Interjection | undefined> {
  // Short answers ("free trial", "Contoso") are answers to the question, even when they name a procedure.
  if (isChoiceLabel(shown, text) || namesShownChoice(shown, text) || text.trim().split(/\s+/).length < MIN_SWITCH_WORDS) return undefined;
  // "toon mijn klanten", "show all": asking for the whole list is an answer to a question that finds a thing.
  if (asksForList(text) || asksForMore(text)) return undefined;
  const u = await understandFirstMessage(text, ctx);
  const freeText = !!shown.input || !!shown.fields?.length || !shown.choices?.length;
  if (u.kind === 'question' && u.evidence > 0 && u.score >= SWITCH_CONFIDENCE && (!freeText || /\?\s*$/.test(text))) {
    return { kind: 'answered', replies: await replyToFirstMessage(u, text, ctx) };
  }
  // Where the sentence may be the answer, the user is asked before anything is set aside: a little less certainty will do.
  const needed = freeText ? ASK_SWITCH_CONFIDENCE : SWITCH_CONFIDENCE;
  if (u.kind !== 'procedure' || u.evidence === 0 || u.def.id === current.id || u.score < needed || !ctx.allowed(u.def)) return undefined;
  return { kind: 'switch', def: u.def, ask: freeText };
}

/**
 * A text that names one of the things listed on screen (a product, a subscription, an offer:
 * their labels are data), even misspelt, is an answer to the question: "office ltsc profesional
 * plus" at the product question picks a product, it does not start buying software.
 */
function namesShownChoice(shown: Prompt, text: string): boolean {
  const names = (shown.choices ?? []).flatMap((c) =>
    Object.values(c.label.params ?? {}).filter((v): v is string => typeof v === 'string' && /\p{L}/u.test(v)),
  );
  return names.length > 0 && rank(names, text, (name) => ({ keys: [], names: [name] }), 1).length > 0;
}

/** Sentences that exercise the readers of values in the four languages. */
const WARM_UP = [
  'cancel order 4711 for contoso.com',
  "journal d'activité du 1er au 20 novembre pour Contoso",
  'aktivitetslogg från 1 november till 20 november, tjugo licenser',
  'activiteitenlogboek van 1 november tot 20 november, twintig licenties',
];

/**
 * Runs the readers of values once, when the engine is made: the first message after a start
 * then costs what any message costs. (The recognizer is trained by warmUnderstanding.)
 */
export function warmUpReading(procedures: readonly ProcedureDefinition[], now: Date): void {
  const dated = procedures.find((p) => prefillKeys(p).includes('range')) ?? procedures[0];
  if (!dated) return;
  for (const text of WARM_UP) prefillFor(dated, text, guessLang(text, 'en'), now);
}
