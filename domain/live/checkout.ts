import type { PartnerCenterHttp } from './http';
import { requestIdFor } from './ids';
import { noAnswer } from './effects';
import { PartnerCenterRefusal } from './refusal';
import type { PcOrder } from './resources';

export interface CartLine {
  /** Partner Center's catalog item ID: product:SKU:availability. */
  catalogItemId: string;
  quantity: number;
  billingCycle: string;
}

interface PcCart {
  id: string;
  status?: string;
}

interface PcCheckout {
  orders?: PcOrder[];
  orderErrors?: { orderGroupId?: string; code?: number | string; description?: string }[];
}

/**
 * Buys through a cart: POST /v1/customers/{customer}/carts, then POST .../carts/{cart}/checkout,
 * each with an MS-RequestId derived from the side effect. When the checkout gets no answer the cart
 * is read before it is sent again: an "Ordered" cart is never checked out a second time, and the
 * outcome is then unknown (a follow-up looks the order up) rather than guessed.
 */
export async function checkout(
  http: PartnerCenterHttp,
  customerId: string,
  lines: CartLine[],
  idempotencyKey: string,
  attempts = 3,
): Promise<PcOrder[]> {
  const carts = `/v1/customers/${encodeURIComponent(customerId)}/carts`;
  const body = {
    lineItems: lines.map((l, i) => ({ id: i, catalogItemId: l.catalogItemId, quantity: l.quantity, billingCycle: l.billingCycle })),
  };
  const { body: cart } = await http.send<PcCart>('POST', carts, { body, requestId: requestIdFor(idempotencyKey, 'cart') });
  const cartPath = `${carts}/${encodeURIComponent(cart.id)}`;
  const requestId = requestIdFor(idempotencyKey, 'checkout');
  for (let attempt = 1; ; attempt++) {
    try {
      const { body: result } = await http.send<PcCheckout>('POST', `${cartPath}/checkout`, { body: {}, requestId, retry: false });
      const orders = result?.orders ?? [];
      if (orders.length === 0) {
        const error = result?.orderErrors?.[0];
        throw new PartnerCenterRefusal({
          code: 'rejected',
          status: 200,
          ...(error?.code !== undefined ? { partnerCenterCode: String(error.code) } : {}),
          ...(error?.description ? { description: error.description } : {}),
        });
      }
      return orders;
    } catch (err) {
      if (!noAnswer(err)) throw err;
      const { body: now } = await http.get<PcCart>(cartPath);
      if ((now?.status ?? '').toLowerCase() === 'ordered' || attempt >= attempts) {
        throw new PartnerCenterRefusal({ code: 'outcome-unknown', operation: 'checkout', requestId });
      }
    }
  }
}
