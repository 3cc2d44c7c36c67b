import type { SnapshotFrom } from 'xstate';
import { TRIAL_DAYS, TRIAL_LICENSES } from '../../../domain/csp/model';
import { linePrice, orderTotal } from '../../../domain/csp/rules';
import { taxBasis } from '../../../domain/software/tax';
import { MORE_OR_MOVED, SEATS } from '../licence-counts';
import { changesExisting, suspensionAsked } from '../manage-subscription/changes';
import type { ProcedureDefinition } from '../../procedure';
import { customerPrompt } from '../../pick/customer-step';
import { msg, type Msg, type Param, type Prompt } from '../../../cards/view';
import {
  available,
  createNewSubscriptionMachine,
  offerName,
  trials,
  unavailable,
  type NewSubContext,
  type NewSubscriptionMachine,
} from './machine';
import { extractCustomer } from '../../pick/customer-ref';
import { findBilling, money, subscriptionDetail, withoutBilling } from './shared';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { newSubscriptionStrings } from './strings';
import { newSubscriptionQuestions } from './questions';

/** Adding, buying, creating, wanting or needing it, in the four languages (folded). */
const ADDED =
  /\b(?:add|adding|buy|purchase|order|sell|vendre|salja|verkopen|set up|subscribe|get (?:them|him|her)|create|wants?|would like|needs?|provision\w*|get started with|start using|commencer avec|demarrer avec|komma igang med|borja (?:med|anvanda)|beginnen met|starten met|aan de slag met|cree\w*|creer|veu\w+|voudrai\w*|aimerai\w*|besoin|vill ha|behover|skapa|willen|wil graag|nodig|aanmaken|maak|ajout\w*|achet\w*|commander|souscri(?!ptions?\b)\w*|lagg(?:a)? till|kopa|kop|bestall\w*|teckna|toevoeg\w*|voeg\w* (?:[\w-]+ ){1,6}?toe|kopen|bestellen|afnemen|aanschaffen|erbij|opzet\w*|zet\w* (?:[\w-]+ ){0,8}op|inricht\w*|spin up|met\w* en place|satta upp|satt upp|deploy\w*|roll out|uitrol\w*)\b/;
/** Starting with a product (folded, four languages). */
const STARTED_WITH =
  /\b(?:get started with|start using|starting with|gaan gebruiken|ta i bruk|commencer a utiliser|starten met|komma igang med|borja (?:med|anvanda)|commencer avec|demarrer avec|beginnen met|aan de slag met)\b/;
/** A new subscription, or one to create, said so (folded, four languages). */
const NEW_SUBSCRIPTION =
  /\b(?:new|nouvel(?:le)?|ny|nytt|nieuwe?)\s+(?:cloud\s+)?(?:subscription|abonnement|prenumeration|abo|sub)\b|\b(?:create|creer|cree|skapa|aanmaken|maak)\s+(?:a |an |the |un |l'|une |en |ett |een |het |leur |their )?(?:subscription|abonnement|prenumeration|abo)\b/;

/** Added onto a subscription ("add archiving to fabrikam's exchange online subscription"): an add-on, a change of that one (folded). */
const ONTO_ONE =
  /\b(?:(?:onto|on|to|sur|a|till|pa|aan|bij|op) (?:[\w'-]+ ){0,3}(?<!\b(?:client|customer|kund|kunden|klant)s? )(?:existing|current|befintlig\w*|nuvarande|bestaande|huidige|existant\w*|actuel\w*|deja en place)\b(?! (?:customers?|clients?|kund\w*|klant\w*))|add[- ]?ons?|module complementaire|tillagg\w*|to (?:the|their|its|his|her|an existing|[\w-]+'s) (?:[\w-]+ ){0,4}subscription|(?:a|au) (?:l'|leur |son |sa )(?:[\w-]+ ){0,4}?abo(?:nnement)?|till (?:deras|dess|hans|hennes|den befintliga|[\w-]+s) (?:[\w-]+ ){0,4}prenumeration\w*|(?:aan|bij|op) (?:het|hun|zijn|haar|[\w-]+'s) (?:[\w-]+ ){0,4}(?:abonnement|subscription))\b/;

/** A subscription, one more of them ("add a Power BI Pro subscription"), not one added onto ("to a subscription") (folded, four languages). */
const A_SUBSCRIPTION =
  /(?<!\b(?:to|on|onto|a|au|sur|till|pa|aan|op|bij) )\b(?:a|an|un|une|en|ett|een)\b (?:[\w-]+ ){0,4}?(?:subscription|abonnement|prenumeration)\b/;
/** A new product, said so (folded, four languages). */
const NEW_PRODUCT = /\b(?:new|nouveau|nouvel|ny|nytt|nieuw|nieuwe)\s+(?:product|produit|produkt)\b/;
/** A customer, or the catalog, it is for (folded, four languages). */
const FOR_A_CUSTOMER = /\b(?:customers?|clients?|kund\w*|klant\w*|catalog\w*|katalog\w*|catalogus)\b/;
/** The publisher's store: a new product there is an offer (folded, four languages). */
const MARKETPLACE =
  /\b(?:marketplace|appsource|place de marche|offer|offre|erbjudande\w*|aanbieding|listing|publish\w*|publi(?:er|cera|ceren))\b/;
/** The Azure plan, the subscription Azure is used under (folded, four languages). */
const AZURE_PLAN = /\bazure[- ]?(?:plan|planen|planer|plannen|abonnement|prenumeration)\b/;
/** Managing it, a role or rights on it: the customer's own management of Azure (folded, four languages). */
const MANAGED =
  /\b(?:manag\w*|gerer|hantera\w*|beheer\w*|roles?|roll\w*|rbac|admin\w*|owner|acces|access|behorighet\w*|rechten|gdap|dap|delegat\w*|deleg\w*)\b/;

type Snap = SnapshotFrom<NewSubscriptionMachine>;

const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

export const newSubscription: ProcedureDefinition<NewSubscriptionMachine> = {
  id: 'new-subscription',
  version: 2,
  permission: 'subscriptions',
  group: 'subscriptions',
  prefillKeys: ['customer', 'billing', 'cspOffer', 'count'],
  strings: newSubscriptionStrings,
  title: msg('newsub.title'),
  summary: msg('newsub.summary'),
  phrases: { en, fr, sv, nl },
  // "add Power BI Pro for Northwind": a product of the catalog the customer has none of, added or
  // bought, can only be a new subscription, however the words lean to a change of one.
  claims: (folded, named) => {
    // "deux sièges de plus sur le Business Standard": more seats are of a subscription the customer has.
    // Whether one is still active, asked, is a question of the customer's subscriptions.
    if (changesExisting(folded) || (MORE_OR_MOVED.test(folded) && SEATS.test(folded)) || suspensionAsked(folded)) return false;
    // "kunden vill komma igång med power bi pro": a product started with is a new subscription, whoever the customer.
    if ((named.has('product') || named.has('new-product')) && STARTED_WITH.test(folded) && !ONTO_ONE.test(folded)) return true;
    // "hoe voeg ik een power bi pro abonnement toe voor fabrikam": a subscription to add, said so, not onto one.
    if (ADDED.test(folded) && A_SUBSCRIPTION.test(folded) && !ONTO_ONE.test(folded) && !SEATS.test(folded)) return true;
    // "un nouveau produit du catalogue pour un client", "een nieuw product bij een klant": the catalog's, not the marketplace's.
    if (NEW_PRODUCT.test(folded) && FOR_A_CUSTOMER.test(folded) && !MARKETPLACE.test(folded)) return true;
    // "souscrire un azure plan pour lakeside": an Azure plan is a subscription of the catalog, unless it is managed (a role, admin rights).
    if (AZURE_PLAN.test(folded) && ADDED.test(folded) && !MANAGED.test(folded)) return true;
    return (named.has('new-product') && ADDED.test(folded) && !ONTO_ONE.test(folded)) || NEW_SUBSCRIPTION.test(folded);
  },
  questions: newSubscriptionQuestions,
  createMachine: createNewSubscriptionMachine,
  extract: (text) => {
    const out: Record<string, string> = {};
    const customer = extractCustomer(withoutBilling(text));
    if (customer) out.customer = customer;
    const billing = findBilling(text);
    if (billing) out.billing = billing;
    return out;
  },
  stepKey: (s) => `newsub.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

function cartLines(ctx: NewSubContext) {
  const currency = ctx.customer?.currency ?? 'USD';
  return ctx.cart.map((l) => {
    const offer = ctx.offers?.find((o) => o.id === l.offerId);
    if (!offer) return msg('common.empty');
    if (l.trial) return msg('newsub.line.trial', { name: offer.name, count: l.quantity, days: TRIAL_DAYS });
    const p = linePrice(offer, ctx.billing ?? 'monthly', l);
    return msg(`newsub.line.${ctx.billing ?? 'monthly'}`, {
      name: offer.name,
      count: l.quantity,
      unit: money(p.unit, currency),
      total: money(p.total, currency),
    });
  });
}

/** The suspended subscription that "Reactivate it" brings back, as the reactivation's summary. */
function suspendedFacts(ctx: NewSubContext): { label: Msg; value: Param }[] {
  const sub = ctx.subs?.find((s) => s.id === ctx.suspended?.subscriptionId);
  if (!sub) return [];
  return [
    { label: msg('managesub.fact.subscription'), value: `${offerName(ctx, sub.offerId)} (${sub.id})` },
    { label: msg('managesub.fact.state'), value: subscriptionDetail(sub, ctx.subs ?? [], ctx.offers ?? []) },
  ];
}

const taxLine = (market: string | undefined): Msg =>
  market ? msg(taxBasis(market) === 'including-tax' ? 'buy.chooseItem.taxIncluded' : 'buy.chooseItem.taxExcluded') : msg('common.empty');

function promptFor(step: string, ctx: NewSubContext): Prompt | undefined {
  const customer = ctx.customer;
  const currency = customer?.currency ?? 'USD';
  const billing = ctx.billing ?? 'monthly';
  switch (step) {
    case 'askCustomer':
    case 'chooseCustomer':
      return customerPrompt(step, ctx, 'newsub');
    case 'askBilling':
      return {
        title: msg('newsub.askBilling.title', { customer: customer?.name ?? '' }),
        lines: [msg('newsub.askBilling.line')],
        choices: [
          { value: 'monthly', label: msg('csp.billing.monthlyChoice') },
          { value: 'annual', label: msg('csp.billing.annualChoice') },
        ],
      };
    case 'chooseProduct': {
      const missing = unavailable(ctx).length;
      return {
        title: msg('newsub.chooseProduct.title', {
          customer: customer?.name ?? '',
          billing: msg(`csp.billing.${billing}`),
          type: msg(`csp.customerType.${customer?.type ?? 'commercial'}`),
        }),
        lines: [
          ...(ctx.cart.length ? [msg('newsub.chooseProduct.inOrder'), ...cartLines(ctx)] : []),
          missing ? msg('newsub.chooseProduct.missing', { count: missing }) : msg('common.empty'),
          // Partner Center's prices include tax only in Australia and Brazil: said as the software catalog says it.
          taxLine(customer?.market),
        ],
        choices: [
          ...available(ctx).map((e) => ({
            value: `offer:${e.offer.id}`,
            label: msg('common.raw', { text: e.offer.name }),
            // "1–1 licenses" reads as a typo: a product sold in one quantity says so.
            detail:
              e.offer.minQuantity === e.offer.maxQuantity
                ? msg(`newsub.offer.detailOnly.${billing}`, {
                    price: money(e.offer.price[billing] ?? 0, currency),
                    count: e.offer.minQuantity,
                  })
                : msg(`newsub.offer.detail.${billing}`, {
                    price: money(e.offer.price[billing] ?? 0, currency),
                    min: e.offer.minQuantity,
                    max: e.offer.maxQuantity,
                  }),
          })),
          ...trials(ctx).map((e) => ({
            value: `trial:${e.offer.id}`,
            label: msg('newsub.offer.trial', { name: e.offer.name }),
            detail: msg('newsub.offer.trialDetail', { count: TRIAL_LICENSES, days: TRIAL_DAYS }),
          })),
          ...(ctx.cart.length
            ? [{ value: 'review', label: msg('newsub.choice.review', { count: ctx.cart.length }), style: 'positive' as const }]
            : []),
          ...(missing ? [{ value: 'why-missing', label: msg('newsub.choice.whyMissing') }] : []),
        ],
      };
    }
    case 'whyMissing':
      return {
        title: msg('newsub.whyMissing.title', { customer: customer?.name ?? '' }),
        choices: [
          ...unavailable(ctx).map((e) => ({ value: `why:${e.offer.id}`, label: msg('common.raw', { text: e.offer.name }) })),
          { value: 'back', label: msg('newsub.choice.back') },
        ],
      };
    case 'offerReactivation':
      return {
        title: msg('newsub.offerReactivation.title', {
          customer: customer?.name ?? '',
          name: offerName(ctx, ctx.suspended?.offerId ?? ''),
        }),
        // With products in the order, this card is the reactivation's own summary and confirmation.
        lines: ctx.cart.length
          ? [msg('newsub.offerReactivation.lineKeepOrder', { count: ctx.cart.length })]
          : [msg('newsub.offerReactivation.line')],
        facts: suspendedFacts(ctx),
        choices: [
          { value: 'reactivate', label: msg('newsub.choice.reactivate'), style: 'positive' },
          { value: 'back', label: msg('newsub.choice.back') },
        ],
      };
    case 'askQuantity': {
      const offer = ctx.offers?.find((o) => o.id === ctx.pendingOfferId);
      return {
        title: msg('newsub.askQuantity.title', { name: offer?.name ?? '' }),
        lines: [
          msg(`newsub.askQuantity.line.${billing}`, {
            min: offer?.minQuantity ?? 1,
            max: offer?.maxQuantity ?? 1,
            price: money(offer?.price[billing] ?? 0, currency),
          }),
        ],
        input: { id: 'answer', kind: 'number', label: msg('newsub.askQuantity.label') },
        expects: { kind: 'integer', min: 1 },
      };
    }
    case 'summary': {
      const offers = new Map((ctx.offers ?? []).map((o) => [o.id, o]));
      return {
        title: msg('newsub.summary.title', { customer: customer?.name ?? '' }),
        facts: [
          { label: msg('newsub.fact.customer'), value: customer ? `${customer.name} (${customer.domain})` : '' },
          { label: msg('newsub.fact.billing'), value: msg(`csp.billing.${billing}`) },
          ...ctx.cart.map((_l, i) => ({ label: msg('newsub.fact.line', { n: i + 1 }), value: cartLines(ctx)[i] })),
          { label: msg(`newsub.fact.total.${billing}`), value: money(orderTotal(ctx.cart, offers, billing), currency) },
        ],
        lines: [msg('newsub.summary.line'), taxLine(customer?.market)],
        choices: [
          { value: 'submit', label: msg('newsub.choice.submit'), style: 'positive' },
          { value: 'change', label: msg('newsub.choice.change') },
          ...ctx.cart.map((l) => ({
            value: `remove:${l.offerId}`,
            label: msg('newsub.choice.remove', { name: offerName(ctx, l.offerId) }),
          })),
          { value: 'clear', label: msg('newsub.choice.clear') },
        ],
      };
    }
    case 'done': {
      const o = ctx.outcome;
      if (o?.status !== 'submitted') return undefined;
      return {
        title: msg('newsub.done.title', { customer: customer?.name ?? '', order: o.orderId }),
        facts: [
          { label: msg('newsub.fact.order'), value: o.orderId },
          ...o.subscriptions.map((s) => ({
            label: msg('common.raw', { text: s.offerName }),
            value: s.trial
              ? msg('newsub.done.trialSub', { id: s.id, count: s.quantity, end: { date: s.endsAt ?? '' } })
              : msg('newsub.done.sub', { id: s.id, count: s.quantity }),
          })),
        ],
        lines: [msg('newsub.done.next')],
      };
    }
    default:
      return undefined;
  }
}
