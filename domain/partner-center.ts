import type { ActivityRecord, Customer, PartnerUser, SoftwareProduct, SoftwarePurchase } from './model';
import type { CancellationRefusal, Credit } from './rules/cancellation';
import type { Role } from './model';
import type { IsvApi } from './isv/port';
import type { SoftwareSalesApi } from './software/port';
import type { CspApi } from './csp/port';

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
}

export interface DirectoryApi {
  userByChannelId(channelUserId: string): Promise<PartnerUser | undefined>;
  user(id: string): Promise<PartnerUser | undefined>;
  setRoles(id: string, roles: Role[]): Promise<void>;
}

export interface CustomersApi {
  /** By name (contains, case-insensitive), tenant GUID or domain. */
  find(query: string): Promise<Customer[]>;
  get(id: string): Promise<Customer | undefined>;
  list(): Promise<Customer[]>;
}

export interface SideEffect {
  /** Who acts: roles are checked when the effect is carried out. */
  userId: string;
  idempotencyKey: string;
  /**
   * The version (etagOf) of the record the user's summary was made from: when Partner Center's
   * record no longer has it, the change is refused with `changed` and nothing is done.
   */
  ifMatch?: string;
}

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

export interface SoftwareApi {
  product(id: string): Promise<SoftwareProduct | undefined>;
  purchases(customerId: string): Promise<SoftwarePurchase[]>;
  purchase(orderId: string): Promise<SoftwarePurchase | undefined>;
  cancel(orderId: string, effect: SideEffect): Promise<CancelOutcome>;
}

export interface ActivityApi {
  record(entry: Omit<ActivityRecord, 'id' | 'at'>): Promise<ActivityRecord>;
  list(from: Date, to: Date): Promise<ActivityRecord[]>;
}
