import type {
  AzureRole,
  AzureSubscription,
  Billing,
  CspSubscription,
  CustomerUser,
  Offer,
  Relationship,
  RoleAssignment,
} from '../csp/model';
import type { AssignmentOutcome, CspApi, ManageOutcome, OrderOutcome, RelationshipOutcome } from '../csp/port';
import type { OrderLine } from '../csp/rules';
import { PROCEDURE_ROLES } from '../rules/roles';
import type { SideEffect } from '../side-effect';
import { etagOf } from '../etag';
import { isForbidden, isNotFound, isPreconditionFailed, noAnswer } from './effects';
import { LiveCatalog } from './catalog';
import { checkout } from './checkout';
import { handOver } from './hand-over';
import type { PartnerCenterHttp } from './http';
import { requestIdFor } from './ids';
import { fetchAll } from './paging';
import { PartnerCenterRefusal } from './refusal';
import { type PcCustomer, type PcOrder, type PcSubscription, toSubscription } from './resources';

const ROLES = PROCEDURE_ROLES.subscriptions;
const forbidden = { code: 'forbidden', needed: ROLES } as const;

/**
 * CSP subscriptions in the real Partner Center. Partner Center addresses a subscription under its
 * customer: the customer of every subscription listed is remembered for the calls that name only
 * the subscription (the procedures always list a customer's subscriptions first).
 */
export class LiveCsp implements CspApi {
  private readonly customerOf = new Map<string, string>();
  private readonly names = new Map<string, string>();

  constructor(
    private readonly http: PartnerCenterHttp,
    private readonly catalog: LiveCatalog = new LiveCatalog(http, undefined),
    /** The market whose offers and prices are listed (the partner's). */
    private readonly market = 'US',
  ) {}

  // --- the offer catalog: the partner's market, priced from its price sheet (see catalog.ts)
  offers(): Promise<Offer[]> {
    return this.catalog.offers(this.market);
  }
  async offer(id: string): Promise<Offer | undefined> {
    return (await this.offers()).find((o) => o.id === id);
  }
  async trialsUsed(customerId: string): Promise<string[]> {
    return (await this.subscriptions(customerId)).filter((s) => s.trial).map((s) => s.offerId);
  }

  async subscriptions(customerId: string): Promise<CspSubscription[]> {
    const path = `/v1/customers/${encodeURIComponent(customerId)}/subscriptions`;
    const all = await fetchAll<PcSubscription, PcSubscription>(this.http, path, (s) => s);
    for (const s of all) {
      this.customerOf.set(s.id, customerId);
      this.names.set(s.id, s.offerName ?? s.friendlyName ?? s.offerId);
    }
    // Deleted subscriptions are history, not something to manage.
    return all.filter((s) => s.status.toLowerCase() !== 'deleted').map((s) => toSubscription(customerId, s));
  }

  async subscription(id: string): Promise<CspSubscription | undefined> {
    const raw = await this.raw(id);
    return raw ? toSubscription(raw.customerId, raw.sub) : undefined;
  }

  private async raw(id: string): Promise<{ customerId: string; sub: PcSubscription } | undefined> {
    const customerId = this.customerOf.get(id);
    if (!customerId) return undefined;
    try {
      const { body } = await this.http.get<PcSubscription>(
        `/v1/customers/${encodeURIComponent(customerId)}/subscriptions/${encodeURIComponent(id)}`,
      );
      this.names.set(id, body.offerName ?? body.friendlyName ?? body.offerId);
      return { customerId, sub: body };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  changeQuantity(id: string, quantity: number, effect: SideEffect): Promise<ManageOutcome> {
    return this.patch(
      id,
      effect,
      'quantity',
      (s) => ({ ...s, quantity }),
      (s) => s.quantity === quantity,
    );
  }
  suspend(id: string, effect: SideEffect): Promise<ManageOutcome> {
    return this.patch(
      id,
      effect,
      'suspend',
      (s) => ({ ...s, status: 'suspended' }),
      (s) => s.status.toLowerCase() === 'suspended',
    );
  }
  reactivate(id: string, effect: SideEffect): Promise<ManageOutcome> {
    return this.patch(
      id,
      effect,
      'reactivate',
      (s) => ({ ...s, status: 'active' }),
      (s) => s.status.toLowerCase() === 'active',
    );
  }

  /**
   * PATCH /v1/customers/{customer}/subscriptions/{id} with the changed resource. The subscription is
   * read first: when it is already as wanted (an earlier try of the same effect acted), nothing is
   * sent again. Without an answer, it is read again before anything is reported.
   */
  private async patch(
    id: string,
    effect: SideEffect,
    step: string,
    change: (s: PcSubscription) => PcSubscription,
    done: (s: PcSubscription) => boolean,
  ): Promise<ManageOutcome> {
    try {
      const before = await this.raw(id);
      if (!before) return { status: 'refused', reason: { code: 'unknown-subscription' } };
      const path = `/v1/customers/${encodeURIComponent(before.customerId)}/subscriptions/${encodeURIComponent(id)}`;
      if (done(before.sub)) return this.done(before.customerId, before.sub);
      // The summary the user confirmed was made from another version: nothing is sent.
      if (effect.ifMatch !== undefined && etagOf(toSubscription(before.customerId, before.sub)) !== effect.ifMatch)
        return { status: 'refused', reason: { code: 'changed' } };
      const requestId = requestIdFor(effect.idempotencyKey, step);
      // Partner Center's own ETag of what was just read: a change made in between is refused (412).
      const etag = before.sub.attributes?.etag;
      try {
        const { body } = await this.http.send<PcSubscription>('PATCH', path, {
          body: change(before.sub),
          requestId,
          ...(etag ? { headers: { 'If-Match': etag } } : {}),
        });
        return this.done(before.customerId, body ?? change(before.sub));
      } catch (err) {
        if (isPreconditionFailed(err)) {
          const after = await this.raw(id);
          if (after && done(after.sub)) return this.done(after.customerId, after.sub);
          return { status: 'refused', reason: { code: 'changed' } };
        }
        if (!noAnswer(err)) throw err;
        const after = await this.raw(id);
        if (after && done(after.sub)) return this.done(after.customerId, after.sub);
        throw new PartnerCenterRefusal({ code: 'outcome-unknown', operation: `subscription-${step}`, requestId });
      }
    } catch (err) {
      if (isForbidden(err)) return { status: 'refused', reason: forbidden };
      throw err;
    }
  }

  private done(customerId: string, s: PcSubscription): ManageOutcome {
    return {
      status: 'done',
      subscription: toSubscription(customerId, s),
      offerName: this.names.get(s.id) ?? s.offerName ?? s.offerId,
      also: [],
    };
  }

  /**
   * An add-on is a new line item on the base subscription's order, with ParentSubscriptionId
   * (PATCH /v1/customers/{customer}/orders/{order}). Before it is sent, and when no answer came,
   * the customer's subscriptions are read: an add-on already there is not bought twice.
   */
  async addAddOn(subscriptionId: string, addOnOfferId: string, quantity: number, effect: SideEffect): Promise<ManageOutcome> {
    try {
      const base = await this.raw(subscriptionId);
      if (!base) return { status: 'refused', reason: { code: 'unknown-subscription' } };
      const existing = async () =>
        (await this.subscriptions(base.customerId)).find((s) => s.parentId === subscriptionId && s.offerId === addOnOfferId);
      const already = await existing();
      if (already) return { status: 'done', subscription: already, offerName: this.names.get(already.id) ?? addOnOfferId, also: [] };
      const orderId = base.sub.orderId ?? '';
      const requestId = requestIdFor(effect.idempotencyKey, 'add-on');
      const order: PcOrder = {
        id: orderId,
        referenceCustomerId: base.customerId,
        ...(base.sub.billingCycle ? { billingCycle: base.sub.billingCycle } : {}),
        lineItems: [{ lineItemNumber: 0, offerId: addOnOfferId, quantity, parentSubscriptionId: subscriptionId }],
      };
      const path = `/v1/customers/${encodeURIComponent(base.customerId)}/orders/${encodeURIComponent(orderId)}`;
      try {
        await this.http.send<PcOrder>('PATCH', path, { body: order, requestId });
      } catch (err) {
        if (!noAnswer(err)) throw err;
      }
      const added = await existing();
      if (!added) throw new PartnerCenterRefusal({ code: 'outcome-unknown', operation: 'add-on', requestId });
      return { status: 'done', subscription: added, offerName: this.names.get(added.id) ?? addOnOfferId, also: [] };
    } catch (err) {
      if (isForbidden(err)) return { status: 'refused', reason: forbidden };
      throw err;
    }
  }

  /** New subscriptions through a cart and its checkout (see checkout.ts); offerId is the catalog item ID. */
  async placeOrder(customerId: string, billing: Billing, lines: OrderLine[], effect: SideEffect): Promise<OrderOutcome> {
    if (lines.length === 0) return { status: 'refused', reason: { code: 'empty' } };
    try {
      const cartLines = await Promise.all(
        lines.map(async (l) => ({
          catalogItemId: await this.catalog.catalogItemId(
            l.offerId,
            this.market,
            l.trial ? undefined : { duration: 'P1Y', billingCycle: billing },
          ),
          quantity: l.quantity,
          billingCycle: l.trial ? 'none' : billing,
        })),
      );
      const orders = await checkout(this.http, customerId, cartLines, effect.idempotencyKey);
      const items = orders.flatMap((o) => o.lineItems);
      return {
        status: 'submitted',
        orderId: orders[0]?.id ?? '',
        customerId,
        subscriptions: items.map((li) => ({
          id: li.subscriptionId ?? '',
          offerId: li.offerId,
          offerName: li.friendlyName ?? li.offerId,
          quantity: li.quantity,
          trial: lines.find((l) => l.offerId === li.offerId)?.trial ?? false,
        })),
      };
    } catch (err) {
      if (isForbidden(err)) return { status: 'refused', reason: forbidden };
      if (isNotFound(err)) return { status: 'refused', reason: { code: 'unknown-customer' } };
      throw err;
    }
  }

  /** Delegated admin status: GET /v1/customers/{id} (allowDelegatedAccess). */
  async relationship(customerId: string): Promise<Relationship> {
    const { body } = await this.http.get<PcCustomer>(`/v1/customers/${encodeURIComponent(customerId)}`);
    return { customerId, dap: body.allowDelegatedAccess === true };
  }

  /** The reseller relationship link: GET /v1/customers/relationshiprequests (one link per partner). */
  async requestRelationship(customerId: string, _effect: SideEffect): Promise<RelationshipOutcome> {
    try {
      const rel = await this.relationship(customerId);
      if (rel.dap) return { status: 'already-granted' };
      const { body } = await this.http.get<{ url: string }>('/v1/customers/relationshiprequests');
      return {
        status: 'requested',
        link: body.url,
        token: new URL(body.url).searchParams.get('partnerId') ?? '',
        requestedAt: new Date().toISOString(),
      };
    } catch (err) {
      if (isForbidden(err)) return { status: 'refused', reason: forbidden };
      if (isNotFound(err)) return { status: 'refused', reason: { code: 'unknown-customer' } };
      throw err;
    }
  }

  /** GET /v1/customers/{id}/users. */
  async customerUsers(customerId: string): Promise<CustomerUser[]> {
    const path = `/v1/customers/${encodeURIComponent(customerId)}/users`;
    return fetchAll<{ id: string; userPrincipalName: string; displayName?: string }, CustomerUser>(this.http, path, (u) => ({
      id: u.id,
      customerId,
      name: u.displayName ?? u.userPrincipalName,
      email: u.userPrincipalName,
    }));
  }

  // --- Azure role assignments are Azure Resource Manager's, not Partner Center's: the Azure portal
  async azureSubscriptions(customerId: string): Promise<AzureSubscription[]> {
    throw handOver('azure-role-assignment', { customerId });
  }
  async roleAssignments(azureSubscriptionId: string): Promise<RoleAssignment[]> {
    throw handOver('azure-role-assignment', { azureSubscriptionId });
  }
  async assignRole(
    customerId: string,
    azureSubscriptionId: string,
    userId: string,
    role: AzureRole,
    _effect: SideEffect,
  ): Promise<AssignmentOutcome> {
    throw handOver('azure-role-assignment', { customerId, azureSubscriptionId }, { userId, role });
  }
}
