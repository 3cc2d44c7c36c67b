import type { Customer } from '../../../domain/model';

/** What the software procedures keep of a customer in their saved context. */
export interface CustomerRef {
  id: string;
  name: string;
  domain: string;
  tenantId: string;
  market: string;
  type: Customer['type'];
  currency: string;
}

export const toCustomerRef = ({ id, name, domain, tenantId, market, type, currency }: Customer): CustomerRef => ({ id, name, domain, tenantId, market, type, currency });

export const norm = (s: string) => s.trim().toLowerCase();

/** A typed or clicked answer names this customer: its id, name, domain or tenant ID. */
export function matchesCustomer(c: Pick<CustomerRef, 'id' | 'name' | 'domain' | 'tenantId'>, value: string): boolean {
  const v = norm(value);
  return v === c.id || v === norm(c.name) || v === norm(c.domain) || v === norm(c.tenantId);
}

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const FOR = /.*\b(?:for|pour|för|voor)\s+(?:the\s+customer\s+|customer\s+)?(.+)$/i;

/** The customer named in a first sentence: "… for contoso.com" (after the last "for"), or a tenant ID anywhere. */
export function extractCustomer(text: string): string | undefined {
  return GUID.exec(text)?.[0] ?? (FOR.exec(text)?.[1]?.replace(/[.!?]+$/, '').trim() || undefined);
}

/**
 * A typed answer names a choice by its value or by one of its labels (the engine maps
 * typed numbers itself): trailing punctuation and case do not matter.
 */
export function answerIs(value: string, ...words: string[]): boolean {
  const v = norm(value).replace(/[.!?]+$/, '');
  return words.some((w) => norm(w) === v);
}
