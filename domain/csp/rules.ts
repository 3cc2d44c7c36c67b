import { z } from 'zod';
import type { CustomerType } from '../model';
import {
  AzureRoleSchema,
  BillingSchema,
  TRIAL_DAYS,
  TRIAL_LICENSES,
  type AzureRole,
  type AzureSubscription,
  type Billing,
  type CspSubscription,
  type CustomerUser,
  type Offer,
  type Relationship,
  type RoleAssignment,
} from './model';

// --- what the catalog offers a customer (B1) ---------------------------------

/** Why an offer is not in the catalog shown for this customer and billing frequency. */
export type Unavailable =
  | { code: 'add-on'; baseOfferIds: string[] }
  | { code: 'customer-type'; customerType: CustomerType; allowed: CustomerType[] }
  | { code: 'suspended'; subscriptionId: string }
  | { code: 'one-per-customer'; subscriptionId: string }
  | { code: 'billing'; billing: Billing; available: Billing[] };

export type OfferCheck = { ok: true } | { ok: false; reason: Unavailable };

const baseSubscriptionsTo = (offerId: string, subs: readonly CspSubscription[]) => subs.filter((s) => s.offerId === offerId && !s.parentId);

export const billingsOf = (offer: Offer): Billing[] => BillingSchema.options.filter((b) => offer.price[b] !== undefined);

/**
 * Whether the customer can buy a new paid subscription to the offer with this billing.
 * A suspended subscription to the offer blocks a new one: it is reactivated instead
 * (interpretation of seed 003 step 4, for every offer, not only the one-per-customer ones).
 */
export function checkOffer(offer: Offer, customerType: CustomerType, billing: Billing, subs: readonly CspSubscription[]): OfferCheck {
  if (offer.addOnFor?.length) return { ok: false, reason: { code: 'add-on', baseOfferIds: offer.addOnFor } };
  if (!offer.customerTypes.includes(customerType))
    return { ok: false, reason: { code: 'customer-type', customerType, allowed: offer.customerTypes } };
  const own = baseSubscriptionsTo(offer.id, subs).filter((s) => !s.trial);
  const suspended = own.find((s) => s.status === 'suspended');
  if (suspended) return { ok: false, reason: { code: 'suspended', subscriptionId: suspended.id } };
  if (offer.onePerCustomer && own.length > 0) return { ok: false, reason: { code: 'one-per-customer', subscriptionId: own[0].id } };
  if (offer.price[billing] === undefined) return { ok: false, reason: { code: 'billing', billing, available: billingsOf(offer) } };
  return { ok: true };
}

// --- trials -------------------------------------------------------------------

export type TrialRefusal =
  | { code: 'add-on' }
  | { code: 'no-trial' }
  | { code: 'customer-type'; customerType: CustomerType }
  | { code: 'trial-used' }
  | { code: 'owned'; subscriptionId: string };

export type TrialCheck = { ok: true; licenses: number; days: number } | { ok: false; reason: TrialRefusal };

/**
 * Partner Center's trial rules: only where the product has a trial, one per customer and
 * product (ever), not when the customer already owns the product, none for education or
 * government customers, none for add-ons.
 */
export function checkTrial(
  offer: Offer,
  customerType: CustomerType,
  subs: readonly CspSubscription[],
  trialsUsed: readonly string[],
): TrialCheck {
  if (offer.addOnFor?.length) return { ok: false, reason: { code: 'add-on' } };
  if (!offer.trial) return { ok: false, reason: { code: 'no-trial' } };
  if (customerType !== 'commercial' || !offer.customerTypes.includes(customerType))
    return { ok: false, reason: { code: 'customer-type', customerType } };
  if (trialsUsed.includes(offer.id) || subs.some((s) => s.offerId === offer.id && s.trial))
    return { ok: false, reason: { code: 'trial-used' } };
  const owned = baseSubscriptionsTo(offer.id, subs).find((s) => !s.trial);
  if (owned) return { ok: false, reason: { code: 'owned', subscriptionId: owned.id } };
  return { ok: true, licenses: TRIAL_LICENSES, days: TRIAL_DAYS };
}

export const trialEnd = (start: Date): Date => new Date(start.getTime() + TRIAL_DAYS * 86_400_000);

// --- license counts -----------------------------------------------------------

export type QuantityRefusal = { code: 'below-min' | 'above-max'; min: number; max: number };
export type QuantityCheck = { ok: true } | { ok: false; reason: QuantityRefusal };

export function checkQuantity(offer: Pick<Offer, 'minQuantity' | 'maxQuantity'>, quantity: number): QuantityCheck {
  const bounds = { min: offer.minQuantity, max: offer.maxQuantity };
  if (quantity < offer.minQuantity) return { ok: false, reason: { code: 'below-min', ...bounds } };
  if (quantity > offer.maxQuantity) return { ok: false, reason: { code: 'above-max', ...bounds } };
  return { ok: true };
}

/** A typed license count: "12", "12 licenses", " 12 ". Anything else is not a count. */
export function parseQuantity(text: string): number | undefined {
  const m = /^\s*(\d{1,6})\s*(?:[a-zà-ÿ]+)?\s*$/i.exec(text.replace(/[\u00a0 ,.](?=\d{3}\b)/g, ''));
  return m ? Number(m[1]) : undefined;
}

// --- the order ------------------------------------------------------------------

export const OrderLineSchema = z.object({
  offerId: z.string().min(1),
  quantity: z.number().int().positive(),
  trial: z.boolean().default(false),
});
export type OrderLine = z.infer<typeof OrderLineSchema>;

export type LineRefusal =
  | Unavailable
  | TrialRefusal
  | QuantityRefusal
  | { code: 'unknown-offer' }
  | { code: 'duplicate' }
  | { code: 'trial-licenses'; licenses: number };

export type OrderCheck = { ok: true } | { ok: false; code: 'empty' } | { ok: false; code: 'line'; offerId: string; reason: LineRefusal };

/** Everything Partner Center checks before it accepts an order: each line, and the order as a whole. */
export function checkOrder(
  lines: readonly OrderLine[],
  offers: ReadonlyMap<string, Offer>,
  customerType: CustomerType,
  billing: Billing,
  subs: readonly CspSubscription[],
  trialsUsed: readonly string[],
): OrderCheck {
  if (lines.length === 0) return { ok: false, code: 'empty' };
  const seen = new Set<string>();
  for (const line of lines) {
    const refuse = (reason: LineRefusal): OrderCheck => ({ ok: false, code: 'line', offerId: line.offerId, reason });
    const offer = offers.get(line.offerId);
    if (!offer) return refuse({ code: 'unknown-offer' });
    if (seen.has(line.offerId)) return refuse({ code: 'duplicate' });
    seen.add(line.offerId);
    if (line.trial) {
      const trial = checkTrial(offer, customerType, subs, trialsUsed);
      if (!trial.ok) return refuse(trial.reason);
      if (line.quantity !== TRIAL_LICENSES) return refuse({ code: 'trial-licenses', licenses: TRIAL_LICENSES });
      continue;
    }
    const available = checkOffer(offer, customerType, billing, subs);
    if (!available.ok) return refuse(available.reason);
    const quantity = checkQuantity(offer, line.quantity);
    if (!quantity.ok) return refuse(quantity.reason);
  }
  return { ok: true };
}

export interface LinePrice {
  /** Per license and billing period; 0 for a trial. */
  unit: number;
  total: number;
}

export function linePrice(offer: Offer, billing: Billing, line: Pick<OrderLine, 'quantity' | 'trial'>): LinePrice {
  if (line.trial) return { unit: 0, total: 0 };
  const unit = offer.price[billing] ?? 0;
  return { unit, total: Math.round(unit * line.quantity * 100) / 100 };
}

export function orderTotal(lines: readonly OrderLine[], offers: ReadonlyMap<string, Offer>, billing: Billing): number {
  const cents = lines.reduce((sum, l) => {
    const offer = offers.get(l.offerId);
    return sum + (offer ? Math.round(linePrice(offer, billing, l).total * 100) : 0);
  }, 0);
  return cents / 100;
}

// --- managing a subscription (B2) -------------------------------------------------

export type ManageAction = 'add-on' | 'quantity' | 'suspend' | 'reactivate';

export type ManageRefusal =
  | { code: 'unknown-subscription' }
  | { code: 'suspended' }
  | { code: 'not-suspended' }
  | { code: 'trial' }
  | { code: 'same-quantity'; quantity: number }
  | QuantityRefusal
  | { code: 'above-base'; baseQuantity: number }
  | { code: 'below-add-on'; addOnQuantity: number }
  | { code: 'base-suspended' }
  | { code: 'not-an-add-on'; addOnId: string }
  | { code: 'already-added'; subscriptionId: string }
  | { code: 'no-add-ons' };

export type ManageCheck = { ok: true } | { ok: false; reason: ManageRefusal };

const refuse = (reason: ManageRefusal): ManageCheck => ({ ok: false, reason });

/** Add-on offers that can still be added to a subscription (none twice). */
export function addOnsFor(sub: CspSubscription, offers: readonly Offer[], subs: readonly CspSubscription[]): Offer[] {
  if (sub.parentId) return [];
  const attached = new Set(subs.filter((s) => s.parentId === sub.id).map((s) => s.offerId));
  return offers.filter((o) => o.addOnFor?.includes(sub.offerId) && !attached.has(o.id));
}

/** What can be done with a subscription now: the choices of B2. */
export function availableActions(sub: CspSubscription, offers: readonly Offer[], subs: readonly CspSubscription[]): ManageAction[] {
  if (sub.status === 'suspended') return ['reactivate'];
  const out: ManageAction[] = [];
  if (!sub.trial && addOnsFor(sub, offers, subs).length > 0) out.push('add-on');
  if (!sub.trial) out.push('quantity');
  out.push('suspend');
  return out;
}

/**
 * A new license count. An add-on never has more licenses than its base subscription, and a
 * base subscription never drops below one of its add-ons (interpretation: each add-on
 * license extends one base license).
 */
export function checkQuantityChange(sub: CspSubscription, offer: Offer, quantity: number, subs: readonly CspSubscription[]): ManageCheck {
  if (sub.status !== 'active') return refuse({ code: 'suspended' });
  if (sub.trial) return refuse({ code: 'trial' });
  if (quantity === sub.quantity) return refuse({ code: 'same-quantity', quantity });
  const bounds = checkQuantity(offer, quantity);
  if (!bounds.ok) return refuse(bounds.reason);
  const base = sub.parentId ? subs.find((s) => s.id === sub.parentId) : undefined;
  if (base && quantity > base.quantity) return refuse({ code: 'above-base', baseQuantity: base.quantity });
  const biggestAddOn = Math.max(0, ...subs.filter((s) => s.parentId === sub.id && s.status === 'active').map((s) => s.quantity));
  if (quantity < biggestAddOn) return refuse({ code: 'below-add-on', addOnQuantity: biggestAddOn });
  return { ok: true };
}

export function checkAddOn(base: CspSubscription, addOn: Offer, quantity: number, subs: readonly CspSubscription[]): ManageCheck {
  if (!addOn.addOnFor?.includes(base.offerId)) return refuse({ code: 'not-an-add-on', addOnId: addOn.id });
  if (base.status !== 'active') return refuse({ code: 'suspended' });
  if (base.trial) return refuse({ code: 'trial' });
  const existing = subs.find((s) => s.parentId === base.id && s.offerId === addOn.id);
  if (existing) return refuse({ code: 'already-added', subscriptionId: existing.id });
  const bounds = checkQuantity(addOn, quantity);
  if (!bounds.ok) return refuse(bounds.reason);
  if (quantity > base.quantity) return refuse({ code: 'above-base', baseQuantity: base.quantity });
  return { ok: true };
}

export function checkSuspend(sub: CspSubscription): ManageCheck {
  return sub.status === 'suspended' ? refuse({ code: 'suspended' }) : { ok: true };
}

/** An add-on comes back only with its base subscription. */
export function checkReactivate(sub: CspSubscription, subs: readonly CspSubscription[]): ManageCheck {
  if (sub.status !== 'suspended') return refuse({ code: 'not-suspended' });
  const base = sub.parentId ? subs.find((s) => s.id === sub.parentId) : undefined;
  if (base && base.status !== 'active') return refuse({ code: 'base-suspended' });
  return { ok: true };
}

/** Suspending a base subscription suspends its add-ons with it. */
export function affectedBySuspension(sub: CspSubscription, subs: readonly CspSubscription[]): CspSubscription[] {
  return [sub, ...subs.filter((s) => s.parentId === sub.id && s.status === 'active')];
}

/**
 * Reactivating a base subscription brings back the add-ons that were suspended with it; an add-on
 * suspended on its own stays suspended (and is said so).
 */
export function reactivation(
  sub: CspSubscription,
  subs: readonly CspSubscription[],
): { reactivated: CspSubscription[]; stillSuspended: CspSubscription[] } {
  const addOns = subs.filter((s) => s.parentId === sub.id && s.status === 'suspended');
  return {
    reactivated: [sub, ...addOns.filter((s) => s.suspendedWith === sub.id)],
    stillSuspended: addOns.filter((s) => s.suspendedWith !== sub.id),
  };
}

// --- Azure management for the customer (B3) ---------------------------------------

export type AssignmentRefusal =
  | { code: 'no-dap' }
  | { code: 'unknown-azure-subscription' }
  | { code: 'unknown-user' }
  | { code: 'bad-role' }
  | { code: 'already-assigned'; role: AzureRole };

export type AssignmentCheck = { ok: true } | { ok: false; reason: AssignmentRefusal };

/**
 * A role on the customer's Azure subscription needs delegated administrative privileges
 * over the customer, a subscription and a user of that customer, and is given once.
 */
export function checkRoleAssignment(
  customerId: string,
  relationship: Relationship | undefined,
  azureSub: AzureSubscription | undefined,
  user: CustomerUser | undefined,
  role: string,
  existing: readonly RoleAssignment[],
): AssignmentCheck {
  if (!relationship?.dap || relationship.customerId !== customerId) return { ok: false, reason: { code: 'no-dap' } };
  if (!azureSub || azureSub.customerId !== customerId) return { ok: false, reason: { code: 'unknown-azure-subscription' } };
  if (!user || user.customerId !== customerId) return { ok: false, reason: { code: 'unknown-user' } };
  const parsed = AzureRoleSchema.safeParse(role);
  if (!parsed.success) return { ok: false, reason: { code: 'bad-role' } };
  const same = existing.find((a) => a.azureSubscriptionId === azureSub.id && a.userId === user.id && a.role === parsed.data);
  if (same) return { ok: false, reason: { code: 'already-assigned', role: same.role } };
  return { ok: true };
}

/** A typed role: its name in any case, or a localized name. */
export function parseAzureRole(text: string): AzureRole | undefined {
  const t = text.trim().toLowerCase();
  const names: Record<AzureRole, string[]> = {
    Owner: ['owner', 'propriétaire', 'proprietaire', 'ägare', 'agare', 'eigenaar'],
    Contributor: ['contributor', 'contributeur', 'deltagare', 'inzender', 'bijdrager'],
    Reader: ['reader', 'lecteur', 'läsare', 'lasare', 'lezer'],
  };
  return (Object.keys(names) as AzureRole[]).find((r) => names[r].includes(t));
}
