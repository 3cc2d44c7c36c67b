import type { Customer, ActivityRecord } from '../model';
import type { CspSubscription } from '../csp/model';

/** Partner Center's resources, as its REST API returns them (the fields the assistant reads). */
export interface PcLink {
  uri: string;
  method: string;
  headers: { key: string; value: string }[];
}

export interface PcCollection<T> {
  totalCount?: number;
  items: T[];
  links?: { next?: PcLink; self?: PcLink };
  continuationToken?: string;
}

export interface PcCustomer {
  id: string;
  companyProfile?: { tenantId?: string; domain?: string; companyName?: string };
  billingProfile?: { defaultAddress?: { country?: string }; culture?: string; currency?: string };
  relationshipToPartner?: string;
  allowDelegatedAccess?: boolean;
}

export interface PcSubscription {
  id: string;
  offerId: string;
  offerName?: string;
  friendlyName?: string;
  quantity: number;
  parentSubscriptionId?: string;
  creationDate?: string;
  commitmentEndDate?: string;
  status: string;
  billingCycle?: string;
  orderId?: string;
  isTrial?: boolean;
  attributes?: { etag?: string; objectType?: string };
}

export interface PcOrderLineItem {
  lineItemNumber: number;
  offerId: string;
  subscriptionId?: string;
  parentSubscriptionId?: string;
  friendlyName?: string;
  quantity: number;
}

export interface PcOrder {
  id: string;
  referenceCustomerId?: string;
  billingCycle?: string;
  lineItems: PcOrderLineItem[];
  creationDate?: string;
  status?: string;
  totalPrice?: number;
  currencyCode?: string;
}

export interface PcAuditRecord {
  id?: string;
  partnerId?: string;
  customerId?: string;
  customerName?: string;
  userPrincipalName?: string;
  resourceType?: string;
  resourceNewValue?: string;
  operationType?: string;
  operationDate: string;
  operationStatus?: string;
  customizedData?: { key: string; value: string }[];
}

/** A customer's market is its billing country; its currency is its billing currency. */
export function toCustomer(c: PcCustomer): Customer {
  const country = c.billingProfile?.defaultAddress?.country?.toUpperCase();
  const currency = c.billingProfile?.currency?.toUpperCase();
  return {
    id: c.id,
    name: c.companyProfile?.companyName ?? c.companyProfile?.domain ?? c.id,
    tenantId: c.companyProfile?.tenantId ?? c.id,
    domain: c.companyProfile?.domain ?? '',
    market: country && /^[A-Z]{2}$/.test(country) ? country : 'US',
    type: 'commercial',
    currency: currency && /^[A-Z]{3}$/.test(currency) ? currency : 'USD',
  };
}

export function toSubscription(customerId: string, s: PcSubscription): CspSubscription {
  const billing = s.billingCycle?.toLowerCase();
  return {
    id: s.id,
    customerId,
    offerId: s.offerId,
    quantity: s.quantity,
    ...(billing === 'monthly' || billing === 'annual' ? { billing } : {}),
    status: s.status.toLowerCase() === 'suspended' ? 'suspended' : 'active',
    trial: s.isTrial === true,
    orderId: s.orderId ?? '',
    createdAt: s.creationDate ?? new Date(0).toISOString(),
    ...(s.isTrial && s.commitmentEndDate ? { endsAt: s.commitmentEndDate } : {}),
    ...(s.parentSubscriptionId ? { parentId: s.parentSubscriptionId } : {}),
  };
}

const OUTCOMES: Record<string, ActivityRecord['outcome']> = { succeeded: 'done', progress: 'done', failed: 'failed' };

/** An audit record in the activity log's words: who did what, to which customer, with what outcome. */
export function toActivity(r: PcAuditRecord, index: number): ActivityRecord {
  const user = r.userPrincipalName ?? '';
  return {
    id: r.id ?? `${r.operationDate}#${index}`,
    at: r.operationDate,
    userId: user,
    userName: user,
    action: r.operationType ?? r.resourceType ?? 'Unknown',
    ...(r.customerId ? { customerId: r.customerId } : {}),
    ...(r.customerName ? { subject: r.customerName } : {}),
    outcome: OUTCOMES[(r.operationStatus ?? '').toLowerCase()] ?? 'done',
    ...(r.resourceType ? { detail: r.resourceType } : {}),
  };
}
