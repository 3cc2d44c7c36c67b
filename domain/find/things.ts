import type { Findable } from './match';

/**
 * What the things of Partner Center besides customers are found by, in a typed answer and in
 * a first sentence alike: their ID whole, their name in part or misspelt.
 */

/** A catalog name without what it says in brackets: "Exchange Online (Plan 1)" is also "Exchange Online". */
export function catalogNames(name: string): string[] {
  const bare = name
    .replace(/\s*\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return bare && bare !== name ? [name, bare] : [name];
}

/** An ISV offer: its Offer ID (whole) or its alias or ID (in part, another case, a typo: "field synk"). */
export const offerFindable = (o: { offerId: string; alias: string }): Findable => ({ keys: [o.offerId], names: [o.alias, o.offerId] });

/** A plan of an offer: its Plan ID (whole) or its name. */
export const planFindable = (p: { planId: string; name: string }): Findable => ({ keys: [p.planId], names: [p.name, p.planId] });

/** A deal: its deal ID (whole) or its customer's name (in part, misspelt). */
export const dealFindable = (d: { dealId: string; customerName: string }): Findable => ({ keys: [d.dealId], names: [d.customerName] });

/** A product of a catalog (a subscription's offer, a piece of software): its ID, or its name with or without what is in brackets. */
export const productFindable = (p: { id: string; name: string }): Findable => ({ keys: [p.id], names: catalogNames(p.name) });
