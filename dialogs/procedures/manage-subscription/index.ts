import type { SnapshotFrom } from 'xstate';
import type { CspSubscription, Offer } from '../../../domain/csp/model';
import { affectedBySuspension, reactivation } from '../../../domain/csp/rules';
import { COUNT_CHANGED, FEWER, MORE_OR_MOVED, MOVED, NOT_CHANGED, SEATS } from '../licence-counts';
import { SUSPENDED, suspensionAsked } from './changes';
import type { ProcedureDefinition } from '../../procedure';
import { customerPrompt } from '../../pick/customer-step';
import { msg, type Msg, type Param, type Prompt } from '../../../cards/view';
import { extractCustomer } from '../../pick/customer-ref';
import { money, subscriptionDetail, subscriptionLabel } from '../new-subscription/shared';
import {
  actionsOf,
  addOnsOf,
  createManageSubscriptionMachine,
  findAction,
  offerOf,
  selected,
  type ManageContext,
  type ManageSubscriptionMachine,
} from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { manageSubscriptionStrings } from './strings';
import { manageSubscriptionQuestions } from './questions';

type Snap = SnapshotFrom<ManageSubscriptionMachine>;

/** What changed besides the subscription itself, and, after a reactivation, the add-ons that stay suspended. */
function doneLines(ctx: ManageContext, also: CspSubscription[], offers: Offer[]): Msg[] {
  const names = (subs: CspSubscription[]) => ({ list: subs.map((a) => subscriptionLabel(a, offers)) });
  if (ctx.action !== 'reactivate') return also.length ? [msg('managesub.done.also', { list: names(also) })] : [];
  const sub = selected(ctx);
  const still = sub ? reactivation(sub, ctx.subs ?? []).stillSuspended : [];
  return [
    also.length ? msg('managesub.done.alsoReactivated', { list: names(also) }) : msg('common.empty'),
    still.length ? msg('managesub.confirm.addOnsStaySuspended', { list: names(still), count: still.length }) : msg('common.empty'),
  ];
}

const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

/** A subscription, said so (folded, four languages). */
const SUBSCRIPTION_WORD = /\b(?:subscriptions?|subs?|abonnements?|abonnemang\w*|prenumeration\w*)\b/;

export const manageSubscription: ProcedureDefinition<ManageSubscriptionMachine> = {
  id: 'manage-subscription',
  version: 2,
  permission: 'subscriptions',
  group: 'subscriptions',
  prefillKeys: ['customer', 'subscription', 'action', 'quantity'],
  strings: manageSubscriptionStrings,
  title: msg('managesub.title'),
  summary: msg('managesub.summary'),
  phrases: { en, fr, sv, nl },
  // "minska seats på exchange för wingtip", "monter le nombre de sièges de son m365 à 70": a change of a named product's licences, or its suspension, is this one's.
  claims: (folded, named) => {
    // "a read-only view … not changing anything": nothing changed is no change.
    if (NOT_CHANGED.test(folded)) return false;
    // "hun Exchange subscription mag terug aan": a subscription suspended or brought back, its product unnamed.
    // "utöka platserna på deras befintliga abonnemang": its seats counted anew, said of a subscription.
    if (!named.has('product') && !named.has('new-product'))
      return (
        SUBSCRIPTION_WORD.test(folded) &&
        ((SUSPENDED.test(folded) && !suspensionAsked(folded)) || (COUNT_CHANGED.test(folded) && SEATS.test(folded)))
      );
    // More or fewer seats of a product the customer has: "contoso heeft 5 extra seats nodig op business standard", "2 licenties minder".
    // A count moved from one number to another is of a subscription the customer has, whatever the data says.
    if (
      (named.has('product') || named.has('new-product') || MOVED.test(folded)) &&
      (MORE_OR_MOVED.test(folded) || FEWER.test(folded)) &&
      SEATS.test(folded)
    )
      return true;
    // Something added onto a subscription of theirs: "rajouter Defender sur leur abonnement Exchange Online" (an add-on).
    if (ONTO_THEIR_SUBSCRIPTION.test(folded)) return true;
    // "ajoute teams premium sur le business standard de contoso": added onto a product it has.
    if (named.has('product') && ONTO_THE_PRODUCT.test(folded)) return true;
    const suspended = SUSPENDED.test(folded) && !suspensionAsked(folded);
    return (COUNT_CHANGED.test(folded) && SEATS.test(folded)) || suspended || EXISTING.test(folded) || ADD_ON.test(folded);
  },
  questions: manageSubscriptionQuestions,
  createMachine: createManageSubscriptionMachine,
  extract: (text) => {
    const out: Record<string, string> = {};
    const customer = extractCustomer(text);
    if (customer) out.customer = customer;
    const action = findAction(text);
    if (action) out.action = action;
    return out;
  },
  stepKey: (s) => `managesub.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

function perPeriod(ctx: ManageContext, unit: number | undefined, count: number): Msg {
  const billing = selected(ctx)?.billing ?? 'monthly';
  return msg(`managesub.price.${billing}`, { total: money(Math.round((unit ?? 0) * count * 100) / 100, ctx.customer?.currency ?? 'USD') });
}

function promptFor(step: string, ctx: ManageContext): Prompt | undefined {
  const customer = ctx.customer;
  const sub = selected(ctx);
  const offers = ctx.offers ?? [];
  const name = sub ? subscriptionLabel(sub, offers) : '';
  const subFacts = sub
    ? [
        { label: msg('managesub.fact.customer'), value: customer ? `${customer.name} (${customer.domain})` : '' },
        { label: msg('managesub.fact.subscription'), value: `${name} (${sub.id})` },
        { label: msg('managesub.fact.state'), value: subscriptionDetail(sub, ctx.subs ?? [], offers) },
      ]
    : [];
  switch (step) {
    case 'askCustomer':
    case 'chooseCustomer':
      return customerPrompt(step, ctx, 'managesub');
    case 'chooseSubscription':
      return {
        title: msg('managesub.chooseSubscription.title', { customer: customer?.name ?? '' }),
        choices: (ctx.subs ?? []).map((s) => ({
          value: s.id,
          label: msg('common.raw', { text: subscriptionLabel(s, offers) }),
          detail: subscriptionDetail(s, ctx.subs ?? [], offers),
        })),
      };
    case 'chooseAction':
      return {
        title: msg('managesub.chooseAction.title', { name }),
        facts: subFacts,
        choices: [
          ...actionsOf(ctx).map((a) => ({ value: a, label: msg(`managesub.choice.${a}`) })),
          { value: 'other', label: msg('managesub.choice.other') },
        ],
      };
    case 'chooseAddOn':
      return {
        title: msg('managesub.chooseAddOn.title', { name }),
        choices: [
          ...addOnsOf(ctx).map((o) => ({
            value: o.id,
            label: msg('common.raw', { text: o.name }),
            detail: msg(`managesub.addOn.detail.${sub?.billing ?? 'monthly'}`, {
              price: money(o.price[sub?.billing ?? 'monthly'] ?? 0, customer?.currency ?? 'USD'),
            }),
          })),
          { value: 'back', label: msg('managesub.choice.back') },
        ],
      };
    case 'askAddOnQuantity': {
      const addOn = offerOf(ctx, ctx.addOnId);
      return {
        title: msg('managesub.askAddOnQuantity.title', { addOn: addOn?.name ?? '', name }),
        lines: [
          msg('managesub.askAddOnQuantity.line', {
            min: addOn?.minQuantity ?? 1,
            max: Math.min(addOn?.maxQuantity ?? 1, sub?.quantity ?? 1),
            base: sub?.quantity ?? 0,
          }),
        ],
        input: { id: 'answer', kind: 'number', label: msg('managesub.quantity.label') },
        expects: { kind: 'integer', min: 1 },
      };
    }
    case 'askQuantity': {
      const offer = offerOf(ctx, sub?.offerId);
      return {
        title: msg('managesub.askQuantity.title', { name, count: sub?.quantity ?? 0 }),
        // The lowest number is the offer's minimum or the largest add-on's licenses, whichever is higher.
        lines: [
          msg('managesub.askQuantity.line', {
            min: Math.max(
              offer?.minQuantity ?? 1,
              ...(ctx.subs ?? []).filter((s) => s.parentId === sub?.id && s.status === 'active').map((s) => s.quantity),
            ),
            max: offer?.maxQuantity ?? 1,
          }),
        ],
        input: { id: 'answer', kind: 'number', label: msg('managesub.quantity.label') },
        expects: { kind: 'integer', min: 1 },
      };
    }
    case 'confirm': {
      const billing = sub?.billing ?? 'monthly';
      const facts: { label: Msg; value: Param }[] = [...subFacts];
      const lines: Msg[] = [];
      if (ctx.action === 'add-on') {
        const addOn = offerOf(ctx, ctx.addOnId);
        facts.push({ label: msg('managesub.fact.addOn'), value: addOn?.name ?? '' });
        facts.push({ label: msg('managesub.fact.licenses'), value: ctx.quantity ?? 0 });
        facts.push({ label: msg('managesub.fact.price'), value: perPeriod(ctx, addOn?.price[billing], ctx.quantity ?? 0) });
      } else if (ctx.action === 'quantity') {
        const offer = offerOf(ctx, sub?.offerId);
        facts.push({
          label: msg('managesub.fact.licenses'),
          value: msg('managesub.fact.change', { from: sub?.quantity ?? 0, to: ctx.quantity ?? 0 }),
        });
        facts.push({ label: msg('managesub.fact.newPrice'), value: perPeriod(ctx, offer?.price[billing], ctx.quantity ?? 0) });
      } else if (ctx.action === 'suspend' && sub) {
        lines.push(msg('managesub.confirm.suspendLine'));
        const addOns = affectedBySuspension(sub, ctx.subs ?? []).filter((s) => s.id !== sub.id);
        if (addOns.length)
          lines.push(msg('managesub.confirm.suspendAddOns', { list: { list: addOns.map((s) => subscriptionLabel(s, offers)) } }));
      } else if (ctx.action === 'reactivate') {
        lines.push(msg('managesub.confirm.reactivateLine'));
        if (sub) {
          const r = reactivation(sub, ctx.subs ?? []);
          const back = r.reactivated.filter((s) => s.id !== sub.id);
          if (back.length)
            lines.push(msg('managesub.confirm.reactivateAddOns', { list: { list: back.map((s) => subscriptionLabel(s, offers)) } }));
          if (r.stillSuspended.length)
            lines.push(
              msg('managesub.confirm.addOnsStaySuspended', {
                list: { list: r.stillSuspended.map((s) => subscriptionLabel(s, offers)) },
                count: r.stillSuspended.length,
              }),
            );
        }
      }
      return {
        title: msg(`managesub.confirm.title.${ctx.action ?? 'quantity'}`, { name }),
        facts,
        lines,
        choices: [
          {
            value: 'confirm',
            label: msg(`managesub.choice.confirm.${ctx.action ?? 'quantity'}`, { count: ctx.quantity ?? 0 }),
            style: ctx.action === 'suspend' ? 'destructive' : 'positive',
          },
          { value: 'back', label: msg('managesub.choice.back') },
        ],
      };
    }
    case 'done': {
      const o = ctx.outcome;
      if (o?.status !== 'done') return undefined;
      const s = o.subscription;
      return {
        title: msg(`managesub.done.${ctx.action ?? 'quantity'}`, { name: o.offerName, count: s.quantity, base: name }),
        facts: [
          { label: msg('managesub.fact.subscription'), value: `${o.offerName} (${s.id})` },
          { label: msg('managesub.fact.state'), value: subscriptionDetail(s, [...(ctx.subs ?? []), s], offers) },
        ],
        lines: doneLines(ctx, o.also, offers),
      };
    }
    default:
      return undefined;
  }
}

/** An existing subscription, said so: "op hun bestaande business standard" (folded). */
const EXISTING =
  /(?<!\b(?:client|customer|kund|kunden|klant)s? )\b(?:existing|existant\w*|befintlig\w*|bestaande)\b(?! (?:customers?|clients?|kund\w*|klant\w*))/;
/** Added onto a subscription the customer has (folded, four languages). */
const ONTO_THEIR_SUBSCRIPTION =
  /\b(?:add|ajout|rajout|lagg\w* till|toevoeg|voeg)\w*\b.{0,60}\b(?:to|on|onto|sur|a|au|till|pa|aan|op|bij) (?:their|its|the existing|leur|son|sa|l'|sin|sitt|deras|den befintliga|hun|het bestaande)\s*(?:[\w-]+ ){0,3}?(?:subscription|abonnement|prenumeration\w*|abo)\b/;
/** Added on or onto something (folded, four languages): with a product the customer has, onto that one. */
const ONTO_THE_PRODUCT =
  /\b(?:add|ajout|rajout|lagg\w* till|toevoeg|voeg)\w*\b.{0,40}\b(?:on|onto|sur|pa|op) (?:the|le|la|l'|den|det|de|het)\b/;
/** An add-on, put on a named product (folded, four languages). */
const ADD_ON = /\b(?:add[- ]?ons?|module complementaire|modules complementaires|tillagg\w*|invoegtoepassing\w*)\b/;
