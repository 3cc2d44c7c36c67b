import { z } from 'zod';
import type { IsvOffer, IsvPlan, Licensing, OfferStatus } from './model';

/**
 * Publisher ID and Offer ID together must be under 40 characters
 * (interpretation: length(publisherId) + length(offerId) <= 39, no separator counted).
 */
export const MAX_PUBLISHER_AND_OFFER_LENGTH = 39;
export const MAX_PLAN_ID_LENGTH = 50;
/** The alias is only seen inside Partner Center; a bound keeps it readable in lists. */
export const MAX_ALIAS_LENGTH = 100;
export const MAX_PLAN_NAME_LENGTH = 100;
export const MAX_PLAN_DESCRIPTION_LENGTH = 2000;

export type IdProblem =
  | { code: 'empty' }
  | { code: 'uppercase' }
  | { code: 'spaces' }
  | { code: 'bad-chars'; chars: string[] }
  | { code: 'too-long'; length: number; max: number }
  | { code: 'taken' };

export type IdCheck = { ok: true; id: string } | { ok: false; problems: IdProblem[]; suggestion?: string };

/** What an obvious correction looks like: lower case, spaces to hyphens, nothing else. */
export function suggestId(raw: string): string {
  // Accents are dropped ("fältsync" -> "faltsync"), spaces become hyphens.
  return raw
    .trim()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '-');
}

function charProblems(id: string): IdProblem[] {
  const problems: IdProblem[] = [];
  if (/[A-Z]/.test(id)) problems.push({ code: 'uppercase' });
  if (/\s/.test(id)) problems.push({ code: 'spaces' });
  const bad = [...new Set([...id].filter((c) => !/[a-zA-Z0-9_\s-]/.test(c)))];
  if (bad.length) problems.push({ code: 'bad-chars', chars: bad });
  return problems;
}

function checkId(raw: string, max: number, taken: readonly string[], lengthOf: (id: string) => number): IdCheck {
  const id = raw.trim();
  if (!id) return { ok: false, problems: [{ code: 'empty' }] };
  const problems = charProblems(id);
  const length = lengthOf(id);
  if (length > max) problems.push({ code: 'too-long', length, max });
  if (taken.includes(id)) problems.push({ code: 'taken' });
  if (problems.length === 0) return { ok: true, id };
  // A suggestion is offered only when it fixes everything: no guessing at what to cut.
  const suggestion = suggestId(id);
  const fixed = suggestion !== id && ID_OK.test(suggestion) && lengthOf(suggestion) <= max && !taken.includes(suggestion);
  return fixed ? { ok: false, problems, suggestion } : { ok: false, problems };
}

const ID_OK = /^[a-z0-9_-]+$/;

/** Offer ID: lowercase letters, digits, hyphens, underscores; short enough with the publisher ID; unique per publisher. */
export function checkOfferId(publisherId: string, raw: string, taken: readonly string[]): IdCheck {
  return checkId(raw, MAX_PUBLISHER_AND_OFFER_LENGTH, taken, (id) => publisherId.length + id.length);
}

/** Plan ID: same characters, at most 50 of them, unique within the offer. */
export function checkPlanId(raw: string, taken: readonly string[]): IdCheck {
  return checkId(raw, MAX_PLAN_ID_LENGTH, taken, (id) => id.length);
}

/** The longest Offer ID this publisher can have. */
export const maxOfferIdLength = (publisherId: string): number => MAX_PUBLISHER_AND_OFFER_LENGTH - publisherId.length;

export const appSourceUrl = (publisherId: string, offerId: string): string =>
  `https://appsource.microsoft.com/product/dynamics-365/${publisherId}.${offerId}`;

export const serviceIdOf = (publisherId: string, offerId: string, planId: string): string => `${publisherId}.${offerId}.${planId}`;

export type TextCheck = { ok: true; value: string } | { ok: false; code: 'empty' | 'too-long'; max: number };

export function checkText(raw: string, max: number): TextCheck {
  const value = raw.trim().replace(/\s+/g, ' ');
  if (!value) return { ok: false, code: 'empty', max };
  if (value.length > max) return { ok: false, code: 'too-long', max };
  return { ok: true, value };
}

export const checkAlias = (raw: string): TextCheck => checkText(raw, MAX_ALIAS_LENGTH);

/**
 * A host Partner Center can reach from the internet: not localhost, not a name without a dot or
 * a local suffix, not a loopback, private, link-local or unspecified address.
 */
export function isPublicHost(hostname: string): boolean {
  const h = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (h.includes(':')) {
    // IPv6: loopback, unspecified, unique local (fc00::/7), link-local (fe80::/10), IPv4-mapped private.
    if (h === '::1' || h === '::' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h)) return false;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
    return mapped ? isPublicHost(mapped[1]) : true;
  }
  const ipv4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(h);
  if (ipv4) {
    const [a, b] = [Number(ipv4[1]), Number(ipv4[2])];
    return !(
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) ||
      a >= 224
    );
  }
  if (!h.includes('.')) return false;
  return !/\.(?:localhost|local|internal|lan|home|corp|intranet)$/.test(h);
}

/** The CRM package location: an absolute https URL on a host Partner Center can reach. */
export const PackageUrlSchema = z
  .string()
  .trim()
  .refine((s) => parseUrl(s) !== undefined, 'not-url')
  .refine((s) => parseUrl(s)?.protocol === 'https:', 'not-https')
  .refine((s) => isPublicHost(parseUrl(s)?.hostname ?? ''), 'not-public');

function parseUrl(s: string): URL | undefined {
  try {
    const u = new URL(s);
    return u.hostname ? u : undefined;
  } catch {
    return undefined;
  }
}

export type UrlCheck = { ok: true; url: string } | { ok: false; code: 'not-url' | 'not-https' | 'not-public' };

export function checkPackageUrl(raw: string): UrlCheck {
  const r = PackageUrlSchema.safeParse(raw);
  if (r.success) return { ok: true, url: new URL(r.data).toString() };
  const codes = r.error.issues.map((i) => i.message);
  return { ok: false, code: codes.includes('not-url') ? 'not-url' : codes.includes('not-https') ? 'not-https' : 'not-public' };
}

export const GO_LIVE_MIN_HOURS = 4;
export const GO_LIVE_MAX_HOURS = 6;
const HOUR_MS = 3_600_000;

/** Where the offer stands: live once 4 hours have passed since Go live (the sandbox's reading of "4 to 6 hours"). */
export function offerStatus(offer: Pick<IsvOffer, 'previewAt' | 'goLiveAt'>, now: Date): OfferStatus {
  if (offer.goLiveAt) return now.getTime() - Date.parse(offer.goLiveAt) >= GO_LIVE_MIN_HOURS * HOUR_MS ? 'live' : 'going-live';
  return offer.previewAt ? 'preview' : 'draft';
}

export function goLiveWindow(goLiveAt: Date): { from: string; to: string } {
  return {
    from: new Date(goLiveAt.getTime() + GO_LIVE_MIN_HOURS * HOUR_MS).toISOString(),
    to: new Date(goLiveAt.getTime() + GO_LIVE_MAX_HOURS * HOUR_MS).toISOString(),
  };
}

export type GoLiveCheck = { ok: true } | { ok: false; status: OfferStatus };

/** Only an offer in Preview can go live. */
export const checkGoLive = (status: OfferStatus): GoLiveCheck => (status === 'preview' ? { ok: true } : { ok: false, status });

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "2026-11-22 14:05" in the given IANA zone; undefined for an unknown zone. */
export function formatInZone(iso: string, zone: string): string | undefined {
  if (!isTimeZone(zone)) return undefined;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? '';
  return `${p('year')}-${p('month')}-${p('day')} ${p('hour')}:${p('minute')}`;
}

export type ListingButton = 'Get It Now' | 'Contact Me' | 'Free Trial';
export type ListingReason = 'license-check' | 'free-install' | 'free' | 'trial' | 'contact';

/** Which buttons the AppSource listing shows once the offer is live, and why. */
export function listingButtons(licensing: Licensing): { buttons: ListingButton[]; reason: ListingReason } {
  switch (licensing.mode) {
    case 'license-management':
      return licensing.freeInstall
        ? { buttons: ['Get It Now', 'Contact Me'], reason: 'free-install' }
        : { buttons: ['Contact Me'], reason: 'license-check' };
    case 'get-it-now':
      return { buttons: ['Get It Now'], reason: 'free' };
    case 'free-trial':
      return { buttons: ['Free Trial'], reason: 'trial' };
    case 'contact-me':
      return { buttons: ['Contact Me'], reason: 'contact' };
  }
}

export type ReviewIssue = { code: 'no-plan' } | { code: 'plan-not-published'; planId: string } | { code: 'package-url-missing' };

/** Plans and their Service IDs belong to offers whose licenses Microsoft manages; other offers have none. */
export const hasPlans = (offer: Pick<IsvOffer, 'licensing'>): boolean => offer.licensing.mode === 'license-management';

/** What Partner Center's review reports before an offer can move to Preview. */
export function reviewOffer(
  offer: Pick<IsvOffer, 'packageUrl'> & Partial<Pick<IsvOffer, 'licensing'>>,
  plans: readonly Pick<IsvPlan, 'planId' | 'status'>[],
): ReviewIssue[] {
  const issues: ReviewIssue[] = [];
  if (plans.length === 0 && (!offer.licensing || hasPlans({ licensing: offer.licensing }))) issues.push({ code: 'no-plan' });
  for (const p of plans) if (p.status !== 'published') issues.push({ code: 'plan-not-published', planId: p.planId });
  if (!offer.packageUrl || !checkPackageUrl(offer.packageUrl).ok) issues.push({ code: 'package-url-missing' });
  return issues;
}
