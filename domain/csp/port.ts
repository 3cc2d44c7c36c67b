import type { Role } from '../model';
import type { SideEffect } from '../side-effect';
import type { AzureRole, AzureSubscription, Billing, CspSubscription, CustomerUser, Offer, Relationship, RoleAssignment } from './model';
import type { AssignmentRefusal, LineRefusal, ManageRefusal, OrderLine } from './rules';

type Forbidden = { code: 'forbidden'; needed: readonly Role[] };

export type OrderOutcome =
  | {
      status: 'submitted';
      orderId: string;
      customerId: string;
      subscriptions: { id: string; offerId: string; offerName: string; quantity: number; trial: boolean; endsAt?: string }[];
    }
  | {
      status: 'refused';
      reason: Forbidden | { code: 'unknown-customer' } | { code: 'empty' } | { code: 'line'; offerId: string; reason: LineRefusal };
    };

export type ManageOutcome =
  | { status: 'done'; subscription: CspSubscription; offerName: string; also: CspSubscription[] }
  | { status: 'refused'; reason: Forbidden | ManageRefusal | { code: 'changed' } };

export type RelationshipOutcome =
  | { status: 'requested'; link: string; token: string; requestedAt: string }
  | { status: 'already-granted' }
  | { status: 'refused'; reason: Forbidden | { code: 'unknown-customer' } };

export type AssignmentOutcome =
  | { status: 'assigned'; assignment: RoleAssignment }
  | { status: 'refused'; reason: Forbidden | AssignmentRefusal };

/** Everything CSP subscriptions need from Partner Center: the offer catalog, subscriptions, relationships. */
export interface CspApi {
  offers(): Promise<Offer[]>;
  offer(id: string): Promise<Offer | undefined>;
  subscriptions(customerId: string): Promise<CspSubscription[]>;
  subscription(id: string): Promise<CspSubscription | undefined>;
  /** Offer IDs the customer has ever had a trial of. */
  trialsUsed(customerId: string): Promise<string[]>;
  placeOrder(customerId: string, billing: Billing, lines: OrderLine[], effect: SideEffect): Promise<OrderOutcome>;
  addAddOn(subscriptionId: string, addOnOfferId: string, quantity: number, effect: SideEffect): Promise<ManageOutcome>;
  changeQuantity(subscriptionId: string, quantity: number, effect: SideEffect): Promise<ManageOutcome>;
  suspend(subscriptionId: string, effect: SideEffect): Promise<ManageOutcome>;
  reactivate(subscriptionId: string, effect: SideEffect): Promise<ManageOutcome>;

  relationship(customerId: string): Promise<Relationship>;
  /** The invitation the customer accepts to name the partner Partner of Record and grant DAP. */
  requestRelationship(customerId: string, effect: SideEffect): Promise<RelationshipOutcome>;
  customerUsers(customerId: string): Promise<CustomerUser[]>;
  azureSubscriptions(customerId: string): Promise<AzureSubscription[]>;
  roleAssignments(azureSubscriptionId: string): Promise<RoleAssignment[]>;
  assignRole(
    customerId: string,
    azureSubscriptionId: string,
    userId: string,
    role: AzureRole,
    effect: SideEffect,
  ): Promise<AssignmentOutcome>;
}
