import { assign, emit, fromPromise, setup } from 'xstate';
import { etagOf } from '../../../domain/etag';
import type { CspSubscription, Offer } from '../../../domain/csp/model';
import type { ManageOutcome } from '../../../domain/csp/port';
import {
  addOnsFor,
  availableActions,
  checkAddOn,
  checkReactivate,
  checkQuantityChange,
  parseQuantity,
  type ManageAction,
  type ManageCheck,
} from '../../../domain/csp/rules';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { msg } from '../../../cards/view';
import { choiceIs, norm } from '../answer-words';
import { pick, subscriptionLabel } from '../new-subscription/shared';
import { customerStep, searchCustomers } from '../../pick/customer-step';
import type { PickSlot } from '../../pick/find-and-pick';
import type { CustomerRef } from '../../pick/customer-ref';
import { amongMsg, findAmong, foundAmong } from '../../pick/among';
import type { Findable } from '../../../domain/find/match';
import { manageRefusalMsg } from './messages';

export interface ManageContext {
  runId: string;
  userId: string;
  customerQuery?: string;
  pick?: PickSlot<CustomerRef>;
  customer?: CustomerRef;
  offers?: Offer[];
  subs?: CspSubscription[];
  /** A subscription and an action named before they could be checked (first sentence, or handed over). */
  subscriptionHint?: string;
  actionHint?: string;
  /** The number of licenses to reach, said with the change ("… to 30"), or moved by some ("+3": "3 more"). */
  quantityHint?: string;
  subscriptionId?: string;
  action?: ManageAction;
  addOnId?: string;
  quantity?: number;
  outcome?: ManageOutcome;
}

const ACTION_WORDS: Record<ManageAction, string[]> = {
  'add-on': [
    'add add-on licenses',
    'add-on',
    'add-ons',
    'addon',
    'add on',
    'add an add-on',
    'add-on licenses',
    'composant additionnel',
    'tillägg',
    'invoegtoepassing',
    'add-on-licenties',
  ],
  quantity: [
    'change the number of licenses',
    'quantity',
    'change quantity',
    'change the quantity',
    'licenses',
    'number of licenses',
    'quantité',
    'antal',
    'aantal',
    'licences',
    'licenser',
    'licenties',
  ],
  suspend: ['suspend', 'suspend it', 'suspendre', 'pausa', 'inaktivera', 'onderbreken', 'opschorten'],
  reactivate: ['reactivate', 'reactivate it', 'resume', 'réactiver', 'reactiver', 'återaktivera', 'opnieuw activeren', 'heractiveren'],
};

export function parseAction(text: string): ManageAction | undefined {
  const t = norm(text);
  return (Object.keys(ACTION_WORDS) as ManageAction[]).find((a) => a === t || ACTION_WORDS[a].includes(t));
}

/** The action named anywhere in a first sentence ("suspend the Exchange subscription of contoso"). */
export function findAction(text: string): ManageAction | undefined {
  const t = ` ${norm(text)} `;
  if (/\b(re-?activate|resume|réactiver|återaktivera|heractiveren)\b/.test(t)) return 'reactivate';
  if (/\b(suspend|suspendre|opschorten)\b/.test(t)) return 'suspend';
  if (/\badd-?ons?\b|\badd on\b/.test(t)) return 'add-on';
  if (/\b(quantity|number of licenses|quantité)\b/.test(t)) return 'quantity';
  return undefined;
}

export const selected = (ctx: ManageContext) => ctx.subs?.find((s) => s.id === ctx.subscriptionId);
export const offerOf = (ctx: ManageContext, id: string | undefined) => ctx.offers?.find((o) => o.id === id);
export const actionsOf = (ctx: ManageContext): ManageAction[] => {
  const sub = selected(ctx);
  return sub ? availableActions(sub, ctx.offers ?? [], ctx.subs ?? []) : [];
};
export const addOnsOf = (ctx: ManageContext): Offer[] => {
  const sub = selected(ctx);
  return sub ? addOnsFor(sub, ctx.offers ?? [], ctx.subs ?? []) : [];
};
/** A subscription is found by its ID (whole) or its product's name (in part, misspelt). */
const subFindable =
  (ctx: ManageContext) =>
  (s: CspSubscription): Findable => ({ keys: [s.id], names: [subscriptionLabel(s, ctx.offers ?? [])] });
const pickSub = (ctx: ManageContext, value: string) => foundAmong(ctx.subs ?? [], value, subFindable(ctx));
const pickAddOn = (ctx: ManageContext, value: string) =>
  pick(addOnsOf(ctx), value, (o) => [o.id, o.name, o.name.replace(/\s*\(add-on\)$/i, '')]);

function addOnCheck(ctx: ManageContext, value: string): ManageCheck | undefined {
  const n = parseQuantity(value);
  const sub = selected(ctx);
  const addOn = offerOf(ctx, ctx.addOnId);
  return n === undefined || !sub || !addOn ? undefined : checkAddOn(sub, addOn, n, ctx.subs ?? []);
}

/** The number of licenses said with the change: "+3" and "-2" ("3 more", "2 fewer") move the subscription's own count. */
function hintedQuantity(ctx: ManageContext): string {
  const hint = ctx.quantityHint ?? '';
  const moved = /^([+-])(\d+)$/.exec(hint);
  const sub = selected(ctx);
  if (!moved || !sub) return hint;
  return String(sub.quantity + (moved[1] === '-' ? -1 : 1) * Number(moved[2]));
}

function quantityCheck(ctx: ManageContext, value: string): ManageCheck | undefined {
  const n = parseQuantity(value);
  const sub = selected(ctx);
  const offer = offerOf(ctx, sub?.offerId);
  return n === undefined || !sub || !offer ? undefined : checkQuantityChange(sub, offer, n, ctx.subs ?? []);
}

/** What Partner Center said when it refused a change (other than for the user's role). */
function outcomeMsg(outcome: ManageOutcome, name: string) {
  if (outcome.status !== 'refused' || outcome.reason.code === 'forbidden') return msg('common.partnerCenterError');
  if (outcome.reason.code === 'changed') return msg('security.changed');
  return manageRefusalMsg({ ok: false, reason: outcome.reason }, name);
}

export function createManageSubscriptionMachine({ pc }: ProcedureDeps) {
  return setup({
    types: {
      context: {} as ManageContext,
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
      })),
      act: fromPromise(
        async ({
          input,
        }: {
          input: {
            action: ManageAction;
            subscriptionId: string;
            addOnId?: string;
            quantity?: number;
            userId: string;
            key: string;
            ifMatch?: string;
          };
        }) => {
          const effect = { userId: input.userId, idempotencyKey: input.key, ifMatch: input.ifMatch };
          switch (input.action) {
            case 'add-on':
              return pc.csp.addAddOn(input.subscriptionId, input.addOnId ?? '', input.quantity ?? 0, effect);
            case 'quantity':
              return pc.csp.changeQuantity(input.subscriptionId, input.quantity ?? 0, effect);
            case 'suspend':
              return pc.csp.suspend(input.subscriptionId, effect);
            case 'reactivate':
              return pc.csp.reactivate(input.subscriptionId, effect);
          }
        },
      ),
    },
  }).createMachine({
    id: 'manage-subscription',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      customerQuery: input.prefill?.customer,
      subscriptionHint: input.prefill?.subscription,
      actionHint: input.prefill?.action,
      quantityHint: input.prefill?.quantity,
    }),
    initial: 'start',
    states: {
      start: { always: [{ guard: ({ context }) => !!context.customerQuery, target: 'findingCustomer' }, { target: 'askCustomer' }] },
      ...customerStep<ManageContext>({ next: 'loading' }),
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          input: ({ context }) => ({ customerId: context.customer!.id }),
          onDone: [
            {
              guard: ({ event }) => event.output.subs.length === 0,
              target: 'askCustomer',
              actions: [
                emit(({ context }) => ({ type: 'say' as const, msg: msg('managesub.subs.none', { customer: context.customer!.name }) })),
                assign({ customer: undefined, subscriptionHint: undefined, actionHint: undefined }),
              ],
            },
            { target: 'routeSubscription', actions: assign(({ event }) => event.output) },
          ],
          onError: {
            target: 'askCustomer',
            actions: [assign({ customer: undefined }), emit({ type: 'say', msg: msg('common.partnerCenterError') })],
          },
        },
      },
      routeSubscription: {
        always: [
          {
            guard: ({ context }) => !!context.subscriptionHint && !!pickSub(context, context.subscriptionHint),
            target: 'routeAction',
            actions: assign({
              subscriptionId: ({ context }) => pickSub(context, context.subscriptionHint!)!.id,
              subscriptionHint: undefined,
            }),
          },
          {
            // Words that fit several of the customer's subscriptions ("exchange"): those are named, then the list.
            guard: ({ context }) =>
              !!context.subscriptionHint &&
              findAmong(context.subs ?? [], context.subscriptionHint, subFindable(context)).kind === 'several',
            target: 'chooseSubscription',
            actions: [
              emit(({ context }) => ({
                type: 'say' as const,
                msg: amongMsg(
                  'subscription',
                  findAmong(context.subs ?? [], context.subscriptionHint!, subFindable(context)),
                  context.subscriptionHint!,
                  (sub) => subscriptionLabel(sub, context.offers ?? []),
                ),
              })),
              assign({ subscriptionHint: undefined }),
            ],
          },
          {
            guard: ({ context }) => !!context.subscriptionHint,
            target: 'chooseSubscription',
            actions: [
              emit(({ context }) => ({
                type: 'say' as const,
                msg: msg('managesub.subscription.unknown', { text: context.subscriptionHint!.slice(0, 60) }),
              })),
              assign({ subscriptionHint: undefined }),
            ],
          },
          { target: 'chooseSubscription' },
        ],
      },
      chooseSubscription: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!pickSub(context, event.value),
              target: 'routeAction',
              actions: assign({ subscriptionId: ({ context, event }) => pickSub(context, event.value)!.id }),
            },
            {
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: amongMsg('subscription', findAmong(context.subs ?? [], event.value, subFindable(context)), event.value, (sub) =>
                  subscriptionLabel(sub, context.offers ?? []),
                ),
              })),
            },
          ],
        },
      },
      routeAction: {
        always: [
          {
            guard: ({ context }) => !!context.actionHint && actionsOf(context).includes(parseAction(context.actionHint)!),
            target: 'routeStep',
            actions: assign({ action: ({ context }) => parseAction(context.actionHint!), actionHint: undefined }),
          },
          {
            guard: ({ context }) => !!context.actionHint && !!parseAction(context.actionHint),
            target: 'chooseAction',
            actions: [
              emit(({ context }) => ({
                type: 'say' as const,
                msg: msg(`managesub.action.notNow.${parseAction(context.actionHint!)}`, {
                  name: subscriptionLabel(selected(context)!, context.offers ?? []),
                }),
              })),
              assign({ actionHint: undefined }),
            ],
          },
          { target: 'chooseAction', actions: assign({ actionHint: undefined }) },
        ],
      },
      chooseAction: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => choiceIs(event.value, 'other'),
              target: 'chooseSubscription',
              actions: assign({ subscriptionId: undefined, action: undefined }),
            },
            {
              guard: ({ context, event }) => actionsOf(context).includes(parseAction(event.value)!),
              target: 'routeStep',
              actions: assign({ action: ({ event }) => parseAction(event.value) }),
            },
            {
              guard: ({ event }) => !!parseAction(event.value),
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: msg(`managesub.action.notNow.${parseAction(event.value)}`, {
                  name: subscriptionLabel(selected(context)!, context.offers ?? []),
                }),
              })),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      routeStep: {
        always: [
          {
            guard: ({ context }) => context.action === 'add-on' && addOnsOf(context).length === 1,
            target: 'askAddOnQuantity',
            actions: assign({ addOnId: ({ context }) => addOnsOf(context)[0].id }),
          },
          { guard: ({ context }) => context.action === 'add-on', target: 'chooseAddOn' },
          {
            // The number was said with the change ("… to 30"): the summary comes next when the rules allow it.
            guard: ({ context }) => context.action === 'quantity' && !!quantityCheck(context, hintedQuantity(context))?.ok,
            target: 'confirm',
            actions: assign({ quantity: ({ context }) => parseQuantity(hintedQuantity(context)), quantityHint: undefined }),
          },
          {
            guard: ({ context }) => context.action === 'quantity' && !!quantityCheck(context, hintedQuantity(context)),
            target: 'askQuantity',
            actions: [
              emit(({ context }) => ({
                type: 'say' as const,
                msg: manageRefusalMsg(
                  quantityCheck(context, hintedQuantity(context))!,
                  subscriptionLabel(selected(context)!, context.offers ?? []),
                ),
              })),
              assign({ quantityHint: undefined }),
            ],
          },
          { guard: ({ context }) => context.action === 'quantity', target: 'askQuantity' },
          {
            // An add-on whose base subscription is suspended can't come back alone: said before the confirmation.
            guard: ({ context }) =>
              context.action === 'reactivate' && !!selected(context) && !checkReactivate(selected(context)!, context.subs ?? []).ok,
            target: 'chooseAction',
            actions: [
              emit(({ context }) => ({
                type: 'say' as const,
                msg: manageRefusalMsg(
                  checkReactivate(selected(context)!, context.subs ?? []),
                  subscriptionLabel(selected(context)!, context.offers ?? []),
                ),
              })),
              assign({ action: undefined }),
            ],
          },
          { target: 'confirm' },
        ],
      },
      chooseAddOn: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'back'), target: 'chooseAction', actions: assign({ action: undefined }) },
            {
              guard: ({ context, event }) => !!pickAddOn(context, event.value),
              target: 'askAddOnQuantity',
              actions: assign({ addOnId: ({ context, event }) => pickAddOn(context, event.value)!.id }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      askAddOnQuantity: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => choiceIs(event.value, 'back'),
              target: 'chooseAction',
              actions: assign({ action: undefined, addOnId: undefined }),
            },
            {
              guard: ({ context, event }) => addOnCheck(context, event.value) === undefined,
              actions: emit(({ context }) => ({
                type: 'say' as const,
                msg: msg('managesub.quantity.notANumber', {
                  min: offerOf(context, context.addOnId)?.minQuantity ?? 1,
                  max: Math.min(offerOf(context, context.addOnId)?.maxQuantity ?? 1, selected(context)?.quantity ?? 1),
                }),
              })),
            },
            {
              guard: ({ context, event }) => !addOnCheck(context, event.value)!.ok,
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: manageRefusalMsg(addOnCheck(context, event.value)!, offerOf(context, context.addOnId)?.name ?? ''),
              })),
            },
            { target: 'confirm', actions: assign({ quantity: ({ event }) => parseQuantity(event.value) }) },
          ],
        },
      },
      askQuantity: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'back'), target: 'chooseAction', actions: assign({ action: undefined }) },
            {
              guard: ({ context, event }) => quantityCheck(context, event.value) === undefined,
              actions: emit(({ context }) => {
                const offer = offerOf(context, selected(context)?.offerId);
                return {
                  type: 'say' as const,
                  msg: msg('managesub.quantity.notANumber', { min: offer?.minQuantity ?? 1, max: offer?.maxQuantity ?? 1 }),
                };
              }),
            },
            {
              guard: ({ context, event }) => !quantityCheck(context, event.value)!.ok,
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: manageRefusalMsg(quantityCheck(context, event.value)!, subscriptionLabel(selected(context)!, context.offers ?? [])),
              })),
            },
            { target: 'confirm', actions: assign({ quantity: ({ event }) => parseQuantity(event.value) }) },
          ],
        },
      },
      confirm: {
        on: {
          ANSWER: [
            { guard: ({ event }) => choiceIs(event.value, 'confirm'), target: 'working' },
            {
              guard: ({ event }) => choiceIs(event.value, 'back'),
              target: 'chooseAction',
              actions: assign({ action: undefined, addOnId: undefined, quantity: undefined }),
            },
            { actions: emit({ type: 'say', msg: msg('managesub.confirm.required') }) },
          ],
        },
      },
      working: {
        tags: 'busy',
        invoke: {
          src: 'act',
          input: ({ context }) => ({
            action: context.action!,
            subscriptionId: context.subscriptionId!,
            addOnId: context.addOnId,
            quantity: context.quantity,
            userId: context.userId,
            key: `${context.runId}:${context.action}:${context.subscriptionId}:${context.addOnId ?? ''}:${context.quantity ?? ''}`,
            // The subscription as the confirmed summary showed it.
            ifMatch: selected(context) ? etagOf(selected(context)) : undefined,
          }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'done',
              target: 'done',
              actions: assign({ outcome: ({ event }) => event.output }),
            },
            {
              guard: ({ event }) => event.output.status === 'refused' && event.output.reason.code === 'forbidden',
              target: 'abandoned',
              actions: emit(({ event }) => ({
                type: 'say' as const,
                msg: msg('common.roleRemoved', {
                  roles: {
                    list:
                      event.output.status === 'refused' && event.output.reason.code === 'forbidden' ? [...event.output.reason.needed] : [],
                  },
                }),
              })),
            },
            {
              // Someone changed the subscription meanwhile: say why, look again, and offer what can be done now.
              target: 'loading',
              actions: [
                emit(({ context, event }) => ({
                  type: 'say' as const,
                  msg: outcomeMsg(event.output, subscriptionLabel(selected(context)!, context.offers ?? [])),
                })),
                assign({
                  subscriptionHint: ({ context }) => context.subscriptionId,
                  action: undefined,
                  addOnId: undefined,
                  quantity: undefined,
                }),
              ],
            },
          ],
          onError: { target: 'confirm', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      done: { type: 'final' },
      abandoned: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.outcome?.status === 'done' ? 'done' : 'abandoned' }),
  });
}

export type ManageSubscriptionMachine = ReturnType<typeof createManageSubscriptionMachine>;
