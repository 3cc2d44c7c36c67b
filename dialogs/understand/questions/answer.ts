import { msg, type Msg } from '../../../cards/view';
import { checkOffer } from '../../../domain/csp/rules';
import { GO_LIVE_MAX_HOURS, GO_LIVE_MIN_HOURS } from '../../../domain/isv/offer-rules';
import type { PartnerCenter } from '../../../domain/partner-center';
import { CANCELLATION_WINDOW_DAYS, checkCancellation, NEVER_CANCELLABLE_VENDORS } from '../../../domain/rules/cancellation';
import { reservationEligibility } from '../../../domain/software/catalog';
import { RESERVATION_UNAVAILABLE_MARKETS, reservationMarket } from '../../../domain/software/markets';
import type { PurchaseKind } from '../../../domain/model';
import { fold, type Lang } from '../../nlu/text';
import { unavailableMsg } from '../../procedures/new-subscription/messages';
import { findCustomerMention } from '../customer-mention';
import type { QuestionIntent } from '../intents';
import { marketName, marketNamed } from './markets';

export interface AnswerContext {
  pc: PartnerCenter;
  now: Date;
  lang: Lang;
}

/** The answer to a question, from the rules and Partner Center's data; about the customer, market, order or product it names. */
export async function answerQuestion(question: QuestionIntent, text: string, ctx: AnswerContext): Promise<Msg[]> {
  switch (question) {
    case 'reservation-markets':
      return reservationMarkets(text, ctx);
    case 'hybrid-benefit':
      return [msg('buy.hybridBenefit.explain')];
    case 'cancellation-window':
      return cancellationWindow(text, ctx);
    case 'missing-product':
      return missingProduct(text, ctx);
    case 'after-go-live':
      return [
        msg('understand.ask.goLive.window', { min: GO_LIVE_MIN_HOURS, max: GO_LIVE_MAX_HOURS }),
        msg('isv.listing.license-check'),
        msg('isv.listing.free-install'),
        msg('understand.ask.goLive.status'),
      ];
  }
}

async function reservationMarkets(text: string, ctx: AnswerContext): Promise<Msg[]> {
  const mention = findCustomerMention(text, await ctx.pc.customers.list());
  if (mention?.customers.length === 1) {
    const c = mention.customers[0];
    const e = reservationEligibility(c);
    const market = marketName(c.market, ctx.lang);
    if (e.ok) return [msg('understand.ask.markets.customerYes', { customer: c.name, market })];
    return e.reason === 'market'
      ? [msg('buy.reservation.market', { customer: c.name, market, code: e.market })]
      : [msg('buy.reservation.customerType', { customer: c.name, type: msg(`buy.customerType.${e.type}`) })];
  }
  const code = marketNamed(text);
  if (code) {
    const m = reservationMarket(code);
    return [
      msg(m.available ? 'understand.ask.markets.available' : 'understand.ask.markets.unavailable', { market: marketName(code, ctx.lang) }),
    ];
  }
  // A code the list gives several names (BQ: Bonaire, Saba, Sint Eustatius) keeps the list's names; the others are named in the user's language.
  const shared = (code: string) => RESERVATION_UNAVAILABLE_MARKETS.filter((m) => m.code === code).length > 1;
  const list = [...new Set(RESERVATION_UNAVAILABLE_MARKETS.map((m) => (shared(m.code) ? m.name : marketName(m.code, ctx.lang))))].sort(
    (a, b) => a.localeCompare(b, ctx.lang),
  );
  return [msg('understand.ask.markets.list', { count: list.length, markets: { list } }), msg('understand.ask.markets.ask')];
}

const ORDER = /\b(?:order|commande|ordre|beställning|bestallning|ordern|bestelling)\s*(?:id|n°|nr\.?|#)?\s*([a-z0-9-]*\d[a-z0-9-]*)\b/i;

async function cancellationWindow(text: string, ctx: AnswerContext): Promise<Msg[]> {
  const orderId = ORDER.exec(text)?.[1];
  const purchase = orderId ? await ctx.pc.software.purchase(orderId) : undefined;
  const product = purchase ? await ctx.pc.software.product(purchase.productId) : undefined;
  if (purchase && product) {
    const check = checkCancellation(purchase, product, ctx.now);
    if (check.ok)
      return [
        msg('understand.ask.cancel.orderOpen', {
          order: purchase.orderId,
          product: product.name,
          days: check.daysLeft,
          deadline: { date: check.deadline },
        }),
      ];
    const r = check.refusal;
    if (r.code === 'window-passed')
      return [
        msg('understand.ask.cancel.orderClosed', {
          order: purchase.orderId,
          product: product.name,
          days: r.windowDays,
          closed: { date: r.closedOn },
        }),
      ];
    if (r.code === 'never-cancellable')
      return [msg('understand.ask.cancel.orderNever', { order: purchase.orderId, product: product.name, vendor: r.vendor })];
    return [msg('understand.ask.cancel.orderDone', { order: purchase.orderId, product: product.name })];
  }
  const kinds = Object.keys(CANCELLATION_WINDOW_DAYS) as PurchaseKind[];
  return [
    msg('understand.ask.cancel.intro'),
    ...kinds.map((kind) =>
      msg('understand.ask.cancel.kind', { kind: msg(`understand.kind.${kind}`), days: CANCELLATION_WINDOW_DAYS[kind] }),
    ),
    msg('understand.ask.cancel.never', { vendors: { list: [...NEVER_CANCELLABLE_VENDORS] } }),
  ];
}

async function missingProduct(text: string, ctx: AnswerContext): Promise<Msg[]> {
  const general = [msg('newsub.whyMissing.why'), msg('understand.ask.missing.more')];
  const mention = findCustomerMention(text, await ctx.pc.customers.list());
  const offers = await ctx.pc.csp.offers();
  const said = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const offer = [...offers]
    .sort((a, b) => b.name.length - a.name.length)
    .find((o) =>
      said.includes(
        ` ${fold(o.name)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()} `,
      ),
    );
  if (!offer || mention?.customers.length !== 1) return general;
  const customer = mention.customers[0];
  const subs = await ctx.pc.csp.subscriptions(customer.id);
  const name = (id: string) => offers.find((o) => o.id === id)?.name ?? id;
  const checks = (['monthly', 'annual'] as const).map((billing) => checkOffer(offer, customer.type, billing, subs));
  if (checks.some((c) => c.ok)) return [msg('newsub.why.offered', { name: offer.name })];
  const reason = checks.find((c) => !c.ok && c.reason.code !== 'billing') ?? checks[0];
  return reason.ok ? general : [unavailableMsg(offer.name, reason.reason, customer.name, name)];
}
