import type { SnapshotFrom } from 'xstate';
import { DASHBOARD_DELAY_MINUTES } from '../../../domain/rules/cancellation';
import { LOG_NAMED } from '../activity-log';
import { MISTAKEN, whoDidIt } from '../past-deeds';
import type { ProcedureDefinition } from '../../procedure';
import { customerPrompt } from '../../pick/customer-step';
import { extractCustomer } from '../../pick/customer-ref';
import { msg, type Msg, type Prompt } from '../../../cards/view';
import { createCancelPurchaseMachine, productsIn, type CancelContext, type CancelPurchaseMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { cancelPurchaseStrings } from './strings';
import { cancelPurchaseQuestions, HOW_LONG, INSIDE_WINDOW, REFUSED } from './questions';

type Snap = SnapshotFrom<CancelPurchaseMachine>;

const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

export const cancelPurchase: ProcedureDefinition<CancelPurchaseMachine> = {
  id: 'cancel-software-purchase',
  version: 2,
  permission: 'cancel-software-purchase',
  group: 'software',
  prefillKeys: ['customer', 'orderId', 'product'],
  strings: cancelPurchaseStrings,
  title: msg('cancel.title'),
  summary: msg('cancel.summary'),
  phrases: { en, fr, sv, nl },
  // "I'd like to cancel a software order I placed for Lakeside", "la 4713 est en trop, faut l'annuler": a purchase
  // cancelled, said so or named (not a refusal to raise, nor a subscription).
  claims: (folded, named) => {
    const purchase = named.has('order') || named.has('software');
    // "commande de Windows Server par erreur … la renverser", "dubbel besteld, de dubbele eraf halen": bought by mistake or twice.
    // (Said alone, "charged twice for 4719" is a story for support, not a cancellation.)
    const mistaken = MISTAKEN.test(folded) && (purchase || ORDERED.test(folded)) && (CANCEL_VERB.test(folded) || MONEY_BACK.test(folded));
    const cancelled = CANCELLED_PURCHASE.test(folded) || (purchase && CANCEL_VERB.test(folded)) || mistaken;
    // A question of time about it is the cancellation window's ("hur länge kan man avbryta ett köp?").
    // Being within the window is said of the cancellation asked for ("void order 4716, still inside the window").
    const timeAsked = HOW_LONG.test(folded) && !INSIDE_WINDOW.test(folded);
    // Who cancelled, or the log asked for, is the activity log's.
    return cancelled && !REFUSED.test(folded) && !SUBSCRIPTION.test(folded) && !timeAsked && !whoDidIt(folded) && !LOG_NAMED.test(folded);
  },
  questions: cancelPurchaseQuestions,
  createMachine: createCancelPurchaseMachine,
  extract: extractCancelValues,
  stepKey: (s) => `cancel.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

/** Time left to cancel: in days, and in hours on the last day (less than 24 hours left). */
export function timeLeft(check: { daysLeft: number; hoursLeft: number }): Msg {
  return check.hoursLeft < 24 ? msg('cancel.left.hours', { hours: check.hoursLeft }) : msg('cancel.left.days', { days: check.daysLeft });
}

function promptFor(step: string, ctx: CancelContext): Prompt | undefined {
  const customer = ctx.customer;
  const order = ctx.orders?.find((o) => o.orderId === ctx.orderId);
  switch (step) {
    case 'askCustomer':
    case 'chooseCustomer':
      return customerPrompt(step, ctx, 'cancel');
    case 'chooseProduct':
      return {
        title: msg('cancel.chooseProduct.title', { customer: customer?.name ?? '' }),
        choices: productsIn(ctx).map((p) => ({
          value: p.id,
          label: msg('common.raw', { text: p.name }),
          detail: msg('cancel.chooseProduct.orders', { count: p.count }),
        })),
      };
    case 'chooseOrder': {
      const shown = (ctx.orders ?? []).filter((o) => o.productId === ctx.productId);
      const count = productsIn(ctx).find((p) => p.id === ctx.productId)?.count ?? shown.length;
      return {
        title: msg('cancel.chooseOrder.title', { product: shown[0]?.productName ?? '' }),
        lines: [
          msg('cancel.chooseOrder.line'),
          ...(count > shown.length ? [msg('cancel.chooseOrder.older', { shown: shown.length, count })] : []),
        ],
        choices: [
          ...shown.map((o) => ({
            value: o.orderId,
            label: msg('cancel.chooseOrder.order', { order: o.orderId }),
            detail: msg(o.status === 'cancelled' ? 'cancel.chooseOrder.detailCancelled' : 'cancel.chooseOrder.detail', {
              date: { date: o.purchasedAt },
              amount: { money: o.amount, currency: customer?.currency ?? 'USD' },
            }),
          })),
          { value: 'other-product', label: msg('cancel.choice.otherProduct') },
        ],
      };
    }
    case 'refused':
      return {
        title: msg('cancel.refused.title', { order: ctx.orderId ?? '' }),
        choices: [
          { value: 'other-order', label: msg('cancel.choice.otherOrder') },
          { value: 'stop', label: msg('cancel.choice.stop') },
        ],
      };
    case 'supportRequest':
      return {
        title: msg('cancel.supportRequest.title', { order: ctx.orderId ?? '' }),
        lines: [
          msg('cancel.supportRequest.line1'),
          msg('cancel.supportRequest.line2', { tenant: customer?.tenantId ?? '', order: ctx.orderId ?? '' }),
        ],
        choices: [
          { value: 'open-support-request', label: msg('support.fromCancel.choice'), style: 'positive' },
          { value: 'other-order', label: msg('cancel.choice.otherOrder') },
          { value: 'stop', label: msg('cancel.choice.stop') },
        ],
      };
    case 'acknowledge':
      return {
        title: msg('cancel.acknowledge.title'),
        lines: [
          ctx.check?.ok
            ? msg('cancel.acknowledge.window', {
                order: ctx.orderId ?? '',
                left: timeLeft(ctx.check),
                deadline: { datetime: ctx.check.deadline },
              })
            : msg('common.empty'),
          msg('cancel.notice.keys'),
          msg('cancel.notice.item'),
          creditLine(ctx),
          msg('cancel.notice.uninstall'),
        ],
        choices: [
          { value: 'acknowledge', label: msg('cancel.choice.acknowledge'), style: 'positive' },
          { value: 'other-order', label: msg('cancel.choice.otherOrder') },
        ],
      };
    case 'confirm':
      return {
        title: msg('cancel.confirm.title'),
        facts: [
          { label: msg('cancel.fact.customer'), value: customer ? `${customer.name} (${customer.domain})` : '' },
          { label: msg('cancel.fact.product'), value: order?.productName ?? '' },
          { label: msg('cancel.fact.order'), value: ctx.orderId ?? '' },
          { label: msg('cancel.fact.purchased'), value: { date: order?.purchasedAt ?? '' } },
          { label: msg('cancel.fact.daysLeft'), value: ctx.check?.ok ? timeLeft(ctx.check) : 0 },
          { label: msg('cancel.fact.credit'), value: ctx.credit ? { money: ctx.credit.amount, currency: ctx.credit.currency } : '' },
        ],
        lines: [msg('cancel.confirm.line')],
        choices: [
          { value: 'confirm', label: msg('cancel.choice.confirm', { order: ctx.orderId ?? '' }), style: 'destructive' },
          { value: 'other-order', label: msg('cancel.choice.otherOrder') },
        ],
      };
    case 'done': {
      const outcome = ctx.outcome;
      if (outcome?.status !== 'cancelled') return undefined;
      return {
        title: msg('cancel.done.title', { order: outcome.orderId, product: outcome.productName }),
        lines: [
          msg('cancel.done.delay', { minutes: DASHBOARD_DELAY_MINUTES }),
          msg('cancel.done.revoked', { keys: outcome.revokedKeys, links: outcome.revokedLinks }),
          msg('cancel.notice.item'),
          outcome.credit.basis === 'full'
            ? msg('cancel.done.creditFull', { amount: { money: outcome.credit.amount, currency: outcome.credit.currency } })
            : msg('cancel.done.creditProrated', {
                amount: { money: outcome.credit.amount, currency: outcome.credit.currency },
                unused: outcome.credit.unusedDays ?? 0,
                term: outcome.credit.termDays ?? 0,
              }),
        ],
      };
    }
    default:
      return undefined;
  }
}

// An order ID has a digit: "cancel an order for contoso" names no order.
const ORDER = /\b(?:order|commande|beställning|bestelling|ordre)\s*(?:id|n°|nr\.?|#)?\s*([a-z0-9-]*\d[a-z0-9-]*)\b/i;

/** "cancel order 4711 for contoso.com" gives the order and the customer. */
export function extractCancelValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const order = ORDER.exec(text);
  if (order) out.orderId = order[1];
  const customer = extractCustomer(text.replace(ORDER, ' '));
  if (customer) out.customer = customer;
  return out;
}

function creditLine(ctx: CancelContext) {
  const c = ctx.credit;
  if (!c) return msg('common.empty');
  const amount = { money: c.amount, currency: c.currency };
  return c.basis === 'full'
    ? msg('cancel.notice.creditFull', { amount })
    : msg('cancel.notice.creditProrated', { amount, unused: c.unusedDays ?? 0, term: c.termDays ?? 0 });
}

/** Cancelling, voiding or undoing, the verb alone (folded, four languages). */
const CANCEL_VERB =
  /\b(?:cancel\w*|void\w*|undo|revers\w*|renvers\w*|annul\w*|resili\w*|makulera\w*|avbryt\w*|angra\w*|annuleer\w*|annuleren|ongedaan|terugdra\w*|teruggedraaid|terug te draaien|moet weg|mag weg|weghalen|eraf halen|schrappen|intrekken|aterkall\w*|hava|backa|back out|faire sauter|fais sauter|stryk\w*|dra\w* (?:\w+ ){0,2}tillbaka|ta bort (?:den |det )?(?:ordern|kopet|bestallningen))\b/;
/** The money or the purchase taken back: "récupérer le crédit", "de credit terugkrijgen", "eraf halen" (folded, four languages). */
const MONEY_BACK =
  /\b(?:(?:credit|avoir|kredit\w*|tegoed|money|argent|geld|pengar\w*) (?:\w+ ){0,2}?(?:back|terug\w*|tillbaka)|recuperer|recup|get (?:\w+ )?back|terugkrijgen|terug krijgen|fa tillbaka|rembours\w*|refund\w*|terugbetal\w*|aterbetal\w*|eraf hal\w*|eraf)\b/;
/** An order or a purchase, said so (folded, four languages). */
const ORDERED =
  /\b(?:orders?|ordered|purchases?|purchased|bought|commandes?|commandee?s?|achats?|achetee?s?|\w*bestallning\w*|bestallt?|kopt|kopte|kopet|bestelling\w*|besteld|gekocht|aankoop)\b/;
/** Cancelling a purchase or an order, in the four languages (folded). */
const CANCELLED_PURCHASE =
  /\b(?:cancel\w*|annul\w*|makulera\w*|avbryt\w*|annuleer\w*|annuleren|aterkall\w*|hava|backa|ta bort)\b.{0,40}\b(?:orders?|purchases?|achats?|commandes?|kopet|kop|\w*kop|bestallning\w*|ordern|aankoop|bestelling\w*|software\w*)\b|\b(?:that|this|the|cette|la|den|det|dat|die|deze) (?:[\w-]+ ){0,3}?(?:order|purchase|commande|bestallning\w*|ordern|aankoop|bestelling)\b.{0,30}\b(?:cancel\w*|annul\w*|makulera\w*|avbryt\w*|annuleer\w*|annuleren)\b/;
/** A subscription is not a purchase of software (folded, four languages). */
const SUBSCRIPTION = /\b(?:subscriptions?|prenumeration\w*|abonnement\w*)\b/;
