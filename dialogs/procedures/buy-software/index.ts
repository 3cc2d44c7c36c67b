import type { SnapshotFrom } from 'xstate';
import { MAX_ORDER_QUANTITY, type CatalogItem } from '../../../domain/software/catalog';
import { KEY_OR_DOWNLOAD } from '../keys-downloads';
import { LOG_NAMED } from '../activity-log';
import { ALREADY_BOUGHT, MISTAKEN, whoDidIt } from '../past-deeds';
import type { ProcedureDefinition } from '../../procedure';
import { customerPrompt } from '../../pick/customer-step';
import { msg, type Msg, type Prompt } from '../../../cards/view';
import { extractCustomer } from '../../pick/customer-ref';
import {
  createBuySoftwareMachine,
  eligibilityOf,
  itemOf,
  offeredItems,
  reservationRefusal,
  type BuyContext,
  type BuySoftwareMachine,
} from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { buySoftwareStrings } from './strings';
import { buySoftwareQuestions, RESERVATION } from './questions';

type Snap = SnapshotFrom<BuySoftwareMachine>;
const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

export const buySoftware: ProcedureDefinition<BuySoftwareMachine> = {
  id: 'buy-software',
  version: 2,
  permission: 'buy-software',
  group: 'software',
  prefillKeys: ['customer', 'reservation', 'explain', 'item'],
  strings: buySoftwareStrings,
  title: msg('buy.title'),
  summary: msg('buy.summary'),
  phrases: { en, fr, sv, nl },
  // "a 3 year reserved instance for Fabrikam, how do I order that", "klant wil een SUSE subscription, hoe bestel ik die":
  // reservations and software plans are bought here, not subscribed to.
  claims: (folded, named) => {
    // A purchase already made (its keys, who made it, its cancellation) is not one to make.
    if (
      named.has('order') ||
      UNDONE.test(folded) ||
      ALREADY_BOUGHT.test(folded) ||
      whoDidIt(folded) ||
      LOG_NAMED.test(folded) ||
      KEY_OR_DOWNLOAD.test(folded) ||
      MISTAKEN.test(folded)
    )
      return false;
    // Software of the customer's catalog named with a purchase: "Visio Pro pour 4 postes, on peut leur acheter ça ?",
    // "heeft visio nodig, graag een aankoop doen".
    if (named.has('software') && BOUGHT.test(folded)) return true;
    // A reservation with its term or its size is one to buy: "un RI pour contoso, 1 an, D4s v5".
    if (RESERVATION.test(folded) && RESERVED_TERM_OR_SIZE.test(folded)) return true;
    // A reservation described: "payer d'avance ses machines virtuelles azure sur 3 ans".
    if (PREPAID.test(folded) && VIRTUAL_MACHINES.test(folded)) return true;
    // Software said perpetual is only bought (its keys, a cancellation or an order named were left out above):
    // "project pro en perpetuel pour contoso, 2 postes, go".
    if (SAID_PERPETUAL.test(folded)) return true;
    return (
      ((RESERVATION.test(folded) || SOFTWARE_PLAN.test(folded)) && BOUGHT.test(folded)) || (PERPETUAL.test(folded) && BUY_VERB.test(folded))
    );
  },
  questions: buySoftwareQuestions,
  createMachine: createBuySoftwareMachine,
  extract: extractBuyValues,
  stepKey: (s) => `buy.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

/** "buy an Azure reservation for adatum.sc" gives the customer and the wish for a reservation. */
export function extractBuyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const customer = extractCustomer(text);
  if (customer) out.customer = customer;
  if (/reserv|réserv/i.test(text)) out.reservation = 'yes';
  if (/hybrid/i.test(text)) out.explain = 'hybrid-benefit';
  return out;
}

/** The tax words of a price: Australia and Brazil include tax, other markets exclude it. */
export const taxMsg = (item: Pick<CatalogItem, 'taxBasis'>): Msg =>
  msg(item.taxBasis === 'including-tax' ? 'buy.tax.including' : 'buy.tax.excluding');

function itemDetail(i: CatalogItem): Msg {
  const price = { money: i.unitPrice, currency: i.currency };
  return i.kind === 'azure-reservation'
    ? msg('buy.item.reservationDetail', { years: i.termYears ?? 1, price, tax: taxMsg(i) })
    : msg('buy.item.softwareDetail', { price, tax: taxMsg(i) });
}

/** Said before the order: whether the software can be cancelled afterwards, and whether it has keys. */
function afterPurchase(item: CatalogItem): Msg[] {
  if (item.kind !== 'software') return [];
  const c = item.cancellation;
  return [
    c && !c.cancellable
      ? msg('buy.confirm.neverCancellable', { vendor: c.vendor })
      : c
        ? msg('buy.confirm.window', { days: c.windowDays })
        : msg('common.empty'),
    item.downloads === false ? msg('buy.confirm.noDownloads') : msg('common.empty'),
  ];
}

/** The receipt of a software order: keys only when it has some, the cancellation only when it can be cancelled. */
function receiptLines(item: CatalogItem | undefined, orderId: string): Msg[] {
  const c = item?.cancellation;
  return [
    ...(item?.downloads === false ? [msg('buy.done.noDownloads')] : [msg('buy.done.software'), msg('buy.done.customerSelfService')]),
    c && !c.cancellable
      ? msg('buy.done.neverCancellable', { vendor: c.vendor })
      : msg('buy.done.cancelWindow', { days: c?.windowDays ?? 60, order: orderId }),
  ];
}

function promptFor(step: string, ctx: BuyContext): Prompt | undefined {
  const customer = ctx.customer;
  const item = itemOf(ctx);
  switch (step) {
    case 'askCustomer':
    case 'chooseCustomer':
      return customerPrompt(step, ctx, 'buy');
    case 'chooseItem': {
      const items = offeredItems(ctx);
      const eligibility = eligibilityOf(ctx);
      const first = items[0];
      return {
        title: msg('buy.chooseItem.title', { customer: customer?.name ?? '' }),
        lines: [
          first
            ? msg(first.taxBasis === 'including-tax' ? 'buy.chooseItem.taxIncluded' : 'buy.chooseItem.taxExcluded', {
                market: customer?.market ?? '',
              })
            : msg('common.empty'),
          eligibility.ok || !customer ? msg('common.empty') : reservationRefusal(customer, eligibility),
        ],
        choices: [
          ...items.map((i) => ({ value: i.id, label: msg('common.raw', { text: i.name }), detail: itemDetail(i) })),
          { value: 'hybrid-benefit', label: msg('buy.choice.hybridBenefit') },
        ],
      };
    }
    case 'askQuantity':
      return {
        title: msg(item?.kind === 'azure-reservation' ? 'buy.askQuantity.titleInstances' : 'buy.askQuantity.titleLicenses', {
          item: item?.name ?? '',
        }),
        // The bounds are said with the question, not only in the refusal.
        lines: item
          ? [
              itemDetail(item),
              msg('buy.askQuantity.bounds', { max: MAX_ORDER_QUANTITY }),
              item.hybridBenefit ? msg('buy.askQuantity.hybridBenefit') : msg('common.empty'),
            ]
          : [],
        input: {
          id: 'quantity',
          kind: 'number',
          label: msg('buy.askQuantity.label'),
          ...(ctx.quantity ? { value: String(ctx.quantity) } : {}),
        },
        // The machine takes "other-product" here (the step's help says so): shown, it is read as that choice, not as a count.
        choices: [{ value: 'other-product', label: msg('buy.choice.otherProduct') }],
        expects: { kind: 'integer', min: 1, max: MAX_ORDER_QUANTITY },
      };
    case 'confirm': {
      if (!item || !customer) return undefined;
      const total = Math.round(item.unitPrice * (ctx.quantity ?? 0) * 100) / 100;
      return {
        title: msg('buy.confirm.title'),
        facts: [
          { label: msg('buy.fact.customer'), value: `${customer.name} (${customer.domain})` },
          { label: msg('buy.fact.market'), value: { region: customer.market } },
          { label: msg('buy.fact.item'), value: item.name },
          ...(item.kind === 'azure-reservation'
            ? [{ label: msg('buy.fact.term'), value: msg('buy.term.years', { years: item.termYears ?? 1 }) }]
            : []),
          { label: msg('buy.fact.quantity'), value: ctx.quantity ?? 0 },
          { label: msg('buy.fact.unitPrice'), value: { money: item.unitPrice, currency: item.currency } },
          {
            label: msg('buy.fact.total'),
            value: msg('buy.total', { amount: { money: total, currency: item.currency }, tax: taxMsg(item) }),
          },
        ],
        lines: [msg('buy.confirm.line'), ...afterPurchase(item)],
        choices: [
          { value: 'place-order', label: msg('buy.choice.placeOrder'), style: 'positive' },
          { value: 'change-quantity', label: msg('buy.choice.changeQuantity') },
          { value: 'other-product', label: msg('buy.choice.otherProduct') },
        ],
      };
    }
    case 'done': {
      const o = ctx.outcome;
      if (o?.status !== 'placed') return undefined;
      return {
        title: msg('buy.done.title', { order: o.orderId, item: o.itemName }),
        facts: [
          { label: msg('buy.fact.customer'), value: customer?.name ?? o.customerId },
          { label: msg('buy.fact.quantity'), value: o.quantity },
          { label: msg('buy.fact.total'), value: msg('buy.total', { amount: { money: o.amount, currency: o.currency }, tax: taxMsg(o) }) },
          { label: msg('buy.fact.purchased'), value: { datetime: o.purchasedAt } },
        ],
        lines: o.kind === 'software' ? receiptLines(item, o.orderId) : [msg('buy.done.reservation')],
      };
    }
    default:
      return undefined;
  }
}

/** Buying or ordering, in the four languages (folded); "order 4711" names an order, it does not ask for one. */
const BOUGHT =
  /\b(?:buy\w*|purchas\w*|order(?!\s*#?\d)\w*|achet\w*|acheter|achats?|commander|kop\w*|kopa|bestall\w*|handla|kopen|koop|aankoop\w*|aankop\w*|bestel\w*|aanschaf\w*|\w+order|\w+kop)\b/;
/** A reservation's term ("1 an", "3 years", "3-jarige") or a virtual machine's size ("D4s v5") (folded). */
const RESERVED_TERM_OR_SIZE = /\b(?:[13] ?-?(?:ans?|years?|yr|ar|arig\w*|jaar|jarige?)|[a-z]\d{1,2}[a-z]{0,3}[ _]?v\d)\b/;
/** Paid in advance (folded, four languages). */
const PREPAID =
  /\b(?:prepa(?:y|id)\w*|pay (?:\w+ )?(?:upfront|up front|in advance)|pa(?:y|ie|yer|yent) d'avance|payer (?:\w+ )?d'avance|betala (?:\w+ )?i forvag|vooruit ?betal\w*|vooraf betal\w*)\b/;
/** Virtual machines (folded, four languages). */
const VIRTUAL_MACHINES = /\b(?:vms?|virtual machines?|machines? virtuelles?|virtuella maskiner|virtuele machines?|compute)\b/;
/** The software plans of Azure's Marketplace sold as software: SUSE, Red Hat (folded). */
const SOFTWARE_PLAN = /\b(?:suse|sles|red hat|redhat|rhel)\b/;
/** Undoing or fetching what was bought, or a case about it, is another procedure's (folded, four languages). */
const UNDONE =
  /\b(?:cancel\w*|refund\w*|annul\w*|rembours\w*|void\w*|avbryt\w*|avbrot|avbrutit|avbok\w*|support\w*|tickets?|arende\w*|makuler\w*|annuleer\w*|terugbeta\w*|keys?|cles?|nycklar|sleutels?|download\w*|telecharg\w*|ladda\w*|revers\w*|undo|terugdra\w*|teruggedraaid|back out|faire sauter|stryk\w*|by mistake|par erreur|av misstag|per ongeluk|per vergissing)\b/;
/** "Perpetual" itself: software said so is bought (folded, two languages). */
const SAID_PERPETUAL = /\b(?:perpetual|perpetuel\w*|permanent\w* licen\w*)\b/;
/** Software bought once, not a subscription (folded, four languages). */
const PERPETUAL =
  /\b(?:perpetual|perpetuel\w*|one-time|one time|engangs\w*|evig\w*|eeuwig\w*|eenmalig\w*|(?:pay|paid|paie|paye|payer|betala|betalar|betalen|betaalt) (?:\w+ )?(?:once|une (?:seule )?fois|en gang|een keer|eenmalig)|(?:keep|keeps|garde|gardent|behalla|behaller|houden|houdt) (?:\w+ )?(?:forever|for ever|pour toujours|for alltid|voor altijd))\b/;
/** A verb of buying, not the noun "order" (folded, four languages). */
const BUY_VERB =
  /\b(?:buy|(?:purchase|order) (?:it|them|that|this|a|an|some|\d+)|acheter|achete\w*|commander|passer (?:la |une )?(?:cmd|commande)|place the order|kopa|handla|bestalla|ordra|kopen|bestellen|aanschaffen)\b/;
