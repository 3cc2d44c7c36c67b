import type { Customer } from '../../domain/model';
import type { PartnerCenter } from '../../domain/partner-center';
import { fold } from '../nlu/text';
import { findCustomerMention } from './customer-mention';

/** What Partner Center holds that a sentence may name: its words say who or what, not which procedure. */
export interface KnownNames {
  customers: readonly Customer[];
  offerIds: readonly string[];
  /** Names of the catalog's subscription products ("Power BI Pro"): many procedures speak of them. */
  products?: readonly string[];
}

/**
 * The names a sentence may use, from Partner Center: customers, the publisher's offers, the
 * catalog's products, and the Azure subscriptions of the customer it names ("Contoso Production").
 */
export async function knownNames(pc: PartnerCenter, text: string): Promise<KnownNames> {
  // A list Partner Center cannot give (the real one has no API for some) names nothing.
  const [customers, offers, products] = await Promise.all([pc.customers.list(), orNone(pc.isv.offers()), orNone(pc.csp.offers())]);
  const named = findCustomerMention(text, customers)?.customers ?? [];
  const azure = (await Promise.all(named.map((c) => orNone(pc.csp.azureSubscriptions(c.id))))).flat().map((a) => a.name);
  return { customers, offerIds: offers.map((o) => o.offerId), products: [...products.map((o) => o.name), ...azure] };
}

export const orNone = <T>(list: Promise<T[]>): Promise<T[]> => list.catch(() => []);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The product names' patterns, made once per name: every first message reads the whole catalog's names. */
const patternsOf = new Map<string, RegExp[]>();
const MAX_KEPT_PATTERNS = 10_000;

/** "Exchange Online (Plan 1)" as written, then "Exchange Online" alone: the names of two words or more. */
function productPatterns(name: string): RegExp[] {
  let patterns = patternsOf.get(name);
  if (patterns) return patterns;
  patterns = [];
  for (const form of [fold(name), fold(name).replace(/\([^)]*\)/g, ' ')]) {
    const words = form.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length >= 2)
      patterns.push(new RegExp(`(^|[^\\p{L}\\p{N}])${words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}\\)?(?=$|[^\\p{L}\\p{N}])`, 'gu'));
  }
  if (patternsOf.size >= MAX_KEPT_PATTERNS) patternsOf.clear();
  patternsOf.set(name, patterns);
  return patterns;
}

/**
 * The sentence without the customer and offer it names, for the recognizer: "Contoso Production"
 * or "crm-sync" must not tip the choice of a procedure ("production", "sync").
 */
export function withoutNames(text: string, known: KnownNames | undefined): string {
  if (!known) return text;
  let t = fold(text);
  for (const id of known.offerIds) t = t.replace(new RegExp(`(^|[^a-z0-9_-])${escapeRegExp(id)}(?=$|[^a-z0-9_-])`, 'g'), '$1 ');
  for (const name of known.products ?? []) for (const pattern of productPatterns(name)) t = t.replace(pattern, '$1 ');
  t = t.replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/g, ' ');
  const mention = findCustomerMention(text, known.customers);
  if (mention) {
    const words = new Set(mention.text.split(' '));
    t = t
      .split(/\s+/)
      .filter((w) => {
        const bare = w.replace(/[^\p{L}\p{N}':]+/gu, '').replace(/(?:'s|:s|')$/, '');
        return !(words.has(bare) || (bare.endsWith('s') && words.has(bare.slice(0, -1))));
      })
      .join(' ');
  }
  return t;
}
