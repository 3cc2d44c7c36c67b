import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { isGuid } from '../../../domain/model';
import type { SupportRequestOutcome } from '../../../domain/software/port';
import {
  amountProblem,
  ContactNameSchema,
  EmailSchema,
  ImpactSchema,
  parseAmount,
  PhoneSchema,
  PurchaseRefSchema,
  ReasonSchema,
  TitleSchema,
  type Impact,
} from '../../../domain/software/support-request';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { msg } from '../../../cards/view';
import { answerIs, norm } from '../answer-words';
import { customerStep, searchCustomers } from '../../pick/customer-step';
import type { PickSlot } from '../../pick/find-and-pick';
import { toCustomerRef, type CustomerRef } from '../../pick/customer-ref';

export interface SupportContext {
  runId: string;
  userId: string;
  /** Field names handed over by the cancellation: never asked again. */
  given: string[];
  /** An order named in a first sentence: checked against the customer once it is known. */
  purchaseHint?: string;
  customerQuery?: string;
  pick?: PickSlot<CustomerRef>;
  customerId?: string;
  customerName?: string;
  tenantId?: string;
  domain?: string;
  currency?: string;
  productName?: string;
  purchaseRef?: string;
  /** The amount of the order named, offered as the amount requested. */
  orderAmount?: number;
  amount?: number;
  /** Support requests already opened for this order or subscription: a second one is said before it is made. */
  existing?: { number: string; createdAt: string }[];
  impact?: Impact;
  title?: string;
  reason?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  outcome?: SupportRequestOutcome;
  attempts?: number;
}

const SAY: Record<string, string[]> = {
  submit: [
    'submit',
    'create the request',
    'create the support request',
    'create',
    'confirm',
    'créer la demande',
    'skapa ärendet',
    'aanvraag maken',
  ],
  'change-impact': ['change-impact', 'change the impact', 'impact', "modifier l'impact", 'ändra påverkan', 'impact wijzigen'],
  'change-title': ['change-title', 'change the title', 'title', 'modifier le titre', 'ändra rubriken', 'titel wijzigen'],
  'change-reason': [
    'change-reason',
    'change the refund reason',
    'reason',
    'modifier le motif du remboursement',
    'ändra orsaken',
    'reden wijzigen',
  ],
  'change-amount': ['change-amount', 'change the amount', 'amount', 'modifier le montant', 'ändra beloppet', 'bedrag wijzigen'],
  'change-contact': [
    'change-contact',
    'change the contact',
    'contact',
    'modifier le contact',
    'ändra kontakten',
    'contactpersoon wijzigen',
  ],
  keep: ['ok', 'okay', 'yes', 'keep', 'use it', 'use this title', 'oui', 'ja'],
};

const IMPACT_WORDS: Record<Impact, string[]> = {
  low: ['faible', 'låg', 'laag'],
  moderate: ['modéré', 'modere', 'måttlig', 'gemiddeld'],
  high: ['élevé', 'eleve', 'hög', 'hoog'],
  critical: ['critique', 'kritisk', 'kritiek'],
};
/** An impact by its value or its label in any of the four languages. */
function impactOf(value: string): Impact | undefined {
  const v = norm(value);
  const direct = ImpactSchema.safeParse(v);
  if (direct.success) return direct.data;
  return (Object.keys(IMPACT_WORDS) as Impact[]).find((i) => IMPACT_WORDS[i].includes(v));
}

export const suggestedTitle = (ctx: Pick<SupportContext, 'purchaseRef'>) =>
  `Refund of ${ctx.purchaseRef && isGuid(ctx.purchaseRef) ? 'subscription' : 'order'} ${ctx.purchaseRef ?? ''}`.trim();

/** Whatever holds an @ is meant as the email address (valid or not): it is never part of the name. */
const EMAIL_IN = /[^\s,;<>]*@[^\s,;<>]*/;
/** Whatever holds digits is meant as the phone number (valid or not): it is never part of the name. */
const PHONE_IN = /\+?[\d(][\d ().-]*\d|\+?\d/;

/** Name, email and phone from a card's fields or from one typed line, in any order. */
export function readContact(event: ProcedureEvent): { name?: string; email?: string; phone?: string } {
  if (event.fields && ('contactName' in event.fields || 'contactEmail' in event.fields || 'contactPhone' in event.fields)) {
    return {
      name: event.fields.contactName?.trim() || undefined,
      email: event.fields.contactEmail?.trim() || undefined,
      phone: event.fields.contactPhone?.trim() || undefined,
    };
  }
  let rest = event.value;
  const email = EMAIL_IN.exec(rest)?.[0];
  if (email) rest = rest.replace(email, ' ');
  const phone = PHONE_IN.exec(rest)?.[0]?.trim();
  if (phone) rest = rest.replace(phone, ' ');
  const name = rest
    .replace(/[,;|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { name: name || undefined, email, phone };
}

/** What is wrong with the contact details given, field by field. */
export function contactProblems(c: { name?: string; email?: string; phone?: string }): ('name' | 'email' | 'phone')[] {
  const out: ('name' | 'email' | 'phone')[] = [];
  if (c.name !== undefined && !ContactNameSchema.safeParse(c.name).success) out.push('name');
  if (c.email !== undefined && !EmailSchema.safeParse(c.email).success) out.push('email');
  if (c.phone !== undefined && !PhoneSchema.safeParse(c.phone).success) out.push('phone');
  return out;
}

function fromPrefill(input: RunInput): Partial<SupportContext> {
  const p = input.prefill ?? {};
  const amount = p.amount !== undefined ? Number(p.amount) : undefined;
  const ref = p.orderId && PurchaseRefSchema.safeParse(p.orderId).success ? p.orderId.trim() : undefined;
  const out: Partial<SupportContext> = {
    customerId: p.customerId,
    customerName: p.customerId ? p.customer : undefined,
    customerQuery: p.customerId ? undefined : p.customer,
    tenantId: p.tenantId,
    domain: p.domain,
    currency: p.currency && /^[A-Z]{3}$/.test(p.currency) ? p.currency : undefined,
    productName: p.productName,
    // Only the cancellation's handover (it knows the customer by id) is trusted as it is.
    purchaseRef: p.customerId ? ref : undefined,
    purchaseHint: p.customerId ? undefined : ref,
    amount: amount !== undefined && Number.isFinite(amount) && amount > 0 ? Math.round(amount * 100) / 100 : undefined,
  };
  return out;
}

export function createSupportRequestMachine({ pc }: ProcedureDeps) {
  const existingRequests = async (customerId: string, ref: string) =>
    (await pc.softwareSales.supportRequestsFor(customerId, ref)).map((r) => ({ number: r.number, createdAt: r.createdAt }));
  return setup({
    types: {
      context: {} as SupportContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      loadStart: fromPromise(async ({ input }: { input: { userId: string; customerId?: string; purchaseRef?: string } }) => {
        const user = await pc.directory.user(input.userId);
        const customer = input.customerId ? await pc.customers.get(input.customerId) : undefined;
        const existing = customer && input.purchaseRef ? await existingRequests(customer.id, input.purchaseRef) : undefined;
        // The order handed over by the cancellation bounds the amount, as one typed later does.
        const purchase =
          customer && input.purchaseRef && !isGuid(input.purchaseRef) ? await pc.software.purchase(input.purchaseRef) : undefined;
        const orderAmount = purchase && purchase.customerId === customer?.id ? purchase.amount : undefined;
        return { name: user?.name, email: user?.email, customer: customer && toCustomerRef(customer), existing, orderAmount };
      }),
      searchCustomers: searchCustomers(pc),
      checkPurchase: fromPromise(async ({ input }: { input: { ref: string; customerId: string } }) => {
        const existing = await existingRequests(input.customerId, input.ref);
        if (isGuid(input.ref)) return { ok: true as const, existing };
        const purchase = await pc.software.purchase(input.ref);
        if (!purchase || purchase.customerId !== input.customerId) return { ok: false as const };
        const product = await pc.software.product(purchase.productId);
        return { ok: true as const, amount: purchase.amount, productName: product?.name, existing };
      }),
      create: fromPromise(({ input }: { input: { ctx: SupportContext; key: string } }) => {
        const c = input.ctx;
        return pc.softwareSales.createSupportRequest(
          {
            customerId: c.customerId!,
            tenantId: c.tenantId,
            domain: c.domain,
            purchaseRef: c.purchaseRef!,
            impact: c.impact!,
            title: c.title!,
            reason: c.reason!,
            amount: c.amount!,
            currency: c.currency ?? 'USD',
            contact: { name: c.contactName!, email: c.contactEmail!, phone: c.contactPhone! },
          },
          { userId: c.userId, idempotencyKey: input.key },
        );
      }),
    },
  }).createMachine({
    id: 'support-request',
    context: ({ input }) => {
      const pre = fromPrefill(input);
      return {
        runId: input.runId,
        userId: input.userId,
        given: input.prefill?.customerId
          ? Object.entries(pre)
              .filter(([k, v]) => v !== undefined && k !== 'purchaseHint')
              .map(([k]) => k)
          : [],
        ...pre,
      };
    },
    initial: 'loading',
    states: {
      loading: {
        tags: 'busy',
        invoke: {
          src: 'loadStart',
          input: ({ context }) => ({ userId: context.userId, customerId: context.customerId, purchaseRef: context.purchaseRef }),
          onDone: {
            target: 'route',
            actions: assign(({ context, event }) => {
              const c = event.output.customer;
              return {
                // The signed-in user's name and email are offered; the summary shows them before anything is sent.
                contactName: context.contactName ?? event.output.name,
                contactEmail: context.contactEmail ?? event.output.email,
                existing: event.output.existing,
                orderAmount: context.orderAmount ?? event.output.orderAmount,
                ...(c
                  ? {
                      customerName: context.customerName ?? c.name,
                      tenantId: context.tenantId ?? c.tenantId,
                      domain: context.domain ?? c.domain,
                      currency: context.currency ?? c.currency,
                    }
                  : { customerId: undefined }),
              };
            }),
          },
          onError: { target: 'route', actions: assign({ customerId: undefined }) },
        },
      },
      route: {
        always: [
          { guard: ({ context }) => !context.customerId && !context.customerQuery, target: 'askCustomer' },
          { guard: ({ context }) => !context.customerId, target: 'findingCustomer' },
          {
            guard: ({ context }) => !context.purchaseRef && !!context.purchaseHint,
            target: 'checkingPurchase',
            actions: assign(({ context }) => ({ purchaseRef: context.purchaseHint, purchaseHint: undefined })),
          },
          { guard: ({ context }) => !context.purchaseRef, target: 'askPurchase' },
          { guard: ({ context }) => context.amount === undefined, target: 'askAmount' },
          { guard: ({ context }) => !context.impact, target: 'askImpact' },
          { guard: ({ context }) => !context.title, target: 'askTitle' },
          { guard: ({ context }) => !context.reason, target: 'askReason' },
          { guard: ({ context }) => !context.contactName || !context.contactEmail || !context.contactPhone, target: 'askContact' },
          { target: 'confirm' },
        ],
      },
      ...customerStep<SupportContext>({ next: 'route', take: customerFields, clearQueryOnMiss: true }),
      askPurchase: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => PurchaseRefSchema.safeParse(event.value).success,
              target: 'checkingPurchase',
              actions: assign({ purchaseRef: ({ event }) => event.value.trim() }),
            },
            {
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('support.purchase.invalid', { value: event.value.trim().slice(0, 40) }),
              })),
            },
          ],
        },
      },
      checkingPurchase: {
        tags: 'busy',
        invoke: {
          src: 'checkPurchase',
          input: ({ context }) => ({ ref: context.purchaseRef!, customerId: context.customerId! }),
          onDone: [
            {
              guard: ({ event }) => event.output.ok,
              target: 'route',
              actions: assign({
                orderAmount: ({ event }) => (event.output.ok ? event.output.amount : undefined),
                existing: ({ event }) => (event.output.ok ? event.output.existing : undefined),
                productName: ({ context, event }) => (event.output.ok && event.output.productName) || context.productName,
              }),
            },
            {
              target: 'askPurchase',
              actions: [
                emit(({ context }) => ({
                  type: 'say' as const,
                  msg: msg('support.purchase.notForCustomer', { ref: context.purchaseRef!, customer: context.customerName ?? '' }),
                })),
                assign({ purchaseRef: undefined }),
              ],
            },
          ],
          onError: {
            target: 'askPurchase',
            actions: [emit({ type: 'say', msg: msg('common.partnerCenterError') }), assign({ purchaseRef: undefined })],
          },
        },
      },
      askAmount: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!context.orderAmount && answerIs(event.value, ...SAY.keep),
              target: 'route',
              actions: assign({ amount: ({ context }) => context.orderAmount }),
            },
            {
              guard: ({ event }) => /^\s*0+(?:[.,]0+)?\s*$/.test(event.fields?.amount ?? event.value),
              actions: emit({ type: 'say', msg: msg('support.amount.notPositive') }),
            },
            {
              // A refund is at most what the order cost.
              guard: ({ context, event }) =>
                amountProblem(parseAmount(event.fields?.amount ?? event.value) ?? 0, context.orderAmount) === 'above-order',
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: msg('support.amount.aboveOrder', {
                  amount: { money: parseAmount(event.fields?.amount ?? event.value) ?? 0, currency: context.currency ?? 'USD' },
                  ref: context.purchaseRef ?? '',
                  order: { money: context.orderAmount ?? 0, currency: context.currency ?? 'USD' },
                }),
              })),
            },
            {
              guard: ({ event }) => parseAmount(event.fields?.amount ?? event.value) !== undefined,
              target: 'route',
              actions: assign({ amount: ({ event }) => parseAmount(event.fields?.amount ?? event.value) }),
            },
            {
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('support.amount.invalid', { value: (event.fields?.amount ?? event.value).trim().slice(0, 30) }),
              })),
            },
          ],
        },
      },
      askImpact: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => !!impactOf(event.value),
              target: 'route',
              actions: assign({ impact: ({ event }) => impactOf(event.value) }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      askTitle: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => answerIs(event.value, ...SAY.keep),
              target: 'route',
              actions: assign({ title: ({ context }) => suggestedTitle(context) }),
            },
            {
              guard: ({ event }) => TitleSchema.safeParse(event.fields?.title ?? event.value).success,
              target: 'route',
              actions: assign({ title: ({ event }) => TitleSchema.parse(event.fields?.title ?? event.value) }),
            },
            { actions: emit({ type: 'say', msg: msg('support.title.invalid') }) },
          ],
        },
      },
      askReason: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => ReasonSchema.safeParse(event.fields?.reason ?? event.value).success,
              target: 'route',
              actions: assign({ reason: ({ event }) => ReasonSchema.parse(event.fields?.reason ?? event.value) }),
            },
            { actions: emit({ type: 'say', msg: msg('support.reason.invalid') }) },
          ],
        },
      },
      askContact: {
        on: {
          ANSWER: [
            {
              // Whatever is valid is kept; what is wrong or still missing is asked again.
              target: 'route',
              actions: [
                assign(({ context, event }) => {
                  const c = readContact(event);
                  const bad = contactProblems(c);
                  return {
                    // A field given wrong is asked again, never replaced silently by the earlier value.
                    contactName:
                      c.name === undefined ? context.contactName : bad.includes('name') ? undefined : ContactNameSchema.parse(c.name),
                    contactEmail:
                      c.email === undefined ? context.contactEmail : bad.includes('email') ? undefined : EmailSchema.parse(c.email),
                    contactPhone:
                      c.phone === undefined ? context.contactPhone : bad.includes('phone') ? undefined : PhoneSchema.parse(c.phone),
                  };
                }),
                enqueueActions(({ event, enqueue }) => {
                  const c = readContact(event);
                  for (const bad of contactProblems(c))
                    enqueue.emit({ type: 'say', msg: msg(`support.contact.invalid.${bad}`, { value: (c[bad] ?? '').slice(0, 60) }) });
                }),
              ],
            },
          ],
        },
      },
      confirm: {
        on: {
          ANSWER: [
            { guard: ({ event }) => answerIs(event.value, ...SAY.submit), target: 'creating' },
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['change-impact']),
              target: 'route',
              actions: assign({ impact: undefined }),
            },
            { guard: ({ event }) => answerIs(event.value, ...SAY['change-title']), target: 'route', actions: assign({ title: undefined }) },
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['change-reason']),
              target: 'route',
              actions: assign({ reason: undefined }),
            },
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['change-amount']),
              target: 'route',
              actions: assign({ amount: undefined }),
            },
            { guard: ({ event }) => answerIs(event.value, ...SAY['change-contact']), target: 'askContact' },
            { actions: emit({ type: 'say', msg: msg('support.confirm.required') }) },
          ],
        },
      },
      creating: {
        tags: 'busy',
        // Each submission is its own side effect: a retry after a refusal is asked again, not replayed.
        entry: assign({ attempts: ({ context }) => (context.attempts ?? 0) + 1 }),
        invoke: {
          src: 'create',
          input: ({ context }) => ({ ctx: context, key: `${context.runId}:support-request:${context.attempts}:${context.purchaseRef}` }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'created',
              target: 'done',
              actions: assign({ outcome: ({ event }) => event.output }),
            },
            {
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'above-order',
              target: 'askAmount',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: msg('support.amount.aboveOrder', {
                    amount: { money: context.amount ?? 0, currency: context.currency ?? 'USD' },
                    ref: context.purchaseRef ?? '',
                    order: {
                      money:
                        event.output.status === 'refused' && event.output.reason.code === 'above-order'
                          ? event.output.reason.orderAmount
                          : 0,
                      currency: context.currency ?? 'USD',
                    },
                  }),
                })),
                assign({ amount: undefined }),
              ],
            },
            {
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'forbidden',
              target: 'stopped',
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg:
                  event.output.status === 'refused' && event.output.reason.code === 'forbidden'
                    ? msg('common.roleRemoved', { roles: { list: [...event.output.reason.needed] } })
                    : msg('common.partnerCenterError'),
              })),
            },
            { target: 'confirm', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
          ],
          onError: { target: 'confirm', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      stopped: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.outcome?.status === 'created' ? 'done' : 'abandoned' }),
  });
}

function customerFields(c: CustomerRef): Partial<SupportContext> {
  return { customerId: c.id, customerName: c.name, tenantId: c.tenantId, domain: c.domain, currency: c.currency, pick: undefined };
}

export type SupportRequestMachine = ReturnType<typeof createSupportRequestMachine>;
