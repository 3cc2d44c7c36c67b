import { z } from 'zod';
import { isGuid } from '../model';

/** The Partner Center problem type for a cancellation that needs more information. */
export const CANCELLATION_PROBLEM_TYPE = 'CSP Purchase/Refund on behalf of customers';

export const IMPACTS = ['low', 'moderate', 'high', 'critical'] as const;
export const ImpactSchema = z.enum(IMPACTS);
export type Impact = z.infer<typeof ImpactSchema>;

export const TitleSchema = z.string().trim().min(5, 'at least 5 characters').max(100, 'at most 100 characters');
export const ReasonSchema = z.string().trim().min(5, 'at least 5 characters').max(1000, 'at most 1,000 characters');
export const ContactNameSchema = z
  .string()
  .trim()
  .min(2, 'at least 2 characters')
  .max(100, 'at most 100 characters')
  // An email address or a phone number is never a name: it would go into the request as one.
  .refine((s) => !/[@\d]/.test(s), 'a name has no @ and no digits');
export const EmailSchema = z.string().trim().email('must be an email address such as ada@partner.example');
/** Digits with an optional leading +, spaces, dots, hyphens and brackets; 6 to 15 digits. */
export const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ().-]+$/, 'must be a phone number such as +33 1 23 45 67 89')
  .refine((s) => {
    const digits = s.replace(/\D/g, '').length;
    return digits >= 6 && digits <= 15;
  }, 'must have 6 to 15 digits');

/** An order ID (letters, digits, hyphens) or a subscription ID (a GUID). */
export const PurchaseRefSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{2,63}$/, 'must be an order ID such as 4719 or a subscription ID (GUID)');
export const purchaseRefKind = (ref: string): 'subscription' | 'order' => (isGuid(ref) ? 'subscription' : 'order');

/** Amounts are read from "9600", "9,600.50", "9 600,50", "€9600" or "USD 9600". */
export function parseAmount(text: string): number | undefined {
  let s = text
    .trim()
    .replace(/^[A-Za-z]{3}\s*|\s*[A-Za-z]{3}$/g, '')
    .replace(/[€$£\s\u00a0\u202f]|R\$|A\$/g, '');
  if (!/^\d[\d.,]*$/.test(s)) return undefined;
  const lastSep = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
  // A separator followed by exactly one or two digits is the decimal mark; others group thousands.
  if (lastSep >= 0 && s.length - lastSep - 1 <= 2) s = `${s.slice(0, lastSep).replace(/[.,]/g, '')}.${s.slice(lastSep + 1)}`;
  else s = s.replace(/[.,]/g, '');
  const n = Number(s);
  return Number.isFinite(n) && n > 0 && n < 1e9 ? Math.round(n * 100) / 100 : undefined;
}

export type AmountProblem = 'not-positive' | 'above-order';

/** The refund requested is a positive amount, and at most what the order cost. */
export function amountProblem(amount: number, orderAmount: number | undefined): AmountProblem | undefined {
  if (!(amount > 0)) return 'not-positive';
  if (orderAmount !== undefined && amount > orderAmount) return 'above-order';
  return undefined;
}

export const SupportRequestInputSchema = z.object({
  customerId: z.string().min(1),
  tenantId: z.string().optional(),
  domain: z.string().optional(),
  purchaseRef: PurchaseRefSchema,
  impact: ImpactSchema,
  title: TitleSchema,
  reason: ReasonSchema,
  amount: z.number().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  contact: z.object({ name: ContactNameSchema, email: EmailSchema, phone: PhoneSchema }),
});
export type SupportRequestInput = z.infer<typeof SupportRequestInputSchema>;

export interface SupportRequest extends SupportRequestInput {
  number: string;
  problemType: typeof CANCELLATION_PROBLEM_TYPE;
  description: string;
  createdAt: string;
  createdBy: string;
  status: 'open';
}

/** The Description field as Partner Center asks for it: tenant or domain, order or subscription, reason, amount. */
export function supportDescription(
  r: Pick<SupportRequestInput, 'tenantId' | 'domain' | 'purchaseRef' | 'reason' | 'amount' | 'currency'>,
): string {
  const customer = [r.tenantId && `tenant ${r.tenantId}`, r.domain && `domain ${r.domain}`].filter(Boolean).join(', ');
  return [
    `Customer: ${customer}`,
    `${purchaseRefKind(r.purchaseRef) === 'subscription' ? 'Subscription ID' : 'Order ID'}: ${r.purchaseRef}`,
    `Refund reason: ${r.reason.trim()}`,
    `Amount requested: ${r.amount.toFixed(2)} ${r.currency}`,
  ].join('\n');
}
