import type { ProcedureDefinition } from '../../procedure';
import { isvCreateOffer } from '../isv-create-offer';
import { isvDeal } from '../isv-deal';
import { isvGoLive } from '../isv-go-live';
import { isvInvite } from '../isv-invite';
import { isvLicenses } from '../isv-licenses';
import { isvPlans } from '../isv-plans';
import { isvPublish } from '../isv-publish';
import { isvStatus } from '../isv-status';

/** The ISV licensing procedures (SPEC.md A1–A8), in the order a publisher goes through them. */
export const ISV_PROCEDURES: readonly ProcedureDefinition[] = [
  isvCreateOffer,
  isvPlans,
  isvPublish,
  isvGoLive,
  isvDeal,
  isvInvite,
  isvLicenses,
  isvStatus,
];
