import { z } from 'zod';
import type { IsvDeal, IsvRelationship, LicenseMap, OfferStatus } from './model';

export const MAX_CUSTOMER_NAME_LENGTH = 100;
/** A deal value above this is taken for a typing slip (interpretation: no real ISV Connect deal is that large). */
export const MAX_DEAL_VALUE = 1_000_000_000;
/** Licenses per plan in one deal (interpretation: a sanity bound, not a Partner Center limit). */
export const MAX_LICENSES = 100_000;

export type ValueCheck = { ok: true; value: number } | { ok: false; code: 'not-a-number' | 'not-positive' | 'too-large' | 'too-precise' };

/** "25000", "25,000.50", "25 000", "USD 1200": a positive amount with at most two decimals. */
export function parseDealValue(raw: string): ValueCheck {
  const cleaned = raw
    .trim()
    .replace(/^(usd|\$)\s*/i, '')
    .replace(/\s*(usd|\$)$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  const m = /^(-?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!m) return { ok: false, code: 'not-a-number' };
  if ((m[3] ?? '').length > 2) return { ok: false, code: 'too-precise' };
  const value = Number(`${m[1]}${m[2].replace(/,/g, '')}.${m[3] ?? '0'}`);
  if (value <= 0) return { ok: false, code: 'not-positive' };
  if (value > MAX_DEAL_VALUE) return { ok: false, code: 'too-large' };
  return { ok: true, value };
}

export const IsoDateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
  }, 'no such day');

export type DateCheck = { ok: true; date: string } | { ok: false; code: 'not-a-date' | 'in-the-past' };

/** The estimated close date: a real day (YYYY-MM-DD), today or later (UTC). */
export function checkCloseDate(raw: string, now: Date): DateCheck {
  const parsed = IsoDateSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, code: 'not-a-date' };
  const today = now.toISOString().slice(0, 10);
  return parsed.data < today ? { ok: false, code: 'in-the-past' } : { ok: true, date: parsed.data };
}

/** Deals are registered for offers that are live with license management (interpretation: each sale is of a listed, license-managed offer). */
export type DealOfferCheck = { ok: true } | { ok: false; code: 'not-live' | 'no-license-management' };

export function checkDealOffer(status: OfferStatus, licenseManaged: boolean): DealOfferCheck {
  if (!licenseManaged) return { ok: false, code: 'no-license-management' };
  return status === 'live' ? { ok: true } : { ok: false, code: 'not-live' };
}

export const DomainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);

export type CountCheck = { ok: true; count: number } | { ok: false; code: 'not-a-number' | 'too-small' | 'too-large' };

/** A number of licenses: a whole number from 1 to MAX_LICENSES. */
export function parseLicenseCount(raw: string): CountCheck {
  const t = raw.trim().replace(/[\s,]/g, '');
  if (!/^-?\d+$/.test(t)) return { ok: false, code: 'not-a-number' };
  const n = Number(t);
  if (n < 1) return { ok: false, code: 'too-small' };
  if (n > MAX_LICENSES) return { ok: false, code: 'too-large' };
  return { ok: true, count: n };
}

export type LicenseChange =
  | { kind: 'add'; planId: string; to: number }
  | { kind: 'change'; planId: string; from: number; to: number }
  | { kind: 'remove'; planId: string; from: number };

/** What "Update licenses" will do: the difference between the deal's licenses and the wanted ones. */
export function licenseChanges(current: LicenseMap, wanted: LicenseMap): LicenseChange[] {
  const out: LicenseChange[] = [];
  for (const [planId, to] of Object.entries(wanted)) {
    const from = current[planId];
    if (from === undefined) out.push({ kind: 'add', planId, to });
    else if (from !== to) out.push({ kind: 'change', planId, from, to });
  }
  for (const [planId, from] of Object.entries(current)) if (!(planId in wanted)) out.push({ kind: 'remove', planId, from });
  return out;
}

export type LicenseAccess = { ok: true } | { ok: false; code: 'deal-not-in-progress' | 'no-customer' | 'consent-pending' };

/** Licenses can be managed only on a deal in progress whose customer has accepted the relationship. */
export function checkLicenseAccess(
  deal: Pick<IsvDeal, 'status' | 'relationshipId'>,
  relationship: Pick<IsvRelationship, 'status'> | undefined,
): LicenseAccess {
  if (deal.status !== 'in-progress') return { ok: false, code: 'deal-not-in-progress' };
  if (!deal.relationshipId || !relationship) return { ok: false, code: 'no-customer' };
  return relationship.status === 'active' ? { ok: true } : { ok: false, code: 'consent-pending' };
}

/** Legal forms and punctuation that don't tell two company names apart. */
const LEGAL_FORM = /\b(?:ltd|limited|inc|incorporated|corp|corporation|co|company|llc|plc|pty|gmbh|ag|sa|sas|bv|nv|ab|oy|as)\b\.?/g;
const coreName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(LEGAL_FORM, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Whether a relationship's customer looks like the deal's customer: the same name once legal forms
 * and punctuation are set aside, or one name contained in the other ("Northwind" and "Northwind Traders").
 * Linking a deal to another company's relationship sends the licenses to that company's tenant.
 */
export function sameCustomer(dealCustomer: string, relationshipCustomer: string): boolean {
  const a = coreName(dealCustomer);
  const b = coreName(relationshipCustomer);
  if (!a || !b) return false;
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}
