import type { Role } from '../model';

/** Operations without a public API a delegated user can call (see hand-over.ts for their pages). */
export type HandOverOperation =
  | 'keys-and-downloads'
  | 'support-request'
  | 'isv-offers'
  | 'isv-licenses'
  | 'isv-deals'
  | 'azure-role-assignment'
  | 'csp-catalog';

/**
 * What the user finishes in Partner Center: the exact page, what to do there (`steps` is a key of
 * cards/strings, so the text is in the user's language) and the values collected to copy into it.
 */
export interface HandOver {
  operation: HandOverOperation;
  link: string;
  steps: `handOver.${HandOverOperation}`;
  values?: Record<string, string>;
}

/**
 * Why the real Partner Center could not do what was asked. Operations whose port outcome already
 * has a matching refusal (forbidden, unknown customer or order) return it there; everything else
 * reaches the procedure as a PartnerCenterRefusal, which it shows in the user's language.
 */
export type LiveRefusal =
  /** No token: the user has to sign in (again) before Partner Center can be asked. */
  | { code: 'sign-in-needed' }
  | { code: 'forbidden'; needed: readonly Role[] }
  | { code: 'not-found' }
  /** Still throttled after the retries (or Partner Center asked to wait too long). */
  | { code: 'throttled'; retryAfterSeconds?: number }
  | { code: 'unavailable'; status?: number }
  | { code: 'timeout' }
  /** A change was sent and no answer came back; looking it up again did not tell either. */
  | { code: 'outcome-unknown'; operation: string; requestId: string }
  /** Partner Center refused the request itself: its error code and description. */
  | { code: 'rejected'; status: number; partnerCenterCode?: string; description?: string }
  /** Partner Center keeps audit records for 90 days only. */
  | { code: 'history-limit'; days: number; oldest: string }
  /** No public API: the user finishes in Partner Center, at this page. */
  | { code: 'hand-over'; handOver: HandOver };

export class PartnerCenterRefusal extends Error {
  constructor(readonly reason: LiveRefusal) {
    super(`Partner Center: ${reason.code}`);
    this.name = 'PartnerCenterRefusal';
  }
}

export const isPartnerCenterRefusal = (err: unknown): err is PartnerCenterRefusal => err instanceof PartnerCenterRefusal;
