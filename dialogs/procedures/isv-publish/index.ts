import { msg, type Msg, type Prompt } from '../../../cards/view';
import type { ReviewIssue } from '../../../domain/isv/offer-rules';
import type { ProcedureDefinition } from '../../procedure';
import { PLAN_WORD } from '../../understand/mask';
import { extractOfferHint, offerChoices } from '../isv-plans';
import { stepOf } from '../isv-shared';
import { createPublishMachine, type PublishContext, type PublishMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { isvStrings } from '../isv-shared/strings';

export const isvPublish: ProcedureDefinition<PublishMachine> = {
  id: 'isv-publish',
  version: 1,
  permission: 'isv-licensing',
  group: 'isv',
  commandRank: 2,
  prefillKeys: ['offerId'],
  strings: isvStrings,
  title: msg('isv.publish.title'),
  summary: msg('isv.publish.summary'),
  phrases: { en, fr, sv, nl },
  // "tu peux envoyer CRM Sync en certif ?", "dags att skicka till certification": an offer sent for review is published.
  claims: (folded, named) => {
    // An app submitted to Microsoft, not a support request ("een aanvraag bij microsoft support indienen").
    const offer =
      named.has('offer') || (TO_MICROSOFT.test(folded) && APP.test(folded)) || (OFFER_WORD.test(folded) && INTO_PREVIEW_SAID.test(folded));
    const submitted = offer && (SUBMIT.test(folded) || PUBLISHING_STARTED.test(folded)) && !DEAL.test(folded) && !SUPPORT.test(folded);
    // Its technical configuration filled in: "where do i put the service IDs and the package url" (not shown; a
    // plan's Service IDs are the plan's).
    const configured =
      (TECHNICAL_SET.test(folded) && !PLAN_WORD.test(folded)) || (named.has('offer') && TECHNICAL_STEP.test(folded) && !DEAL.test(folded));
    // "what do I do so Microsoft checks it and approves it" of a named offer: its review asked for.
    const reviewed = (named.has('offer') || OFFER_WORD.test(folded)) && REVIEWED_BY_MICROSOFT.test(folded);
    // "ik wil de offer field notes publiceren": a named offer to publish (not to put live, nor asked whether it is).
    const published =
      named.has('offer') && PUBLISH.test(folded) && !LIVE.test(folded) && !BEFORE_PUBLISHING.test(folded) && !folded.includes('?');
    // "certification aanvragen voor onze nieuwe SaaS offer", "hoe dien ik het in voor certificatie", "nu op publish drukken".
    const certified = (named.has('offer') || OFFER_WORD.test(folded)) && CERTIFICATION_ASKED.test(folded) && !LIVE.test(folded);
    const pressed = PUBLISH_PRESSED.test(folded) && !LIVE.test(folded);
    // "kun je field-notes naar preview pushen?", "skicka in offern så den hamnar i preview": into preview is publishing.
    const previewed =
      (named.has('offer') || OFFER_WORD.test(folded) || PUBLISH.test(folded)) && INTO_PREVIEW.test(folded) && !LIVE.test(folded);
    // "comment je publie mon offre dynamics", "hoe publish ik mn offer naar de marketplace": how to publish it, asked.
    const howTo =
      (named.has('offer') || OFFER_WORD.test(folded)) && HOW_TO_PUBLISH.test(folded) && !LIVE.test(folded) && !DEAL.test(folded);
    return (
      (SENT_FOR_REVIEW.test(folded) || submitted || configured || reviewed || published || certified || pressed || previewed || howTo) &&
      !ALREADY.test(folded)
    );
  },
  createMachine: createPublishMachine,
  extract: extractOfferHint,
  stepKey: (s) => `isv.publish.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

export function issueMsg(issue: ReviewIssue, offerId: string): Msg {
  return issue.code === 'plan-not-published'
    ? msg('isv.publish.issue.plan-not-published', { plan: issue.planId, id: offerId })
    : msg(`isv.publish.issue.${issue.code}`, { id: offerId });
}

function promptFor(step: string, ctx: PublishContext): Prompt | undefined {
  const id = ctx.offerId ?? '';
  switch (step) {
    case 'chooseOffer':
      return { title: msg('isv.pickOffer.title'), choices: offerChoices(ctx.offers) };
    case 'guidance':
      return {
        title: msg('isv.publish.guidance.title'),
        lines: ctx.plans.length
          ? [msg('isv.publish.guidance.line'), ...ctx.plans.map((p) => msg('isv.plans.serviceIdLine', { serviceId: p.serviceId }))]
          : [msg('isv.publish.guidance.none')],
        choices: [{ value: 'carried', label: msg('isv.publish.choice.carried'), style: 'positive' }],
      };
    case 'askUrl':
      return {
        title: msg('isv.publish.askUrl.title'),
        lines: [msg('isv.publish.askUrl.line')],
        ...(ctx.offer?.packageUrl
          ? { choices: [{ value: 'keep', label: msg('isv.publish.keepUrl', { url: ctx.offer.packageUrl }) }] }
          : {
              input: {
                id: 'answer',
                kind: 'url' as const,
                label: msg('isv.publish.fact.packageUrl'),
                placeholder: msg('common.raw', { text: 'https://packages.example.com/solution.zip' }),
              },
            }),
      };
    case 'confirm':
      return {
        title: msg('isv.publish.confirm.title', { id }),
        facts: [
          { label: msg('isv.fact.offer'), value: id },
          { label: msg('isv.publish.fact.baseLicenseModel'), value: 'User' },
          { label: msg('isv.publish.fact.packageUrl'), value: ctx.packageUrl ?? '' },
          {
            label: msg('isv.publish.fact.plans'),
            value: msg('isv.publish.plansCount', {
              published: ctx.plans.filter((p) => p.status === 'published').length,
              drafts: ctx.plans.filter((p) => p.status === 'draft').length,
            }),
          },
        ],
        lines: [msg('isv.publish.confirm.line')],
        choices: [
          { value: 'publish', label: msg('isv.publish.choice.publish'), style: 'positive' },
          { value: 'change-url', label: msg('isv.publish.choice.changeUrl') },
        ],
      };
    case 'issues':
      return {
        title: msg('isv.publish.issues.title', { id }),
        lines: [...ctx.issues.map((i) => issueMsg(i, id)), msg('isv.publish.issues.line')],
        choices: [
          { value: 'publish', label: msg('isv.publish.choice.publish') },
          { value: 'change-url', label: msg('isv.publish.choice.changeUrl') },
          { value: 'stop-here', label: msg('isv.publish.choice.stop') },
        ],
      };
    case 'done':
      return ctx.published
        ? {
            title: msg('isv.publish.done.title', { id }),
            facts: [{ label: msg('isv.fact.status'), value: msg('isv.status.preview') }],
            lines: [msg('isv.publish.done.next', { id })],
          }
        : undefined;
    default:
      return undefined;
  }
}

/** Sending for review or certification, in the four languages (folded). */
const SENT_FOR_REVIEW =
  /\b(?:send|submit|envoy\w*|soumet\w*|soumettre|depos\w*|skicka\w*|insturen|indienen|stuur\w*|stur\w*|doorstur\w*|opstur\w*)\b.{0,40}\b(?:certif\w*|review|revue|granskning\w*|beoordeling|keuring|goedkeuring|approval|approbation|godkannande|validation|validering|validatie|revision)\b/;
/** Said of a submission already made: where it stands is another question (folded). */
const ALREADY =
  /\b(?:(?:our|notre|var|onze|the|la) (?:[\w-]+ )?(?:submission|soumission|inskickning|indiening)|sent|submitted|envoyee?s?|soumise?s?|skickade?|skickat|ingestuurd|ingediend|verstuurd)\b/;
/** To Microsoft (folded, four languages): an app submitted to it is sent for review. */
const TO_MICROSOFT = /\b(?:to|a|till|aan|bij) (?:ms|microsoft)\b/;
/** An app or an offer, said so (folded, four languages). */
const APP = /\b(?:apps?|appli\w*|application|applicatie|offer|offre|erbjudande\w*|aanbieding|solution|oplossing|extension|listing)\b/;
/** A case for support, or a cancellation (folded, four languages). */
const SUPPORT = /\b(?:support\w*|tickets?|cases?|incidents?|arende\w*|annul\w*|cancel\w*|refund\w*|rembours\w*)\b/;
/** Submitting, said of a named offer: "I'd like to submit it now" (folded, four languages). */
const SUBMIT = /\b(?:submit|soumettre|soumets|soumet|skicka in|insturen|indienen)\b/;
/** The publishing started: "lancer la publi", "kick off the publishing", "starta publiceringen" (folded). */
const PUBLISHING_STARTED =
  /\b(?:lancer|lance|start|starta|starten|kick off|trigger|declencher) (?:la |the |de |het )?publi(?:cation|shing|sh|er|cering\w*|ceren|cera\w*)\b/;
/** The technical configuration's values put in: the package's URL, the Service IDs (folded, four languages). */
const TECHNICAL_SET =
  /\b(?:put|fill\w*|enter|add|set|configure|renseign\w*|mettre|saisir|ajout\w*|fyll\w*|ange|anger|anges|lagga in|invull\w*|vul|ingev\w*|toevoeg\w*|instell\w*)\b.{0,40}\b(?:service ?ids?|package ?url|package|paket\w*|pakket\w*|technical config\w*|configuration technique|teknisk konfiguration|technische configuratie)\b/;
/** To publish, the verb itself (folded, four languages). */
const PUBLISH = /\b(?:publish|publishen|publier|publie|publions|publiez|publicera|publicerar|publiceren|publiceer)\b/;
/** How to publish, asked (folded, four languages). */
const HOW_TO_PUBLISH =
  /\b(?:how (?:do|can|should|would) (?:i|we|you) (?:go about )?publish\w*|comment (?:je |j'|on |puis-je |peut-on |faire pour |est-ce qu'on |fait-on pour )?publi\w*|hur (?:publicerar|publiserar) (?:jag|vi|man)|hur gor (?:jag|vi|man) for att publicera|hoe (?:publiceer|publish) (?:ik|we|je|jij)|hoe (?:kan|moet) (?:ik|we|je) (?:\w+ ){0,3}(?:publiceren|publishen))\b/;
/** Its certification asked for, not how it goes: "certification aanvragen", "hoe dien ik het in voor certificatie" (folded). */
const CERTIFICATION_ASKED =
  /\b(?:aanvrag\w*|vraag \w+ aan|request\w*|apply|demande\w*|begar\w*|ansok\w*|indien\w*|dien\w*(?: \w+){0,3} in|submit\w*|soumet\w*|soumettre|lancer|get \w+ certified|faire certifier)\b.{0,40}\bcertif\w*|\bcertif\w*.{0,30}\b(?:aanvrag\w*|aanvragen|request\w*|demander|begara|ansoka|indienen)\b/;
/** An offer, said so (folded, four languages). */
const OFFER_WORD = /\b(?:offer|offern|offre|erbjudande\w*|aanbieding|app|appen|appli|application|listing)\b/;
/** Preview named as where it goes: "soumet une offre pour qu'elle passe en preview" (folded). */
const INTO_PREVIEW_SAID = /\b(?:en|in|to|into|till|naar|i) (?:the |la |de )?preview\b/;
/** Into preview (folded, four languages): "naar preview pushen", "så den hamnar i preview". */
const INTO_PREVIEW =
  /\b(?:push\w*|send|stuur\w*|stur\w*|skicka\w*|mettre|envoy\w*|publi\w*|brengen|krijgen|fa|get|hamnar)\b (?:[\w-]+ ){0,4}?(?:naar|to|into|en|till|vers|i) (?:the |la |de )?preview\b|\b(?:naar|to|into|till|vers) (?:the |la |de )?preview (?:pushen|sturen|brengen|krijgen|zetten|skicka\w*)\b/;
/** The Publish button pressed: "op publish drukken", "cliquer sur publier", "hit publish" (folded). */
const PUBLISH_PRESSED =
  /\b(?:click\w*|press\w*|hit|druk\w*|klik\w*|clique\w*|appuye\w*|klicka\w*|trycka\w*|tryck)\b (?:[\w']+ ){0,3}?(?:the |le |de |den )?(?:button )?(?:publish|publier|publicera|publiceren)\b|\bop publish\b/;
/** Something to do before the publishing: "faut créer les paliers avant qu'on puisse publier" (folded). */
const BEFORE_PUBLISHING = /\b(?:before|avant|innan|voordat|pour pouvoir|so we can)\b.{0,30}\bpubli/;
/** Live, public: the going live's (folded, four languages). */
const LIVE =
  /\b(?:live|en ligne|production|prod|productie|produktion|public|publique|publik\w*|openbaar|skarpt|for real|pour de vrai|en vrai|echt)\b/;
/** Microsoft checking or approving it (folded, four languages). */
const REVIEWED_BY_MICROSOFT =
  /\bmicrosoft (?:\w+ )?(?:checks?|reviews?|approves?|certif\w*|validat\w*|verifie\w*|granskar|godkanner|keurt|controleert|beoordeelt)\b|\b(?:examin\w*|review\w*|verifi\w*|valid\w*|approuv\w*|nakijken|nagekeken|granska\w*|keuren|beoordelen|checken)\b (?:\w+ )?(?:par|by|door|av) (?:microsoft|ms)\b/;
/** The step itself named: the technical configuration, the submission (folded, four languages). */
const TECHNICAL_STEP =
  /\b(?:config\w* technique|technical config\w*|teknisk konfig\w*|technische config\w*|soumission|submission|inskickning\w*|indiening)\b/;
/** A deal submitted is registered, not published (folded, four languages). */
const DEAL = /\b(?:deals?|referrals?|registration|opportunit\w*|co-?sell|isv connect)\b/;
