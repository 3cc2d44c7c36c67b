import { z } from 'zod';
import { IsvDealSchema, IsvOfferSchema, IsvPlanSchema, IsvRelationshipSchema, LicenseMapSchema } from '../isv/model';

const RELATIVE_OR_ISO = z.string().refine((s) => /^\d+\s+(minute|hour|day|week)s?\s+ago$/i.test(s.trim()) || !Number.isNaN(Date.parse(s)), {
  message: 'must be an ISO date-time such as 2026-09-01T10:00:00Z or a relative date such as "5 hours ago"',
});

/** The ISV section of a sandbox seed: dates may be relative ("5 hours ago"). */
export const IsvSeedSchema = z
  .object({
    offers: z
      .array(
        IsvOfferSchema.omit({ createdAt: true, previewAt: true, goLiveAt: true }).extend({
          createdAt: RELATIVE_OR_ISO,
          previewAt: RELATIVE_OR_ISO.optional(),
          goLiveAt: RELATIVE_OR_ISO.optional(),
        }),
      )
      .default([]),
    plans: z.array(IsvPlanSchema.omit({ serviceId: true })).default([]),
    relationships: z
      .array(
        IsvRelationshipSchema.omit({ invitedAt: true, acceptedAt: true }).extend({
          invitedAt: RELATIVE_OR_ISO,
          acceptedAt: RELATIVE_OR_ISO.optional(),
        }),
      )
      .default([]),
    deals: z
      .array(IsvDealSchema.omit({ registeredAt: true }).extend({ registeredAt: RELATIVE_OR_ISO, licenses: LicenseMapSchema.default({}) }))
      .default([]),
  })
  .superRefine((isv, ctx) => {
    const offers = new Set(isv.offers.map((o) => o.offerId));
    const relationships = new Set(isv.relationships.map((r) => r.relationshipId));
    isv.plans.forEach((p, i) => {
      if (!offers.has(p.offerId))
        ctx.addIssue({ code: 'custom', path: ['plans', i, 'offerId'], message: `no offer has id "${p.offerId}"` });
    });
    isv.deals.forEach((d, i) => {
      if (!offers.has(d.offerId))
        ctx.addIssue({ code: 'custom', path: ['deals', i, 'offerId'], message: `no offer has id "${d.offerId}"` });
      if (d.relationshipId && !relationships.has(d.relationshipId)) {
        ctx.addIssue({ code: 'custom', path: ['deals', i, 'relationshipId'], message: `no relationship has id "${d.relationshipId}"` });
      }
      for (const planId of Object.keys(d.licenses)) {
        if (!isv.plans.some((p) => p.offerId === d.offerId && p.planId === planId)) {
          ctx.addIssue({ code: 'custom', path: ['deals', i, 'licenses', planId], message: `offer "${d.offerId}" has no plan "${planId}"` });
        }
      }
    });
  });

export type IsvSeed = z.infer<typeof IsvSeedSchema>;

/**
 * Demo data: a live license-managed offer with two published plans, a draft offer,
 * a customer who already consented (Fabrikam) with a deal and licenses, and a deal
 * whose customer has not been invited yet (Northwind).
 */
export const ISV_DEMO_SEED: z.input<typeof IsvSeedSchema> = {
  offers: [
    {
      offerId: 'crm-sync',
      alias: 'CRM Sync (Dynamics 365)',
      licensing: { mode: 'license-management', freeInstall: false },
      createdAt: '30 days ago',
      createdBy: 'gus',
      baseLicenseModel: 'User',
      packageUrl: 'https://packages.contosoisv.example/crm-sync/1.4.0.zip',
      previewAt: '20 days ago',
      goLiveAt: '19 days ago',
    },
    // A draft with license management, so that it goes through plans, publish and go live like a real one.
    {
      offerId: 'field-notes',
      alias: 'Field Notes',
      licensing: { mode: 'license-management', freeInstall: false },
      createdAt: '3 days ago',
      createdBy: 'gus',
    },
  ],
  plans: [
    { offerId: 'crm-sync', planId: 'standard', name: 'Standard', description: 'Sync of accounts and contacts.', status: 'published' },
    {
      offerId: 'crm-sync',
      planId: 'premium',
      name: 'Premium',
      description: 'Everything in Standard, plus opportunities and custom entities.',
      status: 'published',
    },
  ],
  relationships: [
    {
      relationshipId: 'fabrikam.com.au',
      customerName: 'Fabrikam Pty',
      domain: 'fabrikam.com.au',
      status: 'active',
      token: 'demo-fabrikam-consent',
      invitedAt: '25 days ago',
      acceptedAt: '24 days ago',
    },
  ],
  deals: [
    {
      dealId: 'D-1001',
      customerName: 'Fabrikam Pty',
      offerId: 'crm-sync',
      value: 12000,
      currency: 'USD',
      closeDate: '2030-06-30',
      status: 'in-progress',
      registeredAt: '25 days ago',
      registeredBy: 'gus',
      relationshipId: 'fabrikam.com.au',
      licenses: { standard: 10 },
    },
    {
      dealId: 'D-1002',
      customerName: 'Northwind Traders',
      offerId: 'crm-sync',
      value: 8000,
      currency: 'USD',
      closeDate: '2030-03-31',
      status: 'in-progress',
      registeredAt: '4 days ago',
      registeredBy: 'gus',
    },
    {
      dealId: 'D-0990',
      customerName: 'Wingtip Toys Brasil',
      offerId: 'crm-sync',
      value: 3000,
      currency: 'USD',
      closeDate: '2026-01-31',
      status: 'won',
      registeredAt: '60 days ago',
      registeredBy: 'gus',
    },
  ],
};
