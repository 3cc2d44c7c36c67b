import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { checkCloseDate, checkDealOffer, MAX_CUSTOMER_NAME_LENGTH, parseDealValue } from '../../../domain/isv/deal-rules';
import type { IsvDeal } from '../../../domain/isv/model';
import { checkText, goLiveWindow } from '../../../domain/isv/offer-rules';
import { msg, type Msg } from '../../../cards/view';
import { parseYesNo } from '../../commands';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { effectKey, findOffer, offerRefusals, norm, offerRef, refusalMsg, statusMsg, type OfferRef } from '../isv-shared';

export interface DealContext {
  runId: string;
  userId: string;
  offerHint?: string;
  /** Offers a deal can be registered for: live, with license management. */
  offers: OfferRef[];
  /** The publisher's other offers, with why a deal can't be registered for them (said when one is named). */
  ineligible?: IneligibleOffer[];
  customerName?: string;
  offerId?: string;
  value?: number;
  closeDate?: string;
  deal?: IsvDeal;
}

type Field = 'customerName' | 'value' | 'closeDate';

export interface IneligibleOffer extends OfferRef {
  code: 'not-live' | 'no-license-management';
  /** For an offer going live: when it should be live. */
  liveFrom?: string;
}

/** Why a deal can't be registered for this offer: not live yet (and when it will be), or no license management. */
export function ineligibleMsg(o: IneligibleOffer): Msg {
  if (o.code === 'no-license-management') return msg('isv.deal.offer.no-license-management', { id: o.offerId });
  if (o.status === 'going-live' && o.liveFrom) return msg('isv.deal.offer.going-live', { id: o.offerId, from: { datetime: o.liveFrom } });
  return msg('isv.deal.offer.not-live', { id: o.offerId, status: statusMsg(o.status) });
}

export function createDealMachine({ pc, clock }: ProcedureDeps) {
  /** One value of the deal, checked: the assignment to make, or the message saying why not. */
  const take = (field: Field, raw: string): { ok: true; set: Partial<DealContext> } | { ok: false; say: ReturnType<typeof msg> } => {
    if (field === 'customerName') {
      const r = checkText(raw, MAX_CUSTOMER_NAME_LENGTH);
      return r.ok ? { ok: true, set: { customerName: r.value } } : { ok: false, say: msg(`isv.deal.customer.${r.code}`, { max: r.max }) };
    }
    if (field === 'value') {
      const r = parseDealValue(raw);
      return r.ok
        ? { ok: true, set: { value: r.value } }
        : { ok: false, say: msg(`isv.deal.value.${r.code}`, { text: raw.trim().slice(0, 40) }) };
    }
    const r = checkCloseDate(raw, clock.now());
    return r.ok
      ? { ok: true, set: { closeDate: r.date } }
      : {
          ok: false,
          say: msg(`isv.deal.date.${r.code}`, { text: raw.trim().slice(0, 40), today: clock.now().toISOString().slice(0, 10) }),
        };
  };
  const missing = (ctx: DealContext): Field | undefined =>
    !ctx.customerName ? 'customerName' : ctx.value === undefined ? 'value' : !ctx.closeDate ? 'closeDate' : undefined;

  return setup({
    types: {
      context: {} as DealContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      load: fromPromise(async () => {
        const all = await pc.isv.offers();
        const check = (o: (typeof all)[number]) => checkDealOffer(o.status, o.licensing.mode === 'license-management');
        return {
          offers: all.filter((o) => check(o).ok).map(offerRef),
          ineligible: all.flatMap((o): IneligibleOffer[] => {
            const c = check(o);
            return c.ok
              ? []
              : [{ ...offerRef(o), code: c.code, ...(o.goLiveAt ? { liveFrom: goLiveWindow(new Date(o.goLiveAt)).from } : {}) }];
          }),
        };
      }),
      register: fromPromise(({ input }: { input: { ctx: DealContext } }) => {
        const c = input.ctx;
        return pc.isv.registerDeal(
          { customerName: c.customerName!, offerId: c.offerId!, value: c.value!, closeDate: c.closeDate! },
          { userId: c.userId, idempotencyKey: effectKey(c.runId, 'register-deal', c.customerName!) },
        );
      }),
    },
    actions: {
      /** Typed text answers the value asked for; a card form may send all three. */
      takeAnswer: enqueueActions(({ context, event, enqueue }) => {
        const fields = event.fields ?? {};
        const given = (['customerName', 'value', 'closeDate'] as Field[]).filter((f) => fields[f] !== undefined && fields[f] !== '');
        const answers: [Field, string][] = given.length ? given.map((f) => [f, fields[f]]) : [[missing(context)!, event.value]];
        for (const [f, raw] of answers) {
          const r = take(f, raw);
          if (r.ok) enqueue.assign(r.set);
          else enqueue.emit({ type: 'say', msg: r.say });
        }
      }),
    },
  }).createMachine({
    id: 'isv-deal',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      offerHint: input.prefill?.offerId,
      customerName: input.prefill?.customerName,
      offers: [],
    }),
    initial: 'loading',
    states: {
      loading: {
        tags: 'busy',
        invoke: {
          src: 'load',
          onDone: {
            target: 'route',
            actions: assign({ offers: ({ event }) => event.output.offers, ineligible: ({ event }) => event.output.ineligible }),
          },
          onError: { target: 'failed', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      route: {
        always: [
          {
            guard: ({ context }) => !context.offerId && !!findOffer(context.ineligible, context.offerHint ?? ''),
            target: 'route',
            actions: [
              emit(({ context }) => ({ type: 'say' as const, msg: ineligibleMsg(findOffer(context.ineligible, context.offerHint!)!) })),
              // The only offer that can take a deal is taken without a question: say so, since another was named.
              enqueueActions(({ context, enqueue }) => {
                if (context.offers.length === 1)
                  enqueue.emit({ type: 'say', msg: msg('isv.deal.offer.onlyOther', { id: context.offers[0].offerId }) });
              }),
              assign({ offerHint: undefined }),
            ],
          },
          {
            guard: ({ context }) => context.offers.length === 0,
            target: 'failed',
            actions: emit({ type: 'say', msg: msg('isv.deal.noOffers') }),
          },
          {
            guard: ({ context }) => !context.offerId && !!findOffer(context.offers, context.offerHint ?? ''),
            target: 'route',
            actions: assign({ offerId: ({ context }) => findOffer(context.offers, context.offerHint!)!.offerId }),
          },
          {
            guard: ({ context }) => !context.offerId && context.offers.length === 1,
            target: 'route',
            actions: assign({ offerId: ({ context }) => context.offers[0].offerId }),
          },
          { guard: ({ context }) => !context.customerName, target: 'askCustomer' },
          { guard: ({ context }) => !context.offerId, target: 'chooseOffer' },
          { guard: ({ context }) => context.value === undefined, target: 'askValue' },
          { guard: ({ context }) => !context.closeDate, target: 'askCloseDate' },
          { target: 'confirm' },
        ],
      },
      askCustomer: { on: { ANSWER: { target: 'route', actions: 'takeAnswer' } } },
      chooseOffer: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => !!findOffer(context.offers, event.value),
              target: 'route',
              actions: assign({ offerId: ({ context, event }) => findOffer(context.offers, event.value)!.offerId }),
            },
            // One of the publisher's offers that can't take a deal: say why, and when it can.
            {
              guard: ({ context, event }) => !!findOffer(context.ineligible, event.value),
              actions: emit(({ context, event }) => ({
                type: 'say' as const,
                msg: ineligibleMsg(findOffer(context.ineligible, event.value)!),
              })),
            },
            ...offerRefusals<DealContext>(),
          ],
        },
      },
      askValue: { on: { ANSWER: { target: 'route', actions: 'takeAnswer' } } },
      askCloseDate: { on: { ANSWER: { target: 'route', actions: 'takeAnswer' } } },
      confirm: {
        on: {
          ANSWER: [
            { guard: ({ event }) => norm(event.value) === 'register' || parseYesNo(event.value) === true, target: 'registering' },
            {
              guard: ({ event }) => norm(event.value) === 'change-customer',
              target: 'route',
              actions: assign({ customerName: undefined }),
            },
            { guard: ({ event }) => norm(event.value) === 'change-offer', target: 'chooseOffer' },
            { guard: ({ event }) => norm(event.value) === 'change-value', target: 'route', actions: assign({ value: undefined }) },
            { guard: ({ event }) => norm(event.value) === 'change-date', target: 'route', actions: assign({ closeDate: undefined }) },
            { actions: emit({ type: 'say', msg: msg('isv.deal.confirm.required') }) },
          ],
        },
      },
      registering: {
        tags: 'busy',
        invoke: {
          src: 'register',
          input: ({ context }) => ({ ctx: context }),
          onDone: [
            {
              guard: ({ event }) => event.output.status === 'done',
              target: 'done',
              actions: assign({ deal: ({ event }) => (event.output.status === 'done' ? event.output.value : undefined) }),
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
    output: ({ context }) => ({ outcome: context.deal ? 'done' : 'abandoned' }),
  });
}

export type DealMachine = ReturnType<typeof createDealMachine>;
