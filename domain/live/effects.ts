import type { Role } from '../model';
import { PartnerCenterRefusal, isPartnerCenterRefusal } from './refusal';

/**
 * A call failed without an answer: the change may or may not have happened. (A 429 is an answer:
 * Partner Center did not take the request, so nothing happened.)
 */
export const noAnswer = (err: unknown): boolean =>
  isPartnerCenterRefusal(err) && (err.reason.code === 'timeout' || err.reason.code === 'unavailable');

/** A 403 names the roles the operation needs (Partner Center itself does not say which). */
export function withRoles(err: unknown, needed: readonly Role[]): unknown {
  if (isPartnerCenterRefusal(err) && err.reason.code === 'forbidden') return new PartnerCenterRefusal({ code: 'forbidden', needed });
  return err;
}

export const isForbidden = (err: unknown): boolean => isPartnerCenterRefusal(err) && err.reason.code === 'forbidden';
export const isNotFound = (err: unknown): boolean => isPartnerCenterRefusal(err) && err.reason.code === 'not-found';

/** 412: the If-Match ETag is no longer the record's (someone changed it in between). */
export const isPreconditionFailed = (err: unknown): boolean =>
  isPartnerCenterRefusal(err) && err.reason.code === 'rejected' && err.reason.status === 412;
