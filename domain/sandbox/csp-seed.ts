import { z } from 'zod';
import { AzureSubscriptionSchema, CspSubscriptionSchema, CustomerUserSchema, OfferSchema } from '../csp/model';

const RELATIVE = /^(\d+)\s+(minute|hour|day|week)s?\s+ago$/i;
const SeedDate = z.string().refine((s) => RELATIVE.test(s.trim()) || !Number.isNaN(Date.parse(s)), {
  message: 'must be an ISO date-time such as 2026-09-01T10:00:00Z or a relative date such as "59 days ago"',
});

/** The CSP part of a sandbox seed: subscription offers, customers' subscriptions, users, Azure, relationships. */
export const CspSeedSchema = z
  .object({
    offers: z.array(OfferSchema),
    subscriptions: z.array(CspSubscriptionSchema.extend({ createdAt: SeedDate, endsAt: SeedDate.optional() })).default([]),
    /** Trials each customer has already had (offer IDs), also when the trial subscription is gone. */
    trialsUsed: z.array(z.object({ customerId: z.string().min(1), offerId: z.string().min(1) })).default([]),
    customerUsers: z.array(CustomerUserSchema).default([]),
    azureSubscriptions: z.array(AzureSubscriptionSchema).default([]),
    /** Customers over whom the partner holds delegated administrative privileges. */
    dap: z.array(z.string().min(1)).default([]),
  })
  .superRefine((csp, ctx) => {
    const offers = new Map(csp.offers.map((o) => [o.id, o]));
    csp.offers.forEach((o, i) => {
      (o.addOnFor ?? []).forEach((b, j) => {
        if (!offers.has(b)) ctx.addIssue({ code: 'custom', path: ['offers', i, 'addOnFor', j], message: `no offer has id "${b}"` });
      });
    });
    const subs = new Map(csp.subscriptions.map((s) => [s.id, s]));
    csp.subscriptions.forEach((s, i) => {
      const offer = offers.get(s.offerId);
      if (!offer) ctx.addIssue({ code: 'custom', path: ['subscriptions', i, 'offerId'], message: `no offer has id "${s.offerId}"` });
      const parent = s.parentId ? subs.get(s.parentId) : undefined;
      if (s.parentId && !parent)
        ctx.addIssue({ code: 'custom', path: ['subscriptions', i, 'parentId'], message: `no subscription has id "${s.parentId}"` });
      if (parent && offer && !offer.addOnFor?.includes(parent.offerId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['subscriptions', i, 'offerId'],
          message: `"${s.offerId}" is not an add-on for "${parent.offerId}"`,
        });
      }
      if (offer?.addOnFor?.length && !s.parentId)
        ctx.addIssue({
          code: 'custom',
          path: ['subscriptions', i, 'parentId'],
          message: 'an add-on subscription needs the subscription it belongs to',
        });
    });
  });

export type CspSeed = z.infer<typeof CspSeedSchema>;
