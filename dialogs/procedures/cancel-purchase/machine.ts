import { assign, emit, fromPromise, setup } from 'xstate';
import type { CancelOutcome } from '../../../domain/partner-center';
import type { SoftwarePurchase } from '../../../domain/model';
import {
  cancellationCredit,
  checkCancellation,
  DASHBOARD_DELAY_MINUTES,
  type CancellationCheck,
  type Credit,
} from '../../../domain/rules/cancellation';
import type { FollowUpEvent, ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { msg } from '../../../cards/view';
import { norm } from '../answer-words';
import { customerStep, searchCustomers } from '../../pick/customer-step';
import type { PickSlot } from '../../pick/find-and-pick';
import type { CustomerRef } from '../../pick/customer-ref';
import { amongMsg, amongRefusals, findAmong, foundAmong } from '../../pick/among';
import type { Findable } from '../../../domain/find/match';
import { refusalMsg } from './messages';
import { SUPPORT_REQUEST_ID } from '../support-request/id';

export interface OrderRef {
  orderId: string;
  productId: string;
  productName: string;
  purchasedAt: string;
  amount: number;
  status: 'active' | 'cancelled';
}

/** A product the customer bought, with how many orders of it there are. */
export interface ProductRef {
  id: string;
  name: string;
  count: number;
}

export interface CancelContext {
  runId: string;
  userId: string;
  orderHint?: string;
  /** A product named before the orders were loaded ("contoso's Office LTSC order"): its orders are offered. */
  productHint?: string;
  customerQuery?: string;
  pick?: PickSlot<CustomerRef>;
  customer?: CustomerRef;
  /** Every product the customer bought (one line each, however many orders). */
  products?: ProductRef[];
  /**
   * The orders kept in the run: per product the most recent few (shown to choose from), the
   * order named in the first message, and any order looked up by its typed ID. Never all of a
   * customer's orders: the run's record stays small however long the order history grows.
   */
  orders?: OrderRef[];
  productId?: string;
  orderId?: string;
  check?: CancellationCheck;
  credit?: Credit;
  outcome?: CancelOutcome;
  /** The user chose to continue with a support request. */
  handover?: boolean;
  /** An order ID typed at a choice, being looked up. */
  typedOrder?: string;
}

function orderRef(p: SoftwarePurchase, productName: string): OrderRef {
  return {
    orderId: p.orderId,
    productId: p.productId,
    productName,
    purchasedAt: p.purchasedAt,
    amount: p.amount,
    status: p.status,
  };
}

/** Orders shown per product to choose from, the most recent first; an older one is typed by its ID. */
export const ORDERS_SHOWN = 10;

const ordersOf = (ctx: CancelContext) => (ctx.orders ?? []).filter((o) => o.productId === ctx.productId);
/** A product of the customer's orders: its ID and its name. */
type Product = [id: string, name: string];
const productsOf = (ctx: CancelContext): Product[] => productsIn(ctx).map((p) => [p.id, p.name]);

/** The customer's products; a run saved before they were kept derives them from its orders (then all of them). */
export function productsIn(ctx: CancelContext): ProductRef[] {
  if (ctx.products) return ctx.products;
  const products = new Map<string, ProductRef>();
  for (const o of ctx.orders ?? []) {
    const p = products.get(o.productId) ?? { id: o.productId, name: o.productName, count: 0 };
    products.set(o.productId, { ...p, count: p.count + 1 });
  }
  return [...products.values()];
}
/** A typed text that may be an order ID not among those kept: looked up in Partner Center. */
const mayBeOrderId = (text: string) => /^[A-Za-z0-9][A-Za-z0-9-]{1,63}$/.test(text.trim()) && /\d/.test(text);
const keptOrder = (ctx: CancelContext, id: string) => (ctx.orders ?? []).find((o) => o.orderId === id.trim());
/** A product is found by its ID (whole) or its name (in part, misspelt). */
const productFindable = ([id, name]: Product): Findable => ({ keys: [id], names: [name] });
/**
 * An order is found by its ID, whole only: a mistyped order number is never taken for another
 * order (the choices on screen are matched by the engine).
 */
const orderFindable = (o: OrderRef): Findable => ({ keys: [o.orderId], names: [] });

export function createCancelPurchaseMachine({ pc, clock }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as CancelContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent | FollowUpEvent,
    },
    actors: {
      searchCustomers: searchCustomers(pc),
      loadOrders: fromPromise(
        async ({
          input,
        }: {
          input: { customerId: string; orderHint?: string };
        }): Promise<{ products: ProductRef[]; orders: OrderRef[] }> => {
          // Only the most recent orders per product when Partner Center can give them so; else all, kept in part.
          const recent = await pc.software.recentPurchases?.(input.customerId, ORDERS_SHOWN);
          const purchases = recent ? [...recent.purchases] : await pc.software.purchases(input.customerId);
          if (recent && input.orderHint && !purchases.some((p) => p.orderId === input.orderHint)) {
            const hinted = await pc.software.purchase(input.orderHint);
            if (hinted?.customerId === input.customerId) purchases.push(hinted);
          }
          const names = new Map<string, string>();
          for (const id of new Set(purchases.map((p) => p.productId))) names.set(id, (await pc.software.product(id))?.name ?? id);
          const all = purchases
            .map((p) => orderRef(p, names.get(p.productId) ?? p.productId))
            .sort((a, b) => b.purchasedAt.localeCompare(a.purchasedAt));
          const products = new Map<string, ProductRef>();
          const orders: OrderRef[] = [];
          for (const o of all) {
            const product = products.get(o.productId) ?? { id: o.productId, name: o.productName, count: 0 };
            products.set(o.productId, { ...product, count: product.count + 1 });
            if (product.count < ORDERS_SHOWN || o.orderId === input.orderHint) orders.push(o);
          }
          const counted = [...products.values()].map((p) => (recent ? { ...p, count: recent.counts[p.id] ?? p.count } : p));
          return { products: counted, orders };
        },
      ),
      /** An order typed by its ID that is not among those kept: one of this customer's, or nothing. */
      findOrder: fromPromise(async ({ input }: { input: { customerId: string; orderId: string } }): Promise<OrderRef | undefined> => {
        const purchase = await pc.software.purchase(input.orderId);
        if (!purchase || purchase.customerId !== input.customerId) return undefined;
        return orderRef(purchase, (await pc.software.product(purchase.productId))?.name ?? purchase.productId);
      }),
      checkOrder: fromPromise(async ({ input }: { input: { orderId: string; currency: string } }) => {
        const purchase = await pc.software.purchase(input.orderId);
        const product = purchase && (await pc.software.product(purchase.productId));
        if (!purchase || !product) throw new Error('order vanished');
        const now = clock.now();
        return { check: checkCancellation(purchase, product, now), credit: cancellationCredit(purchase, product, input.currency, now) };
      }),
      cancel: fromPromise(({ input }: { input: { orderId: string; userId: string; key: string } }) =>
        pc.software.cancel(input.orderId, { userId: input.userId, idempotencyKey: input.key }),
      ),
    },
    guards: {
      hasQuery: ({ context }) => !!context.customerQuery,
      oneProduct: ({ context }) => productsOf(context).length === 1,
      oneOrder: ({ context }) => ordersOf(context).length === 1,
      hintedOrderFound: ({ context }) => !!context.orderHint && (context.orders ?? []).some((o) => o.orderId === context.orderHint),
    },
  }).createMachine({
    id: 'cancel-software-purchase',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      customerQuery: input.prefill?.customer,
      orderHint: input.prefill?.orderId,
      productHint: input.prefill?.product,
    }),
    initial: 'start',
    states: {
      start: { always: [{ guard: 'hasQuery', target: 'findingCustomer' }, { target: 'askCustomer' }] },
      ...customerStep<CancelContext>({ next: 'loadingOrders' }),
      loadingOrders: {
        tags: 'busy',
        invoke: {
          src: 'loadOrders',
          input: ({ context }) => ({ customerId: context.customer!.id, orderHint: context.orderHint }),
          onDone: [
            {
              guard: ({ event }) => event.output.orders.length === 0,
              target: 'askCustomer',
              actions: [
                emit(({ context }) => ({ type: 'say' as const, msg: msg('cancel.orders.none', { customer: context.customer!.name }) })),
                assign({ customer: undefined }),
              ],
            },
            {
              actions: assign({ products: ({ event }) => event.output.products, orders: ({ event }) => event.output.orders }),
              target: 'routeOrders',
            },
          ],
          onError: { target: 'askCustomer', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      routeOrders: {
        always: [
          {
            guard: 'hintedOrderFound',
            target: 'checkingOrder',
            actions: assign({
              orderId: ({ context }) => context.orderHint,
              productId: ({ context }) => context.orders!.find((o) => o.orderId === context.orderHint)!.productId,
              orderHint: undefined,
            }),
          },
          {
            guard: ({ context }) => !!context.orderHint,
            target: 'chooseProduct',
            actions: [
              emit(({ context }) => ({
                type: 'say' as const,
                msg: msg('cancel.order.notForCustomer', { order: context.orderHint!, customer: context.customer!.name }),
              })),
              assign({ orderHint: undefined }),
            ],
          },
          {
            guard: ({ context }) => !!foundAmong(productsOf(context), context.productHint, productFindable),
            target: 'routeProduct',
            actions: assign({
              productId: ({ context }) => foundAmong(productsOf(context), context.productHint, productFindable)![0],
              productHint: undefined,
            }),
          },
          { guard: 'oneProduct', target: 'routeProduct', actions: assign({ productId: ({ context }) => productsOf(context)[0][0] }) },
          { target: 'chooseProduct' },
        ],
      },
      chooseProduct: {
        on: {
          ANSWER: [
            // An order ID typed here is fine too: it names its product.
            {
              guard: ({ context, event }) => !!keptOrder(context, event.value),
              target: 'checkingOrder',
              actions: assign({
                orderId: ({ event }) => event.value.trim(),
                productId: ({ context, event }) => keptOrder(context, event.value)!.productId,
              }),
            },
            {
              guard: ({ context, event }) => !!foundAmong(productsOf(context), event.value, productFindable),
              target: 'routeProduct',
              actions: assign({ productId: ({ context, event }) => foundAmong(productsOf(context), event.value, productFindable)![0] }),
            },
            {
              guard: ({ event }) => mayBeOrderId(event.value),
              target: 'findingOrder',
              actions: assign({ typedOrder: ({ event }) => event.value.trim() }),
            },
            ...amongRefusals<Product, CancelContext>({
              kind: 'product',
              items: productsOf,
              findable: productFindable,
              nameOf: ([, name]) => name,
            }),
          ],
        },
      },
      routeProduct: {
        always: [
          { guard: 'oneOrder', target: 'checkingOrder', actions: assign({ orderId: ({ context }) => ordersOf(context)[0].orderId }) },
          { target: 'chooseOrder' },
        ],
      },
      chooseOrder: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => norm(event.value) === 'other-product',
              target: 'chooseProduct',
              actions: assign({ productId: undefined, orderId: undefined }),
            },
            {
              guard: ({ context, event }) => !!foundAmong(context.orders ?? [], event.value, orderFindable),
              target: 'checkingOrder',
              actions: assign(({ context, event }) => {
                const order = foundAmong(context.orders ?? [], event.value, orderFindable)!;
                return { orderId: order.orderId, productId: order.productId };
              }),
            },
            // An older order than those shown, typed by its ID.
            {
              guard: ({ event }) => mayBeOrderId(event.value),
              target: 'findingOrder',
              actions: assign({ typedOrder: ({ event }) => event.value.trim() }),
            },
            ...amongRefusals<OrderRef, CancelContext>({
              kind: 'order',
              items: ordersOf,
              findable: orderFindable,
              nameOf: (o) => o.orderId,
            }),
          ],
        },
      },
      findingOrder: {
        tags: 'busy',
        invoke: {
          src: 'findOrder',
          input: ({ context }) => ({ customerId: context.customer!.id, orderId: context.typedOrder! }),
          onDone: [
            {
              guard: ({ event }) => !!event.output,
              target: 'checkingOrder',
              actions: assign(({ context, event }) => ({
                orders: [...(context.orders ?? []), event.output!],
                orderId: event.output!.orderId,
                productId: event.output!.productId,
                typedOrder: undefined,
              })),
            },
            // Not one of this customer's: said as a miss of the step it was typed at.
            {
              guard: ({ context }) => !!context.productId,
              target: 'chooseOrder',
              actions: [
                emit(({ context }) => ({
                  type: 'say' as const,
                  msg: amongMsg(
                    'order',
                    findAmong(ordersOf(context), context.typedOrder!, orderFindable),
                    context.typedOrder!,
                    (o) => o.orderId,
                  ),
                })),
                assign({ typedOrder: undefined }),
              ],
            },
            {
              target: 'chooseProduct',
              actions: [
                emit(({ context }) => ({
                  type: 'say' as const,
                  msg: amongMsg(
                    'product',
                    findAmong(productsOf(context), context.typedOrder!, productFindable),
                    context.typedOrder!,
                    ([, name]) => name,
                  ),
                })),
                assign({ typedOrder: undefined }),
              ],
            },
          ],
          onError: { target: 'chooseProduct', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      checkingOrder: {
        tags: 'busy',
        invoke: {
          src: 'checkOrder',
          input: ({ context }) => ({ orderId: context.orderId!, currency: context.customer!.currency }),
          onDone: [
            {
              guard: ({ event }) => !event.output.check.ok,
              target: 'refused',
              actions: [
                assign({ check: ({ event }) => event.output.check }),
                emit(({ context, event }) => ({ type: 'say' as const, msg: refusalMsg(context.orderId!, event.output.check) })),
              ],
            },
            {
              guard: ({ event }) => event.output.check.ok && event.output.check.needsSupportRequest,
              target: 'supportRequest',
              actions: assign({ check: ({ event }) => event.output.check, credit: ({ event }) => event.output.credit }),
            },
            {
              target: 'acknowledge',
              actions: assign({ check: ({ event }) => event.output.check, credit: ({ event }) => event.output.credit }),
            },
          ],
          onError: { target: 'chooseProduct', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      refused: {
        on: {
          ANSWER: [
            {
              // Another order of the same product, when it has one: that is what "another order" means here.
              guard: ({ context, event }) =>
                norm(event.value) === 'other-order' && (productsIn(context).find((p) => p.id === context.productId)?.count ?? 0) > 1,
              target: 'chooseOrder',
              actions: assign({ orderId: undefined, check: undefined }),
            },
            {
              guard: ({ event }) => norm(event.value) === 'other-order',
              target: 'chooseProduct',
              actions: assign({ productId: undefined, orderId: undefined, check: undefined }),
            },
            { guard: ({ event }) => norm(event.value) === 'stop', target: 'abandoned' },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      supportRequest: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => ['open-support-request', 'open a support request', 'support request'].includes(norm(event.value)),
              target: 'handover',
              actions: assign({ handover: true }),
            },
            {
              guard: ({ event }) => norm(event.value) === 'other-order',
              target: 'chooseProduct',
              actions: assign({ productId: undefined, orderId: undefined, check: undefined }),
            },
            { guard: ({ event }) => norm(event.value) === 'stop', target: 'abandoned' },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      acknowledge: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'acknowledge', target: 'confirm' },
            {
              guard: ({ event }) => norm(event.value) === 'other-order',
              target: 'chooseProduct',
              actions: assign({ productId: undefined, orderId: undefined, check: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('cancel.acknowledge.required') }) },
          ],
        },
      },
      confirm: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'confirm', target: 'cancelling' },
            {
              guard: ({ event }) => norm(event.value) === 'other-order',
              target: 'chooseProduct',
              actions: assign({ productId: undefined, orderId: undefined, check: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('cancel.confirm.required') }) },
          ],
        },
      },
      cancelling: {
        tags: 'busy',
        invoke: {
          src: 'cancel',
          input: ({ context }) => ({
            orderId: context.orderId!,
            userId: context.userId,
            key: `${context.runId}:cancel:${context.orderId}`,
          }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'cancelled',
              target: 'done',
              actions: [
                assign({ outcome: ({ event }) => event.output }),
                // Partner Center takes up to 15 minutes to show it: say so when it is time.
                emit(({ context }) => ({
                  type: 'followUp' as const,
                  afterMs: DASHBOARD_DELAY_MINUTES * 60_000,
                  msg: msg('cancel.followUp.visible', { order: context.orderId ?? '', customer: context.customer?.name ?? '' }),
                })),
              ],
            },
            { guard: ({ event }) => event.output.status === 'support-request-needed', target: 'supportRequest' },
            {
              target: 'refused',
              actions: [
                assign({ outcome: ({ event }) => event.output }),
                emit(({ context, event }) => ({ type: 'say' as const, msg: outcomeRefusalMsg(context.orderId!, event.output) })),
              ],
            },
          ],
          onError: { target: 'confirm', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      abandoned: { type: 'final' },
      handover: { type: 'final' },
    },
    output: ({ context }): RunOutput =>
      context.handover
        ? { outcome: 'done', handover: { procedure: SUPPORT_REQUEST_ID, prefill: supportPrefill(context) } }
        : context.outcome?.status === 'cancelled'
          ? { outcome: 'done', about: { customer: context.customer!.domain, orderId: context.orderId! } }
          : { outcome: 'abandoned' },
  });
}

/** Everything the support request needs that the cancellation already knows. */
function supportPrefill(ctx: CancelContext): Record<string, string> {
  const order = ctx.orders?.find((o) => o.orderId === ctx.orderId);
  const amount = ctx.credit?.amount ?? order?.amount;
  const out: Record<string, string> = {};
  if (ctx.customer) {
    out.customerId = ctx.customer.id;
    out.customer = ctx.customer.name;
    out.tenantId = ctx.customer.tenantId;
    out.domain = ctx.customer.domain;
    out.currency = ctx.credit?.currency ?? ctx.customer.currency;
  }
  if (ctx.orderId) out.orderId = ctx.orderId;
  if (amount !== undefined) out.amount = String(amount);
  if (order) out.productName = order.productName;
  return out;
}

function outcomeRefusalMsg(orderId: string, outcome: CancelOutcome) {
  if (outcome.status !== 'refused') return msg('common.partnerCenterError');
  const reason = outcome.reason;
  if (reason.code === 'forbidden') return msg('common.roleRemoved', { roles: { list: [...reason.needed] } });
  if (reason.code === 'unknown-order') return msg('cancel.order.unknown', { order: orderId });
  return refusalMsg(orderId, { ok: false, refusal: reason });
}

export type CancelPurchaseMachine = ReturnType<typeof createCancelPurchaseMachine>;
