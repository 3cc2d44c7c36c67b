import type { OrderOutcome } from '../../../domain/csp/port';
import type { LineRefusal, TrialRefusal, Unavailable } from '../../../domain/csp/rules';
import { msg, type Msg } from '../../../cards/view';

/** Why a product is not in the catalog shown for this customer. */
export function unavailableMsg(name: string, reason: Unavailable, customer: string, offerName: (id: string) => string): Msg {
  switch (reason.code) {
    case 'add-on':
      return msg('newsub.why.addOn', { name, bases: { list: reason.baseOfferIds.map(offerName), or: true } });
    case 'customer-type':
      return msg('newsub.why.customerType', {
        name,
        type: msg(`csp.customerType.${reason.customerType}`),
        allowed: msg(`csp.types.${[...reason.allowed].sort().join('-')}`),
      });
    case 'suspended':
      return msg('newsub.why.suspended', { name, customer });
    case 'one-per-customer':
      return msg('newsub.why.onePerCustomer', { name, customer });
    case 'billing':
      return msg('newsub.why.billing', {
        name,
        billing: msg(`csp.billing.${reason.billing}`),
        available: msg(`csp.billing.${reason.available[0]}`),
      });
  }
}

export function trialRefusalMsg(name: string, reason: TrialRefusal, customer: string): Msg {
  switch (reason.code) {
    case 'add-on':
      return msg('newsub.trial.addOn', { name });
    case 'no-trial':
      return msg('newsub.trial.none', { name });
    case 'customer-type':
      return msg('newsub.trial.customerType', { name, type: msg(`csp.customerType.${reason.customerType}`) });
    case 'trial-used':
      return msg('newsub.trial.used', { name, customer });
    case 'owned':
      return msg('newsub.trial.owned', { name, customer });
  }
}

function lineMsg(name: string, reason: LineRefusal, customer: string, offerName: (id: string) => string): Msg {
  switch (reason.code) {
    case 'below-min':
    case 'above-max':
      return msg('newsub.refused.quantity', { name, min: reason.min, max: reason.max });
    case 'unknown-offer':
      return msg('newsub.refused.unknownOffer', { name });
    case 'duplicate':
      return msg('newsub.refused.duplicate', { name });
    case 'trial-licenses':
      return msg('newsub.refused.trialLicenses', { name, count: reason.licenses });
    case 'no-trial':
    case 'trial-used':
    case 'owned':
      return trialRefusalMsg(name, reason, customer);
    case 'add-on':
    case 'customer-type':
    case 'suspended':
    case 'one-per-customer':
    case 'billing':
      return 'allowed' in reason || 'baseOfferIds' in reason || 'subscriptionId' in reason || 'available' in reason
        ? unavailableMsg(name, reason as Unavailable, customer, offerName)
        : trialRefusalMsg(name, reason as TrialRefusal, customer);
  }
}

/** What Partner Center said when it refused the order. */
export function lineRefusalMsg(outcome: OrderOutcome, offerName: (id: string) => string, customer: string): Msg {
  if (outcome.status !== 'refused') return msg('common.partnerCenterError');
  const r = outcome.reason;
  if (r.code === 'line') return msg('newsub.refused.line', { reason: lineMsg(offerName(r.offerId), r.reason, customer, offerName) });
  if (r.code === 'empty') return msg('newsub.refused.empty');
  if (r.code === 'unknown-customer') return msg('newsub.refused.unknownCustomer');
  return msg('common.roleRemoved', { roles: { list: [...r.needed] } });
}
