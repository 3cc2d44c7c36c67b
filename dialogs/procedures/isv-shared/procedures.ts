import type { ProcedureDefinition } from '../../procedure';
import { isvCreateOffer } from '../isv-create-offer';
import { isvPlans } from '../isv-plans';

/** The ISV licensing procedures (SPEC.md A1–A8), in the order a publisher goes through them. */
export const ISV_PROCEDURES: readonly ProcedureDefinition[] = [isvCreateOffer, isvPlans] as unknown as readonly ProcedureDefinition[];
