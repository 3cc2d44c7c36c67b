import type { Money, PurchaseKind, SoftwareProduct, SoftwarePurchase } from '../model';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Cancellation windows per kind of purchase, in days. The seed's 60 days is the default;
 * newer Partner Center policies use shorter windows for some purchases.
 */
export const CANCELLATION_WINDOW_DAYS: Record<PurchaseKind, number> = {
  perpetual: 60,
  'software-subscription': 60,
  'new-commerce-software-subscription': 7,
  'azure-software-plan': 60,
};

/** Vendors whose software plans in Azure can never be cancelled or exchanged. */
export const NEVER_CANCELLABLE_VENDORS = ['SUSE', 'Red Hat'] as const;
type NeverCancellableVendor = (typeof NEVER_CANCELLABLE_VENDORS)[number];
const neverCancellable = (vendor: string): vendor is NeverCancellableVendor =>
  (NEVER_CANCELLABLE_VENDORS as readonly string[]).includes(vendor);

/** What can be said before buying a product: whether, and for how long, it can be cancelled. */
export type CancellationPolicy = { cancellable: false; vendor: NeverCancellableVendor } | { cancellable: true; windowDays: number };

export function cancellationPolicy(product: Pick<SoftwareProduct, 'vendor' | 'kind'>): CancellationPolicy {
  if (neverCancellable(product.vendor)) return { cancellable: false, vendor: product.vendor };
  return { cancellable: true, windowDays: CANCELLATION_WINDOW_DAYS[product.kind] };
}

export type CancellationRefusal =
  | { code: 'never-cancellable'; vendor: NeverCancellableVendor }
  | { code: 'window-passed'; windowDays: number; closedOn: string }
  | { code: 'already-cancelled'; cancelledAt?: string }
  | { code: 'not-yet-purchased' };

export type CancellationCheck =
  | { ok: true; windowDays: number; daysLeft: number; hoursLeft: number; deadline: string; needsSupportRequest: boolean }
  | { ok: false; refusal: CancellationRefusal };

/**
 * A purchase made at instant T can be cancelled up to and including T + window days.
 * Days left counts the days, started ones included, until that deadline: 1 on the last day.
 * Hours left does the same in hours, so that the last day reads "5 hours left", not "1 day left".
 */
export function checkCancellation(purchase: SoftwarePurchase, product: SoftwareProduct, now: Date): CancellationCheck {
  const policy = cancellationPolicy(product);
  if (!policy.cancellable) return { ok: false, refusal: { code: 'never-cancellable', vendor: policy.vendor } };
  if (purchase.status === 'cancelled') {
    return { ok: false, refusal: { code: 'already-cancelled', cancelledAt: purchase.cancelledAt } };
  }
  const purchasedAt = Date.parse(purchase.purchasedAt);
  if (now.getTime() < purchasedAt) return { ok: false, refusal: { code: 'not-yet-purchased' } };
  const windowDays = CANCELLATION_WINDOW_DAYS[product.kind];
  const deadline = purchasedAt + windowDays * DAY_MS;
  if (now.getTime() > deadline) {
    return { ok: false, refusal: { code: 'window-passed', windowDays, closedOn: new Date(deadline).toISOString() } };
  }
  return {
    ok: true,
    windowDays,
    daysLeft: Math.ceil((deadline - now.getTime()) / DAY_MS),
    hoursLeft: Math.ceil((deadline - now.getTime()) / HOUR_MS),
    deadline: new Date(deadline).toISOString(),
    needsSupportRequest: purchase.needsSupportRequest,
  };
}

export type CreditBasis = 'full' | 'prorated';

export interface Credit extends Money {
  basis: CreditBasis;
  /** For a prorated credit: whole days of the term not yet used, and the term. */
  unusedDays?: number;
  termDays?: number;
}

/**
 * Perpetual software is credited 100%; a subscription is credited the price times the share
 * of its term not yet used, counted in whole days.
 */
export function cancellationCredit(purchase: SoftwarePurchase, product: SoftwareProduct, currency: string, now: Date): Credit {
  if (product.kind === 'perpetual' || !product.termDays) {
    return { amount: round2(purchase.amount), currency, basis: 'full' };
  }
  const usedDays = Math.max(0, Math.floor((now.getTime() - Date.parse(purchase.purchasedAt)) / DAY_MS));
  const unusedDays = Math.max(0, product.termDays - usedDays);
  return {
    amount: round2((purchase.amount * unusedDays) / product.termDays),
    currency,
    basis: 'prorated',
    unusedDays,
    termDays: product.termDays,
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Minutes Partner Center may take before the dashboard shows a cancellation. */
export const DASHBOARD_DELAY_MINUTES = 15;
