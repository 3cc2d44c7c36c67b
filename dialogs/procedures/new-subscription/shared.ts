import type { Billing, CspSubscription, Offer } from '../../../domain/csp/model';
import type { Customer, CustomerType } from '../../../domain/model';
import { msg, type Msg, type Param } from '../../../cards/view';

/** What the CSP procedures keep of a customer. */
export interface CustomerRef {
  id: string;
  name: string;
  domain: string;
  tenantId: string;
  currency: string;
  type: CustomerType;
  /** Its market decides whether prices include tax (absent in runs saved before it was kept). */
  market?: string;
}

export const toCustomerRef = ({ id, name, domain, tenantId, currency, type, market }: Customer): CustomerRef => ({ id, name, domain, tenantId, currency, type, market });

export const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function matchesCustomer(c: CustomerRef, value: string): boolean {
  const v = norm(value);
  return v === c.id || v === norm(c.name) || v === norm(c.domain) || v === norm(c.tenantId);
}

/**
 * The item a typed text names: its value, its id, its exact name, else the only one whose
 * name contains the text. Undefined when nothing or several match.
 */
export function pick<T>(items: readonly T[], value: string, keys: (item: T) => string[], preferred?: (item: T) => boolean): T | undefined {
  const v = norm(value);
  if (!v) return undefined;
  const exact = items.find((i) => keys(i).some((k) => norm(k) === v));
  if (exact) return exact;
  const partial = items.filter((i) => keys(i).some((k) => norm(k).includes(v)));
  if (partial.length === 1) return partial[0];
  const better = preferred ? partial.filter(preferred) : [];
  return better.length === 1 ? better[0] : undefined;
}

const BILLING_WORDS: Record<Billing, string[]> = {
  monthly: ['monthly', 'month', 'per month', 'mensuel', 'mensuelle', 'mois', 'månadsvis', 'månad', 'månatlig', 'maandelijks', 'maand'],
  annual: ['annual', 'annually', 'yearly', 'year', 'per year', 'annuel', 'annuelle', 'an', 'année', 'årlig', 'årsvis', 'år', 'jaarlijks', 'jaar'],
};

export function parseBilling(text: string): Billing | undefined {
  const t = norm(text);
  return (Object.keys(BILLING_WORDS) as Billing[]).find((b) => BILLING_WORDS[b].includes(t));
}

/** A billing frequency named anywhere in a sentence ("new monthly subscription for contoso"). */
export function findBilling(text: string): Billing | undefined {
  const words = norm(text).split(/[^a-zà-ÿåäö]+/);
  return (Object.keys(BILLING_WORDS) as Billing[]).find((b) => BILLING_WORDS[b].some((w) => !w.includes(' ') && w.length > 3 && words.includes(w)));
}

export const money = (amount: number, currency: string): Param => ({ money: amount, currency });

/** The customer named in a first sentence: a tenant GUID, "for <name>", or a domain. */
export function extractCustomer(text: string): string | undefined {
  const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
  const FOR = /\b(?:for|of|pour|de|för|voor|van)\s+(.+)$/i;
  const DOMAIN = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/i;
  const found = GUID.exec(text)?.[0] ?? FOR.exec(text)?.[1] ?? DOMAIN.exec(text)?.[0];
  const cleaned = found
    ?.replace(/[.!?]+$/, '')
    .replace(/\b(?:monthly|annual|annually|yearly|mensuel|annuel|månadsvis|årlig|maandelijks|jaarlijks)\b/gi, '')
    .replace(/^(?:customer|client|kund|klant)\s+/i, '')
    .trim();
  return cleaned && cleaned.length >= 2 ? cleaned : undefined;
}

/** A subscription as a short label: its offer's name, and what it belongs to when it is an add-on. */
export function subscriptionLabel(sub: CspSubscription, offers: readonly Offer[]): string {
  return offers.find((o) => o.id === sub.offerId)?.name ?? sub.offerId;
}

/** "20 licenses, monthly, active" and the like, for lists of subscriptions. */
export function subscriptionDetail(sub: CspSubscription, subs: readonly CspSubscription[], offers: readonly Offer[]): Msg {
  const parent = sub.parentId ? subs.find((s) => s.id === sub.parentId) : undefined;
  return msg('csp.sub.detail', {
    count: sub.quantity,
    billing: sub.trial ? msg('csp.sub.trialUntil', { date: { date: sub.endsAt ?? '' } }) : msg(`csp.billing.${sub.billing ?? 'monthly'}`),
    status: msg(`csp.status.${sub.status}`),
    parent: parent ? msg('csp.sub.addOnOf', { name: subscriptionLabel(parent, offers) }) : msg('common.empty'),
  });
}

/**
 * Typed answers that pick a fixed choice: its value, its English label, and the short words
 * people type instead (a choice's number is mapped by the engine).
 */
const CHOICE_WORDS: Record<string, string[]> = {
  submit: ['submit the order', 'submit', 'place the order', 'order', 'yes', 'ok', 'confirm', 'envoyer', 'skicka', 'verzenden'],
  confirm: ['yes', 'ok', 'confirm', 'do it', 'oui', 'ja', 'confirmer', 'bekräfta', 'bevestigen'],
  back: ['back', 'back to the catalog', 'go back', 'return', 'retour', 'tillbaka', 'terug'],
  review: ['review the order', 'review', 'done', 'that is all', "that's all", 'checkout', 'summary'],
  'why-missing': ['why is a product missing?', 'why is a product missing', 'missing', 'missing products', 'not offered'],
  reactivate: ['reactivate it', 'reactivate', 'yes', 'réactiver', 'återaktivera', 'heractiveren'],
  change: ['add or change products', 'change', 'add', 'add products', 'change products'],
  clear: ['start the order again', 'clear', 'start again', 'empty the order'],
  request: ['request a relationship', 'request', 'send the invitation', 'invite', 'yes'],
  later: ['finish for now', 'stop here', 'later', 'finish', 'no', 'not now'],
  check: ['check again', 'check', 'accepted', 'it is accepted', 'they accepted'],
  other: ['another subscription', 'other', 'other subscription'],
};

export function answerIs(value: string, choice: string): boolean {
  const v = norm(value).replace(/[.!]+$/, '');
  return v === choice || (CHOICE_WORDS[choice] ?? []).includes(v);
}
