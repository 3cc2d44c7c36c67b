import { assign, emit, fromPromise, setup } from 'xstate';
import type { AzureSubscription, CspSubscription, Offer } from '../../../domain/csp/model';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { msg } from '../../../cards/view';
import { customerStep, searchCustomers } from '../../pick/customer-step';
import type { PickSlot } from '../../pick/find-and-pick';
import type { CustomerRef } from '../../pick/customer-ref';

export interface ListContext {
  runId: string;
  userId: string;
  customerQuery?: string;
  pick?: PickSlot<CustomerRef>;
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
      searchCustomers: searchCustomers(pc),
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
      ...customerStep<ListContext>({ next: 'loading' }),
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          input: ({ context }) => ({ customerId: context.customer!.id }),
          onDone: { target: 'shown', actions: assign(({ event }) => event.output) },
          onError: {
            target: 'askCustomer',
            actions: [assign({ customer: undefined }), emit({ type: 'say', msg: msg('common.partnerCenterError') })],
          },
        },
      },
      shown: { type: 'final' },
    },
    output: () => ({ outcome: 'done' as const }),
  });
}

export type CustomerSubscriptionsMachine = ReturnType<typeof createCustomerSubscriptionsMachine>;
