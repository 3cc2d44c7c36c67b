import { msg, type Msg } from '../../../../cards/view';
import { reservationEligibility } from '../../../../domain/software/catalog';
import { RESERVATION_UNAVAILABLE_MARKETS, reservationMarket } from '../../../../domain/software/markets';
import { fold } from '../../../nlu/text';
import type { AnswerContext, QuestionDefinition } from '../../../procedure';
import { findCustomerMention } from '../../../understand/customer-mention';
import { phrasesOf } from '../../../understand/intents';
import { marketName, marketNamed } from './markets';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as nl } from './phrases.nl';
import { phrases as sv } from './phrases.sv';

const TABLES = { en, fr, sv, nl };
/** Reservations, and their abbreviation "RI(s)" (folded). */
export const RESERVATION = /(?:\b|ars|jaars)reserv|\breserverin|\bris?\b/;
/** Asking where they are sold: countries, markets, regions, restrictions of place (folded, four languages). */
const WHERE_SOLD =
  /\b(?:countr(?:y|ies)|markets?|geograph\w*|pays|marches?|geographi\w*|land|landet|lander|landerna|marknad\w*|geografi\w*|landen|markten|restrict\w*|\w*beperking\w*|begransning\w*|allowed|le droit|autorisee?s?|tillatet|toegestaan)\b/;

/** Where Azure reservations are sold: for the customer or the market the sentence names, or the list of markets without them. */
const reservationMarkets: QuestionDefinition = {
  id: 'reservation-markets',
  phrases: phrasesOf(TABLES, 'reservation-markets'),
  // Reservations and a market ("… in Greenland?"): reservations are bought for customers, so this asks where they are sold.
  asks: (text) => {
    const folded = fold(text);
    return RESERVATION.test(folded) && (WHERE_SOLD.test(folded) || !!marketNamed(text));
  },
  answer: answerReservationMarkets,
};

/** What Azure Hybrid Benefit is: the same words the purchase gives when asked during it. */
const hybridBenefit: QuestionDefinition = {
  id: 'hybrid-benefit',
  phrases: phrasesOf(TABLES, 'hybrid-benefit'),
  // "kan du förklara AHB kort": the benefit named and asked about or to be explained is this question.
  asks: (text) => {
    const folded = fold(text);
    return HYBRID_BENEFIT.test(folded) && EXPLAIN.test(folded) && !/\d/.test(folded);
  },
  about: (folded) => BENEFIT_SUBJECT.test(folded),
  answer: async () => [msg('buy.hybridBenefit.explain')],
};

/** What the benefit is about: its name, bringing licences to Azure, Software Assurance (folded, four languages). */
const BENEFIT_SUBJECT = /\b(?:hybrid\w*|ahb|ahub|byol|bring your own|software assurance|azure)\b/;

/** Azure Hybrid Benefit, by name or abbreviated (folded, four languages). */
const HYBRID_BENEFIT =
  /\b(?:ahb|ahub|hybrid (?:use )?benefit|avantage (?:azure )?hybride|hybrid ?formanen?|hybride (?:voordeel|gebruiksvoordeel))\b/;
/** Asked about, or to be explained (folded, four languages). */
const EXPLAIN =
  /\?|\b(?:what|whats|how|explain|tell me|meaning|means|quoi|comment|expliqu\w*|signifie|veut dire|vad|hur|forklara|betyder|innebar|wat|hoe|uitleg\w*|leg \w+ uit|betekent|inhoudt)\b/;

export const buySoftwareQuestions: readonly QuestionDefinition[] = [reservationMarkets, hybridBenefit];

async function answerReservationMarkets(text: string, ctx: AnswerContext): Promise<Msg[]> {
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
