import type { ManageCheck } from '../../../domain/csp/rules';
import { msg, type Msg } from '../../../cards/view';

/** Why a change to a subscription is not possible, in the user's words. */
export function manageRefusalMsg(check: ManageCheck, name: string): Msg {
  if (check.ok) return msg('common.partnerCenterError');
  const r = check.reason;
  switch (r.code) {
    case 'below-min':
    case 'above-max':
      return msg('managesub.refused.bounds', { name, min: r.min, max: r.max });
    case 'same-quantity':
      return msg('managesub.refused.same', { name, count: r.quantity });
    case 'above-base':
      return msg('managesub.refused.aboveBase', { name, count: r.baseQuantity });
    case 'below-add-on':
      return msg('managesub.refused.belowAddOn', { name, count: r.addOnQuantity });
    case 'suspended':
      return msg('managesub.refused.suspended', { name });
    case 'not-suspended':
      return msg('managesub.refused.notSuspended', { name });
    case 'trial':
      return msg('managesub.refused.trial', { name });
    case 'base-suspended':
      return msg('managesub.refused.baseSuspended', { name });
    case 'already-added':
      return msg('managesub.refused.alreadyAdded', { name });
    case 'not-an-add-on':
    case 'no-add-ons':
      return msg('managesub.refused.noAddOn', { name });
    case 'unknown-subscription':
      return msg('managesub.refused.unknown', { name });
  }
}
