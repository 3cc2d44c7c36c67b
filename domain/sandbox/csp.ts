import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import { etagOf } from '../etag';
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
import {
  affectedBySuspension,
  reactivation,
  checkAddOn,
  checkOrder,
  checkQuantityChange,
  checkReactivate,
  checkRoleAssignment,
  checkSuspend,
  trialEnd,
  type ManageCheck,
  type OrderLine,
} from '../csp/rules';
import type { Customer, Role } from '../model';
import type { ActivityApi, DirectoryApi, SideEffect } from '../partner-center';
import { checkRoles, type Permission } from '../rules/roles';
import type { CspSeed } from './csp-seed';
import { resolveSeedDate } from './seed-schema';
import type { SandboxStore } from './store';

type Forbidden = { code: 'forbidden'; needed: readonly Role[] };

/** The sandbox's CSP subscriptions, offer catalog and customer relationships. */
export class SandboxCsp implements CspApi {
  /** Where the sandbox's invitation links point: the local server's address (set by whoever serves the page). */
  publicUrl = 'http://127.0.0.1:3978';

  constructor(
    private readonly store: SandboxStore,
    private readonly clock: Clock,
    private readonly directory: DirectoryApi,
    private readonly activity: ActivityApi,
  ) {}

  async seed(csp: CspSeed | undefined, customerIds: readonly string[]): Promise<void> {
    const data: CspSeed = csp ?? { offers: [], subscriptions: [], trialsUsed: [], customerUsers: [], azureSubscriptions: [], dap: [] };
    const now = this.clock.now();
    for (const o of data.offers) await this.store.set(`csp:offer:${o.id}`, o);
    await this.store.set(
      'index:csp-offers',
      data.offers.map((o) => o.id),
    );
    for (const s of data.subscriptions) {
      const createdAt = resolveSeedDate(s.createdAt, now);
      const endsAt = s.endsAt ? resolveSeedDate(s.endsAt, now) : s.trial ? trialEnd(new Date(createdAt)).toISOString() : undefined;
      const sub: CspSubscription = { ...s, createdAt, endsAt };
      await this.store.set(`csp:sub:${s.id}`, sub);
    }
    for (const c of customerIds) {
      await this.store.set(
        `index:csp-subs:${c}`,
        data.subscriptions.filter((s) => s.customerId === c).map((s) => s.id),
      );
      const trials = new Set([
        ...data.trialsUsed.filter((t) => t.customerId === c).map((t) => t.offerId),
        ...data.subscriptions.filter((s) => s.customerId === c && s.trial).map((s) => s.offerId),
      ]);
      await this.store.set(`csp:trials:${c}`, [...trials]);
      await this.store.set(
        `csp:users:${c}`,
        data.customerUsers.filter((u) => u.customerId === c),
      );
      await this.store.set(
        `csp:azure:${c}`,
        data.azureSubscriptions.filter((a) => a.customerId === c),
      );
      await this.store.set<Relationship>(`csp:rel:${c}`, { customerId: c, dap: data.dap.includes(c) });
    }
    for (const a of data.azureSubscriptions) await this.store.set(`csp:assignments:${a.id}`, []);
  }

  // --- reading --------------------------------------------------------------

  async offers(): Promise<Offer[]> {
    return this.store.getMany<Offer>((await this.store.index('csp-offers')).map((id) => `csp:offer:${id}`));
  }
  offer(id: string): Promise<Offer | undefined> {
    return this.store.get<Offer>(`csp:offer:${id}`);
  }
  async subscriptions(customerId: string): Promise<CspSubscription[]> {
    return this.store.getMany<CspSubscription>((await this.store.index(`csp-subs:${customerId}`)).map((id) => `csp:sub:${id}`));
  }
  subscription(id: string): Promise<CspSubscription | undefined> {
    return this.store.get<CspSubscription>(`csp:sub:${id}`);
  }
  async trialsUsed(customerId: string): Promise<string[]> {
    return (await this.store.get<string[]>(`csp:trials:${customerId}`)) ?? [];
  }
  async relationship(customerId: string): Promise<Relationship> {
    return (await this.store.get<Relationship>(`csp:rel:${customerId}`)) ?? { customerId, dap: false };
  }
  async customerUsers(customerId: string): Promise<CustomerUser[]> {
    return (await this.store.get<CustomerUser[]>(`csp:users:${customerId}`)) ?? [];
  }
  async azureSubscriptions(customerId: string): Promise<AzureSubscription[]> {
    return (await this.store.get<AzureSubscription[]>(`csp:azure:${customerId}`)) ?? [];
  }
  async roleAssignments(azureSubscriptionId: string): Promise<RoleAssignment[]> {
    return (await this.store.get<RoleAssignment[]>(`csp:assignments:${azureSubscriptionId}`)) ?? [];
  }

  // --- new subscriptions (B1) -----------------------------------------------

  placeOrder(customerId: string, billing: Billing, lines: OrderLine[], effect: SideEffect): Promise<OrderOutcome> {
    return this.store.once(effect.idempotencyKey, async () => {
      const outcome = await this.placeOrderNow(customerId, billing, lines, effect);
      await this.record(
        effect,
        'new-subscription',
        customerId,
        outcome.status === 'submitted' ? outcome.orderId : lines.map((l) => l.offerId).join(','),
        outcome.status === 'submitted',
        outcome.status === 'refused' ? outcome.reason.code : undefined,
      );
      return outcome;
    });
  }

  private async placeOrderNow(customerId: string, billing: Billing, lines: OrderLine[], effect: SideEffect): Promise<OrderOutcome> {
    const forbidden = await this.authorize(effect.userId, 'subscriptions');
    if (forbidden) return { status: 'refused', reason: forbidden };
    const customer = await this.store.get<Customer>(`customer:${customerId}`);
    if (!customer) return { status: 'refused', reason: { code: 'unknown-customer' } };
    const offers = new Map((await this.offers()).map((o) => [o.id, o]));
    const subs = await this.subscriptions(customerId);
    const trials = await this.trialsUsed(customerId);
    const check = checkOrder(lines, offers, customer.type, billing, subs, trials);
    if (!check.ok)
      return {
        status: 'refused',
        reason: check.code === 'empty' ? { code: 'empty' } : { code: 'line', offerId: check.offerId, reason: check.reason },
      };

    const now = this.clock.now();
    const orderId = randomBytes(16).toString('hex');
    const created: CspSubscription[] = lines.map((l) => ({
      id: randomUUID(),
      customerId,
      offerId: l.offerId,
      quantity: l.quantity,
      billing: l.trial ? undefined : billing,
      status: 'active',
      trial: l.trial,
      orderId,
      createdAt: now.toISOString(),
      endsAt: l.trial ? trialEnd(now).toISOString() : undefined,
    }));
    for (const s of created) await this.store.set(`csp:sub:${s.id}`, s);
    await this.store.set(`index:csp-subs:${customerId}`, [
      ...(await this.store.index(`csp-subs:${customerId}`)),
      ...created.map((s) => s.id),
    ]);
    const newTrials = created.filter((s) => s.trial).map((s) => s.offerId);
    if (newTrials.length) await this.store.set(`csp:trials:${customerId}`, [...trials, ...newTrials]);
    return {
      status: 'submitted',
      orderId,
      customerId,
      subscriptions: created.map((s) => ({
        id: s.id,
        offerId: s.offerId,
        offerName: offers.get(s.offerId)!.name,
        quantity: s.quantity,
        trial: s.trial,
        endsAt: s.endsAt,
      })),
    };
  }

  // --- managing subscriptions (B2) ------------------------------------------

  addAddOn(subscriptionId: string, addOnOfferId: string, quantity: number, effect: SideEffect): Promise<ManageOutcome> {
    return this.manage('add-on-licenses', subscriptionId, effect, async (base, subs) => {
      const addOn = await this.offer(addOnOfferId);
      if (!addOn) return { ok: false, reason: { code: 'not-an-add-on', addOnId: addOnOfferId } };
      const check = checkAddOn(base, addOn, quantity, subs);
      if (!check.ok) return check;
      const now = this.clock.now();
      const sub: CspSubscription = {
        id: randomUUID(),
        customerId: base.customerId,
        offerId: addOn.id,
        quantity,
        billing: base.billing,
        status: 'active',
        trial: false,
        orderId: randomBytes(16).toString('hex'),
        createdAt: now.toISOString(),
        parentId: base.id,
      };
      await this.store.set(`csp:sub:${sub.id}`, sub);
      await this.store.addToIndex(`csp-subs:${base.customerId}`, sub.id);
      return { ok: true, changed: [sub] };
    });
  }

  changeQuantity(subscriptionId: string, quantity: number, effect: SideEffect): Promise<ManageOutcome> {
    return this.manage('change-subscription-quantity', subscriptionId, effect, async (sub, subs) => {
      const offer = await this.offer(sub.offerId);
      if (!offer) return { ok: false, reason: { code: 'unknown-subscription' } };
      const check = checkQuantityChange(sub, offer, quantity, subs);
      return check.ok ? { ok: true, changed: [{ ...sub, quantity }] } : check;
    });
  }

  suspend(subscriptionId: string, effect: SideEffect): Promise<ManageOutcome> {
    return this.manage('suspend-subscription', subscriptionId, effect, async (sub, subs) => {
      const check = checkSuspend(sub);
      if (!check.ok) return check;
      return {
        ok: true,
        changed: affectedBySuspension(sub, subs).map((s) => ({
          ...s,
          status: 'suspended' as const,
          ...(s.id === sub.id ? {} : { suspendedWith: sub.id }),
        })),
      };
    });
  }

  reactivate(subscriptionId: string, effect: SideEffect): Promise<ManageOutcome> {
    return this.manage('reactivate-subscription', subscriptionId, effect, async (sub, subs) => {
      const check = checkReactivate(sub, subs);
      if (!check.ok) return check;
      // The add-ons suspended with it come back with it.
      return {
        ok: true,
        changed: reactivation(sub, subs).reactivated.map((s) => ({ ...s, status: 'active' as const, suspendedWith: undefined })),
      };
    });
  }

  /** One subscription change: roles, the rule, the records, the activity log, once per key. */
  private manage(
    action: string,
    subscriptionId: string,
    effect: SideEffect,
    change: (
      sub: CspSubscription,
      subs: CspSubscription[],
    ) => Promise<Exclude<ManageCheck, { ok: true }> | { ok: true; changed: CspSubscription[] }>,
  ): Promise<ManageOutcome> {
    return this.store.once(effect.idempotencyKey, async () => {
      const sub = await this.subscription(subscriptionId);
      const outcome: ManageOutcome = await (async (): Promise<ManageOutcome> => {
        const forbidden = await this.authorize(effect.userId, 'subscriptions');
        if (forbidden) return { status: 'refused', reason: forbidden };
        if (!sub) return { status: 'refused', reason: { code: 'unknown-subscription' } };
        const result = await change(sub, await this.subscriptions(sub.customerId));
        // A rule that now refuses says the most; otherwise a subscription changed since the user's
        // summary (another person, another tab) is not changed on top of that: nothing is applied.
        if (!result.ok) return { status: 'refused', reason: result.reason };
        if (effect.ifMatch !== undefined && etagOf(sub) !== effect.ifMatch) return { status: 'refused', reason: { code: 'changed' } };
        for (const s of result.changed) await this.store.set(`csp:sub:${s.id}`, s);
        const main = result.changed.find((s) => s.id === subscriptionId) ?? result.changed[0];
        const offer = await this.offer(main.offerId);
        return {
          status: 'done',
          subscription: main,
          offerName: offer?.name ?? main.offerId,
          also: result.changed.filter((s) => s !== main),
        };
      })();
      await this.record(
        effect,
        action,
        sub?.customerId,
        subscriptionId,
        outcome.status === 'done',
        outcome.status === 'refused' ? outcome.reason.code : undefined,
      );
      return outcome;
    });
  }

  // --- Azure management (B3) -----------------------------------------------

  requestRelationship(customerId: string, effect: SideEffect): Promise<RelationshipOutcome> {
    return this.store.once(effect.idempotencyKey, async () => {
      const outcome = await (async (): Promise<RelationshipOutcome> => {
        const forbidden = await this.authorize(effect.userId, 'azure-management');
        if (forbidden) return { status: 'refused', reason: forbidden };
        if (!(await this.store.get<Customer>(`customer:${customerId}`))) return { status: 'refused', reason: { code: 'unknown-customer' } };
        const rel = await this.relationship(customerId);
        if (rel.dap) return { status: 'already-granted' };
        // One open invitation per customer: asking again shows the same link.
        if (rel.pending) return { status: 'requested', ...rel.pending };
        const token = randomBytes(12).toString('hex');
        const pending = {
          token,
          link: `${this.publicUrl.replace(/\/$/, '')}/sandbox/relationship/${token}`,
          requestedAt: this.clock.now().toISOString(),
        };
        await this.store.set<Relationship>(`csp:rel:${customerId}`, { ...rel, pending });
        await this.store.set(`csp:rel-token:${token}`, customerId);
        return { status: 'requested', ...pending };
      })();
      await this.record(
        effect,
        'request-relationship',
        customerId,
        customerId,
        outcome.status !== 'refused',
        outcome.status === 'refused' ? outcome.reason.code : undefined,
      );
      return outcome;
    });
  }

  /**
   * What the customer's admin does on the invitation page: accepts it, naming the partner
   * Partner of Record, which grants delegated administrative privileges.
   */
  /** The customer an invitation link is for, read without accepting it: what the invitation page shows. */
  async relationshipInvitation(token: string): Promise<{ customerName: string } | undefined> {
    const customerId = await this.store.get<string>(`csp:rel-token:${token}`);
    if (!customerId) return undefined;
    return { customerName: (await this.store.get<Customer>(`customer:${customerId}`))?.name ?? customerId };
  }

  async acceptRelationship(
    token: string,
  ): Promise<{ status: 'accepted'; customerId: string; customerName: string } | { status: 'unknown-token' }> {
    const customerId = await this.store.get<string>(`csp:rel-token:${token}`);
    if (!customerId) return { status: 'unknown-token' };
    const customer = await this.store.get<Customer>(`customer:${customerId}`);
    const rel = await this.relationship(customerId);
    if (rel.pending?.token === token || rel.dap) {
      await this.store.set<Relationship>(`csp:rel:${customerId}`, {
        customerId,
        dap: true,
        acceptedAt: rel.acceptedAt ?? this.clock.now().toISOString(),
      });
      // It grants delegated administrative privileges: in the activity log once, by the customer's side.
      if (!rel.dap)
        await this.activity.record({
          userId: 'customer',
          userName: customer?.name ?? customerId,
          action: 'accept-relationship',
          customerId,
          subject: customerId,
          outcome: 'done',
        });
    }
    return { status: 'accepted', customerId, customerName: customer?.name ?? customerId };
  }

  assignRole(
    customerId: string,
    azureSubscriptionId: string,
    userId: string,
    role: AzureRole,
    effect: SideEffect,
  ): Promise<AssignmentOutcome> {
    return this.store.once(effect.idempotencyKey, async () => {
      const outcome = await (async (): Promise<AssignmentOutcome> => {
        const forbidden = await this.authorize(effect.userId, 'azure-management');
        if (forbidden) return { status: 'refused', reason: forbidden };
        const azure = (await this.azureSubscriptions(customerId)).find((a) => a.id === azureSubscriptionId);
        const user = (await this.customerUsers(customerId)).find((u) => u.id === userId);
        const existing = await this.roleAssignments(azureSubscriptionId);
        const check = checkRoleAssignment(customerId, await this.relationship(customerId), azure, user, role, existing);
        if (!check.ok) return { status: 'refused', reason: check.reason };
        const assignment: RoleAssignment = { azureSubscriptionId, userId, role, assignedAt: this.clock.now().toISOString() };
        await this.store.set(`csp:assignments:${azureSubscriptionId}`, [...existing, assignment]);
        return { status: 'assigned', assignment };
      })();
      await this.record(
        effect,
        'assign-azure-role',
        customerId,
        `${azureSubscriptionId}:${userId}:${role}`,
        outcome.status === 'assigned',
        outcome.status === 'refused' ? outcome.reason.code : undefined,
      );
      return outcome;
    });
  }

  // --- shared ---------------------------------------------------------------

  private async authorize(userId: string, permission: Permission): Promise<Forbidden | undefined> {
    const user = await this.directory.user(userId);
    const check = checkRoles(user?.roles ?? [], permission);
    return check.allowed ? undefined : { code: 'forbidden', needed: check.needed };
  }

  private async record(
    effect: SideEffect,
    action: string,
    customerId: string | undefined,
    subject: string,
    done: boolean,
    refusal: string | undefined,
  ): Promise<void> {
    await this.activity.record({
      userId: effect.userId,
      userName: (await this.directory.user(effect.userId))?.name ?? effect.userId,
      action,
      customerId,
      subject,
      outcome: done ? 'done' : 'refused',
      detail: refusal,
    });
  }
}

/** The sandbox's invitation page calls this when the customer accepts (see SandboxCsp.acceptRelationship). */
export function acceptRelationship(csp: SandboxCsp, token: string) {
  return csp.acceptRelationship(token);
}
