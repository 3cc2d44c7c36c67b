import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { checkLicenseAccess, licenseChanges, parseLicenseCount, type LicenseAccess } from '../../../domain/isv/deal-rules';
import type { IsvDeal, IsvPlan, LicenseMap } from '../../../domain/isv/model';
import type { RelationshipView } from '../../../domain/isv/port';
import { msg } from '../../../cards/view';
import { parseYesNo } from '../../commands';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { dealRefusals, findDeal } from '../isv-invite/machine';
import { effectKey, norm, refusalMsg } from '../isv-shared';
import type { Findable } from '../../../domain/find/match';
import { amongRefusals, foundAmong } from '../../pick/among';

export interface LicensesContext {
  runId: string;
  userId: string;
  dealHint?: string;
  deals: IsvDeal[];
  dealId?: string;
  relationship?: RelationshipView;
  access?: LicenseAccess;
  /** Published plans of the deal's offer: only they can carry licenses. */
  plans: IsvPlan[];
  current: LicenseMap;
  wanted: LicenseMap;
  planId?: string;
  commits: number;
  updated?: { changes: ReturnType<typeof licenseChanges>; licenses: LicenseMap };
}

/** "premium 25", "add premium 25", "set premium to 25", "remove standard", "change:premium". */
export type LicenseCommand =
  | { kind: 'set'; planId: string; count: string }
  | { kind: 'pick'; planId: string }
  | { kind: 'remove'; planId: string };

export function parseCommand(ctx: Pick<LicensesContext, 'plans' | 'wanted'>, text: string): LicenseCommand | undefined {
  const t = norm(text);
  const plan = (p: string) => ctx.plans.find((x) => x.planId === p || norm(x.name) === p)?.planId;
  let m = /^(?:remove|delete|remove:)\s*(?:plan\s+)?([\w -]+)$/.exec(t);
  if (m && plan(m[1].trim()) && plan(m[1].trim())! in ctx.wanted) return { kind: 'remove', planId: plan(m[1].trim())! };
  m = /^(?:add|set|change)?[:\s]*(?:plan\s+)?([\w-]+)\s*(?:to|:|=)?\s*(-?[\d,]+)$/.exec(t);
  if (m && plan(m[1])) return { kind: 'set', planId: plan(m[1])!, count: m[2] };
  m = /^(?:add|change)[:\s]+(?:plan\s+)?([\w-]+)$/.exec(t);
  if (m && plan(m[1])) return { kind: 'pick', planId: plan(m[1])! };
  return undefined;
}

/** A plan is found by its Plan ID (whole) or its name (in part, misspelt). */
const planFindable = (p: IsvPlan): Findable => ({ keys: [p.planId], names: [p.name] });
/** The user's own changes (from `basis` to `wanted`) made again on the licenses as they are now. */
export function rebaseLicenses(basis: LicenseMap, wanted: LicenseMap, fresh: LicenseMap): LicenseMap {
  const out: LicenseMap = { ...fresh };
  for (const planId of new Set([...Object.keys(basis), ...Object.keys(wanted)])) {
    if (basis[planId] === wanted[planId]) continue;
    if (wanted[planId] === undefined) delete out[planId];
    else out[planId] = wanted[planId];
  }
  return out;
}

export const freePlans = (ctx: Pick<LicensesContext, 'plans' | 'wanted'>) => ctx.plans.filter((p) => !(p.planId in ctx.wanted));
const pending = (ctx: LicensesContext) => licenseChanges(ctx.current, ctx.wanted);

export function createLicensesMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as LicensesContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      load: fromPromise(async () => (await pc.isv.deals()).filter((d) => d.status === 'in-progress')),
      loadDeal: fromPromise(async ({ input }: { input: { dealId: string } }) => {
        const deal = await pc.isv.deal(input.dealId);
        const relationship = deal?.relationshipId ? await pc.isv.relationship(deal.relationshipId) : undefined;
        const plans = deal ? (await pc.isv.plans(deal.offerId)).filter((p) => p.status === 'published') : [];
        return {
          relationship,
          access: deal ? checkLicenseAccess(deal, relationship) : undefined,
          plans,
          current: await pc.isv.licenses(input.dealId),
        };
      }),
      update: fromPromise(({ input }: { input: { ctx: LicensesContext } }) =>
        pc.isv.updateLicenses(
          input.ctx.dealId!,
          input.ctx.wanted,
          {
            userId: input.ctx.userId,
            idempotencyKey: effectKey(input.ctx.runId, `update-licenses-${input.ctx.commits}`, input.ctx.dealId!),
          },
          input.ctx.current,
        ),
      ),
    },
    actions: {
      applyCommand: enqueueActions(({ context, event, enqueue }) => {
        const c = parseCommand(context, event.value)!;
        if (c.kind === 'remove') {
          const { [c.planId]: _gone, ...rest } = context.wanted;
          void _gone;
          enqueue.assign({ wanted: rest });
        } else if (c.kind === 'pick') enqueue.assign({ planId: c.planId });
        else {
          const n = parseLicenseCount(c.count);
          if (n.ok) enqueue.assign({ wanted: { ...context.wanted, [c.planId]: n.count } });
          else enqueue.emit({ type: 'say', msg: msg(`isv.licenses.count.${n.code}`) });
        }
      }),
    },
  }).createMachine({
    id: 'isv-licenses',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      dealHint: input.prefill?.dealId,
      deals: [],
      plans: [],
      current: {},
      wanted: {},
      commits: 0,
    }),
    initial: 'loading',
    states: {
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          onDone: { target: 'route', actions: assign({ deals: ({ event }) => event.output }) },
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
            target: 'loadingDeal',
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
              target: 'loadingDeal',
              actions: assign({ dealId: ({ context, event }) => findDeal(context.deals, event.value)!.dealId }),
            },
            ...dealRefusals<LicensesContext>(),
          ],
        },
      },
      loadingDeal: {
        tags: 'busy',
        invoke: {
          src: 'loadDeal',
          input: ({ context }) => ({ dealId: context.dealId! }),
          onDone: [
            {
              guard: ({ event }) => !event.output.access?.ok,
              target: 'refused',
              actions: [
                assign(({ event }) => ({ access: event.output.access, relationship: event.output.relationship })),
                emit(({ event }) => ({
                  type: 'say' as const,
                  msg: msg(
                    `isv.refused.licenses.${event.output.access && !event.output.access.ok ? event.output.access.code : 'no-customer'}`,
                  ),
                })),
              ],
            },
            { target: 'overview', actions: assign(({ event }) => ({ ...event.output, wanted: { ...event.output.current } })) },
          ],
          onError: { target: 'chooseDeal', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      refused: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'other-deal', target: 'chooseDeal', actions: assign({ dealId: undefined }) },
            { guard: ({ event }) => norm(event.value) === 'retry', target: 'loadingDeal' },
            { guard: ({ event }) => ['stop-here', 'no'].includes(norm(event.value)), target: 'failed' },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      overview: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => ['add', 'add a plan'].includes(norm(event.value)) && freePlans(context).length > 0,
              target: 'choosePlan',
            },
            {
              guard: ({ context, event }) => ['update', 'update licenses'].includes(norm(event.value)) && pending(context).length > 0,
              target: 'confirm',
            },
            { guard: ({ event }) => ['stop-here', 'done'].includes(norm(event.value)), target: 'failed' },
            { guard: ({ context, event }) => !!parseCommand(context, event.value), target: 'routeCommand', actions: 'applyCommand' },
            { actions: emit({ type: 'say', msg: msg('isv.licenses.overview.unknown') }) },
          ],
        },
      },
      routeCommand: { always: [{ guard: ({ context }) => !!context.planId, target: 'askCount' }, { target: 'overview' }] },
      choosePlan: {
        on: {
          ANSWER: [
            { guard: ({ context, event }) => !!parseCommand(context, event.value), target: 'routeCommand', actions: 'applyCommand' },
            {
              guard: ({ context, event }) => !!foundAmong(freePlans(context), event.value, planFindable),
              target: 'askCount',
              actions: assign({ planId: ({ context, event }) => foundAmong(freePlans(context), event.value, planFindable)!.planId }),
            },
            { guard: ({ event }) => norm(event.value) === 'back', target: 'overview' },
            ...amongRefusals<IsvPlan, LicensesContext>({ kind: 'plan', items: freePlans, findable: planFindable, nameOf: (p) => p.name }),
          ],
        },
      },
      askCount: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'back', target: 'overview', actions: assign({ planId: undefined }) },
            {
              guard: ({ event }) => parseLicenseCount(event.value).ok,
              target: 'overview',
              actions: assign(({ context, event }) => ({
                wanted: { ...context.wanted, [context.planId!]: (parseLicenseCount(event.value) as { count: number }).count },
                planId: undefined,
              })),
            },
            {
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg(`isv.licenses.count.${(parseLicenseCount(event.value) as { code: string }).code}`),
              })),
            },
          ],
        },
      },
      confirm: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => ['update', 'update licenses'].includes(norm(event.value)) || parseYesNo(event.value) === true,
              target: 'updating',
            },
            { guard: ({ event }) => norm(event.value) === 'back', target: 'overview' },
            { actions: emit({ type: 'say', msg: msg('isv.licenses.confirm.required') }) },
          ],
        },
      },
      updating: {
        tags: 'busy',
        invoke: {
          src: 'update',
          input: ({ context }) => ({ ctx: context }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'done',
              target: 'done',
              actions: assign(({ context, event }) => ({
                updated: event.output.status === 'done' ? event.output.value : undefined,
                commits: context.commits + 1,
              })),
            },
            {
              // Changed by someone else since the summary: the new state is shown, the user's own changes kept on it.
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'changed',
              target: 'overview',
              actions: [
                emit({ type: 'say', msg: msg('security.changed') }),
                assign(({ context, event }) => {
                  const fresh =
                    (event.output.status === 'refused' && event.output.reason.code === 'changed' && event.output.reason.licenses) ||
                    context.current;
                  return { current: fresh, wanted: rebaseLicenses(context.current, context.wanted, fresh), commits: context.commits + 1 };
                }),
              ],
            },
            {
              target: 'overview',
              actions: [
                emit(({ event }) => ({
                  type: 'say' as const,
                  msg: event.output.status === 'refused' ? refusalMsg(event.output.reason) : msg('common.partnerCenterError'),
                })),
                assign(({ context }) => ({ commits: context.commits + 1 })),
              ],
            },
          ],
          onError: { target: 'confirm', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      failed: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.updated ? 'done' : 'abandoned' }),
  });
}

export type LicensesMachine = ReturnType<typeof createLicensesMachine>;
