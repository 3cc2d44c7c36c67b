import type { SnapshotFrom } from 'xstate';
import { DEAL_WORD } from '../isv-invite';
import { suspensionAsked } from '../manage-subscription/changes';
import type { ProcedureDefinition } from '../../procedure';
import type { CspSubscription } from '../../../domain/csp/model';
import { customerPrompt } from '../../pick/customer-step';
import { msg, type Prompt } from '../../../cards/view';
import { extractCustomer } from '../../pick/customer-ref';
import { subscriptionDetail, subscriptionLabel } from '../new-subscription/shared';
import { createCustomerSubscriptionsMachine, type CustomerSubscriptionsMachine, type ListContext } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { customerSubscriptionsStrings } from './strings';

type Snap = SnapshotFrom<CustomerSubscriptionsMachine>;

const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

export const customerSubscriptions: ProcedureDefinition<CustomerSubscriptionsMachine> = {
  id: 'customer-subscriptions',
  version: 2,
  permission: 'subscriptions',
  group: 'subscriptions',
  prefillKeys: ['customer'],
  strings: customerSubscriptionsStrings,
  title: msg('custsubs.title'),
  summary: msg('custsubs.summary'),
  phrases: { en, fr, sv, nl },
  // "pouvez-vous me lister les souscriptions de Fabrikam", "kolla vilka licenser lakeside har": a customer's subscriptions listed or asked after.
  claims: (folded, named) => {
    // An offer ("une nouvelle offre … inventory-pro") is the publisher's, not what a customer holds.
    if (named.has('offer') || named.has('deal') || named.has('plan') || OFFER_WORD.test(folded) || DEAL_WORD.test(folded)) return false;
    return (
      (LISTED.test(folded) && HOLDINGS.test(folded)) ||
      WHAT_IT_HAS.test(folded) ||
      WHICH_ARE.test(folded) ||
      STILL_ACTIVE.test(folded) ||
      suspensionAsked(folded) ||
      THEY_HAVE.test(folded)
    );
  },
  createMachine: createCustomerSubscriptionsMachine,
  extract: (text): Record<string, string> => {
    // "What are Contoso Ltd's subscriptions?" names the customer before "'s".
    const possessive = /^(?:(?:what|which)\s+(?:are|is)\s+|(?:show|list|see)(?:\s+me)?\s+)?(.+?)['’]s\s+subscriptions\b/i.exec(text.trim());
    const customer = possessive ? possessive[1].trim() : extractCustomer(text);
    return customer && customer.length >= 2 ? { customer } : {};
  },
  stepKey: (s) => `custsubs.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

/** Base subscriptions in their order, each followed by its add-ons; an add-on whose base is not listed comes last. */
export function withAddOnsUnderParents(subs: CspSubscription[]): CspSubscription[] {
  const bases = subs.filter((s) => !s.parentId || !subs.some((p) => p.id === s.parentId));
  return bases.flatMap((b) => [b, ...subs.filter((s) => s.parentId === b.id)]);
}

function promptFor(step: string, ctx: ListContext): Prompt | undefined {
  switch (step) {
    case 'askCustomer':
    case 'chooseCustomer':
      return customerPrompt(step, ctx, 'custsubs');
    case 'shown': {
      const subs = ctx.subs ?? [];
      const azure = ctx.azure ?? [];
      const offers = ctx.offers ?? [];
      const name = ctx.customer?.name ?? '';
      if (subs.length === 0 && azure.length === 0) return { title: msg('custsubs.none', { customer: name }) };
      const suspended = subs.filter((s) => s.status === 'suspended').length;
      return {
        title: msg('custsubs.shown.title', { customer: name, count: subs.length + azure.length }),
        facts: [
          // Each add-on right under the subscription it belongs to, as Partner Center shows them.
          ...withAddOnsUnderParents(subs).map((s) => ({
            label: s.parentId
              ? msg('custsubs.addOnLabel', { name: subscriptionLabel(s, offers) })
              : msg('common.raw', { text: subscriptionLabel(s, offers) }),
            value: msg('custsubs.withId', { detail: subscriptionDetail(s, subs, offers), id: s.id }),
          })),
          ...azure.map((a) => ({ label: msg('common.raw', { text: a.name }), value: msg('custsubs.azure', { id: a.id }) })),
        ],
        lines: [suspended ? msg('custsubs.shown.suspended', { count: suspended }) : msg('common.empty'), msg('custsubs.shown.next')],
      };
    }
    default:
      return undefined;
  }
}

/** Listing or showing (folded, four languages). */
const LISTED =
  /\b(?:list (?:all|the|of|me|what)|show(?: me)?|voir|consulter|see|bekijk\w*|lister|listez|liste-moi|montre\w*|affiche\w*|lista|visa|kolla|toon\w*|overzicht|laat \w+ zien|pull up|overview|apercu|oversikt|recap\w*|parc|inventaire|inventory|etat des lieux|faire le point|sammanstallning|inventering|inventaris|(?:status|statut|etat|stand|lage) (?:\w+ )?(?:van|of|des|de|pa|for))\b|^liste des\b/;
/** What they have, asked: "vill bara kolla vad de har", "wat ze precies hebben lopen" (folded, four languages). */
const THEY_HAVE =
  /\b(?:what|vad|wat|ce qu'?)\b (?:\w+ ){0,2}(?:they|de|ze|ils) (?:\w+ ){0,2}(?:have|har|hebben|ont)\b(?! (?:to|att|moeten|a faire|besoin))/;
/** Whether a subscription is still active, asked (whether one is suspended is asked by suspensionAsked, of whatever the customer has): "wil weten of hun exchange sub nog actief is" (folded, four languages). */
const STILL_ACTIVE =
  /\b(?:if|whether|si|om|of)\b (?:[\w'-]+ ){0,5}(?:subscriptions?|subs?|abonnements?|abonnemang\w*|prenumeration\w*)\b.{0,50}\b(?:active|actif|actief|aktiv)\b|^(?:is|est|ar|are) .{0,60}\b(?:subscriptions?|subs?|abonnements?|abonnemang\w*|prenumeration\w*|azure[- ]?plan\w*)\b.{0,50}\b(?:active|actif|actief|aktiv)\b/;
/** "which subscriptions are active and which are suspended?" (folded, four languages). */
const WHICH_ARE =
  /\b(?:which|what|quel\w*|vilka|welke)\b (?:\w+ )?(?:subscriptions?|subs|licen[cs]es|abonnements?|souscriptions?|prenumerationer\w*|licenser\w*|abonnementen|licenties) (?:are|is|sont|ar|zijn|staan)\b/;
/** A marketplace offer, said so (folded, four languages). */
const OFFER_WORD = /\b(?:offers?|offres?|erbjudande\w*|aanbieding\w*)\b/;
/** What a customer holds: subscriptions, licences, products (folded, four languages). */
const HOLDINGS =
  /\b(?:subscriptions?|subs|subbar\w*|licen[cs]es?|lics?|seats|products|abonnements?|abonnemang\w*|souscriptions?|produits|prenumerationer\w*|licenser\w*|produkter\w*|abonnementen|licenties|producten)\b/;
/** Asking what a customer has or pays for: "which licences does lakeside have", "vilka licenser har de", "wat X allemaal afneemt", "what fabrikam is paying for" (folded). */
const WHAT_IT_HAS =
  /\b(?:what|which)\b.{0,40}\b(?:subscribed to|abonne\w* a|prenumererar pa|geabonneerd op)\b|\b(?:what|which|how many|quel\w*|combien|vilka|vad|hur manga|welke|wat|hoeveel)\b.{0,40}\b(?:licen[cs]es?|seats|subscriptions?|products|abonnements?|souscriptions?|produits|licenser|prenumerationer|produkter|licenties|abonnementen|producten)\b.{0,40}\b(?:has|have|got|a|ont|har|heeft|hebben)\b|\b(?:what|quoi|ce que|vad|wat)\b.{0,40}\b(?:with us|chez nous|hos oss|bij ons)\b|\bce a quoi (?:\w+ ){0,2}abonne\w*|\bwat (?:[\w-]+ ){0,5}(?:afneemt|afnemen|heeft lopen|hebben lopen)\b|\bwat (?:[\w-]+ ){0,2}neemt (?:[\w-]+ ){0,4}af\b|\b(?:what|everything) (?:[\w-]+ ){0,5}(?:paying|pays|pay) for\b|\bvad (?:[\w-]+ ){0,4}betalar (?:\w+ )?for\b|\bce que (?:[\w-]+ ){0,4}paie(?:nt)?\b/;
