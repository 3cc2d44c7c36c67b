import type { ActivityRecord, Customer, PartnerUser, SoftwareProduct, SoftwarePurchase } from './model';
import type { CancellationRefusal, Credit } from './rules/cancellation';
import type { Role } from './model';
import type { IsvApi } from './isv/port';
import type { SoftwareSalesApi } from './software/port';
import type { CspApi } from './csp/port';
import type { SideEffect } from './side-effect';

/**
 * The Partner Center port: everything the procedures need from Partner Center.
 * The embedded sandbox implements it; a client of the real REST API implements the same.
 * Every side effect takes an idempotency key: the same key never acts twice and
 * returns the first outcome.
 */
export interface PartnerCenter {
  directory: DirectoryApi;
  customers: CustomersApi;
  software: SoftwareApi;
  isv: IsvApi;
  softwareSales: SoftwareSalesApi;
  csp: CspApi;
  activity: ActivityApi;
  /**
   * Runs one turn's calls as a read session, when the implementation caches what it reads
   * (the sandbox does: exact across processes sharing its store). Optional: the live API has none.
   * `opened`: records of the implementation's store read just before the session began (by a
   * caller that reads that store anyway), which it then need not read again.
   */
  session?<T>(task: () => Promise<T>, opened?: ReadonlyMap<string, unknown>): Promise<T>;
}

export interface DirectoryApi {
  userByChannelId(channelUserId: string): Promise<PartnerUser | undefined>;
  user(id: string): Promise<PartnerUser | undefined>;
  setRoles(id: string, roles: Role[]): Promise<void>;
}

/** One page of a longer list, as Partner Center pages its lists. */
export interface Page<T> {
  items: T[];
  /** Opaque token for the next page (Partner Center's continuation token); absent on the last page. */
  continuation?: string;
  /** How many there are in all, when known. */
  total?: number;
}

export interface PageOptions {
  /** Items per page (Partner Center allows up to 500). */
  size?: number;
  continuation?: string;
}

export interface CustomersApi {
  /**
   * The customers a typed text may name, best first: a whole domain or tenant GUID, else names
   * in part, misspelt or with another legal form (see domain/find). A client of the real API
   * walks `page` (Partner Center filters only by "starts with") and ranks with the same matcher.
   */
  search(query: string, options?: PageOptions): Promise<Page<Customer>>;
  /** All customers, one page at a time, by name. */
  page(options?: PageOptions): Promise<Page<Customer>>;
  get(id: string): Promise<Customer | undefined>;
  /** Every customer (all pages). */
  list(): Promise<Customer[]>;
}

export type { SideEffect } from './side-effect';

export type CancelOutcome =
  | {
      status: 'cancelled';
      orderId: string;
      customerId: string;
      productName: string;
      cancelledAt: string;
      credit: Credit;
      revokedKeys: number;
      revokedLinks: number;
    }
  | { status: 'refused'; reason: CancellationRefusal | { code: 'forbidden'; needed: readonly Role[] } | { code: 'unknown-order' } }
  | { status: 'support-request-needed'; orderId: string };

export interface RecentPurchases {
  /** Orders per product ID. */
  counts: Record<string, number>;
  purchases: SoftwarePurchase[];
}

export interface SoftwareApi {
  product(id: string): Promise<SoftwareProduct | undefined>;
  purchases(customerId: string): Promise<SoftwarePurchase[]>;
  /**
   * Where the data allows it without reading every order: per product the customer bought, how
   * many orders, and its `perProduct` most recent orders. Undefined: read `purchases` instead.
   */
  recentPurchases?(customerId: string, perProduct: number): Promise<RecentPurchases | undefined>;
  purchase(orderId: string): Promise<SoftwarePurchase | undefined>;
  cancel(orderId: string, effect: SideEffect): Promise<CancelOutcome>;
}

export interface ActivityApi {
  record(entry: Omit<ActivityRecord, 'id' | 'at'>): Promise<ActivityRecord>;
  list(from: Date, to: Date): Promise<ActivityRecord[]>;
}
