import type { LiveRefusal } from '../domain/live/refusal';
import { type Msg, msg } from './view';

/** What the user reads when the real Partner Center refuses, times out or hands a step over. */
export function partnerCenterRefusalMessages(reason: LiveRefusal): Msg[] {
  switch (reason.code) {
    case 'forbidden':
      return [msg('pc.refusal.forbidden', { roles: { list: [...reason.needed] } })];
    case 'throttled':
      return [
        reason.retryAfterSeconds ? msg('pc.refusal.throttled', { seconds: reason.retryAfterSeconds }) : msg('pc.refusal.throttledNow'),
      ];
    case 'outcome-unknown':
      return [msg('pc.refusal.outcome-unknown', { requestId: reason.requestId })];
    case 'rejected':
      return [
        msg('pc.refusal.rejected', { code: reason.partnerCenterCode ?? String(reason.status), description: reason.description ?? '' }),
      ];
    case 'history-limit':
      return [msg('pc.refusal.history-limit', { days: reason.days, oldest: { date: reason.oldest } })];
    case 'hand-over': {
      const { handOver } = reason;
      const values = Object.entries(handOver.values ?? {}).map(([k, v]) => `${k}: ${v}`);
      return [
        msg('pc.handOver.intro', { link: handOver.link }),
        msg(handOver.steps),
        ...(values.length > 0 ? [msg('pc.handOver.values', { values: { list: values } })] : []),
      ];
    }
    default:
      return [msg(`pc.refusal.${reason.code}`)];
  }
}
