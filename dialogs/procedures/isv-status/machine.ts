import { assign, emit, fromPromise, setup } from 'xstate';
import type { IsvDeal, IsvPlan, LicenseMap } from '../../../domain/isv/model';
import type { OfferView, RelationshipView } from '../../../domain/isv/port';
import { msg } from '../../../cards/view';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { norm, offerFindable } from '../isv-shared';
import { dealFindable } from '../isv-invite/machine';
import type { Findable } from '../../../domain/find/match';
import { foundAmong } from '../../pick/among';

export interface StatusContext {
  hint?: string;
  publisherId: string;
  offers: OfferView[];
  deals: IsvDeal[];
  relationships: RelationshipView[];
  offerId?: string;
  plans: IsvPlan[];
  dealId?: string;
  licenses: LicenseMap;
}

/**
 * "offer:crm-sync", "crm-sync", "deal:D-1001", "d-1001", "crm synk", "contoso pharma": what the
 * user wants to look at, found with the same matcher as every pick (IDs whole, names in part).
 */
function target(ctx: StatusContext, text: string): { offerId?: string; dealId?: string } | undefined {
  const v = text.trim().replace(/^(offer|deal)[:\s]+/i, '');
  const items = [
    ...ctx.offers.map((o) => ({ offerId: o.offerId, f: offerFindable(o) })),
    ...ctx.deals.map((d) => ({ dealId: d.dealId, f: dealFindable(d) })),
  ];
  const hit = foundAmong<{ offerId?: string; dealId?: string; f: Findable }>(items, v, (i) => i.f);
  if (!hit) return undefined;
  return hit.offerId ? { offerId: hit.offerId } : { dealId: hit.dealId };
}

export function createStatusMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as StatusContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      load: fromPromise(async () => ({
        publisherId: await pc.isv.publisherId(),
        offers: await pc.isv.offers(),
        deals: await pc.isv.deals(),
        relationships: await pc.isv.relationships(),
      })),
      loadPlans: fromPromise(({ input }: { input: { offerId: string } }) => pc.isv.plans(input.offerId)),
      loadLicenses: fromPromise(({ input }: { input: { dealId: string } }) => pc.isv.licenses(input.dealId)),
    },
  }).createMachine({
    id: 'isv-status',
    context: ({ input }) => ({
      hint: input.prefill?.offerId ?? input.prefill?.dealId,
      publisherId: '',
      offers: [],
      deals: [],
      relationships: [],
      plans: [],
      licenses: {},
    }),
    initial: 'loading',
    states: {
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          onDone: { target: 'route', actions: assign(({ event }) => event.output) },
          onError: { target: 'done', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      route: {
        always: [
          {
            guard: ({ context }) => !!target(context, context.hint ?? '')?.offerId,
            target: 'loadingPlans',
            actions: assign(({ context }) => ({ ...target(context, context.hint!), hint: undefined })),
          },
          {
            guard: ({ context }) => !!target(context, context.hint ?? '')?.dealId,
            target: 'loadingLicenses',
            actions: assign(({ context }) => ({ ...target(context, context.hint!), hint: undefined })),
          },
          { target: 'overview' },
        ],
      },
      overview: {
        on: {
          ANSWER: [
            { guard: ({ event }) => ['done', 'finish', 'ok', 'thanks'].includes(norm(event.value)), target: 'done' },
            {
              guard: ({ context, event }) => !!target(context, event.value)?.offerId,
              target: 'loadingPlans',
              actions: assign(({ context, event }) => ({ offerId: target(context, event.value)!.offerId })),
            },
            {
              guard: ({ context, event }) => !!target(context, event.value)?.dealId,
              target: 'loadingLicenses',
              actions: assign(({ context, event }) => ({ dealId: target(context, event.value)!.dealId })),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      loadingPlans: {
        tags: 'busy',
        invoke: {
          src: 'loadPlans',
          input: ({ context }) => ({ offerId: context.offerId! }),
          onDone: { target: 'offer', actions: assign({ plans: ({ event }) => event.output }) },
          onError: { target: 'overview', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      loadingLicenses: {
        tags: 'busy',
        invoke: {
          src: 'loadLicenses',
          input: ({ context }) => ({ dealId: context.dealId! }),
          onDone: { target: 'deal', actions: assign({ licenses: ({ event }) => event.output }) },
          onError: { target: 'overview', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      offer: { on: { ANSWER: [{ guard: ({ event }) => norm(event.value) === 'back', target: 'overview' }, { target: 'done' }] } },
      deal: { on: { ANSWER: [{ guard: ({ event }) => norm(event.value) === 'back', target: 'overview' }, { target: 'done' }] } },
      done: { type: 'final' },
    },
    output: () => ({ outcome: 'done' as const }),
  });
}

export type StatusMachine = ReturnType<typeof createStatusMachine>;
