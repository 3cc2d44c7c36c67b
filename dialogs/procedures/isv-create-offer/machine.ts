import { assign, emit, fromPromise, setup } from 'xstate';
import type { Licensing, LicensingMode } from '../../../domain/isv/model';
import { appSourceUrl, checkAlias, checkOfferId } from '../../../domain/isv/offer-rules';
import type { IsvRefusal, OfferView } from '../../../domain/isv/port';
import { msg } from '../../../cards/view';
import { parseYesNo } from '../../commands';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { effectKey, idProblemsMsg, norm, refusalMsg } from '../isv-shared';

export interface CreateOfferContext {
  runId: string;
  userId: string;
  typedOfferId?: string;
  publisherId: string;
  taken: string[];
  offerId?: string;
  suggestion?: string;
  alias?: string;
  mode?: LicensingMode;
  freeInstall?: boolean;
  offer?: OfferView;
}

const MODE_WORDS: Record<LicensingMode, string[]> = {
  'license-management': ['license-management', 'license management', 'licence management', 'licenses', 'licensing', 'microsoft'],
  'get-it-now': ['get-it-now', 'get it now', 'free', 'get it now (free)'],
  'free-trial': ['free-trial', 'free trial', 'trial'],
  'contact-me': ['contact-me', 'contact me', 'contact'],
};

export const modeOf = (text: string): LicensingMode | undefined =>
  (Object.entries(MODE_WORDS) as [LicensingMode, string[]][]).find(([, words]) => words.includes(norm(text)))?.[0];

const check = (ctx: CreateOfferContext, text: string) => checkOfferId(ctx.publisherId, text, ctx.taken);

export function createCreateOfferMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as CreateOfferContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      load: fromPromise(async () => ({ publisherId: await pc.isv.publisherId(), taken: (await pc.isv.offers()).map((o) => o.offerId) })),
      create: fromPromise(({ input }: { input: { ctx: CreateOfferContext } }) => {
        const c = input.ctx;
        const licensing: Licensing =
          c.mode === 'license-management' || !c.mode ? { mode: 'license-management', freeInstall: !!c.freeInstall } : { mode: c.mode };
        return pc.isv.createOffer(
          { offerId: c.offerId!, alias: c.alias!, licensing },
          { userId: c.userId, idempotencyKey: effectKey(c.runId, 'create-offer', c.offerId!) },
        );
      }),
    },
  }).createMachine({
    id: 'isv-create-offer',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      typedOfferId: input.prefill?.offerId,
      publisherId: '',
      taken: [],
    }),
    initial: 'loading',
    states: {
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          onDone: { target: 'prefilled', actions: assign(({ event }) => event.output) },
          onError: { target: 'failed', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      // An Offer ID given in the first sentence is checked like a typed one.
      prefilled: {
        always: [
          { guard: ({ context }) => !context.typedOfferId, target: 'route' },
          {
            guard: ({ context }) => check(context, context.typedOfferId!).ok,
            target: 'route',
            actions: [
              assign({ offerId: ({ context }) => context.typedOfferId!.trim(), typedOfferId: undefined }),
              emit(({ context }) => ({
                type: 'say' as const,
                msg: msg('isv.offer.idAccepted', { id: context.offerId!, url: appSourceUrl(context.publisherId, context.offerId!) }),
              })),
            ],
          },
          {
            target: 'route',
            actions: [
              assign({
                suggestion: ({ context }) => {
                  const r = check(context, context.typedOfferId!);
                  return r.ok ? undefined : r.suggestion;
                },
              }),
              emit(({ context }) => {
                const r = check(context, context.typedOfferId!);
                return {
                  type: 'say' as const,
                  msg: r.ok
                    ? msg('common.empty')
                    : idProblemsMsg('offer', context.typedOfferId!, r.problems, r.suggestion, context.publisherId),
                };
              }),
              assign({ typedOfferId: undefined }),
            ],
          },
        ],
      },
      route: {
        always: [
          { guard: ({ context }) => !context.offerId, target: 'askOfferId' },
          { guard: ({ context }) => !context.alias, target: 'askAlias' },
          { guard: ({ context }) => !context.mode, target: 'chooseLicensing' },
          { guard: ({ context }) => context.mode === 'license-management' && context.freeInstall === undefined, target: 'askFreeInstall' },
          { target: 'confirm' },
        ],
      },
      askOfferId: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!context.suggestion && norm(event.value) === 'use-suggestion',
              target: 'route',
              actions: [
                assign({ offerId: ({ context }) => context.suggestion, suggestion: undefined }),
                emit(({ context }) => ({
                  type: 'say' as const,
                  msg: msg('isv.offer.idAccepted', { id: context.offerId!, url: appSourceUrl(context.publisherId, context.offerId!) }),
                })),
              ],
            },
            {
              guard: ({ context, event }) => check(context, event.value).ok,
              target: 'route',
              actions: [
                assign({ offerId: ({ event }) => event.value.trim(), suggestion: undefined }),
                emit(({ context }) => ({
                  type: 'say' as const,
                  msg: msg('isv.offer.idAccepted', { id: context.offerId!, url: appSourceUrl(context.publisherId, context.offerId!) }),
                })),
              ],
            },
            {
              actions: [
                assign({
                  suggestion: ({ context, event }) => {
                    const r = check(context, event.value);
                    return r.ok ? undefined : r.suggestion;
                  },
                }),
                emit(({ context, event }) => {
                  const r = check(context, event.value);
                  return {
                    type: 'say' as const,
                    msg: r.ok ? msg('common.empty') : idProblemsMsg('offer', event.value, r.problems, r.suggestion, context.publisherId),
                  };
                }),
              ],
            },
          ],
        },
      },
      askAlias: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => checkAlias(event.value).ok,
              target: 'route',
              actions: assign({ alias: ({ event }) => (checkAlias(event.value) as { value: string }).value }),
            },
            {
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg(`isv.offer.alias.${(checkAlias(event.value) as { code: string }).code}`),
              })),
            },
          ],
        },
      },
      chooseLicensing: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => !!modeOf(event.value),
              target: 'route',
              actions: assign({ mode: ({ event }) => modeOf(event.value), freeInstall: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      askFreeInstall: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => norm(event.value) === 'free-install' || parseYesNo(event.value) === true,
              target: 'route',
              actions: assign({ freeInstall: true }),
            },
            {
              guard: ({ event }) => norm(event.value) === 'license-required' || parseYesNo(event.value) === false,
              target: 'route',
              actions: assign({ freeInstall: false }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      confirm: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'create' || parseYesNo(event.value) === true, target: 'creating' },
            { guard: ({ event }) => norm(event.value) === 'change-id', target: 'route', actions: assign({ offerId: undefined }) },
            { guard: ({ event }) => norm(event.value) === 'change-alias', target: 'route', actions: assign({ alias: undefined }) },
            {
              guard: ({ event }) => norm(event.value) === 'change-licensing',
              target: 'route',
              actions: assign({ mode: undefined, freeInstall: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('isv.offer.confirm.required') }) },
          ],
        },
      },
      creating: {
        tags: 'busy',
        invoke: {
          src: 'create',
          input: ({ context }) => ({ ctx: context }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'done',
              target: 'done',
              actions: assign({ offer: ({ event }) => (event.output.status === 'done' ? event.output.value : undefined) }),
            },
            {
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'invalid-offer-id',
              target: 'route',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: idProblemsMsg(
                    'offer',
                    context.offerId!,
                    (event.output as { reason: Extract<IsvRefusal, { code: 'invalid-offer-id' }> }).reason.problems,
                    undefined,
                    context.publisherId,
                  ),
                })),
                assign({ offerId: undefined }),
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
          onError: { target: 'confirm', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      failed: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.offer ? 'done' : 'abandoned' }),
  });
}

export type CreateOfferMachine = ReturnType<typeof createCreateOfferMachine>;
