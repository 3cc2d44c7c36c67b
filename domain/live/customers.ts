import { rankCustomers } from '../find/customers';
import { isGuid, type Customer } from '../model';
import type { CustomersApi, Page, PageOptions } from '../partner-center';
import type { PartnerCenterHttp } from './http';
import { fetchAll, fetchPage } from './paging';
import { isPartnerCenterRefusal } from './refusal';
import { type PcCustomer, toCustomer } from './resources';

const pageSize = (size?: number) => Math.max(1, Math.min(size ?? 100, 500));

/** Customers of the signed-in partner: GET /v1/customers (paged), /v1/customers/{id}, filtered by domain. */
export class LiveCustomers implements CustomersApi {
  constructor(private readonly http: PartnerCenterHttp) {}

  page(options: PageOptions = {}): Promise<Page<Customer>> {
    return fetchPage(this.http, `/v1/customers?size=${pageSize(options.size)}`, options.continuation, toCustomer);
  }

  async get(id: string): Promise<Customer | undefined> {
    try {
      const { body } = await this.http.get<PcCustomer>(`/v1/customers/${encodeURIComponent(id)}`);
      return toCustomer(body);
    } catch (err) {
      if (isPartnerCenterRefusal(err) && err.reason.code === 'not-found') return undefined;
      throw err;
    }
  }

  list(): Promise<Customer[]> {
    return fetchAll(this.http, '/v1/customers?size=500', toCustomer);
  }

  /**
   * A tenant ID is the customer ID in Partner Center: one GET. A whole domain: Partner Center's
   * "Domain starts with" filter. Names: Partner Center filters only by "starts with", so every
   * customer is read and ranked with the same matcher as the sandbox (misspellings, legal forms).
   */
  async search(query: string, options: PageOptions = {}): Promise<Page<Customer>> {
    const q = query.trim();
    if (isGuid(q)) {
      const c = await this.get(q.toLowerCase());
      return { items: c ? [c] : [], total: c ? 1 : 0 };
    }
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(q)) {
      const filter = JSON.stringify({ Field: 'Domain', Value: q.toLowerCase(), Operator: 'starts_with' });
      const found = await fetchAll(this.http, `/v1/customers?size=500&filter=${encodeURIComponent(filter)}`, toCustomer);
      const exact = found.filter((c) => c.domain.toLowerCase() === q.toLowerCase());
      if (exact.length > 0) return { items: exact, total: exact.length };
    }
    const ranked = rankCustomers(q, await this.list(), Number.MAX_SAFE_INTEGER).map((m) => m.item);
    const from = Math.max(0, Number.parseInt(options.continuation ?? '0', 10) || 0);
    const to = from + pageSize(options.size);
    return { items: ranked.slice(from, to), total: ranked.length, ...(to < ranked.length ? { continuation: String(to) } : {}) };
  }
}
