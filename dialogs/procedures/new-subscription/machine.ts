import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { etagOf } from '../../../domain/etag';
import { TRIAL_LICENSES, type Billing, type CspSubscription, type Offer } from '../../../domain/csp/model';
import type { ManageOutcome, OrderOutcome } from '../../../domain/csp/port';
import { manageRefusalMsg } from '../manage-subscription/messages';
import {
  checkOffer,
  checkQuantity,
  checkTrial,
  parseQuantity,
  type OrderLine,
  type TrialRefusal,
  type Unavailable,
} from '../../../domain/csp/rules';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { msg, type Msg } from '../../../cards/view';
import { lineRefusalMsg, trialRefusalMsg, unavailableMsg } from './messages';
import { choiceIs } from '../answer-words';
import { parseBilling, pick } from './shared';
import { customerStep, searchCustomers } from '../../pick/customer-step';
import type { PickSlot } from '../../pick/find-and-pick';
import type { CustomerRef } from '../../pick/customer-ref';

export interface NewSubContext {
  runId: string;
  userId: string;
  customerQuery?: string;
  pick?: PickSlot<CustomerRef>;
  customer?: CustomerRef;
  /** A product of the catalog named in the first sentence ("offer:<id>" or "trial:<id>"): taken as the first answer at the product step. */
  productHint?: string;
  /** The number of licenses the first sentence gave that product ("add Power BI Pro for Northwind, 5 seats"): its first answer at the count step. */
  quantityHint?: { offerId: string; count: string };
  billing?: Billing;
  offers?: Offer[];
  subs?: CspSubscription[];
  trialsUsed?: string[];
  cart: OrderLine[];
  /** The product chosen, waiting for its license count. */
  pendingOfferId?: string;
  /** A product that can't be bought because the customer's subscription to it is suspended. */
  suspended?: { offerId: string; subscriptionId: string };
  outcome?: OrderOutcome;
  handover?: RunOutput['handover'];
}

/** Every offer of the catalog with whether it can be bought now, and why not. */
export function catalogFor(ctx: Pick<NewSubContext, 'offers' | 'customer' | 'billing' | 'subs' | 'trialsUsed'>) {
  const offers = ctx.offers ?? [];
  const type = ctx.customer?.type ?? 'commercial';
  const billing = ctx.billing ?? 'monthly';
  return offers.map((offer) => ({
    offer,
    check: checkOffer(offer, type, billing, ctx.subs ?? []),
    trial: checkTrial(offer, type, ctx.subs ?? [], ctx.trialsUsed ?? []),
  }));
}
export const available = (ctx: NewSubContext) => catalogFor(ctx).filter((e) => e.check.ok);
/** Trials of the products sold with this billing: a monthly-only product's trial is not in the annual catalog. */
export const trials = (ctx: NewSubContext) =>
  catalogFor(ctx).filter((e) => e.trial.ok && e.offer.price[ctx.billing ?? 'monthly'] !== undefined);
export const unavailable = (ctx: NewSubContext) => catalogFor(ctx).filter((e) => !e.check.ok);

type Pick_ =
  | { kind: 'buy'; offer: Offer }
  | { kind: 'trial'; offer: Offer }
  | { kind: 'trial-refused'; offer: Offer; reason: TrialRefusal }
  | { kind: 'unavailable'; offer: Offer; reason: Unavailable }
  | { kind: 'review' }
  | { kind: 'why' }
  | { kind: 'none' };

const TRIAL_WORD = /\s*[-—(]*\s*\b(?:free trial|trial|essai gratuit|essai|utvärdering|testversion|proefversie|proef)\b\)?\s*$/i;

/** What a typed or clicked answer to "which product?" names. */
export function pickProduct(ctx: NewSubContext, value: string): Pick_ {
  const v = value.trim();
  if (choiceIs(v, 'review')) return ctx.cart.length ? { kind: 'review' } : { kind: 'none' };
  if (choiceIs(v, 'why-missing')) return { kind: 'why' };
  const entries = catalogFor(ctx);
  const byValue = /^(offer|trial):(.+)$/.exec(v);
  const wantsTrial = byValue ? byValue[1] === 'trial' : TRIAL_WORD.test(v);
  const text = byValue ? byValue[2] : v.replace(TRIAL_WORD, '');
  // A partial name picks among the products on offer first ("exchange online" is not its add-on).
  const entry = pick(
    entries,
    text,
    (e) => [e.offer.id, e.offer.name],
    (e) => e.check.ok || e.trial.ok,
  );
  if (!entry) return { kind: 'none' };
  // A product not sold with this billing has no trial in this catalog either.
  if (wantsTrial && !entry.check.ok && entry.check.reason.code === 'billing')
    return { kind: 'unavailable', offer: entry.offer, reason: entry.check.reason };
  if (wantsTrial)
    return entry.trial.ok
      ? { kind: 'trial', offer: entry.offer }
      : { kind: 'trial-refused', offer: entry.offer, reason: entry.trial.reason };
  return entry.check.ok ? { kind: 'buy', offer: entry.offer } : { kind: 'unavailable', offer: entry.offer, reason: entry.check.reason };
}

/** "remove:<offer>" from a card, or "remove <product name>" typed. */
function lineToRemove(ctx: NewSubContext, value: string): string | undefined {
  const m = /^(?:remove:|remove\s+|retirer\s+|ta bort\s+|verwijder\s+)(.+)$/i.exec(value.trim());
  if (!m) return undefined;
  const lines = ctx.cart.map((l) => ({ id: l.offerId, name: offerName(ctx, l.offerId) }));
  return pick(lines, m[1], (l) => [l.id, l.name])?.id;
}

const addLine = (cart: OrderLine[], line: OrderLine) => [...cart.filter((l) => l.offerId !== line.offerId), line];

export function createNewSubscriptionMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as NewSubContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      searchCustomers: searchCustomers(pc),
      loadCatalog: fromPromise(async ({ input }: { input: { customerId: string } }) => ({
        offers: await pc.csp.offers(),
        subs: await pc.csp.subscriptions(input.customerId),
        trialsUsed: await pc.csp.trialsUsed(input.customerId),
      })),
      reactivate: fromPromise(({ input }: { input: { subscriptionId: string; userId: string; key: string; ifMatch?: string } }) =>
        pc.csp.reactivate(input.subscriptionId, { userId: input.userId, idempotencyKey: input.key, ifMatch: input.ifMatch }),
      ),
      submit: fromPromise(
        ({ input }: { input: { customerId: string; billing: Billing; lines: OrderLine[]; userId: string; key: string } }) =>
          pc.csp.placeOrder(input.customerId, input.billing, input.lines, { userId: input.userId, idempotencyKey: input.key }),
      ),
    },
  }).createMachine({
    id: 'new-subscription',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      customerQuery: input.prefill?.customer,
      billing: parseBilling(input.prefill?.billing ?? ''),
      productHint: input.prefill?.cspOffer,
      quantityHint: quantityHintOf(input.prefill?.cspOffer, input.prefill?.count),
      cart: [],
    }),
    initial: 'start',
    states: {
      start: { always: [{ guard: ({ context }) => !!context.customerQuery, target: 'findingCustomer' }, { target: 'askCustomer' }] },
      ...customerStep<NewSubContext>({ next: 'loadingCatalog' }),
      loadingCatalog: {
        tags: 'busy',
        invoke: {
          src: 'loadCatalog',
          input: ({ context }) => ({ customerId: context.customer!.id }),
          onDone: [
            { guard: ({ context }) => !!context.billing, target: 'chooseProduct', actions: assign(({ event }) => event.output) },
            { target: 'askBilling', actions: assign(({ event }) => event.output) },
          ],
          onError: {
            target: 'askCustomer',
            actions: [assign({ customer: undefined }), emit({ type: 'say', msg: msg('common.partnerCenterError') })],
          },
        },
      },
      askBilling: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => !!parseBilling(event.value),
              target: 'chooseProduct',
              actions: assign({ billing: ({ event }) => parseBilling(event.value) }),
            },
            { actions: emit({ type: 'say', msg: msg('newsub.billing.unknown') }) },
          ],
        },
      },
      chooseProduct: {
        // The product named in the first sentence is read as if typed here, once: its rules apply as to any answer.
        entry: enqueueActions(({ context, enqueue }) => {
          if (!context.productHint) return;
          enqueue.assign({ productHint: undefined });
          enqueue.raise({ type: 'ANSWER', value: context.productHint });
        }),
        on: {
          ANSWER: [
            { guard: ({ context, event }) => pickProduct(context, event.value).kind === 'review', target: 'summary' },
            { guard: ({ context, event }) => pickProduct(context, event.value).kind === 'why', target: 'whyMissing' },
            {
              // Only one number of licenses is possible: it is taken, not asked.
              guard: ({ context, event }) => {
                const p = pickProduct(context, event.value);
                return p.kind === 'buy' && p.offer.minQuantity === p.offer.maxQuantity;
              },
              actions: [
                emit(({ context, event }) => {
                  const offer = (pickProduct(context, event.value) as { offer: Offer }).offer;
                  return { type: 'say' as const, msg: msg('newsub.cart.addedOnly', { count: offer.minQuantity, name: offer.name }) };
                }),
                assign({
                  cart: ({ context, event }) => {
                    const offer = (pickProduct(context, event.value) as { offer: Offer }).offer;
                    return addLine(context.cart, { offerId: offer.id, quantity: offer.minQuantity, trial: false });
                  },
                }),
              ],
            },
            {
              guard: ({ context, event }) => pickProduct(context, event.value).kind === 'buy',
              target: 'askQuantity',
              actions: assign({ pendingOfferId: ({ context, event }) => (pickProduct(context, event.value) as { offer: Offer }).offer.id }),
            },
            {
              guard: ({ context, event }) => pickProduct(context, event.value).kind === 'trial',
              actions: [
                emit(({ context, event }) => {
                  const id = (pickProduct(context, event.value) as { offer: Offer }).offer.id;
                  const paid = context.cart.find((l) => l.offerId === id && !l.trial);
                  return {
                    type: 'say' as const,
                    msg: paid
                      ? msg('newsub.cart.paidReplaced', { name: offerName(context, id), count: paid.quantity })
                      : msg('common.empty'),
                  };
                }),
                assign({
                  cart: ({ context, event }) =>
                    addLine(context.cart, {
                      offerId: (pickProduct(context, event.value) as { offer: Offer }).offer.id,
                      quantity: TRIAL_LICENSES,
                      trial: true,
                    }),
                }),
                emit(({ context }) => ({
                  type: 'say' as const,
                  msg: msg('newsub.cart.trialAdded', { name: offerName(context, context.cart.at(-1)!.offerId) }),
                })),
              ],
            },
            {
              target: 'routeExplained',
              actions: [
                emit(({ context, event }) => ({ type: 'say' as const, msg: explainPick(context, event.value) })),
                assign({ suspended: ({ context, event }) => suspendedFor(context, event.value) }),
              ],
            },
          ],
        },
      },
      // A product that is not offered because its subscription is suspended: reactivate instead?
      routeExplained: {
        always: [{ guard: ({ context }) => !!context.suspended, target: 'offerReactivation' }, { target: 'chooseProduct' }],
      },
      whyMissing: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'back'), target: 'chooseProduct' },
            {
              guard: ({ context, event }) => pickProduct(context, event.value.replace(/^why:/, 'offer:')).kind === 'unavailable',
              target: 'routeWhy',
              actions: [
                emit(({ context, event }) => ({ type: 'say' as const, msg: explainPick(context, event.value.replace(/^why:/, 'offer:')) })),
                assign({ suspended: ({ context, event }) => suspendedFor(context, event.value.replace(/^why:/, 'offer:')) }),
              ],
            },
            {
              guard: ({ context, event }) =>
                ['buy', 'trial', 'trial-refused'].includes(pickProduct(context, event.value.replace(/^why:/, 'offer:')).kind),
              target: 'chooseProduct',
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: explainPick(context, event.value.replace(/^why:/, 'offer:')),
              })),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      routeWhy: {
        always: [{ guard: ({ context }) => !!context.suspended, target: 'offerReactivation' }, { target: 'whyMissing' }],
      },
      offerReactivation: {
        on: {
          ANSWER: [
            // With products already in the order, the reactivation happens here and the order goes on.
            { guard: ({ context, event }) => choiceIs(event.value, 'reactivate') && context.cart.length > 0, target: 'reactivating' },
            {
              guard: ({ event }) => choiceIs(event.value, 'reactivate'),
              target: 'handedOver',
              actions: assign({
                handover: ({ context }) => ({
                  procedure: 'manage-subscription',
                  prefill: { customer: context.customer!.tenantId, subscription: context.suspended!.subscriptionId, action: 'reactivate' },
                }),
              }),
            },
            { guard: ({ event }) => choiceIs(event.value, 'back'), target: 'chooseProduct', actions: assign({ suspended: undefined }) },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      reactivating: {
        tags: 'busy',
        invoke: {
          src: 'reactivate',
          input: ({ context }) => ({
            subscriptionId: context.suspended!.subscriptionId,
            userId: context.userId,
            key: `${context.runId}:reactivate:${context.suspended!.subscriptionId}`,
            // The subscription as the offer to reactivate showed it.
            ifMatch: versionOf(context.subs?.find((x) => x.id === context.suspended!.subscriptionId)),
          }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'done',
              // The catalog is read again: the product is now owned, and its add-ons may be back.
              target: 'loadingCatalog',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: msg('newsub.reactivated.orderKept', {
                    name: event.output.status === 'done' ? event.output.offerName : offerName(context, context.suspended!.offerId),
                    count: context.cart.length,
                  }),
                })),
                assign({ suspended: undefined }),
              ],
            },
            {
              // Changed by someone else meanwhile: the catalog is read again, so what is shown is what is.
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'changed',
              target: 'loadingCatalog',
              actions: [emit({ type: 'say', msg: msg('security.changed') }), assign({ suspended: undefined })],
            },
            {
              target: 'chooseProduct',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: reactivationRefusal(event.output, offerName(context, context.suspended!.offerId)),
                })),
                assign({ suspended: undefined }),
              ],
            },
          ],
          onError: { target: 'offerReactivation', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      askQuantity: {
        // The count the first sentence gave the product is read as if typed here, once: its bounds apply as to any answer.
        entry: enqueueActions(({ context, enqueue }) => {
          if (context.quantityHint?.offerId !== context.pendingOfferId) return;
          enqueue.assign({ quantityHint: undefined });
          enqueue.raise({ type: 'ANSWER', value: context.quantityHint!.count });
        }),
        on: {
          ANSWER: [
            {
              guard: ({ event }) => choiceIs(event.value, 'back'),
              target: 'chooseProduct',
              actions: assign({ pendingOfferId: undefined }),
            },
            {
              guard: ({ event }) => parseQuantity(event.value) === undefined,
              actions: emit(({ context }) => ({ type: 'say' as const, msg: boundsMsg('newsub.quantity.notANumber', context) })),
            },
            {
              guard: ({ context, event }) => !checkQuantity(pendingOffer(context)!, parseQuantity(event.value)!).ok,
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: boundsMsg('newsub.quantity.outOfBounds', context, parseQuantity(event.value)),
              })),
            },
            {
              target: 'chooseProduct',
              actions: [
                // A paid subscription replaces the trial of the same product in the order: said, not silent.
                emit(({ context }) => ({
                  type: 'say' as const,
                  msg: replacedTrial(context)
                    ? msg('newsub.cart.trialReplaced', { name: pendingOffer(context)!.name })
                    : msg('common.empty'),
                })),
                assign({
                  cart: ({ context, event }) =>
                    addLine(context.cart, { offerId: context.pendingOfferId!, quantity: parseQuantity(event.value)!, trial: false }),
                }),
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: msg('newsub.cart.added', { count: parseQuantity(event.value)!, name: pendingOffer(context)!.name }),
                })),
                assign({ pendingOfferId: undefined }),
              ],
            },
          ],
        },
      },
      summary: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'submit'), target: 'submitting' },
            { guard: ({ event }) => choiceIs(event.value, 'change'), target: 'chooseProduct' },
            { guard: ({ event }) => choiceIs(event.value, 'clear'), target: 'chooseProduct', actions: assign({ cart: [] }) },
            {
              guard: ({ context, event }) => !!lineToRemove(context, event.value),
              target: 'routeCart',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: msg('newsub.cart.removed', { name: offerName(context, lineToRemove(context, event.value)!) }),
                })),
                assign({ cart: ({ context, event }) => context.cart.filter((l) => l.offerId !== lineToRemove(context, event.value)) }),
              ],
            },
            { actions: emit({ type: 'say', msg: msg('newsub.summary.required') }) },
          ],
        },
      },
      routeCart: {
        always: [{ guard: ({ context }) => context.cart.length === 0, target: 'chooseProduct' }, { target: 'summary' }],
      },
      submitting: {
        tags: 'busy',
        invoke: {
          src: 'submit',
          input: ({ context }) => ({
            customerId: context.customer!.id,
            billing: context.billing!,
            lines: context.cart,
            userId: context.userId,
            key: `${context.runId}:submit:${context.cart.map((l) => `${l.offerId}x${l.quantity}${l.trial ? 't' : ''}`).join('+')}`,
          }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'submitted',
              target: 'done',
              actions: assign({ outcome: ({ event }) => event.output }),
            },
            {
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'forbidden',
              target: 'abandoned',
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('common.roleRemoved', {
                  roles: {
                    list: [
                      ...((event.output.status === 'refused' && event.output.reason.code === 'forbidden' && event.output.reason.needed) ||
                        []),
                    ],
                  },
                }),
              })),
            },
            {
              // Partner Center changed under us (someone else bought or suspended): drop the line it refused and look again.
              target: 'loadingCatalog',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: lineRefusalMsg(event.output, (id) => offerName(context, id), context.customer?.name ?? ''),
                })),
                assign({
                  cart: ({ context, event }) =>
                    event.output.status === 'refused' && event.output.reason.code === 'line'
                      ? context.cart.filter((l) => l.offerId !== (event.output as { reason: { offerId: string } }).reason.offerId)
                      : context.cart,
                }),
              ],
            },
          ],
          onError: { target: 'summary', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      handedOver: { type: 'final' },
      abandoned: { type: 'final' },
    },
    output: ({ context }) => ({
      outcome: context.outcome?.status === 'submitted' ? 'done' : 'abandoned',
      ...(context.handover ? { handover: context.handover } : {}),
    }),
  });
}

/** The product being added is in the order as a trial: the paid subscription takes its place. */
const replacedTrial = (ctx: NewSubContext): boolean => ctx.cart.some((l) => l.offerId === ctx.pendingOfferId && l.trial);

function reactivationRefusal(outcome: ManageOutcome, name: string): Msg {
  if (outcome.status !== 'refused') return msg('common.partnerCenterError');
  const r = outcome.reason;
  if (r.code === 'changed') return msg('security.changed');
  return r.code === 'forbidden'
    ? msg('common.roleRemoved', { roles: { list: [...r.needed], or: true } })
    : manageRefusalMsg({ ok: false, reason: r }, name);
}

const versionOf = (sub: CspSubscription | undefined) => (sub ? etagOf(sub) : undefined);

export const offerName = (ctx: NewSubContext, id: string) => ctx.offers?.find((o) => o.id === id)?.name ?? id;
const pendingOffer = (ctx: NewSubContext) => ctx.offers?.find((o) => o.id === ctx.pendingOfferId);

function boundsMsg(key: string, ctx: NewSubContext, given?: number) {
  const offer = pendingOffer(ctx);
  return msg(key, { min: offer?.minQuantity ?? 1, max: offer?.maxQuantity ?? 1, name: offer?.name ?? '', given: given ?? 0 });
}

/** The customer's suspended subscription that blocks the product named, if that is why it is not offered. */
function suspendedFor(ctx: NewSubContext, value: string): NewSubContext['suspended'] {
  const p = pickProduct(ctx, value);
  return p.kind === 'unavailable' && p.reason.code === 'suspended'
    ? { offerId: p.offer.id, subscriptionId: p.reason.subscriptionId }
    : undefined;
}

/** Why the product named is not (or is) offered. */
function explainPick(ctx: NewSubContext, value: string) {
  const p = pickProduct(ctx, value);
  const customer = ctx.customer?.name ?? '';
  switch (p.kind) {
    case 'unavailable':
      return unavailableMsg(p.offer.name, p.reason, customer, (id) => offerName(ctx, id));
    case 'trial-refused':
      return trialRefusalMsg(p.offer.name, p.reason, customer);
    case 'buy':
      return msg('newsub.why.offered', { name: p.offer.name });
    case 'trial':
      return msg('newsub.why.trialOffered', { name: p.offer.name });
    default:
      return choiceIs(value, 'review') ? msg('newsub.cart.empty') : msg('newsub.product.unknown', { text: value.trim().slice(0, 60) });
  }
}

export type NewSubscriptionMachine = ReturnType<typeof createNewSubscriptionMachine>;

/** The count the first sentence gave, for the product it named to buy ("offer:<id>"; a trial's count is fixed). */
function quantityHintOf(product: string | undefined, count: string | undefined): NewSubContext['quantityHint'] {
  return product?.startsWith('offer:') && count ? { offerId: product.slice('offer:'.length), count } : undefined;
}
