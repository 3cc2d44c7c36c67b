import type { Findable } from './match';

/**
 * What the things of Partner Center besides customers are found by, in a typed answer and in
 * a first sentence alike: their ID whole, their name in part or misspelt.
 */

/** The brand a catalog name starts with, which partners leave out ("Business Standard", "Teams Premium"). */
const BRAND = /^(?:microsoft 365|office 365|dynamics 365|microsoft)\s+/i;

/** What a catalog name ends with to describe its kind, left out when partners name it ("tenant plan", "software plan"). */
const DESCRIPTION = /\s+(?:tenant|software|add-on|subscription)\s+plan\b.*$/i;

/** The brands partners abbreviate: "M365 Business Basic", "O365 E3". */
const SHORT_BRANDS: readonly (readonly [RegExp, string])[] = [
  [/^microsoft 365\s+/i, 'M365 '],
  [/^office 365\s+/i, 'O365 '],
];

/**
 * A catalog name as partners say it: as written, without what it says in brackets ("Exchange
 * Online (Plan 1)" is also "Exchange Online"), without the brand it starts with ("Microsoft 365
 * Business Standard" is also "Business Standard"), and with the brand abbreviated ("M365 Business Standard").
 */
export function catalogNames(name: string): readonly string[] {
  let names = namesOf.get(name);
  if (!names) {
    if (namesOf.size >= MAX_KEPT_NAMES) namesOf.clear();
    // Frozen: every caller is handed the same list.
    names = Object.freeze(formsOf(name));
    namesOf.set(name, names);
  }
  return names;
}

/** The forms of the names read most lately: every first message reads the catalogs' names again. */
const namesOf = new Map<string, readonly string[]>();
const MAX_KEPT_NAMES = 10_000;

function formsOf(name: string): string[] {
  const bare = name
    .replace(/\s*\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const unbranded = bare.replace(BRAND, '');
  const abbreviated = SHORT_BRANDS.flatMap(([brand, short]) => (brand.test(bare) ? [bare.replace(brand, short)] : []));
  // "Microsoft Purview tenant plan" is "Microsoft Purview"; "Red Hat Enterprise Linux software plan" is "Red Hat Enterprise Linux".
  const described = DESCRIPTION.exec(bare);
  const named = described && described.index > 0 ? [bare.slice(0, described.index).trim()] : [];
  // "Exchange Online (Plan 1)" is also "Exchange Online P1" and "Exchange Online Plan 1".
  const plan = /\(Plan (\d+)\)/i.exec(name);
  const planned = plan ? [`${bare} P${plan[1]}`, `${bare} Plan ${plan[1]}`] : [];
  return [...new Set([name, bare, unbranded, ...abbreviated, ...named, ...planned].filter(Boolean))];
}

/** An ISV offer: its Offer ID (whole) or its alias or ID (in part, another case, a typo: "field synk"). */
export const offerFindable = (o: { offerId: string; alias: string }): Findable => ({ keys: [o.offerId], names: [o.alias, o.offerId] });

/** A plan of an offer: its Plan ID (whole) or its name. */
export const planFindable = (p: { planId: string; name: string }): Findable => ({ keys: [p.planId], names: [p.name, p.planId] });

/** A deal: its deal ID (whole) or its customer's name (in part, misspelt). */
export const dealFindable = (d: { dealId: string; customerName: string }): Findable => ({ keys: [d.dealId], names: [d.customerName] });

/** A product of a catalog (a subscription's offer, a piece of software): its ID, or its name with or without what is in brackets. */
export const productFindable = (p: { id: string; name: string }): Findable => ({ keys: [p.id], names: catalogNames(p.name) });
