import type { CancellationCheck } from '../../../domain/rules/cancellation';
import { msg, type Msg } from '../../../cards/view';

/** Why an order can't be cancelled, in the user's words. */
export function refusalMsg(orderId: string, check: CancellationCheck): Msg {
  if (check.ok) return msg('common.partnerCenterError');
  const r = check.refusal;
  switch (r.code) {
    case 'never-cancellable':
      return msg('cancel.refused.neverCancellable', { order: orderId, vendor: r.vendor });
    case 'window-passed':
      return msg('cancel.refused.windowPassed', { order: orderId, days: r.windowDays, closedOn: { datetime: r.closedOn } });
    case 'already-cancelled':
      return msg('cancel.refused.alreadyCancelled', { order: orderId });
    case 'not-yet-purchased':
      return msg('cancel.refused.notYetPurchased', { order: orderId });
  }
}
