import { prefillKeys } from '../nlu/extract';
import type { ProcedureDefinition } from '../procedure';
import { isProcedureIntent } from './decide';
import type { NamedKind } from './named-kind';
import type { Scored } from './recognizer';

type Side = 'csp' | 'isv';

/** The side of Partner Center each value of a first sentence is on (see prefillKeys); the others (a date range) are on none. */
const SIDE_OF_KEY: Readonly<Record<string, Side>> = {
  customer: 'csp',
  subscription: 'csp',
  cspOffer: 'csp',
  orderId: 'csp',
  product: 'csp',
  item: 'csp',
  offerId: 'isv',
  planId: 'isv',
  dealId: 'isv',
  customerName: 'isv',
};

/**
 * Each kind's side, the values that take a thing of that kind itself, and the values of
 * procedures that cannot act on it (left out like the other side's).
 */
const KINDS: Readonly<Record<NamedKind, { side: Side; keys: readonly string[]; cannot?: readonly string[] }>> = {
  product: { side: 'csp', keys: ['subscription', 'cspOffer'] },
  // A product of the catalog the customer named has no subscription of: a new subscription's.
  // Changing a subscription of it cannot be meant (the customer has none), nor software or an order.
  'new-product': { side: 'csp', keys: ['cspOffer'], cannot: ['subscription', 'item', 'product', 'orderId'] },
  software: { side: 'csp', keys: ['item', 'product'] },
  // An order Partner Center has ("order 4711") was bought already: it is not bought or subscribed again.
  order: { side: 'csp', keys: ['orderId'], cannot: ['reservation', 'cspOffer'] },
  // The activity log is of software downloads and key access: an offer, plan or deal named is not its business.
  offer: { side: 'isv', keys: [], cannot: ['range'] },
  plan: { side: 'isv', keys: ['planId'], cannot: ['range'] },
  deal: { side: 'isv', keys: ['dealId'], cannot: ['range'] },
};

/** The share of a reading that must be left once the other side is out for the rest to be taken as the whole. */
const KEPT_FOR_SURE = 0.5;

/** The kinds a sentence names by an ID of Partner Center ("crm-sync", "D-1001"), not by a name that may be a common word. */
const BY_ID: ReadonlySet<NamedKind> = new Set(['offer', 'deal']);

/** How much more a procedure that takes the named thing itself weighs: it tips a close call, not a clear reading of other words. */
export const NAMED_WEIGHT = 2;
/** A procedure of the named thing's side needs this much of the ranking for the others to be left out (below it, the ranking is noise). */
const FITS = 0.1;

/**
 * The ranking of a sentence's intents, weighed by the things it names (all on one side): the
 * procedures of the other side are left out, while one of this side fits at all, and those that
 * take the thing itself weigh NAMED_WEIGHT times more; the shares add up to 1 again. Small talk, questions and
 * procedures on no side keep theirs.
 */
export function weighNamed(
  ranked: readonly Scored[],
  kinds: ReadonlySet<NamedKind>,
  procedures: ReadonlyMap<string, ProcedureDefinition>,
): Scored[] {
  const sides = new Set([...kinds].map((k) => KINDS[k].side));
  if (sides.size !== 1) return [...ranked];
  const [side] = sides;
  const taken = new Set([...kinds].flatMap((k) => KINDS[k].keys));
  const keysOf = (intent: string) => {
    const def = procedures.get(intent);
    return def ? prefillKeys(def) : [];
  };
  const sidesOf = (intent: string) => new Set(keysOf(intent).flatMap((k) => (SIDE_OF_KEY[k] ? [SIDE_OF_KEY[k]] : [])));
  // A procedure that cannot act on the thing is left out for one that can, when one is read at all:
  // "suspend the Power BI Pro of Northwind", which has none, is still a change of a subscription
  // (its procedure says there is none), not nothing. A kind taken by no procedure leaves it out always.
  const takerFits = (k: NamedKind) =>
    KINDS[k].keys.length === 0 || ranked.some((r) => r.score >= FITS && keysOf(r.intent).some((key) => KINDS[k].keys.includes(key)));
  const cannot = new Set([...kinds].flatMap((k) => (takerFits(k) ? (KINDS[k].cannot ?? []) : [])));
  const otherSide = (intent: string) => {
    const own = sidesOf(intent);
    return own.size > 0 && !own.has(side);
  };
  const other = (intent: string) => {
    const keys = keysOf(intent);
    return otherSide(intent) || (keys.some((k) => cannot.has(k)) && !keys.some((k) => taken.has(k)));
  };
  // An offer or a deal named by its ID is on one side for sure: the other side is out even when
  // the words tell nothing of this one (better a question than the other side's procedure).
  const byId = [...kinds].some((k) => BY_ID.has(k));
  if (!byId && !ranked.some((r) => !other(r.intent) && sidesOf(r.intent).has(side) && r.score >= FITS)) {
    // Nothing of this side fits: the ranking is noise, but not noise enough to start the other
    // side's procedure on a sentence that names this side's thing ("upgrade from Business Basic
    // to Business Standard, how?" is no publishing of an offer): without it, nothing is sure.
    // (A procedure of this side that cannot act on the thing stays: "reduce the licences of exchange
    // online for northwind", which has none, is still a change its procedure answers.)
    return ranked[0] && otherSide(ranked[0].intent) ? ranked.filter((r) => !otherSide(r.intent)) : [...ranked];
  }
  // A question read first stays one: a thing it names ("can I sell Azure reservations to …") says which procedure, not whether one is asked for.
  const boost = !ranked[0] || isProcedureIntent(ranked[0].intent);
  const weighed = ranked
    .filter((r) => !other(r.intent))
    .map((r) => ({ intent: r.intent, score: r.score * (boost && keysOf(r.intent).some((k) => taken.has(k)) ? NAMED_WEIGHT : 1) }));
  const total = weighed.reduce((sum, r) => sum + r.score, 0);
  // What the other side held goes to the rest only when the rest was most of the reading: a
  // sentence read mostly as the other side's is not made sure of what little was left, unless
  // it names an ID of this side ("D-0990 needs more licences": its words are the other side's, the deal is sure).
  const scale = total >= KEPT_FOR_SURE || (byId && total > 0) ? total : 1;
  return weighed.map((r) => ({ intent: r.intent, score: r.score / scale })).sort((a, b) => b.score - a.score);
}
