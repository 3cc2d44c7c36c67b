import type { PartnerCenter } from '../../domain/partner-center';
import { prefillFor, prefillKeys } from '../nlu/extract';
import { fold, type Lang } from '../nlu/text';
import type { ProcedureDefinition } from '../procedure';
import { findCustomerMention } from './customer-mention';

/** Value extraction reads at most this much of a sentence: the number and date models are slow on long texts. */
const MAX_VALUE_TEXT = 400;

/**
 * The values a first sentence gives a procedure, checked against Partner Center: a customer
 * only when the sentence names one from the customer list (its domain when it is the only
 * one, the words used when several fit, so that the procedure offers them); an offer only
 * when the publisher has it (except for a new offer's ID); order and deal IDs, counts,
 * dates and billing as the sentence gives them.
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
  const wanted = prefillKeys(def);
  if (wanted.includes('customer')) {
    const mention = findCustomerMention(text, await pc.customers.list());
    if (!mention) delete values.customer;
    else values.customer = mention.customers.length === 1 ? mention.customers[0].domain : mention.text;
  }
  if (wanted.includes('offerId') && def.id !== 'isv-create-offer') {
    const offers = (await pc.isv.offers()).map((o) => o.offerId);
    const named = offerNamed(text, offers);
    if (named) values.offerId = named;
    else if (values.offerId && !offers.includes(values.offerId)) delete values.offerId;
    // "register a deal for crm-sync": an offer's ID is not the customer's name.
    if (values.customerName && offers.includes(fold(values.customerName))) delete values.customerName;
  }
  return values;
}

/** An offer ID of the publisher written in the sentence, as a whole word. */
function offerNamed(text: string, offers: readonly string[]): string | undefined {
  const words = new Set(fold(text).split(/[^a-z0-9_-]+/));
  return offers.find((id) => words.has(id));
}
