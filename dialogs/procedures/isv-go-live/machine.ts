import { assign, emit, fromPromise, setup } from 'xstate';
import { checkGoLive, GO_LIVE_MIN_HOURS } from '../../../domain/isv/offer-rules';
import type { OfferView } from '../../../domain/isv/port';
import { msg } from '../../../cards/view';
import { parseYesNo } from '../../commands';
import type { FollowUpEvent, ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { effectKey, findOffer, offerRefusals, norm, offerRef, refusalMsg, type OfferRef } from '../isv-shared';

export interface GoLiveContext {
  runId: string;
  userId: string;
  offerHint?: string;
  /** The user's IANA time zone, when the channel gives it: times are shown in UTC otherwise. */
  timeZone?: string;
  offers: OfferRef[];
  offerId?: string;
  /** When the confirmation was shown: the window it announces starts from here. */
  askedAt?: string;
  live?: OfferView;
}

const picked = (ctx: GoLiveContext) => ctx.offers.find((o) => o.offerId === ctx.offerId);

export function createGoLiveMachine({ pc, clock }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as GoLiveContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent | FollowUpEvent,
    },
    actors: {
      load: fromPromise(async () => (await pc.isv.offers()).map(offerRef)),
      goLive: fromPromise(({ input }: { input: { ctx: GoLiveContext } }) =>
        pc.isv.goLive(input.ctx.offerId!, {
          userId: input.ctx.userId,
          idempotencyKey: effectKey(input.ctx.runId, 'go-live', input.ctx.offerId!),
        }),
      ),
    },
  }).createMachine({
    id: 'isv-go-live',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      offerHint: input.prefill?.offerId,
      timeZone: input.prefill?.timeZone,
      offers: [],
    }),
    initial: 'loading',
    states: {
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          onDone: { target: 'routeOffer', actions: assign({ offers: ({ event }) => event.output }) },
          onError: { target: 'failed', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      routeOffer: {
        always: [
          {
            guard: ({ context }) => context.offers.length === 0,
            target: 'failed',
            actions: emit({ type: 'say', msg: msg('isv.pickOffer.none') }),
          },
          {
            guard: ({ context }) => !!findOffer(context.offers, context.offerHint ?? ''),
            target: 'checkOffer',
            actions: assign({ offerId: ({ context }) => findOffer(context.offers, context.offerHint!)!.offerId }),
          },
          { target: 'chooseOffer' },
        ],
      },
      chooseOffer: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!findOffer(context.offers, event.value),
              target: 'checkOffer',
              actions: assign({ offerId: ({ context, event }) => findOffer(context.offers, event.value)!.offerId }),
            },
            ...offerRefusals<GoLiveContext>(),
          ],
        },
      },
      checkOffer: {
        always: [
          {
            guard: ({ context }) => checkGoLive(picked(context)!.status).ok,
            target: 'confirm',
            actions: assign({ askedAt: () => clock.now().toISOString() }),
          },
          { target: 'refused' },
        ],
      },
      refused: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'other-offer', target: 'chooseOffer', actions: assign({ offerId: undefined }) },
            { guard: ({ event }) => ['stop-here', 'no'].includes(norm(event.value)), target: 'failed' },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      confirm: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'go-live' || parseYesNo(event.value) === true, target: 'goingLive' },
            { guard: ({ event }) => norm(event.value) === 'other-offer', target: 'chooseOffer', actions: assign({ offerId: undefined }) },
            { actions: emit({ type: 'say', msg: msg('isv.golive.confirm.required') }) },
          ],
        },
      },
      goingLive: {
        tags: 'busy',
        invoke: {
          src: 'goLive',
          input: ({ context }) => ({ ctx: context }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'done',
              target: 'done',
              actions: [
                assign({ live: ({ event }) => (event.output.status === 'done' ? event.output.value : undefined) }),
                // The offer is live from 4 hours after Go live: tell the user then.
                emit(({ context }) => ({
                  type: 'followUp' as const,
                  afterMs: GO_LIVE_MIN_HOURS * 3_600_000,
                  msg: msg('isv.golive.followUp', { id: context.offerId ?? '' }),
                  next: { label: msg('isv.golive.followUp.next'), text: 'register a deal' },
                })),
              ],
            },
            {
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'not-preview',
              target: 'refused',
              actions: assign({
                offers: ({ context, event }) =>
                  context.offers.map((o) =>
                    o.offerId === context.offerId && event.output.status === 'refused' && event.output.reason.code === 'not-preview'
                      ? { ...o, status: event.output.reason.status }
                      : o,
                  ),
              }),
            },
            {
              target: 'failed',
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: event.output.status === 'refused' ? refusalMsg(event.output.reason) : msg('common.partnerCenterError'),
              })),
            },
          ],
          onError: { target: 'confirm', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      failed: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.live ? 'done' : 'abandoned' }),
  });
}

export type GoLiveMachine = ReturnType<typeof createGoLiveMachine>;
