import type { Customer } from '../../domain/model';
import type { PartnerCenter } from '../../domain/partner-center';
import { findInSentence } from '../../domain/find/mentions';
import { catalogNames, planFindable, productFindable } from '../../domain/find/things';
import { orderIdIn } from '../nlu/extract';
import { fold } from '../nlu/text';
import { findCustomerMention } from './customer-mention';
import type { NamedKind } from './named-kind';

/** What Partner Center holds that a sentence may name: its words say who or what, not which procedure. */
export interface KnownNames {
  customers: readonly Customer[];
  offerIds: readonly string[];
  /** The offers' aliases ("CRM Sync (Dynamics 365)"): partners name an offer by them as often as by its ID. */
  offerNames?: readonly string[];
  /** Names of the catalog's subscription products ("Power BI Pro"): many procedures speak of them. */
  products?: readonly string[];
  /** The plans of the publisher's offers, when the sentence speaks of a plan ("publish plan premium"). */
  plans?: readonly { planId: string; name: string }[];
  /** The IDs of the publisher's deals, when the sentence holds a number ("D-1001"). */
  dealIds?: readonly string[];
  /** The software the customers named may buy ("Office LTSC Professional Plus 2024"), often named in part. */
  software?: readonly { id: string; name: string }[];
  /**
   * The subscriptions of the customers named, by their product ("the e3 of contoso"), often named
   * in part; undefined when no customer (or too many) was named, so none were read.
   */
  subscriptions?: readonly { id: string; name: string }[];
  /** The Azure subscriptions of the customers named ("Contoso Production"), among `products`. */
  azureNames?: readonly string[];
  /** The software order the sentence names ("order 4711"), when Partner Center has it. */
  orderId?: string;
}

/** A sentence speaks of a plan when it says so: a plan's name alone ("Standard") is too common a word. */
export const PLAN_WORD = /\b(?:plan|plans|planen|plannen|forfait|forfaits)\b/i;

/**
 * The names a sentence may use, from Partner Center: customers, the publisher's offers, the
 * catalog's products, and the Azure subscriptions of the customer it names ("Contoso Production").
 */
export async function knownNames(pc: PartnerCenter, text: string): Promise<KnownNames> {
  // A list Partner Center cannot give (the real one has no API for some) names nothing.
  const [customers, offers, products] = await Promise.all([pc.customers.list(), orNone(pc.isv.offers()), orNone(pc.csp.offers())]);
  const named = findCustomerMention(text, customers)?.customers ?? [];
  // What depends on the sentence, read at once: none of these reads waits for another.
  const all = <T>(reads: Promise<T[]>[]) => Promise.all(reads).then((lists) => lists.flat());
  const few = named.length <= MAX_CATALOGS;
  const orderIds = orderIdsIn(text);
  const [azure, software, subscriptions, plans, deals, order] = await Promise.all([
    all(named.map((c) => orNone(pc.csp.azureSubscriptions(c.id)))),
    few ? all(named.map((c) => orNone(pc.softwareSales.catalog(c.id)))) : [],
    named.length > 0 && few ? all(named.map((c) => orNone(pc.csp.subscriptions(c.id)))) : undefined,
    PLAN_WORD.test(fold(text)) ? all(offers.map((o) => orNone(pc.isv.plans(o.offerId)))) : [],
    /\d/.test(text) ? orNone(pc.isv.deals()) : [],
    Promise.all(orderIds.map((id) => pc.software.purchase(id).catch(() => undefined))).then((found) => found.find((o) => o)),
  ]);
  return {
    customers,
    offerIds: offers.map((o) => o.offerId),
    offerNames: offers.map((o) => o.alias),
    products: [...products.map((o) => o.name), ...azure.map((a) => a.name)],
    plans,
    dealIds: deals.map((d) => d.dealId),
    software,
    subscriptions: subscriptions?.flatMap((x) => {
      const name = products.find((o) => o.id === x.offerId)?.name;
      return name ? [{ id: x.id, name }] : [];
    }),
    azureNames: azure.map((a) => a.name),
    orderId: order?.orderId,
  };
}

/** The software catalogs and subscriptions read for the customers a sentence names: a name that fits many customers tells none. */
const MAX_CATALOGS = 3;

/**
 * The numbers that may be a software order: the one said to be an order ("order 4711"), else the
 * bare numbers long enough to be one ("la 4713 est en trop", "Red Hat (4717)"); Partner Center
 * says which are. Not a deal's ("D-1001") nor a part of a name or a domain.
 */
function orderIdsIn(text: string): string[] {
  const said = orderIdIn(text);
  if (said) return [said];
  return [...new Set(text.match(BARE_NUMBER) ?? [])].slice(0, MAX_BARE_NUMBERS);
}
const BARE_NUMBER = /(?<![\p{L}\p{N}_.-])\d{4,12}(?![\p{L}\p{N}_-]|[.,]\d)/gu;
/** A sentence with more numbers than this is a list of something else (dates, amounts): orders are named one or two at a time. */
const MAX_BARE_NUMBERS = 3;

export const orNone = <T>(list: Promise<T[]>): Promise<T[]> => list.catch(() => []);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An ID as a whole token of the folded sentence ("crm-sync", "d-1001", "d1001"), not a part of a longer one. */
const idPattern = (id: string) => new RegExp(`(^|[^a-z0-9_-])${fold(id).split('-').map(escapeRegExp).join('[- ]?')}(?=$|[^a-z0-9_-])`, 'g');

/**
 * A folded name's words as a phrase of the folded sentence, whatever joins them ("field notes",
 * "field-notes", or run together: "fieldnotes"), and what may follow it (a product's closing
 * bracket, a customer's possessive).
 */
function phrasePattern(words: readonly string[], tail: string): RegExp {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${words.map(escapeRegExp).join('[^\\p{L}\\p{N}]*')}${tail}(?=$|[^\\p{L}\\p{N}])`, 'gu');
}
/** "exchange online (plan 1)": the bracket a name's last word may close. */
const CLOSING_BRACKET = '\\)?';
/** "city of redmond's", "contosos", "fabrikam:s". */
const POSSESSIVE = "(?:'s|:s|s'|')?";

const wordsOf = (folded: string) => folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A name's pattern, and its first word: a sentence without that word cannot hold the name (no need to run the pattern). */
interface NamePattern {
  first: string;
  re: RegExp;
}

/** A one-word product name of letters and digits: "E3" of "Microsoft 365 E3". */
const SKU_LIKE = /^(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{2,4}$/;

/** The product names' patterns, made once per name: every first message reads the whole catalog's names. */
const patternsOf = new Map<string, NamePattern[]>();
const MAX_KEPT_PATTERNS = 10_000;

/**
 * "Exchange Online (Plan 1)" as written, then "Exchange Online" alone, "Microsoft 365 Business
 * Standard" also as "Business Standard", "Microsoft 365 E3" as "E3": the names as partners say them.
 */
function productPatterns(name: string): NamePattern[] {
  let patterns = patternsOf.get(name);
  if (patterns) return patterns;
  patterns = [];
  // Folded after the forms are made (the abbreviated brand "M365" is written in capitals), the
  // longest first: "m365 business standard" is cut whole before "business standard" alone.
  const forms = catalogNames(name)
    .map(fold)
    .sort((a, b) => b.length - a.length);
  for (const form of forms) {
    const words = wordsOf(form);
    // One word only when it cannot be an everyday word: "e3", "g3" (letters and digits).
    if (words.length >= 2 || SKU_LIKE.test(form)) patterns.push({ first: words[0], re: phrasePattern(words, CLOSING_BRACKET) });
  }
  if (patternsOf.size >= MAX_KEPT_PATTERNS) patternsOf.clear();
  patternsOf.set(name, patterns);
  return patterns;
}

/** What the recognizer reads of a sentence, and the kinds of things of Partner Center it names besides customers. */
export interface ReadNames {
  said: string;
  kinds: ReadonlySet<NamedKind>;
}

/**
 * The sentence without the customer, offer, deal and product it names, for the recognizer: "Contoso
 * Production" or "crm-sync" must not tip the choice of a procedure ("production", "sync"); what
 * kind of thing they were is kept (see named-kinds.ts). A plan named stays in the sentence.
 */
export function readNames(text: string, known: KnownNames | undefined): ReadNames {
  const kinds = new Set<NamedKind>();
  if (!known) return { said: text, kinds };
  let t = fold(text);
  const cut = (pattern: RegExp, kind: NamedKind) => {
    const after = t.replace(pattern, '$1 ');
    if (after !== t) kinds.add(kind);
    t = after;
  };
  const cutName = (pattern: NamePattern, kind: NamedKind) => {
    if (t.includes(pattern.first)) cut(pattern.re, kind);
  };
  for (const id of known.offerIds) cut(idPattern(id), 'offer');
  // "field notes" for field-notes, "CRM Sync" for its alias: the words of an ID or an alias, whatever joins them.
  for (const name of [...known.offerIds, ...(known.offerNames ?? [])])
    for (const pattern of productPatterns(name)) cutName(pattern, 'offer');
  for (const id of known.dealIds ?? []) {
    cut(idPattern(id), 'deal');
    // "deal 1001" for D-1001: the word stays, the number is the deal's.
    const number = /^[a-z]+-(\d+)$/i.exec(id)?.[1];
    if (number) cut(new RegExp(`(\\b(?:deal|dealen|affaire|affaren|affar)\\s*#?\\s*)${number}(?![\\w-])`, 'g'), 'deal');
  }
  // A software order of Partner Center's: its number stays in the sentence ("order" tells), its kind is noted.
  if (known.orderId) kinds.add('order');
  const catalogNamed = new Set<string>();
  for (const name of known.products ?? [])
    for (const pattern of productPatterns(name)) {
      const before = t;
      cutName(pattern, 'product');
      if (t !== before) catalogNamed.add(name);
    }
  if (known.plans?.length && PLAN_WORD.test(t) && findInSentence(t, known.plans, planFindable).verdict.kind !== 'none') kinds.add('plan');
  // Software named, even in part or misspelt ("office ltsc 2024"): it stays in the sentence, its kind is noted.
  if (known.software?.length && findInSentence(t, known.software, productFindable).verdict.kind !== 'none') kinds.add('software');
  // One of the named customer's subscriptions, even in part ("the exchange of contoso"): a product of the catalog.
  const ownsNamed = !!known.subscriptions?.length && findInSentence(t, known.subscriptions, productFindable).verdict.kind !== 'none';
  if (ownsNamed) kinds.add('product');
  // A product of the catalog the named customer has no subscription of, and none of its
  // subscriptions named besides, can only be a new one: "set up Project Plan 3 for the City of
  // Redmond" is no change to a subscription.
  const owned = new Set([...(known.subscriptions ?? []).map((x) => x.name), ...(known.azureNames ?? [])]);
  if (known.subscriptions && !ownsNamed && catalogNamed.size > 0 && ![...catalogNamed].some((n) => owned.has(n))) {
    kinds.delete('product');
    kinds.add('new-product');
  }
  t = t.replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/g, ' ');
  const mention = findCustomerMention(text, known.customers);
  if (mention) {
    // The customer's whole name where it is written so: "city of redmond" is found by "redmond",
    // and "city of" left behind would be read as words of a request.
    if (mention.customers.length <= MAX_CATALOGS)
      for (const c of mention.customers) t = t.replace(phrasePattern(wordsOf(fold(c.name)), POSSESSIVE), '$1 ');
    const words = new Set(mention.text.split(' '));
    t = t
      .split(/\s+/)
      .filter((w) => {
        const bare = w.replace(/[^\p{L}\p{N}':]+/gu, '').replace(/(?:'s|:s|')$/, '');
        return !(words.has(bare) || (bare.endsWith('s') && words.has(bare.slice(0, -1))));
      })
      .join(' ');
  }
  return { said: t, kinds };
}
