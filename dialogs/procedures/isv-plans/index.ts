import { MAX_PLAN_ID_LENGTH, serviceIdOf } from '../../../domain/isv/offer-rules';
import { msg, type Choice, type Prompt } from '../../../cards/view';
import type { ProcedureDefinition } from '../../procedure';
import { statusMsg, stepOf, type OfferRef } from '../isv-shared';
import { createPlansMachine, type PlansContext, type PlansMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { isvStrings } from '../isv-shared/strings';

export const isvPlans: ProcedureDefinition<PlansMachine> = {
  id: 'isv-plans',
  version: 1,
  permission: 'isv-licensing',
  group: 'isv',
  commandRank: 2,
  prefillKeys: ['offerId', 'planId'],
  strings: isvStrings,
  title: msg('isv.plans.title'),
  summary: msg('isv.plans.summary'),
  phrases: { en, fr, sv, nl },
  createMachine: createPlansMachine,
  extract: extractOfferHint,
  stepKey: (s) => `isv.plans.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

export const offerChoices = (offers: OfferRef[]): Choice[] =>
  offers.map((o) => ({
    value: o.offerId,
    label: msg('common.raw', { text: o.alias }),
    detail: msg('isv.offerChoice.detail', { id: o.offerId, status: statusMsg(o.status) }),
  }));

function promptFor(step: string, ctx: PlansContext): Prompt | undefined {
  const id = ctx.offerId ?? '';
  switch (step) {
    case 'chooseOffer':
      return { title: msg('isv.pickOffer.title'), choices: offerChoices(ctx.offers) };
    case 'overview':
      return {
        title: msg('isv.plans.overview.title', { id }),
        lines: ctx.plans.length
          ? ctx.plans.map((p) =>
              msg('isv.plans.overview.plan', { plan: p.planId, name: p.name, status: msg(`isv.planStatus.${p.status}`) }),
            )
          : [msg('isv.plans.overview.none')],
        choices: [
          { value: 'add', label: msg('isv.plans.choice.add'), style: 'positive' },
          ...ctx.plans
            .filter((p) => p.status === 'draft')
            .map((p) => ({ value: `publish ${p.planId}`, label: msg('isv.plans.choice.publish', { plan: p.planId }) })),
          { value: 'finish', label: msg('isv.plans.choice.finish') },
        ],
      };
    case 'askPlanId':
      return {
        title: msg('isv.plans.askPlanId.title'),
        lines: [msg('isv.plans.askPlanId.line', { max: MAX_PLAN_ID_LENGTH })],
        ...(ctx.suggestion
          ? // Another Plan ID may be typed instead: a part of the suggestion's label is not taken for it.
            {
              choices: [
                { value: 'use-suggestion', label: msg('isv.plans.useSuggestion', { id: ctx.suggestion }), style: 'positive' as const },
              ],
              expects: { kind: 'text' as const },
            }
          : {
              fields: [
                {
                  id: 'planId',
                  kind: 'text' as const,
                  label: msg('isv.plans.fact.planId'),
                  placeholder: msg('common.raw', { text: 'standard' }),
                },
                { id: 'name', kind: 'text' as const, label: msg('isv.plans.fact.name'), value: ctx.name, optional: true },
                {
                  id: 'description',
                  kind: 'text' as const,
                  label: msg('isv.plans.fact.description'),
                  value: ctx.description,
                  optional: true,
                },
              ],
            }),
      };
    case 'askPlanName':
      return {
        title: msg('isv.plans.askPlanName.title', { plan: ctx.planId ?? '' }),
        lines: [msg('isv.plans.askPlanName.line')],
        input: { id: 'answer', kind: 'text', label: msg('isv.plans.fact.name') },
      };
    case 'askPlanDescription':
      return {
        title: msg('isv.plans.askPlanDescription.title', { plan: ctx.planId ?? '' }),
        lines: [msg('isv.plans.askPlanDescription.line')],
        input: { id: 'answer', kind: 'text', label: msg('isv.plans.fact.description') },
      };
    case 'confirmPublish': {
      const plan = ctx.plans.find((p) => p.planId === ctx.planId);
      return {
        title: msg('isv.plans.confirmPublish.title', { plan: ctx.planId ?? '' }),
        facts: [
          { label: msg('isv.fact.offer'), value: id },
          { label: msg('isv.plans.fact.planId'), value: ctx.planId ?? '' },
          { label: msg('isv.plans.fact.name'), value: plan?.name ?? '' },
          { label: msg('isv.plans.fact.description'), value: plan?.description ?? '' },
          { label: msg('isv.plans.fact.serviceId'), value: plan?.serviceId ?? serviceIdOf(ctx.publisherId, id, ctx.planId ?? '') },
        ],
        lines: [msg('isv.plans.confirmPublish.line')],
        choices: [
          { value: 'publish', label: msg('isv.plans.choice.publish.one'), style: 'positive' },
          { value: 'back', label: msg('isv.plans.choice.backToPlans') },
        ],
      };
    }
    case 'confirmPlan':
      return {
        title: msg('isv.plans.confirmPlan.title', { plan: ctx.planId ?? '' }),
        facts: [
          { label: msg('isv.fact.offer'), value: id },
          { label: msg('isv.plans.fact.planId'), value: ctx.planId ?? '' },
          { label: msg('isv.plans.fact.name'), value: ctx.name ?? '' },
          { label: msg('isv.plans.fact.description'), value: ctx.description ?? '' },
          { label: msg('isv.plans.fact.serviceId'), value: serviceIdOf(ctx.publisherId, id, ctx.planId ?? '') },
        ],
        lines: [msg('isv.plans.confirmPlan.line')],
        choices: [
          { value: 'draft', label: msg('isv.plans.choice.draft') },
          { value: 'publish', label: msg('isv.plans.choice.publish.one'), style: 'positive' },
          { value: 'restart', label: msg('isv.plans.choice.restart') },
        ],
      };
    case 'done': {
      const drafts = ctx.plans.filter((p) => p.status === 'draft').map((p) => p.planId);
      return {
        title: msg('isv.plans.done.title', { id }),
        lines: ctx.plans.length
          ? [
              msg('isv.plans.done.copy'),
              ...ctx.plans.map((p) => msg('isv.plans.serviceIdLine', { serviceId: p.serviceId })),
              ...(drafts.length ? [msg('isv.plans.done.drafts', { plans: { list: drafts } })] : []),
              msg('isv.plans.done.next', { id }),
            ]
          : [msg('isv.plans.done.none')],
      };
    }
    default:
      return undefined;
  }
}

const FOR_OFFER = /\b(?:for|of|offer|publish|pour|för|voor|publier|publicera|publiceren)\s+(?:offer\s+)?["'`]?([a-z0-9][\w-]*)["'`]?\s*$/i;

/** "create plans for crm-sync" names the offer. */
export function extractOfferHint(text: string): Record<string, string> {
  const m = FOR_OFFER.exec(text.trim().replace(/[.!?]+$/, ''));
  return m && m[1].toLowerCase() !== 'offer' ? { offerId: m[1].toLowerCase() } : {};
}
