import { assign, emit, fromPromise, setup } from 'xstate';
import type { AzureSubscription, CspSubscription, Offer } from '../../../domain/csp/model';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { msg } from '../../../cards/view';
import { matchesCustomer, norm, toCustomerRef, type CustomerRef } from '../new-subscription/shared';

export interface ListContext {
  runId: string;
  userId: string;
  customerQuery?: string;
  candidates?: CustomerRef[];
  customer?: CustomerRef;
  offers?: Offer[];
  subs?: CspSubscription[];
  /** The customer's Azure subscriptions (Azure plan), listed with the others. */
  azure?: AzureSubscription[];
}

/** A customer's subscriptions and their state: read only. */
export function createCustomerSubscriptionsMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as ListContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      findCustomers: fromPromise(async ({ input }: { input: { query: string } }) => (await pc.customers.find(input.query)).map(toCustomerRef)),
      load: fromPromise(async ({ input }: { input: { customerId: string } }) => ({
        offers: await pc.csp.offers(),
        subs: await pc.csp.subscriptions(input.customerId),
        azure: await pc.csp.azureSubscriptions(input.customerId),
      })),
    },
  }).createMachine({
    id: 'customer-subscriptions',
    context: ({ input }) => ({ runId: input.runId, userId: input.userId, customerQuery: input.prefill?.customer }),
    initial: 'start',
    states: {
      start: { always: [{ guard: ({ context }) => !!context.customerQuery, target: 'findingCustomer' }, { target: 'askCustomer' }] },
      askCustomer: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value).length < 2, actions: emit({ type: 'say', msg: msg('custsubs.customer.tooShort') }) },
            { target: 'findingCustomer', actions: assign({ customerQuery: ({ event }) => event.value.trim() }) },
          ],
        },
      },
      findingCustomer: {
        tags: 'busy',
        invoke: {
          src: 'findCustomers',
          input: ({ context }) => ({ query: context.customerQuery ?? '' }),
          onDone: [
            {
              guard: ({ event }) => event.output.length === 0,
              target: 'askCustomer',
              actions: emit(({ context }) => ({ type: 'say' as const, msg: msg('custsubs.customer.none', { query: context.customerQuery ?? '' }) })),
            },
            { guard: ({ event }) => event.output.length === 1, target: 'loading', actions: assign({ customer: ({ event }) => event.output[0], candidates: undefined }) },
            { target: 'chooseCustomer', actions: assign({ candidates: ({ event }) => event.output.slice(0, 10) }) },
          ],
          onError: { target: 'askCustomer', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      chooseCustomer: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => (context.candidates ?? []).some((c) => matchesCustomer(c, event.value)),
              target: 'loading',
              actions: assign({ customer: ({ context, event }) => context.candidates!.find((c) => matchesCustomer(c, event.value)), candidates: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          input: ({ context }) => ({ customerId: context.customer!.id }),
          onDone: { target: 'shown', actions: assign(({ event }) => event.output) },
          onError: { target: 'askCustomer', actions: [assign({ customer: undefined }), emit({ type: 'say', msg: msg('common.partnerCenterError') })] },
        },
      },
      shown: { type: 'final' },
    },
    output: () => ({ outcome: 'done' as const }),
  });
}

export type CustomerSubscriptionsMachine = ReturnType<typeof createCustomerSubscriptionsMachine>;
