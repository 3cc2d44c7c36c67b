import { MAX_PLAN_ID_LENGTH, serviceIdOf } from '../../../domain/isv/offer-rules';
import { msg, type Choice, type Prompt } from '../../../cards/view';
import { DEAL_WORD } from '../isv-invite';
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
  prefillKeys: ['offerId', 'planId', 'newPlanId'],
  newValues: ['newPlanId'],
  strings: isvStrings,
  title: msg('isv.plans.title'),
  summary: msg('isv.plans.summary'),
  phrases: { en, fr, sv, nl },
  // "nieuwe tier enterprise voor onze offer crm sync": a new plan of a named offer is a plan, not a new offer.
  // (A plan added to a deal with its licences is the deal's licences.)
  claims: (folded, named) => {
    // "een goedkope en een duurdere versie", "olika priser": price levels of one's app are its plans.
    if (PRICE_LEVELS.test(folded) && !named.has('deal') && !DEAL_WORD.test(folded)) return true;
    // The offer named, or said ("l'offre est créée mais je vois aucune formule dedans").
    return (
      (named.has('offer') || OFFER_WORD.test(folded)) &&
      !named.has('deal') &&
      (NEW_ONE.test(folded) || SET_UP.test(folded)) &&
      PLAN_OR_TIER.test(folded) &&
      !WHICH_PLANS.test(folded) &&
      !LICENCES.test(folded) &&
      // "nouveau deal … plan Premium" registers a deal; "listing, plannen, … voor review" publishes.
      !/\b(?:deals?|dealen|affaire|review|certif\w*|goedkeuring|granskning\w*)\b/.test(folded)
    );
  },
  createMachine: createPlansMachine,
  extract: (text) => ({ ...extractOfferHint(text), ...extractNewPlanId(text) }),
  stepKey: (s) => `isv.plans.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

/** Levels of price, or a cheaper and a dearer version (folded, four languages). */
export const PRICE_LEVELS =
  /\b(?:price (?:tiers?|levels?|points?)|pricing (?:tiers?|options?|levels?)|prijsniveau\w*|prisniva\w*|niveaux? de prix|paliers? (?:de prix|tarifaires?)|olika priser|different prices|verschillende prijzen|prix differents|differents prix|(?:a|one) cheap(?:er)? (?:and|version)|une version (?:moins chere|pas chere)|en billig(?:are)? och en dyr\w*|een goedkope(?:re)? en een dure\w*)\b/;

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

/** Words that give a new plan its ID: "a plan called gold-tier", "un plan nommé gold-tier", "en plan som heter gold-tier". */
const NAMING = String.raw`(?:called|named|with\s+id|id|appel[ée]e?|nomm[ée]e?|avec\s+l'id|kallad|kallas|som\s+heter|med\s+namnet|med\s+id|genaamd|met\s+de\s+naam|met\s+id)`;
const ID = String.raw`["“«']?([a-z0-9][a-z0-9_-]*)(?![\p{L}\p{N}_-])`;
/** "plan called X", "new plan X", "create a plan X", in the four languages. */
const NEW_PLAN = [
  new RegExp(String.raw`\bplan(?:en)?\s+${NAMING}\s+${ID}`, 'iu'),
  new RegExp(String.raw`\b(?:new|nouveau|nouvel|ny|nytt|nieuw|nieuwe)\s+plan\s+(?:${NAMING}\s+)?${ID}`, 'iu'),
  new RegExp(
    String.raw`\b(?:create|add|cr[ée]er|cr[ée]e|ajouter|ajoute|skapa|l[äa]gg\s+till|maak|voeg)\s+(?:a|an|the|un|le|en|ett|een|het)?\s*plan\s+(?:${NAMING}\s+)?${ID}`,
    'iu',
  ),
];
/** Words after "plan" that are no Plan ID: "a new plan for the offer", "nouveau plan sur l'offre". */
const NOT_AN_ID = new Set(
  (
    'for to on in at of with and the a an ' +
    'pour sur de du des dans au aux avec et le la les ' +
    'till pa i av med och den det ' +
    'voor aan op van bij met en het een'
  ).split(' '),
);

/** "create a plan called gold-tier", "nouveau plan gold-tier": the new plan's ID, checked by the procedure like a typed one. */
export function extractNewPlanId(text: string): Record<string, string> {
  for (const pattern of NEW_PLAN) {
    const id = pattern.exec(text)?.[1];
    if (id && !NOT_AN_ID.has(id.toLowerCase())) return { newPlanId: id };
  }
  return {};
}

/** A new one, or one added (folded, four languages). */
const NEW_ONE =
  /\b(?:new|[2-9]|two|three|deux|trois|tva|tre|twee|drie|add\w*|another|nouve\w*|ajout\w*|rajout\w*|autre|ny|nytt|nya|lagg\w* till|ytterligare|nieuw\w*|toevoeg\w*|extra|bij\w*maken|erbij)\b/;
/** Plans defined, set up or wanted: "je dois définir les plans", "set up the tiers", "we want a basic one" (folded, four languages). */
const SET_UP =
  /\b(?:maak\w* .{0,30}\baan|er nog in|faut|need|needs|besoin|behov\w*|moeten? .{0,30}\ber ?in|want|wants|veut|voulons|voudrai\w*|vill|willen|mett\w*|defin\w*|set up|setup|configur\w*|create|creer|cree\w*|mettre en place|skapa|satta upp|lagga upp|instell\w*|aanmak\w*|opzet\w*|inricht\w*|zet ik|zetten|set|stel\w*|stall\w* in|stalla in|installning\w*)\b/;
/** Which plans there are, asked: the offer's status (folded, four languages). */
const WHICH_PLANS = /\b(?:which|what|quels?|quelles?|vilka|welke)\b (?:[\w-]+ ){0,2}(?:plans|plannen|planer|forfaits|formules)\b/;
/** An offer, said so (folded, four languages). */
const OFFER_WORD = /\b(?:offer|offern|offre|erbjudande\w*|aanbieding)\b/;
/** A plan or a pricing tier of an offer, or its price (per user, flat rate) (folded, four languages). */
const PLAN_OR_TIER =
  /\b(?:plans?|tiers?|pricing tiers?|price levels?|pricing levels?|formules?|paliers?|editions|nivaer|niveaus|abonnementsvorm\w*|abonnemangsform\w*|forfaits?|niveaux?|planer|planen|prisniva\w*|prisplan\w*|pricing plans?|plans? tarifaires?|plannen|prijsniveau\w*|prijsplan\w*|pricing|price|prix|tarification|prijs\w*|prissattning\w*|per[ -](?:user|seat|utilisateur|anvandare|gebruiker)|flat[ -]rate)\b/;
/** Licences or seats (folded, four languages): a plan with its licences goes to a customer. */
const LICENCES = /\b(?<!per[ -])(?:licen[cs]e\w*|seats?|licenser\w*|licenties?)\b/;
