import { assign, emit, fromPromise, setup } from 'xstate';
import { etagOf } from '../../../domain/etag';
import type { IsvPlan } from '../../../domain/isv/model';
import { checkPackageUrl, hasPlans, type ReviewIssue } from '../../../domain/isv/offer-rules';
import type { OfferView } from '../../../domain/isv/port';
import { msg } from '../../../cards/view';
import { parseYesNo } from '../../commands';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { effectKey, findOffer, offerRefusals, norm, offerRef, refusalMsg, statusMsg, type OfferRef } from '../isv-shared';

export interface PublishContext {
  runId: string;
  userId: string;
  offerHint?: string;
  offers: OfferRef[];
  offerId?: string;
  offer?: OfferView;
  plans: IsvPlan[];
  packageUrl?: string;
  issues: ReviewIssue[];
  attempts: number;
  published?: OfferView;
}

const yes = (v: string, word: string) => norm(v) === word || parseYesNo(v) === true;

export function createPublishMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as PublishContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      load: fromPromise(async () => (await pc.isv.offers()).map(offerRef)),
      loadOffer: fromPromise(async ({ input }: { input: { offerId: string } }) => ({
        offer: await pc.isv.offer(input.offerId),
        plans: await pc.isv.plans(input.offerId),
      })),
      publish: fromPromise(({ input }: { input: { ctx: PublishContext } }) => {
        const c = input.ctx;
        return pc.isv.publishOffer(
          c.offerId!,
          { packageUrl: c.packageUrl },
          // The offer as the summary showed it (after this run's own attempts): changed since, nothing is done.
          {
            userId: c.userId,
            idempotencyKey: effectKey(c.runId, `publish-${c.attempts}`, c.offerId!),
            ifMatch: c.offer && etagOf(c.offer),
          },
        );
      }),
    },
    guards: {
      pickedOffer: ({ context, event }) => !!findOffer(context.offers, (event as ProcedureEvent).value),
    },
  }).createMachine({
    id: 'isv-publish',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      offerHint: input.prefill?.offerId,
      offers: [],
      plans: [],
      issues: [],
      attempts: 0,
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
            target: 'loadingOffer',
            actions: assign({ offerId: ({ context }) => findOffer(context.offers, context.offerHint!)!.offerId }),
          },
          { target: 'chooseOffer' },
        ],
      },
      chooseOffer: {
        on: {
          ANSWER: [
            {
              guard: 'pickedOffer',
              target: 'loadingOffer',
              actions: assign({ offerId: ({ context, event }) => findOffer(context.offers, event.value)!.offerId }),
            },
            ...offerRefusals<PublishContext>(),
          ],
        },
      },
      loadingOffer: {
        tags: 'busy',
        invoke: {
          src: 'loadOffer',
          input: ({ context }) => ({ offerId: context.offerId! }),
          onDone: [
            {
              guard: ({ event }) => event.output.offer?.status !== 'draft',
              target: 'chooseOffer',
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: msg('isv.publish.notDraft', { id: context.offerId!, status: statusMsg(event.output.offer?.status ?? 'draft') }),
              })),
            },
            {
              // Without license management there are no plans, so no Service IDs for the package to carry.
              guard: ({ event }) => !!event.output.offer && !hasPlans(event.output.offer),
              target: 'routeUrl',
              actions: assign({
                offer: ({ event }) => event.output.offer,
                plans: ({ event }) => event.output.plans,
                packageUrl: undefined,
              }),
            },
            {
              target: 'guidance',
              actions: assign({
                offer: ({ event }) => event.output.offer,
                plans: ({ event }) => event.output.plans,
                packageUrl: undefined,
              }),
            },
          ],
          onError: { target: 'chooseOffer', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      guidance: {
        on: {
          ANSWER: [
            { guard: ({ event }) => yes(event.value, 'carried'), target: 'routeUrl' },
            { actions: emit({ type: 'say', msg: msg('isv.publish.guidance.required') }) },
          ],
        },
      },
      routeUrl: { always: [{ guard: ({ context }) => !!context.packageUrl, target: 'confirm' }, { target: 'askUrl' }] },
      askUrl: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => norm(event.value) === 'keep' && !!context.offer?.packageUrl,
              target: 'confirm',
              actions: assign({ packageUrl: ({ context }) => context.offer!.packageUrl }),
            },
            {
              guard: ({ event }) => checkPackageUrl(event.value).ok,
              target: 'confirm',
              actions: assign({ packageUrl: ({ event }) => (checkPackageUrl(event.value) as { url: string }).url }),
            },
            {
              actions: emit(({ event }) => {
                const r = checkPackageUrl(event.value);
                return {
                  type: 'say' as const,
                  msg: msg(`isv.publish.url.${r.ok ? 'not-url' : r.code}`, { text: event.value.trim().slice(0, 80) }),
                };
              }),
            },
          ],
        },
      },
      confirm: {
        on: {
          ANSWER: [
            { guard: ({ event }) => yes(event.value, 'publish'), target: 'publishing' },
            { guard: ({ event }) => norm(event.value) === 'change-url', target: 'askUrl', actions: assign({ packageUrl: undefined }) },
            { actions: emit({ type: 'say', msg: msg('isv.publish.confirm.required') }) },
          ],
        },
      },
      publishing: {
        tags: 'busy',
        invoke: {
          src: 'publish',
          input: ({ context }) => ({ ctx: context }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'done' && event.output.value.issues.length === 0,
              target: 'done',
              actions: assign({
                published: ({ event }) => (event.output.status === 'done' ? event.output.value.offer : undefined),
                issues: [],
              }),
            },
            {
              guard: ({ event }) => event.output.status === 'done',
              target: 'issues',
              actions: assign({
                issues: ({ event }) => (event.output.status === 'done' ? event.output.value.issues : []),
                offer: ({ context, event }) => (event.output.status === 'done' ? event.output.value.offer : context.offer),
                attempts: ({ context }) => context.attempts + 1,
              }),
            },
            {
              // Someone else published or configured the offer since the summary: say so and show it as it is now.
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'changed',
              target: 'refreshing',
              actions: [emit({ type: 'say', msg: msg('security.changed') }), assign({ attempts: ({ context }) => context.attempts + 1 })],
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
      refreshing: {
        tags: 'busy',
        invoke: {
          src: 'loadOffer',
          input: ({ context }) => ({ offerId: context.offerId! }),
          onDone: [
            {
              guard: ({ event }) => event.output.offer?.status !== 'draft',
              target: 'failed',
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: msg('isv.publish.notDraft', { id: context.offerId!, status: statusMsg(event.output.offer?.status ?? 'draft') }),
              })),
            },
            {
              // The package URL is asked again: the one Partner Center has now is offered to keep.
              target: 'askUrl',
              actions: assign({
                offer: ({ event }) => event.output.offer,
                plans: ({ event }) => event.output.plans,
                packageUrl: undefined,
              }),
            },
          ],
          onError: { target: 'failed', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      issues: {
        on: {
          ANSWER: [
            { guard: ({ event }) => yes(event.value, 'publish'), target: 'publishing' },
            { guard: ({ event }) => norm(event.value) === 'change-url', target: 'askUrl', actions: assign({ packageUrl: undefined }) },
            { guard: ({ event }) => ['stop-here', 'no'].includes(norm(event.value)), target: 'failed' },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      done: { type: 'final' },
      failed: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.published ? 'done' : 'abandoned' }),
  });
}

export type PublishMachine = ReturnType<typeof createPublishMachine>;
