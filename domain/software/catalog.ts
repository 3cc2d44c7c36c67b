import { z } from 'zod';
import type { Customer, CustomerType } from '../model';
import type { CancellationPolicy } from '../rules/cancellation';
import { reservationMarket } from './markets';
import { taxBasis, type TaxBasis } from './tax';

/** What a software product offers to download: the three choices of Partner Center's Software page. */
export const DownloadOptionsSchema = z.object({
  versions: z.array(z.string().min(1)).min(1),
  languages: z.array(z.string().min(1)).min(1),
  fileTypes: z.array(z.string().min(1)).min(1),
});
export type DownloadOptions = z.infer<typeof DownloadOptionsSchema>;

/** An Azure reservation offered in the catalog, priced per instance for its term. */
export const ReservationOfferSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
  name: z.string().min(1),
  termYears: z.union([z.literal(1), z.literal(3)]),
  price: z.number().positive(),
  /** Windows virtual machines can run at the base rate with Azure Hybrid Benefit. */
  hybridBenefit: z.boolean().default(false),
});
export type ReservationOffer = z.infer<typeof ReservationOfferSchema>;

export interface CatalogItem {
  id: string;
  kind: 'software' | 'azure-reservation';
  name: string;
  publisher: string;
  /** Price of one license (software) or one instance for the whole term (reservation). */
  unitPrice: number;
  currency: string;
  taxBasis: TaxBasis;
  termYears?: number;
  termDays?: number;
  hybridBenefit: boolean;
  /** Software only: whether and for how long it can be cancelled once bought (said before the order). */
  cancellation?: CancellationPolicy;
  /** Software only: whether it has keys and downloads (Azure software plans have none). */
  downloads?: boolean;
}

export const MAX_ORDER_QUANTITY = 10_000;

export const QuantitySchema = z.coerce
  .number({ message: 'must be a whole number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_ORDER_QUANTITY, `must be at most ${MAX_ORDER_QUANTITY}`);

export type ReservationEligibility =
  | { ok: true }
  | { ok: false; reason: 'market'; market: string; names: string[] }
  | { ok: false; reason: 'customer-type'; type: CustomerType };

/**
 * Azure reservations are sold on behalf of commercial customers, and never to a customer
 * whose market is on Partner Center's list of markets without reservations.
 */
export function reservationEligibility(customer: Pick<Customer, 'market' | 'type'>): ReservationEligibility {
  const market = reservationMarket(customer.market);
  if (!market.available) return { ok: false, reason: 'market', market: market.code, names: market.names };
  if (customer.type !== 'commercial') return { ok: false, reason: 'customer-type', type: customer.type };
  return { ok: true };
}

/** The total of an order line, with the tax basis of the customer's market. */
export function orderTotal(item: Pick<CatalogItem, 'unitPrice'>, quantity: number, market: string): { amount: number; taxBasis: TaxBasis } {
  return { amount: Math.round(item.unitPrice * quantity * 100) / 100, taxBasis: taxBasis(market) };
}

/** Download languages as Partner Center lists them (English names), with their language tags. */
const LANGUAGE_TAGS: Record<string, string> = {
  English: 'en',
  French: 'fr',
  German: 'de',
  Dutch: 'nl',
  Swedish: 'sv',
  Spanish: 'es',
  Italian: 'it',
  Japanese: 'ja',
  Korean: 'ko',
  Danish: 'da',
  Finnish: 'fi',
  Norwegian: 'nb',
  Polish: 'pl',
  Portuguese: 'pt',
  'Portuguese (Brazil)': 'pt-BR',
  'Portuguese (Portugal)': 'pt-PT',
  'Chinese (Simplified)': 'zh-Hans',
  'Chinese (Traditional)': 'zh-Hant',
};

/** The language tag of a download language, so that its name can be shown in the reader's language. */
export const languageTag = (englishName: string): string | undefined => LANGUAGE_TAGS[englishName.trim()];
