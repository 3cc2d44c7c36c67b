import { z } from 'zod';
import { CustomerTypeSchema, GuidSchema } from '../model';

/** How often a paid subscription is billed. */
export const BillingSchema = z.enum(['monthly', 'annual']);
export type Billing = z.infer<typeof BillingSchema>;

/**
 * A subscription offer of the CSP catalog (not to be confused with software products).
 * `price` has one entry per billing frequency the offer is sold with: per license and per
 * billing period, in the customer's currency.
 */
export const OfferSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    price: z
      .object({ monthly: z.number().nonnegative().optional(), annual: z.number().nonnegative().optional() })
      .refine((p) => p.monthly !== undefined || p.annual !== undefined, 'must have a monthly or an annual price'),
    customerTypes: z.array(CustomerTypeSchema).min(1).default(['commercial', 'education', 'government']),
    minQuantity: z.number().int().positive().default(1),
    maxQuantity: z.number().int().positive().default(300),
    /** Some offers allow only one subscription per customer. */
    onePerCustomer: z.boolean().default(false),
    /** Offered as a free trial too. */
    trial: z.boolean().default(false),
    /** An add-on: bought on top of a subscription to one of these offers, never on its own. */
    addOnFor: z.array(z.string().min(1)).optional(),
  })
  .refine((o) => o.minQuantity <= o.maxQuantity, { message: 'minQuantity must not exceed maxQuantity', path: ['maxQuantity'] });
export type Offer = z.infer<typeof OfferSchema>;

export const SubscriptionStatusSchema = z.enum(['active', 'suspended']);
export type SubscriptionStatus = z.infer<typeof SubscriptionStatusSchema>;

export const CspSubscriptionSchema = z.object({
  id: GuidSchema,
  customerId: z.string().min(1),
  offerId: z.string().min(1),
  quantity: z.number().int().positive(),
  /** Absent for a trial, which is free. */
  billing: BillingSchema.optional(),
  status: SubscriptionStatusSchema.default('active'),
  trial: z.boolean().default(false),
  orderId: z.string().min(1),
  createdAt: z.string().datetime(),
  /** When a trial ends. */
  endsAt: z.string().datetime().optional(),
  /** The subscription an add-on subscription belongs to. */
  parentId: GuidSchema.optional(),
  /** An add-on suspended because its base subscription was: it comes back when the base is reactivated. */
  suspendedWith: GuidSchema.optional(),
});
export type CspSubscription = z.infer<typeof CspSubscriptionSchema>;

/** A user of the customer's own tenant (not a partner user). */
export const CustomerUserSchema = z.object({
  id: z.string().min(1),
  customerId: z.string().min(1),
  name: z.string().min(1),
  email: z.string().email(),
});
export type CustomerUser = z.infer<typeof CustomerUserSchema>;

export const AzureSubscriptionSchema = z.object({
  id: GuidSchema,
  customerId: z.string().min(1),
  name: z.string().min(1),
});
export type AzureSubscription = z.infer<typeof AzureSubscriptionSchema>;

/** Roles that can be given to a customer's user on their Azure subscription. */
export const AZURE_ROLES = ['Owner', 'Contributor', 'Reader'] as const;
export const AzureRoleSchema = z.enum(AZURE_ROLES);
export type AzureRole = z.infer<typeof AzureRoleSchema>;

export interface RoleAssignment {
  azureSubscriptionId: string;
  userId: string;
  role: AzureRole;
  assignedAt: string;
}

/** The partner's reseller relationship with a customer and what it grants. */
export interface Relationship {
  customerId: string;
  /** Delegated administrative privileges. */
  dap: boolean;
  /** An invitation sent and not yet accepted. */
  pending?: { token: string; link: string; requestedAt: string };
  acceptedAt?: string;
}

/** Trials are fixed by Partner Center: always this many licenses, for this many days. */
export const TRIAL_LICENSES = 25;
export const TRIAL_DAYS = 30;
