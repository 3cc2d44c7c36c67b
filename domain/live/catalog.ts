import type { Billing, Offer } from '../csp/model';
import type { CustomerType, SoftwareProduct } from '../model';
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

/** The most licenses asked for in one change (Partner Center checks the SKU's own limit). */
const MAX_LICENSES = 10_000;

const SEGMENTS: Record<string, CustomerType> = { commercial: 'commercial', education: 'education', government: 'government' };
/** A price sheet's Segment column; a sheet without one is commercial prices. */
const segmentOf = (segment: string): CustomerType | 'other' =>
  segment.trim() === '' ? 'commercial' : (SEGMENTS[segment.trim().toLowerCase()] ?? 'other');

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
   * or annually (what the procedures call monthly and annual billing), at the commercial price.
   * An education or government customer is offered the SKU only where its segment's price is the
   * same: a price that would be wrong for them is never shown (they buy it in Partner Center).
   */
  async offers(market: string): Promise<Offer[]> {
    const prices = (await this.sheet(market, 'updatedlicensebased')).filter((p) => p.termDuration.toUpperCase() === 'P1Y');
    const plans = { monthly: 'monthly', annual: 'annual' } as const;
    const bySegment = new Map<string, Map<string, Partial<Record<Billing, number>>>>();
    const titles = new Map<string, string>();
    for (const p of prices) {
      const billing = plans[p.billingPlan.toLowerCase() as Billing];
      if (!billing) continue;
      const id = `${p.productId}:${p.skuId}`;
      const segment = segmentOf(p.segment);
      const ofSegment = bySegment.get(segment) ?? new Map<string, Partial<Record<Billing, number>>>();
      ofSegment.set(id, { ...ofSegment.get(id), [billing]: p.unitPrice });
      bySegment.set(segment, ofSegment);
      if (segment === 'commercial') titles.set(id, p.title);
    }
    const commercial = bySegment.get('commercial') ?? new Map<string, Partial<Record<Billing, number>>>();
    const samePrice = (a: Partial<Record<Billing, number>> | undefined, b: Partial<Record<Billing, number>>) =>
      !!a && a.monthly === b.monthly && a.annual === b.annual;
    return [...commercial].map(([id, price]) => ({
      id,
      name: titles.get(id) ?? id,
      price,
      customerTypes: [
        'commercial' as const,
        ...(['education', 'government'] as const).filter((type) => samePrice(bySegment.get(type)?.get(id), price)),
      ],
      // The price sheet has no quantity limits: Partner Center refuses a quantity outside the SKU's own, with its code.
      minQuantity: 1,
      maxQuantity: MAX_LICENSES,
      onePerCustomer: false,
      // Nor trials: a trial is started in Partner Center.
      trial: false,
    }));
  }

  /** Perpetual software of the market, priced per license. */
  async software(market: string, customerId: string): Promise<CatalogItem[]> {
    const prices = await this.sheet(market, 'software', customerId);
    // Software is sold to commercial customers only.
    return prices
      .filter((p) => segmentOf(p.segment) === 'commercial')
      .map((p) => {
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
