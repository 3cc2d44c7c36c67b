import type { ProcedureDefinition } from '../procedure';
import { dateRangeIn, numbersIn } from './recognize';
import { fold, guessLang, type Lang } from './text';

/** The values of a first sentence a procedure's machine reads (declared in its folder). */
export const prefillKeys = (def: ProcedureDefinition): readonly string[] => def.prefillKeys ?? [];

/** Everything a first sentence can carry, whichever procedure it names. */
export interface Found {
  customer?: string;
  tenantId?: string;
  domain?: string;
  orderId?: string;
  billing?: 'monthly' | 'annual';
  range?: string;
  count?: number;
  planId?: string;
  product?: string;
}

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const DOMAIN = /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/i;
const ORDER =
  /\b(?:order|commande|ordre|beställning|bestallning|ordern|bestelling|bestelnummer)\s*(?:id|n°|no\.?|nr\.?|nummer|numéro|#)?\s*:?\s*([a-z0-9][a-z0-9-]{2,})\b/i;
/** "for Contoso", "pour Fabrikam", "för Contoso AB", "voor Northwind": up to the end or the next value. */
const FOR =
  /\b(?:for|pour|för|voor|of|de|chez|hos|bij)\s+((?:[A-ZÅÄÖÉ0-9][\w&'.-]*)(?:\s+(?:[A-ZÅÄÖÉ0-9][\w&'.-]*|ltd|inc|ab|bv|sa|sas|gmbh))*)/u;
const PLAN = /\b(?:plan|planen|plannen|forfait)\s+(?:id\s+)?["“«]?([\p{L}\p{N}][\p{L}\p{N}_-]*)/iu;
const PLAN_BEFORE = /\b([\p{L}\p{N}][\p{L}\p{N}_-]*)[- ]?(?:plan|planen)\b/iu;
const COUNTED =
  /^\s*(?:licen[cs]e[sr]?|licenties?|licens(?:er)?|seats?|places?|platser|postes?|users?|utilisateurs?|användare|anvandare|gebruikers?)\b/i;
const ANNUAL = /\b(annual(?:ly)?|yearly|per year|annuel(?:le)?|par an|årsvis|arsvis|per år|jaarlijks|per jaar)\b/i;
const MONTHLY = /\b(monthly|per month|mensuel(?:le)?|par mois|månadsvis|manadsvis|per månad|maandelijks|per maand)\b/i;
const STOP = new Set(['the', 'le', 'la', 'les', 'den', 'det', 'het', 'de', 'a', 'un', 'une', 'en', 'ett', 'een']);

/** The order ID a sentence names after the word "order" in its four languages ("order 4711", "commande n° 4712"). */
export function orderIdIn(text: string): string | undefined {
  const order = ORDER.exec(text);
  return order && /\d/.test(order[1]) ? order[1] : undefined;
}

/**
 * Reads the values of a first sentence: identifiers by their shapes, the customer after
 * "for/pour/för/voor", numbers and dates with the recognizers of the sentence's language.
 * `wanted`: only those values are read (the number and date grammars are most of the cost,
 * and most procedures read neither); all of them when not given.
 */
export function findValues(text: string, lang: Lang, now: Date, wanted?: ReadonlySet<string>): Found {
  const want = (key: keyof Found) => !wanted || wanted.has(key);
  const out: Found = {};
  const guid = GUID.exec(text)?.[0];
  if (guid) out.tenantId = guid;
  const withoutGuid = guid ? text.replace(guid, ' ') : text;
  const domain = DOMAIN.exec(withoutGuid)?.[0];
  if (domain && !/^\d+(\.\d+)+$/.test(domain)) out.domain = domain.toLowerCase();
  out.orderId = orderIdIn(text);
  const named = FOR.exec(text)?.[1]
    ?.replace(/[.!?,;]+$/, '')
    .trim();
  out.customer =
    guid ?? out.domain ?? (named && !STOP.has(named.toLowerCase()) && !/^\d+$/.test(named) && named !== out.orderId ? named : undefined);

  if (want('planId')) out.planId = planIn(text);
  if (want('count')) out.count = countIn(text, lang);
  if (want('billing')) out.billing = billingIn(text);
  if (want('range')) {
    const range = dateRangeIn(text, lang, now);
    if (range) out.range = range.start === range.end ? range.start : `${range.start} to ${range.end}`;
  }
  return out;
}

/** "plan gold", "le forfait premium", "the gold plan": the plan's id as written, lower case. */
function planIn(text: string): string | undefined {
  const plan = PLAN.exec(text)?.[1];
  const before = PLAN_BEFORE.exec(text)?.[1];
  const planId =
    plan && !/^(du|de|of|for|pour|för|voor|the|le|la)$/i.test(plan)
      ? plan
      : before && !/^(a|the|un|le|la|en|ett|een|new|nouveau|ny|nieuw)$/i.test(before)
        ? before
        : undefined;
  return planId?.toLowerCase();
}

/** "20 licences", "twenty seats": a whole number followed by what it counts. */
function countIn(text: string, lang: Lang): number | undefined {
  for (const n of numbersIn(text, lang)) {
    if (Number.isInteger(n.value) && n.value > 0 && n.value < 100_000 && COUNTED.test(text.slice(n.end + 1))) return n.value;
  }
  return undefined;
}

function billingIn(text: string): Found['billing'] {
  const f = fold(text);
  if (ANNUAL.test(text) || ANNUAL.test(f)) return 'annual';
  if (MONTHLY.test(text) || MONTHLY.test(f)) return 'monthly';
  return undefined;
}

/** The prefill for a procedure: the generic values it reads, then its own extraction, which knows better. */
export function prefillFor(def: ProcedureDefinition, text: string, lang: Lang, now: Date): Record<string, string> {
  const wanted = prefillKeys(def);
  const found = findValues(text, guessLang(text, lang), now, new Set(wanted));
  const generic: Record<string, string> = {};
  for (const key of wanted) {
    const v = (found as Record<string, unknown>)[key];
    if (v !== undefined && v !== '') generic[key] = String(v);
  }
  const own = def.extract?.(text) ?? {};
  return { ...generic, ...own };
}
