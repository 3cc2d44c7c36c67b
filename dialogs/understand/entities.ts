import type { Customer } from '../../domain/model';
import type { PartnerCenter } from '../../domain/partner-center';
import { prefillFor, prefillKeys } from '../nlu/extract';
import { fold, guessLang, type Lang } from '../nlu/text';
import type { ProcedureDefinition } from '../procedure';
import { findCustomerMention } from './customer-mention';
import {
  catalogItemNamed,
  catalogOfferNamed,
  countMovedBy,
  dealNamed,
  offerNamed,
  orderNamed,
  orderOwner,
  planNamed,
  subscriptionNamed,
  targetCount,
} from './things';
import { orNone } from './mask';

/** Value extraction reads at most this much of a sentence: the number and date models are slow on long texts. */
const MAX_VALUE_TEXT = 400;

/**
 * The values a first sentence gives a procedure, checked against Partner Center: a customer
 * only when the sentence names one from the customer list (its domain when it is the only
 * one, the words used when several fit, so that the procedure offers them); a subscription,
 * an order or its product, an offer, a plan or a deal only when Partner Center has it (see
 * things.ts), except what the procedure creates (`newValues`: a new offer's ID); order and deal IDs, counts, dates and billing as the
 * sentence gives them.
 */
export async function valuesFor(
  def: ProcedureDefinition,
  sentence: string,
  lang: Lang,
  now: Date,
  pc: PartnerCenter,
): Promise<Record<string, string>> {
  const text = sentence.slice(0, MAX_VALUE_TEXT);
  const values = prefillFor(def, text, lang, now);
  const wanted = new Set(prefillKeys(def));
  let customers: Customer[] = [];
  if (wanted.has('customer')) {
    const mention = findCustomerMention(text, await pc.customers.list());
    customers = mention?.customers ?? [];
    if (!mention) delete values.customer;
    else values.customer = mention.customers.length === 1 ? mention.customers[0].domain : mention.text;
  }
  if (wanted.has('subscription')) {
    const named = await subscriptionNamed(text, customers, pc);
    if (named.subscription) values.subscription = named.subscription;
    if (named.customer && customers.length !== 1) values.customer = named.customer;
  }
  if ((wanted.has('product') || wanted.has('orderId')) && !values.orderId) {
    const { orderId, product, customer } = await orderNamed(text, customers, pc);
    if (orderId && wanted.has('orderId')) values.orderId = orderId;
    if (customer && orderId && wanted.has('orderId')) values.customer = customer;
    if (product && wanted.has('product')) values.product = product;
  }
  // "cancel order 4711": an order said with its number tells its customer when the sentence names none.
  if (wanted.has('orderId') && wanted.has('customer') && values.orderId && !values.customer) {
    const owner = await orderOwner(values.orderId, pc);
    if (owner) values.customer = owner;
  }
  if (wanted.has('item')) {
    const item = await catalogItemNamed(text, customers, pc);
    if (item) values.item = item;
  }
  if (wanted.has('cspOffer')) {
    const offer = await catalogOfferNamed(text, pc);
    if (offer) values.cspOffer = offer;
  }
  if (wanted.has('quantity')) {
    const count = targetCount(text, guessLang(text, lang));
    // "3 more seats": a subscription's count moved by some, its number to reach known once the subscription is.
    const moved = count === undefined && wanted.has('subscription') ? countMovedBy(text) : undefined;
    if (count !== undefined || moved !== undefined) {
      values.quantity = count !== undefined ? String(count) : `${moved! > 0 ? '+' : ''}${moved}`;
      // "raise the seats … to 30": a number to reach is a change of quantity.
      values.action ??= 'quantity';
    }
  }
  if (wanted.has('offerId') && !def.newValues?.includes('offerId')) await offerValues(text, values, wanted, pc);
  if (wanted.has('dealId') && !values.dealId) {
    const deal = await dealNamed(text, pc);
    if (deal) values.dealId = deal;
  }
  return values;
}

/**
 * The publisher's offer a sentence names (by ID or alias), or the offer of the plan it names
 * ("publish plan premium"); an offer ID it does not have is not kept, nor a word after "plan"
 * that names no plan (a new plan's ID is the procedure's own value: `newValues`).
 */
async function offerValues(text: string, values: Record<string, string>, wanted: ReadonlySet<string>, pc: PartnerCenter) {
  const offers = await orNone(pc.isv.offers());
  const ids = offers.map((o) => o.offerId);
  const offer = offerNamed(text, offers);
  if (offer) values.offerId = offer.offerId;
  else if (values.offerId && !ids.includes(values.offerId)) delete values.offerId;
  // A plan the sentence creates ("a new plan called premium") is no plan of Partner Center's, nor does it tell the offer.
  const plan = values.newPlanId ? undefined : await planNamed(text, values.offerId ? [values.offerId] : ids, pc);
  if (plan) values.offerId ??= plan.offerId;
  if (wanted.has('planId') && plan) values.planId = plan.planId;
  else delete values.planId;
  // "register a deal for crm-sync": an offer's ID (or alias) is not the customer's name.
  const said = fold(values.customerName ?? '');
  if (said && offers.some((o) => o.offerId === said || fold(o.alias) === said)) delete values.customerName;
}
