import type { Billing, CspSubscription, Offer } from '../../../domain/csp/model';
import { msg, type Msg, type Param } from '../../../cards/view';
import { norm } from '../answer-words';
import { findAmong } from '../../pick/among';

/**
 * The item a typed text names, with the find-and-pick matcher: its value, its id or its exact
 * name, else the one the matcher finds clearly (a part of the name, a typo); of a close call,
 * the only `preferred` one ("exchange online" is the product on offer, not its add-on).
 * Undefined when nothing or several match.
 */
export function pick<T>(items: readonly T[], value: string, keys: (item: T) => string[], preferred?: (item: T) => boolean): T | undefined {
  const v = norm(value);
  if (!v) return undefined;
  const exact = items.find((i) => keys(i).some((k) => norm(k) === v));
  if (exact) return exact;
  const found = findAmong(items, value, (i) => ({ keys: [], names: keys(i) }));
  if (found.kind === 'one') return found.item;
  const better = found.kind === 'several' && preferred ? found.items.filter(preferred) : [];
  return better.length === 1 ? better[0] : undefined;
}

const BILLING_WORDS: Record<Billing, string[]> = {
  monthly: ['monthly', 'month', 'per month', 'mensuel', 'mensuelle', 'mois', 'månadsvis', 'månad', 'månatlig', 'maandelijks', 'maand'],
  annual: [
    'annual',
    'annually',
    'yearly',
    'year',
    'per year',
    'annuel',
    'annuelle',
    'an',
    'année',
    'årlig',
    'årsvis',
    'år',
    'jaarlijks',
    'jaar',
  ],
};

export function parseBilling(text: string): Billing | undefined {
  const t = norm(text);
  return (Object.keys(BILLING_WORDS) as Billing[]).find((b) => BILLING_WORDS[b].includes(t));
}

/** A billing frequency named anywhere in a sentence ("new monthly subscription for contoso"). */
export function findBilling(text: string): Billing | undefined {
  const words = norm(text).split(/[^a-zà-ÿåäö]+/);
  return (Object.keys(BILLING_WORDS) as Billing[]).find((b) =>
    BILLING_WORDS[b].some((w) => !w.includes(' ') && w.length > 3 && words.includes(w)),
  );
}

export const money = (amount: number, currency: string): Param => ({ money: amount, currency });

/** A sentence without its billing words, so that they are not taken for a customer's name. */
export function withoutBilling(text: string): string {
  return text.replace(/\b(?:monthly|annual|annually|yearly|mensuel|annuel|månadsvis|årlig|maandelijks|jaarlijks)\b/gi, ' ');
}

/** A subscription as a short label: its offer's name, and what it belongs to when it is an add-on. */
export function subscriptionLabel(sub: CspSubscription, offers: readonly Offer[]): string {
  return offers.find((o) => o.id === sub.offerId)?.name ?? sub.offerId;
}

/** "20 licenses, monthly, active" and the like, for lists of subscriptions (a trial says until when instead of how it is billed). */
export function subscriptionDetail(sub: CspSubscription, subs: readonly CspSubscription[], offers: readonly Offer[]): Msg {
  const parent = sub.parentId ? subs.find((s) => s.id === sub.parentId) : undefined;
  return msg('csp.sub.detail', {
    count: sub.quantity,
    billing: sub.trial
      ? msg('csp.sub.trialUntil', { date: { date: sub.endsAt ?? '' } })
      : msg(`csp.sub.billed.${sub.billing ?? 'monthly'}`),
    status: msg(`csp.status.${sub.status}`),
    parent: parent ? msg('csp.sub.addOnOf', { name: subscriptionLabel(parent, offers) }) : msg('common.empty'),
  });
}
