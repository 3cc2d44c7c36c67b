import type { Offer } from '../csp/model';
import type { SoftwareProduct } from '../model';
import { cancellationPolicy } from '../rules/cancellation';
import type { CatalogItem } from '../software/catalog';
import { taxBasis } from '../software/tax';
import { handOver } from './hand-over';
import type { PartnerCenterHttp } from './http';
import { fetchAll } from './paging';
import { fetchPrices, type Price, type PricesheetView } from './price-sheet';
import { isPartnerCenterRefusal } from './refusal';

/** Price sheets change once a month at most: one read serves this long. */
const CACHE_MS = 6 * 60 * 60_000;

interface PcAvailability {
  id: string;
  catalogItemId: string;
  terms?: { duration?: string; billingCycle?: string }[];
}

const VENDORS: Record<string, SoftwareProduct['vendor']> = { suse: 'SUSE', 'red hat': 'Red Hat', microsoft: 'Microsoft' };
const vendorOf = (publisher: string): SoftwareProduct['vendor'] =>
  Object.entries(VENDORS).find(([k]) => publisher.toLowerCase().includes(k))?.[1] ?? 'Other';

/**
 * The offers a partner can sell in a market, priced: the Partner API's price sheets (new-commerce
 * licenses, perpetual software) in one call each. A product:SKU is bought through its catalog item
 * (product:SKU:availability), asked of Partner Center's catalog when it is ordered:
 * GET /v1/products/{product}/skus/{sku}/availabilities?country=.
 */
export class LiveCatalog {
  private readonly sheets = new Map<string, { prices: Promise<Price[]>; until: number }>();

  constructor(
    private readonly http: PartnerCenterHttp,
    /** The Partner API, where the price sheets are; without it the catalog is finished in Partner Center. */
    private readonly prices: PartnerCenterHttp | undefined,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private sheet(market: string, view: PricesheetView, customerId?: string): Promise<Price[]> {
    if (!this.prices) throw handOver('csp-catalog', customerId ? { customerId } : {});
    const key = `${market}/${view}`;
    const hit = this.sheets.get(key);
    if (hit && hit.until > this.now().getTime()) return hit.prices;
    // No token for the Partner API (the OAuth connection cannot give one): finished in Partner Center.
    const prices = fetchPrices(this.prices, market, view, this.now()).catch((err: unknown) => {
      if (isPartnerCenterRefusal(err) && err.reason.code === 'sign-in-needed')
        throw handOver('csp-catalog', customerId ? { customerId } : {});
      throw err;
    });
    prices.catch(() => this.sheets.delete(key));
    this.sheets.set(key, { prices, until: this.now().getTime() + CACHE_MS });
    return prices;
  }

  /**
   * New-commerce license offers, one per product:SKU, priced for a one-year term billed monthly
   * or annually (what the procedures call monthly and annual billing).
   */
  async offers(market: string): Promise<Offer[]> {
    const prices = (await this.sheet(market, 'updatedlicensebased')).filter((p) => p.termDuration.toUpperCase() === 'P1Y');
    const byId = new Map<string, Offer>();
    for (const p of prices) {
      const id = `${p.productId}:${p.skuId}`;
      const offer = byId.get(id) ?? { ...this.base(id, p), price: {} };
      const plan = p.billingPlan.toLowerCase();
      if (plan === 'monthly') offer.price.monthly = p.unitPrice;
      if (plan === 'annual') offer.price.annual = p.unitPrice;
      byId.set(id, offer);
    }
    return [...byId.values()].filter((o) => o.price.monthly !== undefined || o.price.annual !== undefined);
  }

  private base(id: string, p: Price): Omit<Offer, 'price'> {
    return {
      id,
      name: p.title,
      customerTypes: ['commercial', 'education', 'government'],
      minQuantity: 1,
      maxQuantity: 300,
      onePerCustomer: false,
      trial: p.unitPrice === 0,
    };
  }

  /** Perpetual software of the market, priced per license. */
  async software(market: string, customerId: string): Promise<CatalogItem[]> {
    const prices = await this.sheet(market, 'software', customerId);
    return prices.map((p) => {
      const publisher = p.publisher;
      return {
        id: `${p.productId}:${p.skuId}`,
        kind: 'software' as const,
        name: p.title,
        publisher,
        unitPrice: p.unitPrice,
        currency: p.currency,
        taxBasis: taxBasis(market),
        hybridBenefit: false,
        cancellation: cancellationPolicy({ vendor: vendorOf(publisher), kind: 'perpetual' }),
        downloads: true,
      };
    });
  }

  /**
   * The catalog item to put in a cart for a product:SKU (an ID that already names its availability
   * is used as it is): the availability whose terms match, else the first one.
   */
  async catalogItemId(id: string, market: string, term?: { duration: string; billingCycle: string }): Promise<string> {
    const [product, sku, availability] = id.split(':');
    if (availability || !product || !sku) return id;
    const path = `/v1/products/${encodeURIComponent(product)}/skus/${encodeURIComponent(sku)}/availabilities?country=${encodeURIComponent(market)}`;
    const all = await fetchAll<PcAvailability, PcAvailability>(this.http, path, (a) => a);
    const fits = (a: PcAvailability) =>
      !term ||
      (a.terms ?? []).some(
        (t) => t.duration?.toUpperCase() === term.duration && (t.billingCycle ?? '').toLowerCase() === term.billingCycle.toLowerCase(),
      );
    const chosen = all.find(fits) ?? all[0];
    if (!chosen) throw handOver('csp-catalog');
    return chosen.catalogItemId;
  }
}
