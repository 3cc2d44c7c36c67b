import { z } from 'zod';
import { CustomerSchema, PartnerUserSchema, SoftwareProductSchema, SoftwarePurchaseSchema } from '../model';
import { IsvSeedSchema } from './isv-seed';
import { SoftwareSeedSchema } from './software-catalog';
import { CspSeedSchema } from './csp-seed';

const RELATIVE = /^(\d+)\s+(minute|hour|day|week)s?\s+ago$/i;
const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 } as const;

/** "59 days ago", "3 hours ago", or an absolute ISO 8601 date-time. */
export const SeedDateSchema = z.string().refine((s) => RELATIVE.test(s.trim()) || !Number.isNaN(Date.parse(s)), {
  message: 'must be an ISO date-time such as 2026-09-01T10:00:00Z or a relative date such as "59 days ago"',
});

export function resolveSeedDate(value: string, now: Date): string {
  const m = RELATIVE.exec(value.trim());
  if (!m) return new Date(Date.parse(value)).toISOString();
  const unit = m[2].toLowerCase() as keyof typeof UNIT_MS;
  return new Date(now.getTime() - Number(m[1]) * UNIT_MS[unit]).toISOString();
}

export const SeedSchema = z
  .object({
    publisherId: z
      .string()
      .regex(/^[a-z0-9-_]+$/)
      .default('contosoisv'),
    users: z.array(PartnerUserSchema).min(1),
    customers: z.array(CustomerSchema),
    products: z.array(SoftwareProductSchema),
    purchases: z.array(SoftwarePurchaseSchema.extend({ purchasedAt: SeedDateSchema })),
    isv: IsvSeedSchema.optional(),
    software: SoftwareSeedSchema.optional(),
    csp: CspSeedSchema.optional(),
  })
  .superRefine((seed, ctx) => {
    const customers = new Set(seed.customers.map((c) => c.id));
    const products = new Set(seed.products.map((p) => p.id));
    seed.purchases.forEach((p, i) => {
      if (!customers.has(p.customerId)) {
        ctx.addIssue({ code: 'custom', path: ['purchases', i, 'customerId'], message: `no customer has id "${p.customerId}"` });
      }
      if (!products.has(p.productId)) {
        ctx.addIssue({ code: 'custom', path: ['purchases', i, 'productId'], message: `no product has id "${p.productId}"` });
      }
    });
    const seen = new Set<string>();
    seed.purchases.forEach((p, i) => {
      if (seen.has(p.orderId))
        ctx.addIssue({ code: 'custom', path: ['purchases', i, 'orderId'], message: `order id "${p.orderId}" is used twice` });
      seen.add(p.orderId);
    });
  });

export type Seed = z.infer<typeof SeedSchema>;

/** Parses a seed, naming every bad field as a path such as purchases[2].purchasedAt. */
export function parseSeed(raw: unknown): { ok: true; seed: Seed } | { ok: false; errors: string[] } {
  const result = SeedSchema.safeParse(raw);
  if (result.success) return { ok: true, seed: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`),
  };
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) return '(seed)';
  return path.reduce<string>(
    (acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)),
    '',
  );
}
