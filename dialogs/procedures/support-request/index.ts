import type { SnapshotFrom } from 'xstate';
import { IMPACTS, supportDescription } from '../../../domain/software/support-request';
import type { ProcedureDefinition } from '../../procedure';
import { customerPrompt } from '../../pick/customer-step';
import { msg, type Msg, type Prompt } from '../../../cards/view';
import { extractCustomer } from '../../pick/customer-ref';
import { createSupportRequestMachine, suggestedTitle, type SupportContext, type SupportRequestMachine } from './machine';
import { SUPPORT_REQUEST_ID } from './id';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { supportRequestStrings } from './strings';
import { CANCELLING, REFUSED } from '../cancel-purchase/questions';

type Snap = SnapshotFrom<SupportRequestMachine>;
const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

export { SUPPORT_REQUEST_ID };

export const supportRequest: ProcedureDefinition<SupportRequestMachine> = {
  id: SUPPORT_REQUEST_ID,
  version: 2,
  // The request replaces a cancellation that Partner Center could not make directly.
  permission: 'cancel-software-purchase',
  group: 'software',
  prefillKeys: ['customer', 'orderId'],
  strings: supportRequestStrings,
  title: msg('support.title'),
  summary: msg('support.summary'),
  phrases: { en, fr, sv, nl },
  // "öppna support case tack, nedladdningen kraschar", "raise it with MS support": a case opened with support is this.
  // "… it said microsoft needs more information before they can refund it": Partner Center's own request for a case.
  claims: (folded) =>
    OPENED_CASE.test(folded) ||
    CASE_NEEDED.test(folded) ||
    // A cancellation that failed, was refused or is stuck: the case the procedure opens.
    (CANCELLING.test(folded) && REFUSED.test(folded)) ||
    MORE_INFORMATION.test(folded) ||
    (MICROSOFT_WRITTEN_TO.test(folded) && REFUND.test(folded)),
  createMachine: createSupportRequestMachine,
  extract: extractSupportValues,
  stepKey: (s) => `support.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

const ORDER = /\b(?:order|commande|beställning|bestelling|subscription|abonnement)\s*(?:id|n°|nr\.?|#)?\s*([a-z0-9][a-z0-9-]{2,})/i;

/** "support request for order 4719 for northwind" gives the order and the customer. */
export function extractSupportValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const order = ORDER.exec(text);
  if (order) out.orderId = order[1];
  const customer = extractCustomer(text.replace(ORDER, ' '));
  if (customer) out.customer = customer;
  return out;
}

const money = (ctx: SupportContext, amount: number) => ({ money: amount, currency: ctx.currency ?? 'USD' });

/** What came with the cancellation, said once on every question so the user sees it is not asked again. */
function givenLine(ctx: SupportContext): Msg {
  if (!ctx.given.includes('purchaseRef')) return msg('common.empty');
  if (ctx.amount === undefined)
    return msg('support.givenNoAmount', { customer: ctx.customerName ?? ctx.domain ?? '', ref: ctx.purchaseRef ?? '' });
  return msg('support.given', {
    customer: ctx.customerName ?? ctx.domain ?? '',
    ref: ctx.purchaseRef ?? '',
    amount: ctx.amount !== undefined ? money(ctx, ctx.amount) : '—',
  });
}

/** A request already opened for the same order: said on every question and on the summary, before a second one is made. */
function existingLine(ctx: SupportContext): Msg {
  const first = ctx.existing?.[0];
  if (!first) return msg('common.empty');
  return msg('support.existing', {
    ref: ctx.purchaseRef ?? '',
    numbers: { list: ctx.existing!.map((r) => r.number) },
    date: { date: first.createdAt },
  });
}

function promptFor(step: string, ctx: SupportContext): Prompt | undefined {
  const given = givenLine(ctx);
  const existing = existingLine(ctx);
  switch (step) {
    case 'askCustomer':
    case 'chooseCustomer':
      return customerPrompt(step, ctx, 'support');
    case 'askPurchase':
      return {
        title: msg('support.askPurchase.title', { customer: ctx.customerName ?? '' }),
        input: { id: 'answer', kind: 'text', label: msg('support.askPurchase.label'), placeholder: msg('support.askPurchase.placeholder') },
      };
    case 'askAmount':
      return {
        title: msg('support.askAmount.title', { currency: ctx.currency ?? 'USD' }),
        lines: [
          given,
          existing,
          ctx.orderAmount
            ? msg('support.askAmount.orderAmount', { ref: ctx.purchaseRef ?? '', amount: money(ctx, ctx.orderAmount) })
            : msg('common.empty'),
        ],
        input: {
          id: 'amount',
          kind: 'number',
          label: msg('support.askAmount.label'),
          ...(ctx.orderAmount ? { value: String(ctx.orderAmount) } : {}),
        },
        // Zero is let through: the procedure refuses it with its own message ("more than zero").
        expects: { kind: 'amount', min: 0, currency: ctx.currency ?? 'USD' },
      };
    case 'askImpact':
      return {
        title: msg('support.askImpact.title'),
        lines: [given, existing, msg('support.problemType', { type: msg('support.problemTypeName') })],
        choices: IMPACTS.map((i) => ({ value: i, label: msg(`support.impact.${i}`), detail: msg(`support.impact.${i}.detail`) })),
      };
    case 'askTitle':
      return {
        title: msg('support.askTitle.title'),
        lines: [given, msg('support.askTitle.suggested', { title: suggestedTitle(ctx) })],
        input: { id: 'title', kind: 'text', label: msg('support.askTitle.label'), value: suggestedTitle(ctx) },
      };
    case 'askReason':
      return {
        title: msg('support.askReason.title'),
        lines: [given, msg('support.askReason.line')],
        input: { id: 'reason', kind: 'text', label: msg('support.askReason.label'), placeholder: msg('support.askReason.placeholder') },
      };
    case 'askContact': {
      const missing = [!ctx.contactName && 'name', !ctx.contactEmail && 'email', !ctx.contactPhone && 'phone'].filter(
        (x): x is string => !!x,
      );
      return {
        title: msg('support.askContact.title'),
        lines: [
          given,
          msg('support.askContact.line'),
          missing.length ? msg(`support.askContact.missing.${missing.join('-')}`) : msg('common.empty'),
        ],
        fields: [
          {
            id: 'contactName',
            kind: 'text',
            label: msg('support.contact.field.name'),
            ...(ctx.contactName ? { value: ctx.contactName } : {}),
          },
          {
            id: 'contactEmail',
            kind: 'email',
            label: msg('support.contact.field.email'),
            ...(ctx.contactEmail ? { value: ctx.contactEmail } : {}),
          },
          {
            id: 'contactPhone',
            kind: 'tel',
            label: msg('support.contact.field.phone'),
            placeholder: msg('support.contact.phonePlaceholder'),
            ...(ctx.contactPhone ? { value: ctx.contactPhone } : {}),
          },
        ],
      };
    }
    case 'confirm': {
      const description = supportDescription({
        tenantId: ctx.tenantId,
        domain: ctx.domain,
        purchaseRef: ctx.purchaseRef ?? '',
        reason: ctx.reason ?? '',
        amount: ctx.amount ?? 0,
        currency: ctx.currency ?? 'USD',
      });
      return {
        title: msg('support.confirm.title'),
        facts: [
          { label: msg('support.fact.problemType'), value: msg('support.problemTypeName') },
          { label: msg('support.fact.customer'), value: ctx.customerName ?? '' },
          ...(ctx.productName ? [{ label: msg('support.fact.product'), value: ctx.productName }] : []),
          { label: msg('support.fact.impact'), value: msg(`support.impact.${ctx.impact}`) },
          { label: msg('support.fact.title'), value: ctx.title ?? '' },
          { label: msg('support.fact.amount'), value: money(ctx, ctx.amount ?? 0) },
          { label: msg('support.fact.contact'), value: `${ctx.contactName ?? ''}, ${ctx.contactEmail ?? ''}, ${ctx.contactPhone ?? ''}` },
        ],
        lines: [
          existing,
          msg('support.confirm.description'),
          ...description.split('\n').map((text) => msg('common.raw', { text })),
          msg('support.files'),
        ],
        choices: [
          { value: 'submit', label: msg('support.choice.submit'), style: 'positive' },
          { value: 'change-impact', label: msg('support.choice.changeImpact') },
          { value: 'change-title', label: msg('support.choice.changeTitle') },
          { value: 'change-reason', label: msg('support.choice.changeReason') },
          { value: 'change-amount', label: msg('support.choice.changeAmount') },
          { value: 'change-contact', label: msg('support.choice.changeContact') },
        ],
      };
    }
    case 'done': {
      const o = ctx.outcome;
      if (o?.status !== 'created') return undefined;
      return {
        title: msg('support.done.title', { number: o.request.number }),
        facts: [
          { label: msg('support.fact.number'), value: o.request.number },
          { label: msg('support.fact.problemType'), value: msg('support.problemTypeName') },
          { label: msg('support.fact.title'), value: o.request.title },
        ],
        lines: [
          msg('support.done.contact', { name: o.request.contact.name, email: o.request.contact.email, phone: o.request.contact.phone }),
          msg('support.done.files', { number: o.request.number }),
        ],
      };
    }
    default:
      return undefined;
  }
}

/** Microsoft asking for more information to refund (folded, four languages). */
const MORE_INFORMATION =
  /\b(?:needs?|requires?|asks? for|wants?) more info\w*|\b(?:besoin|demande) (?:de |d')?(?:plus|davantage) d'info\w*|\b(?:behover|vill ha|kraver) mer info\w*|\b(?:heeft|wil|vraagt) meer info\w*/;
/** A case needed: "besoin d'un SR chez MS", "need a ticket", "ik heb een ticket nodig" (folded, four languages). */
const CASE_NEEDED =
  /\b(?:need|needs|besoin d'?(?:un|une)?|behov\w* (?:ett|en)?)\s*(?:an? )?(?:sr|ticket|case|incident|demande de support|supportarende|arende)\b|\b(?:sr|ticket|case|supportticket)\b.{0,15}\bnodig\b/;
/** Writing to or contacting Microsoft (folded, four languages). */
const MICROSOFT_WRITTEN_TO =
  /\b(?:write|email|contact|reach out)\w* (?:to )?microsoft\b|\b(?:ecrire|contacter|ecris|joindre) (?:a )?microsoft\b|\b(?:skriva|mejla|kontakta) (?:till )?microsoft\b|\b(?:mailen|schrijven|contacteren|contact opnemen met) microsoft\b|\bmicrosoft (?:mailen|contacteren|aanschrijven)\b/;
/** The money of a cancellation: the refund, the credit (folded, four languages). */
const REFUND =
  /\b(?:refund\w*|credit\w*|money|rembours\w*|argent|avoir|annul\w*|cancel\w*|aterbetal\w*|pengar\w*|kredit\w*|terugbetal\w*|geld|tegoed|creditnota)\b/;
/** Opening a case with support, in the four languages (folded). */
const OPENED_CASE =
  /\b(?:open|create|log|raise|file|ouvr\w*|cre\w*|oppna|skapa|openen|aanmaken|maak|indienen)\b.{0,30}\b(?:support\w*|tickets?|billets?|cases?|incidents?|dossier|sr|service requests?|demande d'assistance|arende\w*|supportarende\w*|ondersteuningsaanvraag\w*)\b|\b(?:tickets?|cases?|incidents?|arende\w*|supportarende\w*)\b.{0,30}\b(?:openen|aanmaken|indienen|inschieten|skapa|oppna|lagga upp|registrera)\b|\b(?:raise|take) it (?:up )?with (?:ms |microsoft )?support\b|\b(?:fait|faire|make|maak)\b (?:une |a |un |een )?(?:sr|ticket|case)\b|\b(?:melden|report\w*|signaler|rapportera|anmala)\b (?:\w+ ){0,2}(?:bij|to|a|till) (?:ms|microsoft)\b|\b(?:remonter|escalat\w*|escalad\w*|eskalera\w*|escaleren|escaleer\w*)\b.{0,30}\b(?:support|(?:a|to|till|naar|bij) (?:ms|microsoft))\b/;
