import type { Role } from '../model';
import type { SideEffect } from '../side-effect';
import type { CatalogItem, DownloadOptions } from './catalog';
import type { DownloadLink, LinkStatus } from './links';
import type { TaxBasis } from './tax';
import type { SupportRequest, SupportRequestInput } from './support-request';

type Forbidden = { code: 'forbidden'; needed: readonly Role[] };

export type OrderOutcome =
  | {
      status: 'placed';
      orderId: string;
      customerId: string;
      itemId: string;
      itemName: string;
      kind: CatalogItem['kind'];
      quantity: number;
      amount: number;
      currency: string;
      taxBasis: TaxBasis;
      purchasedAt: string;
    }
  | {
      status: 'refused';
      reason:
        | Forbidden
        | { code: 'unknown-customer' }
        | { code: 'unknown-item' }
        | { code: 'bad-quantity' }
        | { code: 'customer-type'; type: string }
        | { code: 'reservation-market'; market: string; names: string[] }
        | { code: 'reservation-customer-type'; type: string };
    };

export interface KeysRequest {
  orderId: string;
  version: string;
  language: string;
  fileType: string;
}

export type KeysOutcome =
  | {
      status: 'ok';
      orderId: string;
      productName: string;
      keys: string[];
      link: DownloadLink;
      linkStatus: Extract<LinkStatus, { usable: true }>;
      /** A new link was made (none yet for these choices, or the previous one had expired). */
      newLink: boolean;
      /** The link that the new one replaces, and why it no longer worked. */
      replaced?: { linkId: string; reason: 'revoked' | 'time' | 'downloads' };
    }
  | {
      status: 'refused';
      reason: Forbidden | { code: 'unknown-order' } | { code: 'cancelled' } | { code: 'no-downloads' } | { code: 'unknown-option' };
    };

export type DownloadOutcome =
  | { status: 'ok'; link: DownloadLink; downloadsLeft: number; expiresAt: string; file: string }
  | { status: 'refused'; reason: 'unknown' | 'revoked' | 'time' | 'downloads'; expiresAt?: string };

export type SupportRequestOutcome =
  | { status: 'created'; request: SupportRequest }
  | {
      status: 'refused';
      reason:
        | Forbidden
        | { code: 'unknown-customer' }
        | { code: 'invalid'; fields: string[] }
        | { code: 'above-order'; orderAmount: number };
    };

/** Software and Azure reservations sold through CSP: catalog, orders, keys and downloads, support requests. */
export interface SoftwareSalesApi {
  /** Software and Azure reservations offered to this customer, priced in its currency. */
  catalog(customerId: string): Promise<CatalogItem[]>;
  placeOrder(order: { customerId: string; itemId: string; quantity: number }, effect: SideEffect): Promise<OrderOutcome>;
  /** What a product offers to download, or undefined when it has nothing to download. */
  downloadOptions(productId: string): Promise<DownloadOptions | undefined>;
  /** The keys and a download link that still works (a new one when none does); recorded as a key access. */
  keysAndDownloads(request: KeysRequest, effect: SideEffect): Promise<KeysOutcome>;
  links(orderId: string): Promise<DownloadLink[]>;
  /** One download through a link: counted, and recorded in the activity log. */
  download(linkId: string, by?: { userId: string; userName: string }): Promise<DownloadOutcome>;
  createSupportRequest(request: SupportRequestInput, effect: SideEffect): Promise<SupportRequestOutcome>;
  supportRequest(number: string): Promise<SupportRequest | undefined>;
  /** The support requests already opened for one order or subscription of a customer, oldest first. */
  supportRequestsFor(customerId: string, purchaseRef: string): Promise<SupportRequest[]>;
}
