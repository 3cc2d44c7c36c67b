import { z } from 'zod';

/** Listing options chosen when the offer is created (SPEC.md A1). */
export const LicensingSchema = z.discriminatedUnion('mode', [
  /** "Enable app license management through Microsoft", optionally with free installation. */
  z.object({ mode: z.literal('license-management'), freeInstall: z.boolean() }),
  z.object({ mode: z.enum(['get-it-now', 'free-trial', 'contact-me']) }),
]);
export type Licensing = z.infer<typeof LicensingSchema>;
export type LicensingMode = Licensing['mode'];
export const LICENSING_MODES: readonly LicensingMode[] = ['license-management', 'get-it-now', 'free-trial', 'contact-me'];

export const ID_CHARS = /^[a-z0-9_-]+$/;

/** A Dynamics 365 for Customer Engagement & PowerApps offer of the publisher. */
export const IsvOfferSchema = z.object({
  offerId: z.string().regex(ID_CHARS, 'must use only lowercase letters, digits, hyphens and underscores'),
  alias: z.string().trim().min(1),
  licensing: LicensingSchema,
  createdAt: z.string().datetime(),
  createdBy: z.string().min(1),
  /** Technical configuration: base license model and CRM package location. */
  baseLicenseModel: z.literal('User').optional(),
  packageUrl: z.string().url().optional(),
  /** Set when the offer passed review: it is then in Preview. */
  previewAt: z.string().datetime().optional(),
  /** Set when Go live was selected; the offer is live some hours later. */
  goLiveAt: z.string().datetime().optional(),
});
export type IsvOffer = z.infer<typeof IsvOfferSchema>;

export const OfferStatusSchema = z.enum(['draft', 'preview', 'going-live', 'live']);
export type OfferStatus = z.infer<typeof OfferStatusSchema>;

export const PlanStatusSchema = z.enum(['draft', 'published']);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;

export const IsvPlanSchema = z.object({
  offerId: z.string().regex(ID_CHARS),
  planId: z.string().regex(ID_CHARS).max(50),
  name: z.string().trim().min(1),
  description: z.string().trim().min(1),
  status: PlanStatusSchema,
  /** `<publisherId>.<offerId>.<planId>`: what the solution package must carry. */
  serviceId: z.string().min(1),
});
export type IsvPlan = z.infer<typeof IsvPlanSchema>;

export const DealStatusSchema = z.enum(['in-progress', 'won', 'lost']);
export type DealStatus = z.infer<typeof DealStatusSchema>;

/** An ISV Connect deal in Deal Registration. */
export const IsvDealSchema = z.object({
  dealId: z.string().min(1),
  customerName: z.string().trim().min(1),
  offerId: z.string().regex(ID_CHARS),
  value: z.number().positive(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('USD'),
  closeDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  status: DealStatusSchema.default('in-progress'),
  registeredAt: z.string().datetime(),
  registeredBy: z.string().min(1),
  /** The customer relationship chosen for this deal (its id), once the customer is invited or picked. */
  relationshipId: z.string().min(1).optional(),
});
export type IsvDeal = z.infer<typeof IsvDealSchema>;

export const RelationshipStatusSchema = z.enum(['pending', 'active']);
export type RelationshipStatus = z.infer<typeof RelationshipStatusSchema>;

/** A customer's consent to the publisher: licenses can be assigned only once it is active. */
export const IsvRelationshipSchema = z.object({
  relationshipId: z.string().min(1),
  customerName: z.string().trim().min(1),
  domain: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i),
  status: RelationshipStatusSchema,
  /** The consent link's token; the customer's billing or global admin opens the link to accept. */
  token: z.string().min(1),
  invitedAt: z.string().datetime(),
  acceptedAt: z.string().datetime().optional(),
});
export type IsvRelationship = z.infer<typeof IsvRelationshipSchema>;

/** Licenses of a deal: plan ID -> number of licenses. */
export const LicenseMapSchema = z.record(z.string().regex(ID_CHARS), z.number().int().positive());
export type LicenseMap = z.infer<typeof LicenseMapSchema>;
