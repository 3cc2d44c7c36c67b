import type { Role } from '../model';
import type { SideEffect } from '../side-effect';
import type { LicenseAccess, LicenseChange } from './deal-rules';
import type { IsvDeal, IsvOffer, IsvPlan, IsvRelationship, LicenseMap, Licensing, OfferStatus } from './model';
import type { IdProblem, ReviewIssue } from './offer-rules';

/**
 * Who acts, the key that makes the effect happen once, and, for a change to a record the user
 * saw (a plan, an offer, a deal), that record's version (`ifMatch`, etagOf): the SideEffect of
 * every port.
 */
export type IsvEffect = SideEffect;

export type OfferView = IsvOffer & { status: OfferStatus };
export type RelationshipView = IsvRelationship & { consentLink: string };

export type IsvRefusal =
  | { code: 'forbidden'; needed: readonly Role[] }
  | { code: 'unknown-offer' }
  | { code: 'unknown-plan'; planId: string }
  | { code: 'unknown-deal' }
  | { code: 'unknown-relationship' }
  | { code: 'invalid-offer-id'; problems: IdProblem[] }
  | { code: 'invalid-plan-id'; problems: IdProblem[] }
  | { code: 'invalid'; field: string }
  | { code: 'not-preview'; status: OfferStatus }
  | { code: 'offer-published' }
  | { code: 'deal-offer'; reason: 'not-live' | 'no-license-management' }
  | { code: 'licenses'; reason: Exclude<LicenseAccess, { ok: true }>['code'] }
  | { code: 'plan-not-published'; planId: string }
  | { code: 'no-license-management' }
  /**
   * Partner Center's data changed since the version the change was computed against (another
   * person's change): nothing was done. For licenses, here they are now.
   */
  | { code: 'changed'; licenses?: LicenseMap };

export type IsvResult<T> = { status: 'done'; value: T } | { status: 'refused'; reason: IsvRefusal };

export interface NewOffer {
  offerId: string;
  alias: string;
  licensing: Licensing;
}

export interface NewPlan {
  offerId: string;
  planId: string;
  name: string;
  description: string;
  publish: boolean;
}

export interface NewDeal {
  customerName: string;
  offerId: string;
  value: number;
  closeDate: string;
}

/** ISV licensing in the commercial marketplace: offers, plans, deals, customer consent, licenses. */
export interface IsvApi {
  publisherId(): Promise<string>;
  offers(): Promise<OfferView[]>;
  offer(offerId: string): Promise<OfferView | undefined>;
  plans(offerId: string): Promise<IsvPlan[]>;
  createOffer(offer: NewOffer, effect: IsvEffect): Promise<IsvResult<OfferView>>;
  savePlan(plan: NewPlan, effect: IsvEffect): Promise<IsvResult<IsvPlan>>;
  publishPlan(offerId: string, planId: string, effect: IsvEffect): Promise<IsvResult<IsvPlan>>;
  /** Saves the technical configuration (base license model User, package URL), then reviews: issues, or Preview. */
  publishOffer(
    offerId: string,
    config: { packageUrl?: string },
    effect: IsvEffect,
  ): Promise<IsvResult<{ offer: OfferView; issues: ReviewIssue[] }>>;
  goLive(offerId: string, effect: IsvEffect): Promise<IsvResult<OfferView>>;
  deals(): Promise<IsvDeal[]>;
  deal(dealId: string): Promise<IsvDeal | undefined>;
  registerDeal(deal: NewDeal, effect: IsvEffect): Promise<IsvResult<IsvDeal>>;
  relationships(): Promise<RelationshipView[]>;
  relationship(relationshipId: string): Promise<RelationshipView | undefined>;
  /** Gives the deal a customer who already has a relationship with the publisher. */
  linkCustomer(
    dealId: string,
    relationshipId: string,
    effect: IsvEffect,
  ): Promise<IsvResult<{ deal: IsvDeal; relationship: RelationshipView }>>;
  /** Invites a new customer to consent: a pending relationship and its consent link. */
  inviteCustomer(
    dealId: string,
    customer: { customerName: string; domain: string },
    effect: IsvEffect,
  ): Promise<IsvResult<{ deal: IsvDeal; relationship: RelationshipView }>>;
  licenses(dealId: string): Promise<LicenseMap>;
  /** "Update licenses": one commit of the wanted licenses of every plan of the deal. */
  /**
   * Sets the deal's licenses to `wanted`, if they are still `basis` (the licenses the user's
   * summary was computed from, like an ETag): otherwise nothing changes and the refusal
   * carries the licenses as they are now.
   */
  updateLicenses(
    dealId: string,
    wanted: LicenseMap,
    effect: IsvEffect,
    basis: LicenseMap,
  ): Promise<IsvResult<{ changes: LicenseChange[]; licenses: LicenseMap }>>;
}
