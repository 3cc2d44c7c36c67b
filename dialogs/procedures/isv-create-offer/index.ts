import { appSourceUrl, maxOfferIdLength } from '../../../domain/isv/offer-rules';
import type { Licensing, LicensingMode } from '../../../domain/isv/model';
import { msg, type Msg, type Prompt } from '../../../cards/view';
import { PUT_LIVE } from '../isv-go-live/questions';
import { PRICE_LEVELS } from '../isv-plans';
import type { ProcedureDefinition } from '../../procedure';
import { stepOf } from '../isv-shared';
import { createCreateOfferMachine, type CreateOfferContext, type CreateOfferMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { isvStrings } from '../isv-shared/strings';

export const isvCreateOffer: ProcedureDefinition<CreateOfferMachine> = {
  id: 'isv-create-offer',
  version: 1,
  permission: 'isv-licensing',
  group: 'isv',
  commandRank: 2,
  prefillKeys: ['offerId'],
  newValues: ['offerId'],
  strings: isvStrings,
  title: msg('isv.offer.title'),
  summary: msg('isv.offer.summary'),
  phrases: { en, fr, sv, nl },
  // "nouvelle offre saas svp", "we need a new offer listed": an offer created, none named (a named one exists already).
  claims: (folded, named) => {
    // "a second product beside CRM Sync needs its own offer": a new one, whatever offer is named beside it.
    if (OWN_OFFER.test(folded)) return true;
    // "je dois créer l'offre, choisir l'alias et les options de licensing": the creation's own fields, whatever offer is named.
    if (NEW_OFFER.test(folded) && OFFER_FIELDS.test(folded)) return true;
    // "certification aanvragen voor onze nieuwe SaaS offer": a new offer's certification is its publishing.
    if (/\b(?:certif\w*|review\w*|granska\w*|keuring|goedkeur\w*)/.test(folded)) return false;
    // "ready to hit publish on our new offer": the publishing.
    if (/\b(?:hit|press|click|klick\w*|druk\w*|ready to|pret a|redo att|klaar om te) (?:\w+ )?publi/.test(folded)) return false;
    if (/\b(?:submit\w*|soum\w*|skicka in|indienen|insturen)\b/.test(folded)) return false;
    // "plans instellen voor ons nieuw aanbod": the plans of an offer.
    if (PLANS_FOR_OFFER.test(folded) || PRICE_LEVELS.test(folded)) return false;
    // "make our app visible to everyone on appsource": an app on the store already, put live.
    if (PUT_LIVE.test(folded)) return false;
    // An app with a preview already has its offer: "our app preview was signed off … on AppSource" is its going live.
    return !named.has('offer') && (NEW_OFFER.test(folded) || (APP_TO_STORE.test(folded) && !/\bpreview/.test(folded)));
  },
  createMachine: createCreateOfferMachine,
  extract: extractOfferId,
  stepKey: (s) => `isv.offer.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

export function licensingMsg(l: Licensing | { mode: LicensingMode; freeInstall?: boolean }): Msg {
  if (l.mode === 'license-management') return msg(l.freeInstall ? 'isv.licensing.managedFree' : 'isv.licensing.managed');
  return msg(`isv.licensing.${l.mode}`);
}

/** The Offer ID shown as an example: in the input before anything is typed, and in the address it would make. */
const EXAMPLE_OFFER_ID = 'my-crm-app';

function promptFor(step: string, ctx: CreateOfferContext): Prompt | undefined {
  const address = ctx.offerId ? appSourceUrl(ctx.publisherId, ctx.offerId) : '';
  switch (step) {
    case 'askOfferId':
      return {
        title: msg('isv.offer.askOfferId.title'),
        lines: [
          msg('isv.offer.askOfferId.rules', { max: maxOfferIdLength(ctx.publisherId), publisher: ctx.publisherId }),
          // A whole address, for an example ID: a placeholder such as "<offer-id>" is escaped for
          // markdown, and Web Chat took the escaping backslash into the link it made of the address.
          msg('isv.offer.askOfferId.address', { url: appSourceUrl(ctx.publisherId, EXAMPLE_OFFER_ID), example: EXAMPLE_OFFER_ID }),
          msg('isv.offer.askOfferId.final'),
        ],
        ...(ctx.suggestion
          ? // Another Offer ID may be typed instead: a part of the suggestion's label is not taken for it.
            {
              choices: [
                { value: 'use-suggestion', label: msg('isv.offer.useSuggestion', { id: ctx.suggestion }), style: 'positive' as const },
              ],
              expects: { kind: 'text' as const },
            }
          : {
              input: {
                id: 'answer',
                kind: 'text' as const,
                label: msg('isv.offer.fact.offerId'),
                placeholder: msg('common.raw', { text: EXAMPLE_OFFER_ID }),
              },
            }),
      };
    case 'askAlias':
      return {
        title: msg('isv.offer.askAlias.title'),
        lines: [msg('isv.offer.askAlias.line'), msg('isv.offer.askAlias.final')],
        input: {
          id: 'answer',
          kind: 'text',
          label: msg('isv.offer.fact.alias'),
          placeholder: msg('common.raw', { text: 'My CRM App (Dynamics 365)' }),
        },
      };
    case 'chooseLicensing':
      return {
        title: msg('isv.offer.chooseLicensing.title'),
        lines: [msg('isv.offer.chooseLicensing.line')],
        choices: (['license-management', 'get-it-now', 'free-trial', 'contact-me'] as const).map((m) => ({
          value: m,
          label: msg(`isv.offer.mode.${m}`),
          detail: msg(`isv.offer.mode.${m}.detail`),
        })),
      };
    case 'askFreeInstall':
      return {
        title: msg('isv.offer.askFreeInstall.title'),
        lines: [msg('isv.offer.askFreeInstall.line')],
        choices: [
          { value: 'free-install', label: msg('isv.offer.choice.freeInstall') },
          { value: 'license-required', label: msg('isv.offer.choice.licenseRequired') },
        ],
      };
    case 'confirm':
      return {
        title: msg('isv.offer.confirm.title'),
        facts: [
          { label: msg('isv.offer.fact.offerId'), value: ctx.offerId ?? '' },
          { label: msg('isv.offer.fact.alias'), value: ctx.alias ?? '' },
          { label: msg('isv.offer.fact.address'), value: address },
          { label: msg('isv.offer.fact.licensing'), value: ctx.mode ? licensingMsg({ mode: ctx.mode, freeInstall: ctx.freeInstall }) : '' },
        ],
        lines: [msg('isv.offer.confirm.never'), ...(ctx.mode === 'license-management' ? [msg('isv.offer.confirm.licenseOnce')] : [])],
        choices: [
          { value: 'create', label: msg('isv.offer.choice.create'), style: 'positive' },
          { value: 'change-id', label: msg('isv.offer.choice.changeId') },
          { value: 'change-alias', label: msg('isv.offer.choice.changeAlias') },
          { value: 'change-licensing', label: msg('isv.offer.choice.changeLicensing') },
        ],
      };
    case 'done': {
      const o = ctx.offer;
      if (!o) return undefined;
      return {
        title: msg('isv.offer.done.title', { id: o.offerId }),
        facts: [
          { label: msg('isv.offer.fact.address'), value: appSourceUrl(ctx.publisherId, o.offerId) },
          { label: msg('isv.offer.fact.licensing'), value: licensingMsg(o.licensing) },
          { label: msg('isv.fact.status'), value: msg('isv.status.draft') },
        ],
        lines: [msg('isv.offer.done.next', { id: o.offerId })],
      };
    }
    default:
      return undefined;
  }
}

const STOP = new Set(['for', 'to', 'with', 'in', 'a', 'an', 'the', 'and', 'id', 'called', 'named']);
const OFFER = /\boffer(?:\s+id)?\s*(?:named|called|:)?\s*["'`]?([A-Za-z0-9][\w-]*)["'`]?/i;

/** "create offer crm-sync" gives the Offer ID, checked like a typed one. */
export function extractOfferId(text: string): Record<string, string> {
  const m = OFFER.exec(text);
  return m && !STOP.has(m[1].toLowerCase()) ? { offerId: m[1] } : {};
}

/** An offer of its own (folded, four languages). */
const OWN_OFFER =
  /\b(?:its own|their own|a separate|sa propre|son propre|une autre|another|ett eget|en egen|ett separat|een eigen|een aparte)\s+(?:offer|offre|erbjudande|aanbieding|listing)\b/;
/** What only the creation of an offer asks: its alias, its licensing options (folded, four languages). */
const OFFER_FIELDS =
  /\b(?:alias|licensing options?|license options?|options (?:de )?(?:licence|licensing)|licensalternativ\w*|licensieringsalternativ\w*|licentieopties?|licentie-opties?)\b/;
/** A new offer, or one to create, in the four languages (folded). */
const NEW_OFFER =
  /\b(?:new|create|start|set up|setup|nouvelle|creer|mettre en place|ny|nytt|skapa|satta upp|nieuwe?|maak|aanmaken|opzetten)\s+(?:l'|l |une |an? |the |en |ett |een |de )?(?:new |nouvelle |ny |nieuwe )?(?:(?:saas|marketplace|appsource|teams|dynamics|power)\s+)?(?:fiche (?:d'|de l')?)?(?:offer|offre|erbjudande|aanbieding|aanbod|listing|listning)\b|\b(?:offer|aanbieding|listing) (?:aan)?maken\b/;
/** Plans or prices for an offer (folded, four languages). */
const PLANS_FOR_OFFER =
  /\b(?:plans?|plannen|planer|tiers?|pricing|prijs\w*|prissattning\w*|tarification|prix)\b.{0,40}\b(?:voor|for|pour|to|on|sur|op|in|till|pa)\b (?:\w+ ){0,2}(?:offer|offre|aanbod|aanbieding|erbjudande\w*)\b/;
/** Our app to be put on a store, none named yet: "how do i list our app on appsource" (folded, four languages). */
const APP_TO_STORE =
  /\b(?:our|notre|nos|var|vart|vara|onze|ons|une nouvelle|a new|en ny|ett nytt|een nieuwe|built|building|byggt|construit|developpe|gebouwd|ontwikkeld)\b.{0,30}\b(?:apps?|appli\w*|application|solution|add-?in|extension|logiciel|produit|produkt|applicatie|oplossing|software|platform|plateforme|plattform\w*|tool|outil|verktyg|saas\w*|\w*losning|\w*oplossing)\b.{0,60}\b(?:appsource|marketplace|place de marche|(?:microsoft )?store|store de microsoft|butik|winkel)\b/;
