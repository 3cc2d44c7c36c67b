import type { Customer } from '../../domain/model';
import { DOMAIN, GUID } from '../../domain/find/normalize';

/** What a procedure keeps of a customer in its saved context. */
export interface CustomerRef {
  id: string;
  name: string;
  domain: string;
  tenantId: string;
  market: string;
  type: Customer['type'];
  currency: string;
}

export const toCustomerRef = ({ id, name, domain, tenantId, market, type, currency }: Customer): CustomerRef => ({
  id,
  name,
  domain,
  tenantId,
  market,
  type,
  currency,
});

/** "for X" (after the last such word) in the four languages; else "of", "de", "van" X. */
const FOR = /.*\b(?:for|pour|för|voor)\s+(?:the\s+customer\s+|customer\s+|client\s+|kund(?:en)?\s+|klant\s+)?(.+)$/i;
const OF = /.*\b(?:of|de|van)\s+(?:the\s+customer\s+|customer\s+|client\s+|klant\s+)?(.+)$/i;
/** Where a customer's name ends in a sentence: "… for contoso.com with 10 licenses", "… for Fabrikam, monthly". */
const TAIL = /\s+(?:with|avec|med|met|and|et|och|en)\s+.*$|[,;:].*$|\s+\d.*$/i;

/**
 * The customer named in a first sentence, as typed: a tenant GUID or a domain anywhere, else the
 * words after the last "for/pour/för/voor" (else "of/de/van"). It is searched for like a typed answer: a word that
 * names no customer is then said so.
 */
export function extractCustomer(text: string): string | undefined {
  const found = GUID.exec(text)?.[0] ?? DOMAIN.exec(text)?.[0] ?? (FOR.exec(text) ?? OF.exec(text))?.[1]?.replace(TAIL, '');
  const cleaned = found?.replace(/[.!?]+$/, '').trim();
  return cleaned && cleaned.length >= 2 ? cleaned : undefined;
}
