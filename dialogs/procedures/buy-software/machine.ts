import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { QuantitySchema, reservationEligibility, type CatalogItem, type ReservationEligibility } from '../../../domain/software/catalog';
import type { OrderOutcome } from '../../../domain/software/port';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { msg, type Msg } from '../../../cards/view';
import { answerIs, norm } from '../answer-words';
import { customerStep, searchCustomers } from '../../pick/customer-step';
import type { PickSlot } from '../../pick/find-and-pick';
import type { CustomerRef } from '../../pick/customer-ref';

export interface BuyContext {
  runId: string;
  userId: string;
  customerQuery?: string;
  pick?: PickSlot<CustomerRef>;
  customer?: CustomerRef;
  catalog?: CatalogItem[];
  /** The first sentence asked for an Azure reservation. */
  wantsReservation?: boolean;
  explainHybrid?: boolean;
  /** A catalog item named in the first sentence ("buy windows server for fabrikam"): read at the catalog as if typed there. */
  itemHint?: string;
  itemId?: string;
  quantity?: number;
  outcome?: OrderOutcome;
  attempts?: number;
}

const HYBRID = 'hybrid-benefit';

/** A reservation is offered only when the customer may have one. */
export const eligibilityOf = (ctx: BuyContext): ReservationEligibility =>
  ctx.customer ? reservationEligibility(ctx.customer) : { ok: true };
export const offeredItems = (ctx: BuyContext): CatalogItem[] =>
  (ctx.catalog ?? []).filter((i) => i.kind === 'software' || eligibilityOf(ctx).ok);
export const itemOf = (ctx: BuyContext): CatalogItem | undefined => ctx.catalog?.find((i) => i.id === ctx.itemId);

function findItem(items: CatalogItem[], value: string): CatalogItem | undefined {
  const v = norm(value);
  return (
    items.find((i) => norm(i.id) === v || norm(i.name) === v) ??
    (v.length >= 4 ? onlyOne(items.filter((i) => norm(i.name).includes(v))) : undefined)
  );
}
const onlyOne = <T>(xs: T[]): T | undefined => (xs.length === 1 ? xs[0] : undefined);
const asksReservation = (value: string) => /reserv|réserv|reservering|reservation/i.test(value);

/** Why a reservation can't be sold to this customer, naming the market. */
export function reservationRefusal(customer: CustomerRef, e: ReservationEligibility): Msg {
  if (e.ok) return msg('common.empty');
  return e.reason === 'market'
    ? msg('buy.reservation.market', { customer: customer.name, market: { list: e.names }, code: e.market })
    : msg('buy.reservation.customerType', { customer: customer.name, type: msg(`buy.customerType.${e.type}`) });
}

const isNotCommercial = (c: CustomerRef | undefined): boolean => !!c && c.type !== 'commercial';

/** Software and Azure reservations are sold on behalf of commercial customers only. */
export const customerTypeRefusal = (customer: CustomerRef): Msg =>
  msg('buy.software.customerType', { customer: customer.name, type: msg(`buy.customerType.${customer.type}`) });

function orderRefusal(outcome: OrderOutcome, customer: CustomerRef): Msg {
  if (outcome.status !== 'refused') return msg('common.partnerCenterError');
  const r = outcome.reason;
  switch (r.code) {
    case 'forbidden':
      return msg('common.roleRemoved', { roles: { list: [...r.needed] } });
    case 'reservation-market':
      return reservationRefusal(customer, { ok: false, reason: 'market', market: r.market, names: r.names });
    case 'customer-type':
      return customerTypeRefusal(customer);
    case 'reservation-customer-type':
      return msg('buy.reservation.customerType', { customer: customer.name, type: msg(`buy.customerType.${r.type}`) });
    default:
      return msg('buy.order.refused', { code: r.code });
  }
}

/** What a typed answer may say for each choice: its value and its labels. */
const SAY: Record<string, string[]> = {
  'other-product': ['other-product', 'another product', 'other product', 'un autre produit', 'en annan produkt', 'een ander product'],
  'place-order': [
    'place-order',
    'place the order',
    'place order',
    'order',
    'confirm',
    'passer la commande',
    'lägg ordern',
    'bestelling plaatsen',
  ],
  'change-quantity': [
    'change-quantity',
    'change the quantity',
    'change quantity',
    'quantity',
    'modifier la quantité',
    'ändra antalet',
    'aantal wijzigen',
  ],
};

export function createBuySoftwareMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as BuyContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      searchCustomers: searchCustomers(pc),
      loadCatalog: fromPromise(({ input }: { input: { customerId: string } }) => pc.softwareSales.catalog(input.customerId)),
      placeOrder: fromPromise(
        ({ input }: { input: { customerId: string; itemId: string; quantity: number; userId: string; key: string } }) =>
          pc.softwareSales.placeOrder(
            { customerId: input.customerId, itemId: input.itemId, quantity: input.quantity },
            { userId: input.userId, idempotencyKey: input.key },
          ),
      ),
    },
  }).createMachine({
    id: 'buy-software',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      customerQuery: input.prefill?.customer,
      wantsReservation: input.prefill?.reservation === 'yes',
      explainHybrid: input.prefill?.explain === 'hybrid-benefit',
      itemHint: input.prefill?.item,
    }),
    initial: 'start',
    states: {
      start: {
        // Asked about Azure Hybrid Benefit in the first sentence: answer first, then go on.
        entry: emit(({ context }) => ({
          type: 'say' as const,
          msg: context.explainHybrid ? msg('buy.hybridBenefit.explain') : msg('common.empty'),
        })),
        always: [{ guard: ({ context }) => !!context.customerQuery, target: 'findingCustomer' }, { target: 'askCustomer' }],
      },
      ...customerStep<BuyContext>({ next: 'checkingCustomerType' }),
      checkingCustomerType: {
        // Software and reservations are sold on behalf of commercial customers only (seed 004):
        // a customer of another type, found or picked, is refused here and another is asked for.
        always: [
          {
            guard: ({ context }) => isNotCommercial(context.customer),
            target: 'askCustomer',
            actions: [
              emit(({ context }) => ({ type: 'say' as const, msg: customerTypeRefusal(context.customer!) })),
              assign({ customer: undefined, customerQuery: undefined, pick: undefined }),
            ],
          },
          { target: 'loadingCatalog' },
        ],
      },
      loadingCatalog: {
        tags: 'busy',
        invoke: {
          src: 'loadCatalog',
          input: ({ context }) => ({ customerId: context.customer!.id }),
          onDone: [
            {
              guard: ({ event }) => event.output.length === 0,
              target: 'askCustomer',
              actions: [
                emit(({ context }) => ({ type: 'say' as const, msg: msg('buy.catalog.empty', { customer: context.customer!.name }) })),
                assign({ customer: undefined }),
              ],
            },
            {
              // Asked for a reservation in the first sentence: the catalog that follows says why it can't be sold (once).
              guard: ({ context }) => !!context.wantsReservation && !eligibilityOf(context).ok,
              target: 'chooseItem',
              actions: assign({ catalog: ({ event }) => event.output, wantsReservation: false }),
            },
            { target: 'chooseItem', actions: assign({ catalog: ({ event }) => event.output }) },
          ],
          onError: { target: 'askCustomer', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      chooseItem: {
        // The item named in the first sentence is read as if typed here, once: its rules apply as to any answer.
        entry: enqueueActions(({ context, enqueue }) => {
          if (!context.itemHint) return;
          enqueue.assign({ itemHint: undefined });
          enqueue.raise({ type: 'ANSWER', value: context.itemHint });
        }),
        on: {
          ANSWER: [
            {
              guard: ({ event }) => norm(event.value) === HYBRID || /hybrid/i.test(event.value),
              actions: emit({ type: 'say', msg: msg('buy.hybridBenefit.explain') }),
            },
            {
              guard: ({ context, event }) => !!findItem(offeredItems(context), event.value),
              target: 'askQuantity',
              actions: assign({
                itemId: ({ context, event }) => findItem(offeredItems(context), event.value)!.id,
                wantsReservation: false,
              }),
            },
            {
              // A reservation named or asked for while the customer can't have one: the refusal names the market.
              guard: ({ context, event }) =>
                !eligibilityOf(context).ok && (asksReservation(event.value) || !!findItem(context.catalog ?? [], event.value)),
              actions: emit(({ context }) => ({
                type: 'say' as const,
                msg: reservationRefusal(context.customer!, eligibilityOf(context)),
              })),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      askQuantity: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['other-product']),
              target: 'chooseItem',
              actions: assign({ itemId: undefined, quantity: undefined }),
            },
            {
              guard: ({ event }) => QuantitySchema.safeParse((event.fields?.quantity ?? event.value).trim()).success,
              target: 'confirm',
              actions: assign({ quantity: ({ event }) => QuantitySchema.parse((event.fields?.quantity ?? event.value).trim()) }),
            },
            {
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('buy.quantity.invalid', { value: (event.fields?.quantity ?? event.value).trim().slice(0, 20) }),
              })),
            },
          ],
        },
      },
      confirm: {
        on: {
          ANSWER: [
            { guard: ({ event }) => answerIs(event.value, ...SAY['place-order']), target: 'ordering' },
            { guard: ({ event }) => answerIs(event.value, ...SAY['change-quantity']), target: 'askQuantity' },
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['other-product']),
              target: 'chooseItem',
              actions: assign({ itemId: undefined, quantity: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('buy.confirm.required') }) },
          ],
        },
      },
      ordering: {
        tags: 'busy',
        // Each submission is its own side effect: a retry after a refusal is asked again, not replayed.
        entry: assign({ attempts: ({ context }) => (context.attempts ?? 0) + 1 }),
        invoke: {
          src: 'placeOrder',
          input: ({ context }) => ({
            customerId: context.customer!.id,
            itemId: context.itemId!,
            quantity: context.quantity!,
            userId: context.userId,
            key: `${context.runId}:order:${context.attempts}:${context.itemId}:${context.quantity}`,
          }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'placed',
              target: 'done',
              actions: assign({ outcome: ({ event }) => event.output }),
            },
            {
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'forbidden',
              target: 'stopped',
              actions: emit(({ context, event }) => ({ type: 'say' as const, msg: orderRefusal(event.output, context.customer!) })),
            },
            {
              target: 'chooseItem',
              actions: [
                emit(({ context, event }) => ({ type: 'say' as const, msg: orderRefusal(event.output, context.customer!) })),
                assign({ itemId: undefined, quantity: undefined }),
              ],
            },
          ],
          onError: { target: 'confirm', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      stopped: { type: 'final' },
    },
    output: ({ context }): RunOutput =>
      context.outcome?.status === 'placed'
        ? { outcome: 'done', about: { customer: context.customer!.domain, orderId: context.outcome.orderId } }
        : { outcome: 'abandoned' },
  });
}

export type BuySoftwareMachine = ReturnType<typeof createBuySoftwareMachine>;
