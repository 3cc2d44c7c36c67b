import type { Customer } from '../../domain/model';
import type { PartnerCenter } from '../../domain/partner-center';
import type { Findable } from '../../domain/find/match';
import { findInSentence } from '../../domain/find/mentions';
import { GUID } from '../../domain/find/normalize';
import { dealFindable, offerFindable, planFindable, productFindable } from '../../domain/find/things';
import type { IsvPlan } from '../../domain/isv/model';
import { numbersIn } from '../nlu/recognize';
import { fold, type Lang } from '../nlu/text';
import { orNone, PLAN_WORD } from './mask';

/**
 * The things besides customers that a first sentence names, resolved against Partner Center
 * with the matcher of domain/find: subscriptions, software orders and products, offers,
 * plans, deals, and a number of licenses to reach. Words that fit nothing give nothing.
 */

/** What a sentence names among some items: one of them, or the words it used when several fit. */
type Named<T> = { kind: 'one'; item: T } | { kind: 'several'; items: T[]; text: string };

export function namedIn<T>(
  text: string,
  items: readonly T[],
  findable: (item: T) => Findable,
  kindWords?: ReadonlySet<string>,
): Named<T> | undefined {
  if (items.length === 0) return undefined;
  const { verdict, mentions } = findInSentence(text, items, findable, { kindWords });
  if (verdict.kind === 'none') return undefined;
  if (verdict.kind === 'one') return { kind: 'one', item: verdict.match.item };
  const fit = verdict.matches.map((m) => m.item);
  return { kind: 'several', items: fit, text: mentions.find((m) => fit.includes(m.item))?.text ?? mentions[0].text };
}

/** Words that say a product is meant, beside a product named by its first word alone ("the visio order", "l'abonnement Exchange"). */
const PRODUCT_WORDS = new Set(
  (
    'subscription subscriptions order orders purchase licenses licences license licence seats keys key download downloads sku ' +
    'abonnement abonnements commande commandes achat licence licences postes cles cle telechargement ' +
    'prenumeration prenumerationen prenumerationer order ordern bestallning bestallningen kop licens licenser licenserna platser nycklar nyckel nedladdning ' +
    'abonnementen bestelling bestellingen aankoop licentie licenties plaatsen sleutels sleutel download ' +
    // A count of licences said of the product: "licensantalet på exchange", "het aantal licenties op exchange".
    'licensantal licensantalet antal antalet aantal count nombre'
  ).split(' '),
);

/** Words that say an offer is meant ("the Field Notes offer", "l'offre Field Notes"). */
const OFFER_WORDS = new Set('offer offers app listing offre offres application erbjudande erbjudandet aanbieding aanbod app'.split(' '));

/**
 * The subscription a sentence names for `manage-subscription`: its ID (a GUID, which also tells
 * the customer), else a product of the catalog. With one customer, its own subscription of that
 * product when it has exactly one; otherwise the product's name (or the words that fit several
 * products), which the procedure matches against the customer's subscriptions and lists when
 * several fit.
 */
export async function subscriptionNamed(
  text: string,
  customers: readonly Customer[],
  pc: PartnerCenter,
): Promise<{ subscription?: string; customer?: string }> {
  const guid = GUID.exec(text)?.[0]?.toLowerCase();
  if (guid) {
    const sub = await pc.csp.subscription(guid).catch(() => undefined);
    const owner = sub && (await pc.customers.get(sub.customerId));
    if (sub && owner) return { subscription: sub.id, customer: owner.domain };
  }
  const offers = await orNone(pc.csp.offers());
  const product = namedIn(text, offers, productFindable, PRODUCT_WORDS);
  if (!product) return {};
  if (product.kind === 'several') return { subscription: product.text };
  if (customers.length === 1) {
    const own = (await orNone(pc.csp.subscriptions(customers[0].id))).filter((s) => s.offerId === product.item.id);
    if (own.length === 1) return { subscription: own[0].id };
  }
  return { subscription: product.item.name };
}

/** A sentence whose customer fits more customers than this names no order through them (the purchases of each would be read). */
const MAX_CUSTOMERS = 5;

/** "free trial", "essai", "testversion", "proefversie": a trial is asked for. */
const TRIAL = /\b(?:trial|essai|utvardering|testversion|provperiod|proefversie|proef)\b/;

/**
 * The product of the subscription catalog a sentence asks for (`new-subscription`), as the
 * procedure's product step reads it: "offer:<id>", or "trial:<id>" when a trial is asked for.
 */
export async function catalogOfferNamed(text: string, pc: PartnerCenter): Promise<string | undefined> {
  const product = namedIn(text, await orNone(pc.csp.offers()), productFindable, PRODUCT_WORDS);
  if (product?.kind !== 'one') return undefined;
  return `${TRIAL.test(fold(text)) ? 'trial' : 'offer'}:${product.item.id}`;
}

/** The item of the customers' software catalog a sentence asks to buy ("buy windows server 2022 for fabrikam"): its ID. */
export async function catalogItemNamed(text: string, customers: readonly Customer[], pc: PartnerCenter): Promise<string | undefined> {
  if (customers.length === 0 || customers.length > MAX_CUSTOMERS) return undefined;
  const items = new Map((await Promise.all(customers.map((c) => orNone(pc.softwareSales.catalog(c.id))))).flat().map((i) => [i.id, i]));
  const item = namedIn(text, [...items.values()], productFindable, PRODUCT_WORDS);
  return item?.kind === 'one' ? item.item.id : undefined;
}

/**
 * The software order a sentence names through its product ("contoso's Office LTSC order"),
 * among the purchases of the customers it names: the order itself when one customer has one
 * order of it, else the product (the procedure then lists its orders).
 */
export async function orderNamed(
  text: string,
  customers: readonly Customer[],
  pc: PartnerCenter,
): Promise<{ orderId?: string; product?: string; customer?: string }> {
  if (customers.length === 0 || customers.length > MAX_CUSTOMERS) return {};
  const purchases = (await Promise.all(customers.map((c) => orNone(pc.software.purchases(c.id))))).flat();
  // One of their orders by its number alone ("chez contoso la 4713 est en trop"): it tells the customer among those that fit.
  const numbers = new Set(text.match(/(?<![\p{L}\p{N}_-])\d+(?![\p{L}\p{N}_-])/gu) ?? []);
  const byNumber = purchases.filter((p) => numbers.has(p.orderId));
  if (byNumber.length === 1) {
    const customer = customers.find((c) => c.id === byNumber[0].customerId);
    return { orderId: byNumber[0].orderId, customer: customers.length > 1 ? customer?.domain : undefined };
  }
  const ids = [...new Set(purchases.map((p) => p.productId))];
  const products = (await Promise.all(ids.map((id) => pc.software.product(id)))).filter((p) => !!p);
  const product = namedIn(text, products, productFindable, PRODUCT_WORDS);
  if (product?.kind !== 'one') return {};
  const orders = purchases.filter((p) => p.productId === product.item.id);
  return customers.length === 1 && orders.length === 1 ? { orderId: orders[0].orderId } : { product: product.item.id };
}

/** The domain of the customer a software order is Partner Center's for, when it has that order. */
export async function orderOwner(orderId: string, pc: PartnerCenter): Promise<string | undefined> {
  const order = await pc.software.purchase(orderId).catch(() => undefined);
  const customer = order && (await pc.customers.get(order.customerId).catch(() => undefined));
  return customer?.domain;
}

/** The publisher's offer a sentence names, by its ID or its alias ("the Field Notes offer"). */
export function offerNamed<T extends { offerId: string; alias: string }>(text: string, offers: readonly T[]): T | undefined {
  const words = new Set(fold(text).split(/[^a-z0-9_-]+/));
  const byId = offers.find((o) => words.has(o.offerId));
  if (byId) return byId;
  const named = namedIn(text, offers, offerFindable, OFFER_WORDS);
  return named?.kind === 'one' ? named.item : undefined;
}

/**
 * The plan a sentence names ("publish plan premium", "le forfait Standard"), among the plans of
 * the named offer, else of every offer: only when the sentence speaks of a plan, and only a
 * plan that fits alone.
 */
export async function planNamed(text: string, offerIds: readonly string[], pc: PartnerCenter): Promise<IsvPlan | undefined> {
  if (!PLAN_WORD.test(fold(text))) return undefined;
  const plans = (await Promise.all(offerIds.map((id) => orNone(pc.isv.plans(id))))).flat();
  const named = namedIn(text, plans, planFindable);
  return named?.kind === 'one' ? named.item : undefined;
}

/** The deal a sentence names by its customer ("the deal for fabrikam"); an ID ("D-1002") is read by the procedure's own extraction. */
export async function dealNamed(text: string, pc: PartnerCenter): Promise<string | undefined> {
  const named = namedIn(text, await orNone(pc.isv.deals()), dealFindable);
  return named?.kind === 'one' ? named.item.dealId : undefined;
}

/** The word before a number that makes it the count to reach: "to 30", "à 30", "till 30", "naar 30", "op 30". */
const TO = /(?:^|\s)(?:to|à|till|tot|naar|op)\s*$/i;
/** Swedish "lägg till 5": "till" is part of "add", the number is how many more. */
const ADD_TILL = /\bl[aä]gg\s+till\s*$/i;

/** Licences or seats, folded, in the four languages. */
const UNITS =
  '(?:licen[cs]es?|seats?|users?|sieges?|postes?|places?|utilisateurs?|licens|licenser|platser|anvandare|licenties?|plaatsen|gebruikers)';
/** "3 more (licences)", "add 3 seats", "3 licences de plus", "ajouter 3 licences", "3 licenser till", "lägg till 3", "3 extra licenties", "3 erbij", "er 3 … bij" (folded). */
const MORE_COUNT = new RegExp(
  [
    `\\b(\\d{1,5}) (?:more|extra|additional|further|fler|ytterligare|meer)\\b`,
    `\\b(?:add|adding|ajouter|ajoute|ajoutez|rajouter|rajoute|lagg till|lagga till|toevoegen|voeg) (\\d{1,5}) ${UNITS}`,
    `\\b(\\d{1,5}) ${UNITS} (?:more|extra|de plus|en plus|supplementaires?|till|erbij|bij|toevoegen)\\b`,
    `\\b(\\d{1,5}) (?:de plus|en plus|supplementaires?|erbij)\\b`,
    `\\bytterligare (\\d{1,5})\\b`,
    `\\ber (\\d{1,5}) (?:[\\w-]+ ){0,6}?bij\\b`,
    `\\b(?:scale up|skala upp|opschalen|increase|augmenter|oka|verhogen)\\b.{0,40}\\b(?:by|de|med|met) (\\d{1,5})\\b`,
  ].join('|'),
);
/** "2 fewer", "min 3", "remove 2 seats", "2 licences de moins", "retirer 2 licences", "2 färre", "ta bort 2 licenser", "2 minder" (folded). */
const FEWER_COUNT = new RegExp(
  [
    `\\b(\\d{1,5}) (?:fewer|less|de moins|en moins|farre|minder)\\b`,
    `\\b(?:min|minus) (\\d{1,5})\\b`,
    `\\b(?:remove|drop|cut|retirer|retire|enlever|enleve|supprimer|ta bort|verwijder|verwijderen) (\\d{1,5}) ${UNITS}`,
    `\\b(\\d{1,5}) ${UNITS} (?:fewer|less|de moins|en moins|mindre|farre|minder)\\b`,
    `\\b(?:scale down|skala ner|afschalen|reduce|minska|sanka|verlagen|reduire|baisser|diminuer)\\b.{0,40}\\b(?:by|de|med|met) (\\d{1,5})\\b`,
  ].join('|'),
);

/**
 * How many licenses a sentence moves a count by ("contoso needs 3 more seats on exchange": +3,
 * "2 licences de moins": -2), for a subscription's change; its count to reach is known once the
 * subscription is.
 */
export function countMovedBy(text: string): number | undefined {
  const folded = fold(text);
  const found = (re: RegExp) => {
    const m = re.exec(folded);
    const n = m ? Number(m.slice(1).find((g) => g !== undefined)) : 0;
    return n > 0 ? n : undefined;
  };
  const more = found(MORE_COUNT);
  const fewer = found(FEWER_COUNT);
  if (more !== undefined && fewer !== undefined) return undefined;
  return more ?? (fewer === undefined ? undefined : -fewer);
}

/** The number of licenses a sentence asks to reach ("raise the seats … to 30"), not how many to add. */
export function targetCount(text: string, lang: Lang): number | undefined {
  for (const n of numbersIn(text, lang)) {
    const before = text.slice(0, n.start);
    if (TO.test(before) && !ADD_TILL.test(before) && Number.isInteger(n.value) && n.value > 0 && n.value < 1_000_000) return n.value;
  }
  return undefined;
}
