import { MAX_DEAL_VALUE } from '../../../domain/isv/deal-rules';
import { msg, type Field, type Prompt } from '../../../cards/view';
import type { ProcedureDefinition } from '../../procedure';
import { offerChoices } from '../isv-plans';
import { stepOf } from '../isv-shared';
import { createDealMachine, type DealContext, type DealMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { isvStrings } from '../isv-shared/strings';

export const isvDeal: ProcedureDefinition<DealMachine> = {
  id: 'isv-deal',
  version: 1,
  permission: 'isv-licensing',
  group: 'isv',
  commandRank: 2,
  prefillKeys: ['offerId', 'customerName'],
  strings: isvStrings,
  title: msg('isv.deal.title'),
  summary: msg('isv.deal.summary'),
  phrases: { en, fr, sv, nl },
  // "register a deal for contoso with our offer crm sync", "soumettre un referral à Microsoft": a deal registered, whatever offer it names.
  claims: (folded) => {
    // "we should tell Microsoft about it so they help us close it": a co-sell deal, said without its name.
    if (TOLD_MICROSOFT.test(folded) && SALE_CLOSED.test(folded)) return true;
    // "we willen co-sellen met Microsoft op een opportunity": selling with Microsoft is a deal to register.
    if (CO_SELLING.test(folded)) return true;
    return REGISTERED_DEAL.test(folded) && !ALREADY_REGISTERED.test(folded);
  },
  createMachine: createDealMachine,
  extract: extractDealValues,
  stepKey: (s) => `isv.deal.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

const valueField = (ctx: DealContext): Field => ({
  id: 'value',
  kind: 'number',
  label: msg('isv.deal.fact.value'),
  expects: { kind: 'amount', currency: 'USD', max: MAX_DEAL_VALUE },
  ...(ctx.value !== undefined ? { value: String(ctx.value) } : {}),
});
const dateField = (ctx: DealContext): Field => ({
  id: 'closeDate',
  kind: 'date',
  label: msg('isv.deal.fact.closeDate'),
  expects: { kind: 'date', lean: 'future' },
  ...(ctx.closeDate ? { value: ctx.closeDate } : {}),
});

function promptFor(step: string, ctx: DealContext): Prompt | undefined {
  switch (step) {
    case 'askCustomer':
      return {
        title: msg('isv.deal.askCustomer.title'),
        lines: [msg('isv.deal.askCustomer.line')],
        fields: [
          {
            id: 'customerName',
            kind: 'text',
            label: msg('isv.deal.fact.customer'),
            placeholder: msg('common.raw', { text: 'Northwind Traders' }),
          },
          valueField(ctx),
          dateField(ctx),
        ],
      };
    case 'chooseOffer':
      return { title: msg('isv.deal.chooseOffer.title'), choices: offerChoices(ctx.offers) };
    case 'askValue':
      return {
        title: msg('isv.deal.askValue.title', { customer: ctx.customerName ?? '' }),
        lines: [msg('isv.deal.askValue.line')],
        input: { id: 'answer', kind: 'text', label: msg('isv.deal.fact.value') },
        expects: { kind: 'amount', currency: 'USD', max: MAX_DEAL_VALUE },
      };
    case 'askCloseDate':
      return {
        title: msg('isv.deal.askCloseDate.title'),
        lines: [msg('isv.deal.askCloseDate.line')],
        input: { id: 'answer', kind: 'date', label: msg('isv.deal.fact.closeDate') },
        expects: { kind: 'date', lean: 'future' },
      };
    case 'confirm':
      return {
        title: msg('isv.deal.confirm.title'),
        facts: [
          { label: msg('isv.deal.fact.customer'), value: ctx.customerName ?? '' },
          { label: msg('isv.fact.offer'), value: ctx.offerId ?? '' },
          { label: msg('isv.deal.fact.value'), value: { money: ctx.value ?? 0, currency: 'USD' } },
          { label: msg('isv.deal.fact.closeDate'), value: { date: `${ctx.closeDate}T00:00:00Z` } },
        ],
        lines: [msg('isv.deal.confirm.line')],
        choices: [
          { value: 'register', label: msg('isv.deal.choice.register'), style: 'positive' },
          { value: 'change-customer', label: msg('isv.deal.choice.changeCustomer') },
          { value: 'change-value', label: msg('isv.deal.choice.changeValue') },
          { value: 'change-date', label: msg('isv.deal.choice.changeDate') },
          ...(ctx.offers.length > 1 ? [{ value: 'change-offer', label: msg('isv.deal.choice.changeOffer') }] : []),
        ],
      };
    case 'done':
      return ctx.deal
        ? {
            title: msg('isv.deal.done.title', { deal: ctx.deal.dealId, customer: ctx.deal.customerName }),
            facts: [{ label: msg('isv.fact.status'), value: msg('isv.dealStatus.in-progress') }],
            lines: [msg('isv.deal.done.next', { deal: ctx.deal.dealId })],
          }
        : undefined;
    default:
      return undefined;
  }
}

const FOR = /\b(?:for|with|pour|för|voor|met)\s+(?!offer\b)(.+?)\s*$/i;

/** "register a deal for Northwind Traders" names the customer. */
export function extractDealValues(text: string): Record<string, string> {
  const m = FOR.exec(text.trim().replace(/[.!?]+$/, ''));
  return m ? { customerName: m[1] } : {};
}

/** Registering a deal, a referral or an opportunity, in either order, in the four languages (folded). */
const REGISTER =
  '(?:register|registering|registration|referencer|partager|share|enregistrement|registrering|registratie|log|enregistrer|enregistrez|soumettre|submit|declar\\w*|registrera|registrer|anmala|registreren|registreer|aanmelden|meld|indienen|remonte\\w*|aanmak\\w*|create|creer|skapa|inscri\\w*)';
const DEAL_WORD =
  '(?:deals?|dealen|isv connect|verkoopkans\\w*|oppo|opportunit\\w*|opportunite\\w*|referrals?|co-?sell|leads?|prospects?|affaires?|affarsmojlighet\\w*)';
/** Selling with Microsoft on an opportunity (folded, four languages). */
const CO_SELLING = /\bco-?sell(?:en|er|a|ing)\b.{0,40}\b(?:opportunit\w*|opportunite\w*|deals?|affar\w*|verkoopkans\w*|kans)\b/;
/** Microsoft told of it (folded, four languages). */
const TOLD_MICROSOFT =
  /\b(?:tell|inform|notify|let) microsoft\b|\b(?:informer|prevenir|signaler a) microsoft\b|\b(?:beratta for|meddela|informera) microsoft\b|\bmicrosoft (?:inlichten|informeren|laten weten|op de hoogte)\b/;
/** A sale to close (folded, four languages). */
const SALE_CLOSED = /\b(?:close|closing|win|sale|conclure|signer|vente|vinna|stanga affaren|affar\w*|sluiten|binnenhalen|verkoop)\b/;
const REGISTERED_DEAL = new RegExp(
  `\\b${REGISTER}\\b.{0,40}\\b${DEAL_WORD}\\b|\\b${DEAL_WORD}\\b.{0,70}\\b${REGISTER}\\b|\\b(?:new|nouve\\w*|ny|nytt|nieuwe?)\\s+(?:referral|co-?sell|opportunit\\w*|lead|deal)`,
);
/** A deal already registered: the story before another request ("the deal is registered, now send the link"), folded. */
const ALREADY_REGISTERED =
  /\b(?:registered|registrerad\w*|(?:est|a ete|vient d'etre|deja|deal|affaire|opportunite) enregistree?s?|geregistreerd|ingediend|submitted)\b/;
