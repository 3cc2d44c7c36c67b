import { assign, emit, fromPromise, setup } from 'xstate';
import type { AzureRole, AzureSubscription, CustomerUser, Relationship } from '../../../domain/csp/model';
import type { AssignmentOutcome, RelationshipOutcome } from '../../../domain/csp/port';
import { parseAzureRole } from '../../../domain/csp/rules';
import { partnerEvents } from '../../../domain/partner-events';
import type {
  CommittedEvent,
  ExternalEvent,
  FollowUpEvent,
  ProcedureDeps,
  ProcedureEvent,
  RunInput,
  RunOutput,
  SayEvent,
} from '../../procedure';
import { msg } from '../../../cards/view';
import { choiceIs } from '../answer-words';
import { pick } from '../new-subscription/shared';
import { customerStep, searchCustomers } from '../../pick/customer-step';
import type { PickSlot } from '../../pick/find-and-pick';
import type { CustomerRef } from '../../pick/customer-ref';
import { amongRefusals, foundAmong } from '../../pick/among';
import type { Findable } from '../../../domain/find/match';

export interface AzureContext {
  runId: string;
  userId: string;
  customerQuery?: string;
  pick?: PickSlot<CustomerRef>;
  customer?: CustomerRef;
  relationship?: Relationship;
  azureSubs?: AzureSubscription[];
  users?: CustomerUser[];
  /** Set when the user asked to look again whether the customer accepted. */
  checking?: boolean;
  request?: { link: string; token: string };
  azureSubId?: string;
  customerUserId?: string;
  role?: AzureRole;
  outcome?: AssignmentOutcome;
}

/** An Azure subscription is found by its ID (whole) or its name (in part, misspelt). */
const azureFindable = (a: AzureSubscription): Findable => ({ keys: [a.id], names: [a.name] });
const pickAzure = (ctx: AzureContext, v: string) => foundAmong(ctx.azureSubs ?? [], v, azureFindable);
const pickUser = (ctx: AzureContext, v: string) => pick(ctx.users ?? [], v, (u) => [u.id, u.name, u.email]);
const refusalCode = (o: AssignmentOutcome | RelationshipOutcome) => (o.status === 'refused' ? o.reason.code : undefined);
const neededRoles = (o: AssignmentOutcome | RelationshipOutcome) =>
  o.status === 'refused' && o.reason.code === 'forbidden' ? [...o.reason.needed] : [];

export function createAzureManagementMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as AzureContext,
      events: {} as ProcedureEvent | ExternalEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent | CommittedEvent | FollowUpEvent,
    },
    actors: {
      searchCustomers: searchCustomers(pc),
      load: fromPromise(async ({ input }: { input: { customerId: string } }) => ({
        relationship: await pc.csp.relationship(input.customerId),
        azureSubs: await pc.csp.azureSubscriptions(input.customerId),
        users: await pc.csp.customerUsers(input.customerId),
      })),
      requestRelationship: fromPromise(({ input }: { input: { customerId: string; userId: string; key: string } }) =>
        pc.csp.requestRelationship(input.customerId, { userId: input.userId, idempotencyKey: input.key }),
      ),
      assign: fromPromise(
        ({
          input,
        }: {
          input: { customerId: string; azureSubId: string; customerUserId: string; role: AzureRole; userId: string; key: string };
        }) =>
          pc.csp.assignRole(input.customerId, input.azureSubId, input.customerUserId, input.role, {
            userId: input.userId,
            idempotencyKey: input.key,
          }),
      ),
    },
    actions: {
      // The run waits for the customer: it continues by itself when they accept ("Check again" still works).
      followAcceptance: emit(({ context }) => ({
        type: 'followUp' as const,
        on: partnerEvents.relationshipAccepted(context.customer!.id),
        msg: msg('azure.followUp.accepted', { customer: context.customer!.name }),
        next: { label: msg('azure.followUp.next'), text: `manage azure for ${context.customer!.name}` },
        resumesRun: true,
      })),
    },
  }).createMachine({
    id: 'azure-management',
    context: ({ input }) => ({ runId: input.runId, userId: input.userId, customerQuery: input.prefill?.customer }),
    initial: 'start',
    states: {
      start: { always: [{ guard: ({ context }) => !!context.customerQuery, target: 'findingCustomer' }, { target: 'askCustomer' }] },
      ...customerStep<AzureContext>({ next: 'loading' }),
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          input: ({ context }) => ({ customerId: context.customer!.id }),
          onDone: { target: 'route', actions: assign(({ event }) => event.output) },
          onError: {
            target: 'askCustomer',
            actions: [assign({ customer: undefined }), emit({ type: 'say', msg: msg('common.partnerCenterError') })],
          },
        },
      },
      route: {
        always: [
          {
            guard: ({ context }) => !context.relationship?.dap && !!context.relationship?.pending,
            target: 'requested',
            actions: [
              emit(({ context }) => ({
                type: 'say' as const,
                msg: context.checking
                  ? msg('azure.requested.notYet', { customer: context.customer!.name })
                  : msg('azure.requested.alreadyOpen'),
              })),
              assign({ request: ({ context }) => context.relationship!.pending, checking: false }),
              'followAcceptance',
            ],
          },
          { guard: ({ context }) => !context.relationship?.dap, target: 'noDap' },
          {
            guard: ({ context }) => !!context.checking,
            target: 'routeAzure',
            actions: [
              emit(({ context }) => ({ type: 'say' as const, msg: msg('azure.requested.accepted', { customer: context.customer!.name }) })),
              assign({ checking: false }),
            ],
          },
          { target: 'routeAzure' },
        ],
      },
      routeAzure: {
        always: [
          { guard: ({ context }) => (context.azureSubs ?? []).length === 0, target: 'noAzure' },
          { guard: ({ context }) => (context.users ?? []).length === 0, target: 'noUsers' },
          {
            guard: ({ context }) => context.azureSubs!.length === 1,
            target: 'chooseUser',
            actions: assign({ azureSubId: ({ context }) => context.azureSubs![0].id }),
          },
          { target: 'chooseAzure' },
        ],
      },
      noDap: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'request'), target: 'requesting' },
            { guard: ({ event }) => choiceIs(event.value, 'later'), target: 'abandoned' },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      requesting: {
        tags: 'busy',
        invoke: {
          src: 'requestRelationship',
          input: ({ context }) => ({
            customerId: context.customer!.id,
            userId: context.userId,
            key: `${context.runId}:request-relationship:${context.customer!.id}`,
          }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'requested',
              target: 'requested',
              actions: [
                assign({
                  request: ({ event }) =>
                    event.output.status === 'requested' ? { link: event.output.link, token: event.output.token } : undefined,
                }),
                // The invitation exists in Partner Center: "back" and stopping must say so.
                emit(({ context }) => ({
                  type: 'committed' as const,
                  msg: msg('azure.committed.requested', { customer: context.customer?.name ?? '' }),
                })),
                'followAcceptance',
              ],
            },
            { guard: ({ event }) => event.output.status === 'already-granted', target: 'loading' },
            {
              guard: ({ event }) => refusalCode(event.output) === 'forbidden',
              target: 'abandoned',
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('common.roleRemoved', { roles: { list: neededRoles(event.output) } }),
              })),
            },
            { target: 'noDap', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
          ],
          onError: { target: 'noDap', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      requested: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'check'), target: 'loading', actions: assign({ checking: true }) },
            { guard: ({ event }) => choiceIs(event.value, 'later'), target: 'waiting' },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
          EXTERNAL: {
            guard: ({ context, event }) => event.name === partnerEvents.relationshipAccepted(context.customer?.id ?? ''),
            target: 'loading',
            actions: assign({ checking: true }),
          },
        },
      },
      chooseAzure: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!pickAzure(context, event.value),
              target: 'chooseUser',
              actions: assign({ azureSubId: ({ context, event }) => pickAzure(context, event.value)!.id }),
            },
            ...amongRefusals<AzureSubscription, AzureContext>({
              kind: 'subscription',
              items: (c) => c.azureSubs ?? [],
              findable: azureFindable,
              nameOf: (a) => a.name,
            }),
          ],
        },
      },
      chooseUser: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'back'), target: 'routeAzure', actions: assign({ azureSubId: undefined }) },
            {
              guard: ({ context, event }) => !!pickUser(context, event.value),
              target: 'chooseRole',
              actions: assign({ customerUserId: ({ context, event }) => pickUser(context, event.value)!.id }),
            },
            {
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('azure.user.unknown', { text: event.value.trim().slice(0, 60) }),
              })),
            },
          ],
        },
      },
      chooseRole: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'back'), target: 'chooseUser', actions: assign({ customerUserId: undefined }) },
            {
              guard: ({ event }) => !!parseAzureRole(event.value),
              target: 'confirm',
              actions: assign({ role: ({ event }) => parseAzureRole(event.value) }),
            },
            { actions: emit({ type: 'say', msg: msg('azure.role.unknown') }) },
          ],
        },
      },
      confirm: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'confirm'), target: 'assigning' },
            { guard: ({ event }) => choiceIs(event.value, 'back'), target: 'chooseRole', actions: assign({ role: undefined }) },
            { actions: emit({ type: 'say', msg: msg('azure.confirm.required') }) },
          ],
        },
      },
      assigning: {
        tags: 'busy',
        invoke: {
          src: 'assign',
          input: ({ context }) => ({
            customerId: context.customer!.id,
            azureSubId: context.azureSubId!,
            customerUserId: context.customerUserId!,
            role: context.role!,
            userId: context.userId,
            key: `${context.runId}:assign-role:${context.azureSubId}:${context.customerUserId}:${context.role}`,
          }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'assigned',
              target: 'done',
              actions: assign({ outcome: ({ event }) => event.output }),
            },
            {
              guard: ({ event }) => refusalCode(event.output) === 'forbidden',
              target: 'abandoned',
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('common.roleRemoved', { roles: { list: neededRoles(event.output) } }),
              })),
            },
            {
              guard: ({ event }) => refusalCode(event.output) === 'no-dap',
              target: 'loading',
              actions: emit(({ context }) => ({
                type: 'say' as const,
                msg: msg('azure.refused.noDap', { customer: context.customer!.name }),
              })),
            },
            {
              target: 'chooseRole',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: msg(
                    `azure.refused.${refusalCode(event.output) ?? 'unknown'}`,
                    {
                      user: context.users?.find((u) => u.id === context.customerUserId)?.name ?? '',
                      role: context.role ?? '',
                      azure: context.azureSubs?.find((a) => a.id === context.azureSubId)?.name ?? '',
                    },
                    'common.partnerCenterError',
                  ),
                })),
                assign({ role: undefined }),
              ],
            },
          ],
          onError: { target: 'confirm', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      waiting: { type: 'final' },
      noAzure: { type: 'final' },
      noUsers: { type: 'final' },
      abandoned: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.outcome?.status === 'assigned' || context.request ? 'done' : 'abandoned' }),
  });
}

export type AzureManagementMachine = ReturnType<typeof createAzureManagementMachine>;
