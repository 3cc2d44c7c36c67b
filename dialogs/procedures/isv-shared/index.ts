import type { SnapshotFrom, AnyStateMachine } from 'xstate';
import type { IsvRefusal, OfferView } from '../../../domain/isv/port';
import type { IdProblem } from '../../../domain/isv/offer-rules';
import type { OfferStatus } from '../../../domain/isv/model';
import { offerFindable } from '../../../domain/find/things';
import { amongRefusals, foundAmong } from '../../pick/among';
import { msg, type Msg } from '../../../cards/view';
import { norm } from '../answer-words';

/** The one comparison of typed answers (re-exported for the ISV procedures). */
export { norm };

export const stepOf = (s: SnapshotFrom<AnyStateMachine>): string =>
  typeof s.value === 'string' ? s.value : Object.keys(s.value as object)[0];

/** What an offer looks like in a list, kept in a run's context. */
export interface OfferRef {
  offerId: string;
  alias: string;
  status: OfferStatus;
}

export const offerRef = (o: OfferView): OfferRef => ({ offerId: o.offerId, alias: o.alias, status: o.status });

/** An offer is found as in a first sentence (domain/find/things). */
export { offerFindable };

/** The offer a typed text names clearly (see findAmong); undefined when none or several fit. */
export function findOffer<T extends { offerId: string; alias: string }>(offers: readonly T[] | undefined, text: string): T | undefined {
  return foundAmong(offers ?? [], text, offerFindable);
}

/** Said when a typed text names no single offer: the close call, "list", or what may be typed. */
export const offerRefusals = <C extends { offers: readonly OfferRef[] }>() =>
  amongRefusals<OfferRef, C>({ kind: 'offer', items: (c) => c.offers, findable: offerFindable, nameOf: (o) => o.alias || o.offerId });

export const statusMsg = (s: OfferStatus): Msg => msg(`isv.status.${s}`);

/** Everything wrong with a typed Offer ID or Plan ID, in one message. */
export function idProblemsMsg(
  kind: 'offer' | 'plan',
  typed: string,
  problems: IdProblem[],
  suggestion: string | undefined,
  publisherId = '',
): Msg {
  const reasons = problems.map((p) => {
    switch (p.code) {
      case 'bad-chars':
        return msg('isv.id.badChars', { chars: p.chars.map((c) => `"${c}"`).join(' ') });
      case 'too-long':
        return kind === 'offer'
          ? msg('isv.id.tooLongOffer', {
              length: p.length,
              max: p.max,
              publisher: publisherId,
              left: Math.max(0, p.max - publisherId.length),
            })
          : msg('isv.id.tooLongPlan', { length: p.length, max: p.max });
      case 'taken':
        return msg(kind === 'offer' ? 'isv.id.takenOffer' : 'isv.id.takenPlan');
      default:
        return msg(`isv.id.${p.code}`);
    }
  });
  const list = reasons.reduce<Msg>((acc, r, i) => (i === 0 ? r : msg('isv.id.and', { a: acc, b: r })), msg('common.empty'));
  const key = suggestion ? 'isv.id.refusedWithSuggestion' : 'isv.id.refused';
  return msg(key, {
    id: typed.trim().slice(0, 80),
    reasons: list,
    suggestion: suggestion ?? '',
    what: msg(kind === 'offer' ? 'isv.id.offerId' : 'isv.id.planId'),
  });
}

/** Why Partner Center refused a change, in the user's words. */
export function refusalMsg(r: IsvRefusal): Msg {
  switch (r.code) {
    case 'forbidden':
      return msg('common.roleRemoved', { roles: { list: [...r.needed] } });
    case 'invalid-offer-id':
      return idProblemsMsg('offer', '', r.problems, undefined);
    case 'invalid-plan-id':
      return idProblemsMsg('plan', '', r.problems, undefined);
    case 'not-preview':
      return msg('isv.refused.notPreview', { status: statusMsg(r.status) });
    case 'deal-offer':
      return msg(`isv.refused.dealOffer.${r.reason}`);
    case 'licenses':
      return msg(`isv.refused.licenses.${r.reason}`);
    case 'unknown-plan':
    case 'plan-not-published':
      return msg(`isv.refused.${r.code}`, { plan: r.planId });
    case 'invalid':
      return msg('isv.refused.invalid', { field: r.field });
    case 'changed':
      return msg('security.changed');
    default:
      return msg(`isv.refused.${r.code}`);
  }
}

export const effectKey = (runId: string, step: string, subject: string): string => `${runId}:${step}:${subject}`;
