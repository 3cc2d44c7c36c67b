import type { CatalogItem, DownloadOptions } from '../software/catalog';
import type { DownloadLink } from '../software/links';
import type { DownloadOutcome, KeysOutcome, KeysRequest, OrderOutcome, SoftwareSalesApi, SupportRequestOutcome } from '../software/port';
import type { SupportRequest, SupportRequestInput } from '../software/support-request';
import { taxBasis } from '../software/tax';
import { PROCEDURE_ROLES } from '../rules/roles';
import type { SideEffect } from '../side-effect';
import { LiveCatalog } from './catalog';
import { checkout } from './checkout';
import { isForbidden, isNotFound } from './effects';
import { handOver } from './hand-over';
import type { PartnerCenterHttp } from './http';
import type { PcCustomer } from './resources';

/**
 * Buying software in the real Partner Center: a cart and its checkout. The priced catalog, keys and
 * downloads, and support requests have no public API a delegated user can call: the procedure
 * collects everything and hands over to the Partner Center page.
 */
export class LiveSoftwareSales implements SoftwareSalesApi {
  constructor(
    private readonly http: PartnerCenterHttp,
    private readonly prices: LiveCatalog = new LiveCatalog(http, undefined),
  ) {}

  /** The perpetual software of the customer's market, priced from the partner's price sheet. */
  async catalog(customerId: string): Promise<CatalogItem[]> {
    const { body: customer } = await this.http.get<PcCustomer>(`/v1/customers/${encodeURIComponent(customerId)}`);
    return this.prices.software(marketOf(customer), customerId);
  }

  /** itemId is the catalog item ID (product:SKU:availability); software is paid once. */
  async placeOrder(order: { customerId: string; itemId: string; quantity: number }, effect: SideEffect): Promise<OrderOutcome> {
    try {
      const { body: customer } = await this.http.get<PcCustomer>(`/v1/customers/${encodeURIComponent(order.customerId)}`);
      const market = marketOf(customer);
      const catalogItemId = await this.prices.catalogItemId(order.itemId, market);
      const orders = await checkout(
        this.http,
        order.customerId,
        [{ catalogItemId, quantity: order.quantity, billingCycle: 'one_time' }],
        effect.idempotencyKey,
      );
      const placed = orders[0];
      const line = placed?.lineItems[0];
      return {
        status: 'placed',
        orderId: placed?.id ?? '',
        customerId: order.customerId,
        itemId: order.itemId,
        itemName: line?.friendlyName ?? order.itemId,
        kind: 'software',
        quantity: line?.quantity ?? order.quantity,
        amount: placed?.totalPrice ?? 0,
        currency: placed?.currencyCode ?? customer.billingProfile?.currency ?? 'USD',
        taxBasis: taxBasis(market),
        purchasedAt: placed?.creationDate ?? new Date().toISOString(),
      };
    } catch (err) {
      if (isForbidden(err)) return { status: 'refused', reason: { code: 'forbidden', needed: PROCEDURE_ROLES['buy-software'] } };
      if (isNotFound(err)) return { status: 'refused', reason: { code: 'unknown-customer' } };
      throw err;
    }
  }

  async downloadOptions(_productId: string): Promise<DownloadOptions | undefined> {
    throw handOver('keys-and-downloads');
  }
  async keysAndDownloads(request: KeysRequest, _effect: SideEffect): Promise<KeysOutcome> {
    throw handOver(
      'keys-and-downloads',
      {},
      { orderId: request.orderId, version: request.version, language: request.language, fileType: request.fileType },
    );
  }
  async links(_orderId: string): Promise<DownloadLink[]> {
    throw handOver('keys-and-downloads');
  }
  async download(_linkId: string): Promise<DownloadOutcome> {
    throw handOver('keys-and-downloads');
  }
  async createSupportRequest(request: SupportRequestInput, _effect: SideEffect): Promise<SupportRequestOutcome> {
    throw handOver('support-request', {}, { customerId: String((request as { customerId?: unknown }).customerId ?? '') });
  }
  async supportRequest(_number: string): Promise<SupportRequest | undefined> {
    throw handOver('support-request');
  }
  async supportRequestsFor(customerId: string, _purchaseRef: string): Promise<SupportRequest[]> {
    throw handOver('support-request', {}, { customerId });
  }
}

const marketOf = (customer: PcCustomer): string => customer.billingProfile?.defaultAddress?.country?.toUpperCase() ?? 'US';
