import { randomUUID } from 'node:crypto';
import type { PurchaseKind, SoftwareProduct, SoftwarePurchase } from '../model';
import type { CancelOutcome, SideEffect, SoftwareApi } from '../partner-center';
import { cancellationCredit, checkCancellation } from '../rules/cancellation';
import { PROCEDURE_ROLES } from '../rules/roles';
import { isForbidden, isNotFound, noAnswer } from './effects';
import type { PartnerCenterHttp } from './http';
import { requestIdFor } from './ids';
import { fetchAll } from './paging';
import { PartnerCenterRefusal } from './refusal';
import type { PcCustomer, PcOrder } from './resources';

interface PcProduct {
  id: string;
  title: string;
  productType?: { id?: string; displayName?: string; subType?: { id?: string; displayName?: string } };
  publisherName?: string;
}

const KINDS: Record<string, PurchaseKind> = {
  perpetual: 'perpetual',
  subscription: 'software-subscription',
  softwaresubscription: 'software-subscription',
  'software subscription': 'software-subscription',
};

/** The product of a catalog item ID (product:SKU:availability) is its first part. */
const productOf = (offerId: string) => offerId.split(':')[0] ?? offerId;

/**
 * Software purchases in the real Partner Center: a customer's orders, the product of each, and
 * cancellation (PATCH the order with status "cancelled", one order per request).
 */
export class LiveSoftware implements SoftwareApi {
  private readonly customerOf = new Map<string, { customerId: string; country: string; currency: string }>();

  constructor(private readonly http: PartnerCenterHttp) {}

  async purchases(customerId: string): Promise<SoftwarePurchase[]> {
    const c = encodeURIComponent(customerId);
    const { body: customer } = await this.http.get<PcCustomer>(`/v1/customers/${c}`);
    const country = customer.billingProfile?.defaultAddress?.country?.toUpperCase() ?? 'US';
    const currency = customer.billingProfile?.currency?.toUpperCase() ?? 'USD';
    const orders = await fetchAll<PcOrder, PcOrder>(this.http, `/v1/customers/${c}/orders`, (o) => o);
    for (const o of orders) this.customerOf.set(o.id, { customerId, country, currency });
    return orders.filter((o) => o.lineItems.length > 0).map((o) => toPurchase(customerId, o));
  }

  async purchase(orderId: string): Promise<SoftwarePurchase | undefined> {
    const order = await this.order(orderId);
    return order && toPurchase(order.customerId, order.order);
  }

  private async order(orderId: string): Promise<{ customerId: string; order: PcOrder } | undefined> {
    const known = this.customerOf.get(orderId);
    if (!known) return undefined;
    try {
      const { body } = await this.http.get<PcOrder>(
        `/v1/customers/${encodeURIComponent(known.customerId)}/orders/${encodeURIComponent(orderId)}`,
      );
      return { customerId: known.customerId, order: body };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  /** GET /v1/products/{id}?country=: its kind (perpetual or subscription) decides the cancellation window. */
  async product(id: string): Promise<SoftwareProduct | undefined> {
    const country = [...this.customerOf.values()][0]?.country ?? 'US';
    try {
      const { body } = await this.http.get<PcProduct>(
        `/v1/products/${encodeURIComponent(productOf(id))}?country=${encodeURIComponent(country)}`,
      );
      const sub = (body.productType?.subType?.id ?? body.productType?.subType?.displayName ?? '').toLowerCase();
      const kind = KINDS[sub] ?? 'perpetual';
      return {
        id,
        name: body.title,
        publisher: body.publisherName ?? 'Microsoft',
        kind,
        vendor: 'Microsoft',
        price: 0,
        ...(kind === 'software-subscription' ? { termDays: 365 } : {}),
      };
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  /**
   * The same rules as the sandbox are checked first (window, kind); then the order is patched with
   * an MS-RequestId derived from the effect. An order already cancelled is reported, not sent again;
   * without an answer the order is read again before anything is said.
   */
  async cancel(orderId: string, effect: SideEffect): Promise<CancelOutcome> {
    try {
      const found = await this.order(orderId);
      if (!found) return { status: 'refused', reason: { code: 'unknown-order' } };
      const { customerId, order } = found;
      const purchase = toPurchase(customerId, order);
      const product = await this.product(purchase.productId);
      if (!product) return { status: 'refused', reason: { code: 'unknown-order' } };
      const currency = this.customerOf.get(orderId)?.currency ?? 'USD';
      const cancelled = (o: PcOrder): CancelOutcome => ({
        status: 'cancelled',
        orderId,
        customerId,
        productName: product.name,
        cancelledAt: new Date().toISOString(),
        credit: cancellationCredit(purchase, product, currency, new Date()),
        revokedKeys: o.lineItems.reduce((n, li) => n + li.quantity, 0),
        revokedLinks: 0,
      });
      if (isCancelled(order)) return cancelled(order);
      const check = checkCancellation(purchase, product, new Date());
      if (!check.ok) return { status: 'refused', reason: check.refusal };
      if (check.needsSupportRequest) return { status: 'support-request-needed', orderId };
      const path = `/v1/customers/${encodeURIComponent(customerId)}/orders/${encodeURIComponent(orderId)}`;
      const requestId = requestIdFor(effect.idempotencyKey, 'cancel');
      try {
        const { body } = await this.http.send<PcOrder>('PATCH', path, {
          body: { ...order, status: 'cancelled', lineItems: order.lineItems },
          requestId,
        });
        if (body && !isCancelled(body)) throw new PartnerCenterRefusal({ code: 'outcome-unknown', operation: 'cancel', requestId });
        return cancelled(body ?? order);
      } catch (err) {
        if (!noAnswer(err)) throw err;
        const again = await this.order(orderId);
        if (again && isCancelled(again.order)) return cancelled(again.order);
        throw new PartnerCenterRefusal({ code: 'outcome-unknown', operation: 'cancel', requestId });
      }
    } catch (err) {
      if (isForbidden(err))
        return { status: 'refused', reason: { code: 'forbidden', needed: PROCEDURE_ROLES['cancel-software-purchase'] } };
      throw err;
    }
  }
}

const isCancelled = (o: PcOrder) => (o.status ?? '').toLowerCase() === 'cancelled';

function toPurchase(customerId: string, o: PcOrder): SoftwarePurchase {
  const first = o.lineItems[0];
  return {
    orderId: o.id,
    customerId,
    productId: first ? productOf(first.offerId) : randomUUID(),
    quantity: Math.max(
      1,
      o.lineItems.reduce((n, li) => n + li.quantity, 0),
    ),
    amount: o.totalPrice ?? 0,
    purchasedAt: o.creationDate ?? new Date(0).toISOString(),
    status: isCancelled(o) ? 'cancelled' : 'active',
    needsSupportRequest: false,
  };
}
