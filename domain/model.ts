import { z } from 'zod';

/** Partner Center roles, spelled as Partner Center spells them. */
export const ROLES = [
  'Global admin',
  'Account admin',
  'Admin agent',
  'Sales agent',
  'Helpdesk agent',
  'Referral admin',
  'Marketing content admin',
  'Billing admin',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const PartnerUserSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  email: z.string().email().optional(),
  roles: z.array(RoleSchema),
  /** Channel user ids (Teams AAD object id, Web Chat id, Emulator id...) that are this person. */
  channelIds: z.array(z.string().min(1)).default([]),
});
export type PartnerUser = z.infer<typeof PartnerUserSchema>;

export const CustomerTypeSchema = z.enum(['commercial', 'education', 'government']);
export type CustomerType = z.infer<typeof CustomerTypeSchema>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const GuidSchema = z.string().regex(GUID, 'must be a GUID such as 0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9');
export const isGuid = (s: string): boolean => GUID.test(s.trim());

export const CustomerSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  tenantId: GuidSchema,
  domain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'must be a domain such as contoso.onmicrosoft.com'),
  /** ISO 3166-1 alpha-2 country code of the customer's market. */
  market: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as FR'),
  type: CustomerTypeSchema.default('commercial'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be a three-letter currency code such as EUR')
    .default('USD'),
});
export type Customer = z.infer<typeof CustomerSchema>;

/** What kind of software purchase: decides its cancellation window and its credit. */
export const PurchaseKindSchema = z.enum([
  'perpetual',
  'software-subscription',
  'new-commerce-software-subscription',
  'azure-software-plan',
]);
export type PurchaseKind = z.infer<typeof PurchaseKindSchema>;

export const SoftwareProductSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  publisher: z.string().min(1),
  kind: PurchaseKindSchema,
  /** Vendor of an Azure software plan; SUSE and Red Hat plans can never be cancelled. */
  vendor: z.enum(['SUSE', 'Red Hat', 'Microsoft', 'Other']).default('Microsoft'),
  /** Term of a subscription, in days (used for the prorated credit). */
  termDays: z.number().int().positive().optional(),
  price: z.number().nonnegative(),
});
export type SoftwareProduct = z.infer<typeof SoftwareProductSchema>;

export const PurchaseStatusSchema = z.enum(['active', 'cancelled']);

export const SoftwarePurchaseSchema = z.object({
  orderId: z.string().min(1),
  customerId: z.string().min(1),
  productId: z.string().min(1),
  quantity: z.number().int().positive().default(1),
  /** Price paid for the whole order, in the customer's currency. */
  amount: z.number().nonnegative(),
  purchasedAt: z.string().datetime(),
  status: PurchaseStatusSchema.default('active'),
  cancelledAt: z.string().datetime().optional(),
  /** Partner Center asks for more information (a support request) before cancelling this one. */
  needsSupportRequest: z.boolean().default(false),
});
export type SoftwarePurchase = z.infer<typeof SoftwarePurchaseSchema>;

export interface ActivityRecord {
  id: string;
  at: string;
  userId: string;
  userName: string;
  action: string;
  customerId?: string;
  subject?: string;
  outcome: 'done' | 'refused' | 'failed';
  detail?: string;
}

export interface Money {
  amount: number;
  currency: string;
}
