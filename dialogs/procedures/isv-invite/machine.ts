import { assign, emit, fromPromise, setup } from 'xstate';
import { etagOf } from '../../../domain/etag';
import { DomainSchema } from '../../../domain/isv/deal-rules';
import type { IsvDeal } from '../../../domain/isv/model';
import type { RelationshipView } from '../../../domain/isv/port';
import { msg } from '../../../cards/view';
import { parseYesNo } from '../../commands';
import { partnerEvents } from '../../../domain/partner-events';
import type { FollowUpEvent, ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { effectKey, norm, refusalMsg } from '../isv-shared';
import { dealFindable } from '../../../domain/find/things';
import { amongRefusals, foundAmong } from '../../pick/among';

export interface InviteContext {
  runId: string;
  userId: string;
  dealHint?: string;
  /** Submitted deals that are in progress. */
  deals: IsvDeal[];
  relationships: RelationshipView[];
  dealId?: string;
  /** An existing relationship picked for the deal. */
  relationshipId?: string;
  /** A new customer to invite. */
  domain?: string;
  result?: { deal: IsvDeal; relationship: RelationshipView };
}

export const dealOf = (ctx: InviteContext) => ctx.deals.find((d) => d.dealId === ctx.dealId);
/** A deal is found as in a first sentence (domain/find/things). */
export { dealFindable };
export const findDeal = (deals: IsvDeal[], text: string) => foundAmong(deals, text, dealFindable);
/** Said when a typed text names no single deal: the close call, "list", or what may be typed. */
export const dealRefusals = <C extends { deals: IsvDeal[] }>() =>
  amongRefusals<IsvDeal, C>({
    kind: 'deal',
    items: (c) => c.deals,
    findable: dealFindable,
    nameOf: (d) => `${d.customerName} (${d.dealId})`,
  });
const findRel = (ctx: InviteContext, text: string) => {
  const v = norm(text).replace(/^rel:/, '');
  return ctx.relationships.find((r) => r.relationshipId === v || r.domain === v || norm(r.customerName) === v);
};
/** The deal as the summary showed it: given another customer since, the change is refused. */
const versionOf = (ctx: InviteContext) => {
  const deal = dealOf(ctx);
  return deal && etagOf(deal);
};
const domainOf = (text: string) => DomainSchema.safeParse(text.replace(/^https?:\/\//i, '').replace(/\/.*$/, ''));

export function createInviteMachine({ pc }: ProcedureDeps) {
  const invite = setup({
    types: {
      context: {} as InviteContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent | FollowUpEvent,
    },
    actors: {
      load: fromPromise(async () => ({
        deals: (await pc.isv.deals()).filter((d) => d.status === 'in-progress'),
        relationships: await pc.isv.relationships(),
      })),
      link: fromPromise(({ input }: { input: { ctx: InviteContext } }) =>
        pc.isv.linkCustomer(input.ctx.dealId!, input.ctx.relationshipId!, {
          userId: input.ctx.userId,
          idempotencyKey: effectKey(input.ctx.runId, 'link-customer', `${input.ctx.dealId}.${input.ctx.relationshipId}`),
          ifMatch: versionOf(input.ctx),
        }),
      ),
      invite: fromPromise(({ input }: { input: { ctx: InviteContext } }) => {
        const c = input.ctx;
        return pc.isv.inviteCustomer(
          c.dealId!,
          { customerName: dealOf(c)!.customerName, domain: c.domain! },
          { userId: c.userId, idempotencyKey: effectKey(c.runId, 'invite-customer', `${c.dealId}.${c.domain}`), ifMatch: versionOf(c) },
        );
      }),
    },
    actions: {
      // Until the customer accepts, no license can be assigned: the user hears when they do.
      followConsent: emit(({ context }): FollowUpEvent | SayEvent => {
        const r = context.result;
        if (r?.relationship.status !== 'pending') return { type: 'say', msg: msg('common.empty') };
        return {
          type: 'followUp',
          on: partnerEvents.consentAccepted(r.relationship.relationshipId),
          msg: msg('isv.invite.followUp.accepted', { customer: r.relationship.customerName, deal: r.deal.dealId }),
          next: { label: msg('isv.invite.followUp.next'), text: `manage licenses for ${r.deal.dealId}` },
        };
      }),
    },
  });
  /**
   * Linking an existing customer and inviting a new one end alike: done (the consent followed
   * until the customer accepts), refused with Partner Center's reason, or back to the
   * confirmation when the call failed.
   */
  const committing = (src: 'link' | 'invite', back: 'confirmLink' | 'confirmInvite') =>
    invite.createStateConfig({
      tags: 'busy',
      invoke: {
        src,
        input: ({ context }) => ({ ctx: context }),
        onDone: [
          {
            guard: ({ event }) => event.output.status === 'done',
            target: 'done',
            actions: [
              assign({ result: ({ event }) => (event.output.status === 'done' ? event.output.value : undefined) }),
              'followConsent',
            ],
          },
          {
            // The deal was given a customer by someone else since the summary: said, and the deal looked at again.
            guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'changed',
            target: 'loading',
            actions: [
              emit({ type: 'say', msg: msg('security.changedNow') }),
              assign(({ context }) => ({ dealHint: context.dealId, relationshipId: undefined, domain: undefined })),
            ],
          },
          {
            target: 'failed',
            actions: emit(({ event }) => ({
              type: 'say' as const,
              msg: event.output.status === 'refused' ? refusalMsg(event.output.reason) : msg('common.partnerCenterError'),
            })),
          },
        ],
        onError: { target: back, actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
      },
    });
  return invite.createMachine({
    id: 'isv-invite',
    context: ({ input }) => ({ runId: input.runId, userId: input.userId, dealHint: input.prefill?.dealId, deals: [], relationships: [] }),
    initial: 'loading',
    states: {
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          onDone: { target: 'route', actions: assign(({ event }) => event.output) },
          onError: { target: 'failed', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      route: {
        always: [
          {
            guard: ({ context }) => context.deals.length === 0,
            target: 'failed',
            actions: emit({ type: 'say', msg: msg('isv.invite.noDeals') }),
          },
          {
            guard: ({ context }) => !!findDeal(context.deals, context.dealHint ?? ''),
            target: 'routeDeal',
            actions: assign({ dealId: ({ context }) => findDeal(context.deals, context.dealHint!)!.dealId }),
          },
          { target: 'chooseDeal' },
        ],
      },
      chooseDeal: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!findDeal(context.deals, event.value),
              target: 'routeDeal',
              actions: assign({ dealId: ({ context, event }) => findDeal(context.deals, event.value)!.dealId }),
            },
            ...dealRefusals<InviteContext>(),
          ],
        },
      },
      // A deal that already has its customer shows where the consent stands instead.
      routeDeal: {
        always: [
          {
            guard: ({ context }) => !!dealOf(context)?.relationshipId && !!findRel(context, dealOf(context)!.relationshipId!),
            target: 'done',
            actions: assign({
              result: ({ context }) => ({ deal: dealOf(context)!, relationship: findRel(context, dealOf(context)!.relationshipId!)! }),
            }),
          },
          { target: 'chooseCustomer' },
        ],
      },
      chooseCustomer: {
        on: {
          ANSWER: [
            { guard: ({ event }) => ['invite-new', 'new', 'invite', 'new customer'].includes(norm(event.value)), target: 'askDomain' },
            {
              guard: ({ context, event }) => !!findRel(context, event.value),
              target: 'confirmLink',
              actions: assign({ relationshipId: ({ context, event }) => findRel(context, event.value)!.relationshipId }),
            },
            {
              guard: ({ event }) => domainOf(event.value).success,
              target: 'confirmInvite',
              actions: assign({ domain: ({ event }) => domainOf(event.value).data }),
            },
            { actions: emit({ type: 'say', msg: msg('isv.invite.chooseCustomer.unknown') }) },
          ],
        },
      },
      askDomain: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!findRel(context, event.value),
              target: 'confirmLink',
              actions: assign({ relationshipId: ({ context, event }) => findRel(context, event.value)!.relationshipId }),
            },
            {
              guard: ({ event }) => domainOf(event.value).success,
              target: 'confirmInvite',
              actions: assign({ domain: ({ event }) => domainOf(event.value).data }),
            },
            {
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('isv.invite.badDomain', { text: event.value.trim().slice(0, 60) }),
              })),
            },
          ],
        },
      },
      confirmLink: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'link' || parseYesNo(event.value) === true, target: 'linking' },
            {
              guard: ({ event }) => norm(event.value) === 'other-customer',
              target: 'chooseCustomer',
              actions: assign({ relationshipId: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      confirmInvite: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'invite' || parseYesNo(event.value) === true, target: 'inviting' },
            {
              guard: ({ event }) => norm(event.value) === 'other-customer',
              target: 'chooseCustomer',
              actions: assign({ domain: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      linking: committing('link', 'confirmLink'),
      inviting: committing('invite', 'confirmInvite'),
      done: { type: 'final' },
      failed: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.result ? 'done' : 'abandoned' }),
  });
}

export type InviteMachine = ReturnType<typeof createInviteMachine>;
