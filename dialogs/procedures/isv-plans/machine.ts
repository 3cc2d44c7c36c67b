import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { etagOf } from '../../../domain/etag';
import type { IsvPlan } from '../../../domain/isv/model';
import { checkPlanId, checkText, hasPlans, MAX_PLAN_DESCRIPTION_LENGTH, MAX_PLAN_NAME_LENGTH } from '../../../domain/isv/offer-rules';
import type { IsvResult } from '../../../domain/isv/port';
import { msg } from '../../../cards/view';
import type { CommittedEvent, ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { effectKey, findOffer, offerRefusals, idProblemsMsg, norm, offerRef, refusalMsg, type OfferRef } from '../isv-shared';

export interface PlansContext {
  runId: string;
  userId: string;
  offerHint?: string;
  /** A plan named in the first sentence ("publish plan gold"): a draft one is offered to publish. */
  planHint?: string;
  /** The Plan ID of a new plan the first sentence asks for ("a plan called gold-tier"): checked like a typed one. */
  newPlanHint?: string;
  publisherId: string;
  offers: OfferRef[];
  /** Offers without license management through Microsoft: they have no plans (said when one is named). */
  withoutPlans?: OfferRef[];
  offerId?: string;
  plans: IsvPlan[];
  planId?: string;
  suggestion?: string;
  name?: string;
  description?: string;
  saved: number;
}

const PUBLISH = /^publish(?:\s+(?:draft\s+)?plan)?[:\s]+([a-z0-9_-]+)$/i;
const draftToPublish = (ctx: PlansContext, text: string) => {
  const m = PUBLISH.exec(text.trim());
  return m ? ctx.plans.find((p) => p.planId === m[1].toLowerCase() && p.status === 'draft') : undefined;
};
const planCheck = (ctx: PlansContext, text: string) =>
  checkPlanId(
    text,
    ctx.plans.map((p) => p.planId),
  );
/** A typed Plan ID, checked: what the context takes, and what is wrong with it when it is refused. */
function typedPlanId(ctx: PlansContext, typed: string): { take: Partial<PlansContext>; refusal?: SayEvent } {
  const r = planCheck(ctx, typed);
  if (r.ok) return { take: { planId: r.id, suggestion: undefined } };
  return { take: { suggestion: r.suggestion }, refusal: { type: 'say', msg: idProblemsMsg('plan', typed, r.problems, r.suggestion) } };
}
const MAX = { name: MAX_PLAN_NAME_LENGTH, description: MAX_PLAN_DESCRIPTION_LENGTH } as const;
const savedMsg = (r: IsvResult<IsvPlan>) =>
  r.status === 'done'
    ? msg(`isv.plans.saved.${r.value.status}`, { plan: r.value.planId, serviceId: r.value.serviceId })
    : // Changed by someone else meanwhile: the plans are shown as they are now, to choose again from.
      r.reason.code === 'changed'
      ? msg('security.changedNow')
      : refusalMsg(r.reason);

export function createPlansMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as PlansContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent | CommittedEvent,
    },
    actors: {
      load: fromPromise(async () => {
        const all = await pc.isv.offers();
        return {
          publisherId: await pc.isv.publisherId(),
          offers: all.filter(hasPlans).map(offerRef),
          withoutPlans: all.filter((o) => !hasPlans(o)).map(offerRef),
        };
      }),
      loadPlans: fromPromise(({ input }: { input: { offerId: string } }) => pc.isv.plans(input.offerId)),
      save: fromPromise(({ input }: { input: { ctx: PlansContext; publish: boolean } }) => {
        const c = input.ctx;
        return pc.isv.savePlan(
          { offerId: c.offerId!, planId: c.planId!, name: c.name!, description: c.description!, publish: input.publish },
          { userId: c.userId, idempotencyKey: effectKey(c.runId, `plan-${c.saved}`, `${c.offerId}.${c.planId}`) },
        );
      }),
      publishPlan: fromPromise(({ input }: { input: { ctx: PlansContext } }) => {
        const plan = input.ctx.plans.find((p) => p.planId === input.ctx.planId);
        return pc.isv.publishPlan(input.ctx.offerId!, input.ctx.planId!, {
          userId: input.ctx.userId,
          idempotencyKey: effectKey(input.ctx.runId, 'publish-plan', `${input.ctx.offerId}.${input.ctx.planId}`),
          // The plan as the summary showed it: changed since, it is refused and the plans shown again.
          ifMatch: plan && etagOf(plan),
        });
      }),
    },
    actions: {
      /** A card form sends the three values together: keep the good ones, say what is wrong with the others. */
      takeFields: enqueueActions(({ context, event, enqueue }) => {
        const f = event.fields ?? {};
        if (f.planId !== undefined) {
          const { take, refusal } = typedPlanId(context, f.planId);
          enqueue.assign(take);
          if (refusal) enqueue.emit(refusal);
        }
        for (const k of ['name', 'description'] as const) {
          const r = f[k] === undefined ? undefined : checkText(f[k], MAX[k]);
          if (r?.ok) enqueue.assign({ [k]: r.value });
        }
      }),
      /** A new plan's ID from the first sentence: taken when the rules allow it, else refused as a typed one is (one already on the offer, too). */
      takeNewPlan: enqueueActions(({ context, enqueue }) => {
        const { take, refusal } = typedPlanId(context, context.newPlanHint ?? '');
        enqueue.assign({ ...take, newPlanHint: undefined });
        if (refusal) enqueue.emit(refusal);
      }),
      takeText: enqueueActions(({ context, event, enqueue }) => {
        const k = context.name ? 'description' : 'name';
        const r = checkText(event.value, MAX[k]);
        if (r.ok) enqueue.assign({ [k]: r.value });
        else enqueue.emit({ type: 'say', msg: msg(`isv.plans.text.${r.code}`, { max: r.max }) });
      }),
    },
  }).createMachine({
    id: 'isv-plans',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      offerHint: input.prefill?.offerId,
      planHint: input.prefill?.planId,
      newPlanHint: input.prefill?.newPlanId,
      publisherId: '',
      offers: [],
      plans: [],
      saved: 0,
    }),
    initial: 'loading',
    states: {
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          onDone: { target: 'routeOffer', actions: assign(({ event }) => event.output) },
          onError: { target: 'failed', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      routeOffer: {
        always: [
          {
            guard: ({ context }) => !!findOffer(context.withoutPlans, context.offerHint ?? ''),
            target: 'failed',
            actions: emit(({ context }) => ({
              type: 'say' as const,
              msg: msg('isv.plans.noLicenseManagement', { id: findOffer(context.withoutPlans, context.offerHint!)!.offerId }),
            })),
          },
          {
            guard: ({ context }) => context.offers.length === 0,
            target: 'failed',
            actions: emit({ type: 'say', msg: msg('isv.pickOffer.none') }),
          },
          {
            guard: ({ context }) => !!findOffer(context.offers, context.offerHint ?? ''),
            target: 'loadingPlans',
            actions: assign({ offerId: ({ context }) => findOffer(context.offers, context.offerHint!)!.offerId }),
          },
          {
            guard: ({ context }) => context.offers.length === 1,
            target: 'loadingPlans',
            actions: assign({ offerId: ({ context }) => context.offers[0].offerId }),
          },
          { target: 'chooseOffer' },
        ],
      },
      chooseOffer: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!findOffer(context.offers, event.value),
              target: 'loadingPlans',
              actions: assign({ offerId: ({ context, event }) => findOffer(context.offers, event.value)!.offerId }),
            },
            {
              guard: ({ context, event }) => !!findOffer(context.withoutPlans, event.value),
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: msg('isv.plans.noLicenseManagement', { id: findOffer(context.withoutPlans, event.value)!.offerId }),
              })),
            },
            ...offerRefusals<PlansContext>(),
          ],
        },
      },
      loadingPlans: {
        tags: 'busy',
        invoke: {
          src: 'loadPlans',
          input: ({ context }) => ({ offerId: context.offerId! }),
          onDone: [
            {
              guard: ({ context }) => !!context.newPlanHint,
              target: 'newPlan',
              actions: assign({ plans: ({ event }) => event.output, planHint: undefined }),
            },
            {
              guard: ({ context, event }) => event.output.some((p) => p.planId === context.planHint && p.status === 'draft'),
              target: 'confirmPublish',
              actions: assign({ plans: ({ event }) => event.output, planId: ({ context }) => context.planHint, planHint: undefined }),
            },
            { target: 'overview', actions: assign({ plans: ({ event }) => event.output, planHint: undefined }) },
          ],
          onError: { target: 'failed', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      newPlan: { always: { target: 'routePlan', actions: 'takeNewPlan' } },
      overview: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => ['add', 'add a plan', 'new plan', 'create plan', 'create a plan'].includes(norm(event.value)),
              target: 'routePlan',
              actions: assign({ planId: undefined, name: undefined, description: undefined, suggestion: undefined }),
            },
            // A draft plan is published after its summary, like any other change.
            {
              guard: ({ context, event }) => !!draftToPublish(context, event.value),
              target: 'confirmPublish',
              actions: assign({ planId: ({ context, event }) => draftToPublish(context, event.value)!.planId }),
            },
            { guard: ({ event }) => ['finish', 'done', 'service ids', 'show the service ids'].includes(norm(event.value)), target: 'done' },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      routePlan: {
        always: [
          { guard: ({ context }) => !context.planId, target: 'askPlanId' },
          { guard: ({ context }) => !context.name, target: 'askPlanName' },
          { guard: ({ context }) => !context.description, target: 'askPlanDescription' },
          { target: 'confirmPlan' },
        ],
      },
      askPlanId: {
        on: {
          ANSWER: [
            { guard: ({ event }) => event.fields?.planId !== undefined, target: 'routePlan', actions: 'takeFields' },
            {
              guard: ({ context, event }) => !!context.suggestion && norm(event.value) === 'use-suggestion',
              target: 'routePlan',
              actions: assign({ planId: ({ context }) => context.suggestion, suggestion: undefined }),
            },
            {
              guard: ({ context, event }) => planCheck(context, event.value).ok,
              target: 'routePlan',
              actions: assign({ planId: ({ event }) => event.value.trim(), suggestion: undefined }),
            },
            {
              actions: enqueueActions(({ context, event, enqueue }) => {
                const r = planCheck(context, event.value);
                if (r.ok) return;
                enqueue.assign({ suggestion: r.suggestion });
                enqueue.emit({ type: 'say', msg: idProblemsMsg('plan', event.value, r.problems, r.suggestion) });
              }),
            },
          ],
        },
      },
      askPlanName: { on: { ANSWER: { target: 'routePlan', actions: 'takeText' } } },
      askPlanDescription: { on: { ANSWER: { target: 'routePlan', actions: 'takeText' } } },
      confirmPlan: {
        on: {
          ANSWER: [
            { guard: ({ event }) => ['draft', 'save draft', 'save'].includes(norm(event.value)), target: 'savingDraft' },
            { guard: ({ event }) => ['publish', 'review and publish', 'yes'].includes(norm(event.value)), target: 'savingPublished' },
            {
              guard: ({ event }) => norm(event.value) === 'restart',
              target: 'routePlan',
              actions: assign({ planId: undefined, name: undefined, description: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('isv.plans.confirmPlan.required') }) },
          ],
        },
      },
      savingDraft: {
        tags: 'busy',
        invoke: {
          src: 'save',
          input: ({ context }) => ({ ctx: context, publish: false }),
          onDone: 'saved',
          onError: { target: 'confirmPlan', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      savingPublished: {
        tags: 'busy',
        invoke: {
          src: 'save',
          input: ({ context }) => ({ ctx: context, publish: true }),
          onDone: 'saved',
          onError: { target: 'confirmPlan', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      saved: {
        always: { target: 'loadingPlans' },
        entry: enqueueActions(({ context, event, enqueue }) => {
          const r = (event as unknown as { output: IsvResult<IsvPlan> }).output;
          enqueue.emit({ type: 'say', msg: savedMsg(r) });
          // Saved in Partner Center: "back" must not go behind it (a Plan ID can't be changed or deleted).
          if (r.status === 'done') enqueue.emit({ type: 'committed', msg: savedMsg(r) });
          if (r.status === 'done') enqueue.assign({ saved: context.saved + 1, planId: undefined, name: undefined, description: undefined });
          else if (r.reason.code === 'invalid-plan-id') enqueue.assign({ planId: undefined });
        }),
      },
      confirmPublish: {
        on: {
          ANSWER: [
            { guard: ({ event }) => ['publish', 'review and publish', 'yes'].includes(norm(event.value)), target: 'publishingPlan' },
            {
              guard: ({ event }) => ['back', 'no', 'plans', 'back to the plans'].includes(norm(event.value)),
              target: 'overview',
              actions: assign({ planId: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('isv.plans.confirmPublish.required') }) },
          ],
        },
      },
      publishingPlan: {
        tags: 'busy',
        invoke: {
          src: 'publishPlan',
          input: ({ context }) => ({ ctx: context }),
          onDone: {
            target: 'loadingPlans',
            actions: [
              emit(({ event }) => ({ type: 'say' as const, msg: savedMsg(event.output) })),
              enqueueActions(({ event, enqueue }) => {
                if (event.output.status === 'done') enqueue.emit({ type: 'committed', msg: savedMsg(event.output) });
              }),
              assign({ planId: undefined }),
            ],
          },
          onError: { target: 'overview', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      failed: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.saved > 0 ? 'done' : 'abandoned' }),
  });
}

export type PlansMachine = ReturnType<typeof createPlansMachine>;
