import { msg, secret, type Choice, type Prompt } from '../../../cards/view';
import { sameCustomer } from '../../../domain/isv/deal-rules';
import type { IsvDeal } from '../../../domain/isv/model';
import type { ProcedureDefinition } from '../../procedure';
import { stepOf } from '../isv-shared';
import { createInviteMachine, dealOf, type InviteContext, type InviteMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { isvStrings } from '../isv-shared/strings';

export const isvInvite: ProcedureDefinition<InviteMachine> = {
  id: 'isv-invite',
  version: 1,
  permission: 'isv-licensing',
  group: 'isv',
  commandRank: 2,
  prefillKeys: ['dealId'],
  strings: isvStrings,
  title: msg('isv.invite.title'),
  summary: msg('isv.invite.summary'),
  phrases: { en, fr, sv, nl },
  // "le lien que l'admin de fabrikam doit ouvrir pour accepter la relation": the consent link is the invitation.
  // "… pour le deal D-1002. Pourriez-vous leur transmettre l'invitation ?": a deal's invitation sent (a reseller
  // relationship's request, without a deal, is Azure management's).
  claims: (folded, named) =>
    CONSENT_LINK.test(folded) ||
    // "l'invitation du deal D-1002 a expiré": an expired invitation is one to send again.
    INVITATION_EXPIRED.test(folded) ||
    ADMIN_APPROVES_FIRST.test(folded) ||
    ((named.has('deal') || DEAL_WORD.test(folded)) &&
      (INVITATION_SENT.test(folded) ||
        INVITE_THEM.test(folded) ||
        CUSTOMER_ATTACHED.test(folded) ||
        (CUSTOMER_TO_APPROVE.test(folded) && !ACCEPTED.test(folded)))),
  createMachine: createInviteMachine,
  extract: extractDealId,
  stepKey: (s) => `isv.invite.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

export const dealChoices = (deals: IsvDeal[]): Choice[] =>
  deals.map((d) => ({
    value: d.dealId,
    label: msg('isv.dealChoice.label', { deal: d.dealId, customer: d.customerName }),
    detail: msg('isv.dealChoice.detail', { offer: d.offerId, value: { money: d.value, currency: d.currency } }),
  }));

function promptFor(step: string, ctx: InviteContext): Prompt | undefined {
  const deal = dealOf(ctx);
  switch (step) {
    case 'chooseDeal':
      return { title: msg('isv.invite.chooseDeal.title'), lines: [msg('isv.invite.chooseDeal.line')], choices: dealChoices(ctx.deals) };
    case 'chooseCustomer':
      return {
        title: msg('isv.invite.chooseCustomer.title', { deal: ctx.dealId ?? '', customer: deal?.customerName ?? '' }),
        lines: [msg('isv.invite.chooseCustomer.line')],
        choices: [
          ...ctx.relationships.map((r) => ({
            value: `rel:${r.relationshipId}`,
            label: msg('common.raw', { text: r.customerName }),
            detail: msg(`isv.invite.rel.${r.status}`, { domain: r.domain }),
          })),
          { value: 'invite-new', label: msg('isv.invite.choice.new'), style: 'positive' as const },
        ],
      };
    case 'askDomain':
      return {
        title: msg('isv.invite.askDomain.title', { customer: deal?.customerName ?? '' }),
        lines: [msg('isv.invite.askDomain.line')],
        input: {
          id: 'answer',
          kind: 'text',
          label: msg('isv.invite.fact.domain'),
          placeholder: msg('common.raw', { text: 'northwindtraders.com' }),
        },
      };
    case 'confirmLink': {
      const rel = ctx.relationships.find((r) => r.relationshipId === ctx.relationshipId);
      return {
        title: msg('isv.invite.confirmLink.title', { deal: ctx.dealId ?? '', customer: rel?.customerName ?? '' }),
        // Another company's relationship: its tenant would get the deal's licenses.
        lines:
          rel && deal && !sameCustomer(deal.customerName, rel.customerName)
            ? [
                msg('isv.invite.confirmLink.otherCompany', {
                  deal: deal.dealId,
                  dealCustomer: deal.customerName,
                  customer: rel.customerName,
                }),
              ]
            : [],
        facts: [
          { label: msg('isv.invite.fact.deal'), value: ctx.dealId ?? '' },
          { label: msg('isv.deal.fact.customer'), value: rel?.customerName ?? '' },
          { label: msg('isv.invite.fact.domain'), value: rel?.domain ?? '' },
          { label: msg('isv.invite.fact.relationship'), value: msg(`isv.relStatus.${rel?.status ?? 'pending'}`) },
        ],
        choices: [
          { value: 'link', label: msg('isv.invite.choice.link'), style: 'positive' },
          { value: 'other-customer', label: msg('isv.invite.choice.other') },
        ],
      };
    }
    case 'confirmInvite':
      return {
        title: msg('isv.invite.confirmInvite.title', { customer: deal?.customerName ?? '' }),
        facts: [
          { label: msg('isv.invite.fact.deal'), value: ctx.dealId ?? '' },
          { label: msg('isv.deal.fact.customer'), value: deal?.customerName ?? '' },
          { label: msg('isv.invite.fact.domain'), value: ctx.domain ?? '' },
        ],
        lines: [msg('isv.invite.confirmInvite.line')],
        choices: [
          { value: 'invite', label: msg('isv.invite.choice.invite'), style: 'positive' },
          { value: 'other-customer', label: msg('isv.invite.choice.other') },
        ],
      };
    case 'done': {
      const r = ctx.result;
      if (!r) return undefined;
      const pending = r.relationship.status === 'pending';
      return {
        title: msg(pending ? 'isv.invite.done.pending' : 'isv.invite.done.active', {
          deal: r.deal.dealId,
          customer: r.relationship.customerName,
        }),
        lines: pending
          ? [
              msg('isv.invite.done.link'),
              msg('common.raw', { text: secret(r.relationship.consentLink) }),
              msg('isv.invite.done.send'),
              msg('isv.invite.done.until'),
              msg('isv.invite.done.comeBack', { customer: r.relationship.customerName }),
            ]
          : [msg('isv.invite.done.next', { deal: r.deal.dealId })],
      };
    }
    default:
      return undefined;
  }
}

const DEAL = /\b(d-\d+)\b/i;

/** "invite the customer of deal D-1002". */
export function extractDealId(text: string): Record<string, string> {
  const m = DEAL.exec(text);
  return m ? { dealId: m[1].toUpperCase() } : {};
}

/** A link to accept, consent to or authorise the relationship, in either order (folded, four languages). */
const LINK = '(?:links?|lien|lank\\w*|linkje)';
const CONSENT =
  '(?:accept\\w*|consent\\w*|approv\\w*|authori[sz]\\w*|autoris\\w*|godkann\\w*|auktoriser\\w*|goedkeur\\w*|toestemming|samtycke)';
/** A customer attached to it: "associer un client à mon affaire", "koppel een klant aan de deal" (folded, four languages). */
const CUSTOMER_ATTACHED =
  /\b(?:associ\w*|attach\w*|link\w*|lier|relier|rattach\w*|koppel\w*|koppl\w*|knyt\w*|anslut\w*)\b (?:[\w'()-]+ ){0,4}(?:client|customer|kund\w*|klant\w*)\b/;
/** A deal, said so (folded, four languages). */
export const DEAL_WORD =
  /\b(?:deals?|dealen|affaire|affar\w*|(?:notre|leur|cette|la) vente|ventes? en cours|(?:dossier|opportunite)s? de vente|verkoopkans\w*|forsaljningsmojlighet\w*)\b/;
/** The invitation sent or sent again (folded, four languages). */
const INVITATION_SENT =
  /\b(?:send|resend|forward|transmet\w*|renvoy\w*|renvoi\w*|envoy\w*|envoi\w*|skicka\w*|(?:ver|door|op)?stu+r\w*|opnieuw sturen)\b (?:[\w-]+ ){0,3}?(?:l'|the |an |a |de |den |het |een )?(?:invit\w*|inbjudan\w*|uitnodiging\w*)\b|\b(?:invitation|invitatie|invite|inbjudan\w*|uitnodiging\w*) (?:[\w-]+ ){0,3}?(?:sturen|versturen|verzenden|envoyer|skicka\w*|sending|to send)\b/;
/** The customer to approve or accept: "nästa steg är väl att kunden ska godkänna?" (folded, four languages). */
const CUSTOMER_TO_APPROVE =
  /\b(?:client|customer|kunden|klant)\b.{0,20}\b(?:godkann\w*|godkanna|accept\w*|goedkeur\w*|approuv\w*|approve\w*|aanvaard\w*)/;
/** Accepted already (folded, four languages). */
export const ACCEPTED =
  /\b(?:accepted|approved|a accepte|ont accepte|a approuve|har accepterat|har godkant|heeft (?:\w+ ){0,3}(?:geaccepteerd|aanvaard|goedgekeurd)|hebben (?:\w+ ){0,3}(?:geaccepteerd|aanvaard)|(?:une fois|once|nar|zodra) (?:le |the |de |den )?\w+ (?:accepte|accepted|accepterad|geaccepteerd))\b/;
/** The invitation expired (folded, four languages). */
const INVITATION_EXPIRED =
  /\b(?:invitation|invitatie|invite|inbjudan\w*|uitnodiging\w*)\b.{0,40}\b(?:expir\w*|verlopen|gatt ut|utgang\w*)\b/;
/** Them invited (folded, four languages). */
const INVITE_THEM =
  /\b(?:(?:be|get|gets|being) invited|soit invite|etre invite|bli inbjud\w*|uitgenodigd (?:worden|moet)|(?:client|customer|kunden|klant) (?:\w+ ){0,2}(?:accepte|accept|accepts|godkanner|accepterar|accepteert|aanvaardt) (?:le |the |de |den |het )?(?:deal|dealen)|invite (?:them|the customer|him|her|their admin)|invite (?:[\w-]+ ){0,2}(?:admin|administrator|customer|client)|les inviter|inviter (?:le client|leur admin|l'admin)|bjuda in (?:dem|kunden)|bjud in (?:dem|kunden)|(?:hen|ze|de klant) uitnodigen|nodig (?:hen|ze|de klant) uit)\b/;
/** The customer's admin to approve working with us, or something before licences can be given: the consent asked for (folded). */
const ADMIN_APPROVES_FIRST =
  /\badmin\w*\b.{0,30}\b(?:accept|approv|autoris|authori[sz]|consent|godkann|goedkeur)\w*\b.{0,30}\b(?:work with us|travaille avec|travailler avec|samarbet\w*|samenwerk\w*)|\badmin\w*\b.{0,30}\baccept\w* (?:us|nous|oss|ons)\b|\badmin\w*\b.{0,40}\b(?:approv|accept|consent|sign|godkann|goedkeur|accepter|approuv|valid)\w*\b.{0,60}\b(?:before|avant|innan|voordat)\b/;
const CONSENT_LINK = new RegExp(
  `\\b${LINK}\\b.{0,60}\\b${CONSENT}|\\b${CONSENT}\\b.{0,80}\\b${LINK}\\b|\\badmin\\w*\\b.{0,40}\\b(?:autorise|accepte|approuve|authori[sz]es?|accepts?|approves?|godkanna|auktorisera|goedkeurt|accepteert)\\b.{0,20}\\b(?:relation\\w*|relatie)\\b`,
);
