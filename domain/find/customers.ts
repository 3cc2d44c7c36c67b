import type { Customer } from '../model';
import type { CustomersApi } from '../partner-center';
import { decide, rank, type Findable, type Match, type Verdict } from './match';
import { findInSentence, type SentenceMatch } from './mentions';

type Findee = Pick<Customer, 'id' | 'name' | 'domain' | 'tenantId'>;

/**
 * A customer is found by its domain or tenant GUID (whole), or by its name (in part, misspelt).
 * Its Partner Center ID is a choice's value, not something people type.
 */
export const customerFindable = (c: Findee): Findable => ({ keys: [c.domain, c.tenantId], names: [c.name], domains: [c.domain] });

/** The customers a typed text may name, best first. */
export function rankCustomers<C extends Findee>(query: string, customers: readonly C[], limit = 10): Match<C>[] {
  return rank(customers, query, customerFindable, limit);
}

/** The customer a typed text names clearly, the close call between several, or none. */
export function findCustomer<C extends Findee>(query: string, customers: readonly C[]): Verdict<C> {
  return decide(rankCustomers(query, customers));
}

/**
 * The customer a whole sentence names, resolved against the given customers: "cancel order 4711
 * for contoso ltd", "annule la commande de fabrikams", "a refund on northwind's order". A word
 * that names no customer ("a refund on") gives `{ verdict: { kind: 'none' } }`.
 */
export function findCustomerInSentence<C extends Findee>(text: string, customers: readonly C[]): SentenceMatch<C> {
  return findInSentence(text, customers, customerFindable);
}

/**
 * The customer a sentence names, resolved against every customer of Partner Center (all pages
 * of the port's list): for first messages, where the customer may come anywhere in the sentence.
 */
export async function customerNamedIn(customers: Pick<CustomersApi, 'list'>, text: string): Promise<SentenceMatch<Customer>> {
  return findCustomerInSentence(text, await customers.list());
}
