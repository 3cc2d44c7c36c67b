import { appSourceUrl, goLiveWindow } from '../../../domain/isv/offer-rules';
import { msg, type Msg, type Prompt } from '../../../cards/view';
import type { ProcedureDefinition } from '../../procedure';
import { isLiveAsked } from '../isv-go-live/questions';
import { DEAL_WORD } from '../isv-invite';
import { licensingMsg } from '../isv-create-offer';
import { listingMsgs, windowMsg } from '../isv-go-live';
import { statusMsg, stepOf } from '../isv-shared';
import { createStatusMachine, type StatusContext, type StatusMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { isvStrings } from '../isv-shared/strings';

export const isvStatus: ProcedureDefinition<StatusMachine> = {
  id: 'isv-status',
  version: 1,
  permission: 'isv-licensing',
  group: 'isv',
  // The publisher's overview ranks before the other ISV procedures among the channel's commands.
  commandRank: 1,
  prefillKeys: ['offerId', 'dealId'],
  strings: isvStrings,
  title: msg('isv.statusProc.title'),
  summary: msg('isv.statusProc.summary'),
  phrases: { en, fr, sv, nl },
  // "where is crm-sync in the publishing?", "ça en est où ?", "är previewn klar än?": asked of an offer or deal named.
  claims: (folded, named) => {
    // "CRM Sync est bien live sur AppSource ?", "staat crm sync live?" ask whether it is; "welke plannen heeft crm sync?"
    // what it has; "combien de licences sur le deal D-1001 ?", "hoeveel licenties zitten er op de deal" count them.
    if (named.has('offer') && (LIVE_CHECKED.test(folded) || isLiveAsked(folded)) && folded.includes('?')) return true;
    if (named.has('offer') && WHICH_PLANS.test(folded)) return true;
    // "service ids for field notes?": what a named offer has, asked (not set).
    if (named.has('offer') && SERVICE_IDS_ASKED.test(folded)) return true;
    if ((named.has('deal') || DEAL_WORD.test(folded)) && HOW_MANY_LICENCES.test(folded)) return true;
    return (named.has('offer') || named.has('deal') || OFFER_WORD.test(folded)) && STANDING.test(folded);
  },
  createMachine: createStatusMachine,
  extract: extractStatusHint,
  stepKey: (s) => `isv.statusProc.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

/** Whether an offer is live, checked: "is it really live", "est déjà en ligne", "är den redan live" (folded). */
const LIVE_CHECKED =
  /\b(?:is|are|est|ar|staat|zit) (?:[\w-]+ ){0,3}(?:bien|really|vraiment|already|deja|redan|verkligen|al|wel|echt|nu) (?:[\w-]+ )?(?:live|en ligne|publiee?|publicerad|gepubliceerd|public|publique|publik)\b|\b(?:live|en ligne) (?:yet|now)\b/;
/** Which plans an offer has, or its plans and Service IDs shown (folded, four languages). */
const WHICH_PLANS =
  /\b(?:which|what|what are|c'?(?:est)? quoi|c quoi|vad ar|wat zijn|quels?|vilka|welke|show|montre\w*|affiche\w*|visa|toon\w*|lista|list|lister)\b (?:[\w-]+ ){0,2}(?:plans|plannen|planer|forfaits|service ?ids?)\b/;
/** Service IDs asked after, in a short question with nothing to set: "service ids for field notes?" (folded). */
const SERVICE_IDS_ASKED =
  /^(?:(?:and |et |och |en )?(?:the |les |de )?)?service ?ids? (?:(?:for|of|de|du|pour|pa|for|van|voor) )?[^?]{0,40}\?$/;
/** How many licences, asked (folded, four languages). */
const HOW_MANY_LICENCES = /\b(?:how many|combien|hur manga|hoeveel)\b.{0,30}\b(?:licen[cs]e\w*|seats?|licenser\w*|licenties?)\b/;
/** Asking where something stands, in the four languages (folded). */
const STANDING =
  /\b(?:did (?:[\w-]+ ){0,4}(?:pass|clear|get through|make it through) (?:the )?(?:certification|review)|still (?:sitting|stuck) in (?:draft|review|preview|certification)|where is (?:[\w-]+ ){0,4}(?:in|at) (?:the )?(?:publishing|review|certification|process)|how far (?:along )?is|(?:ca|ca en|ou) en est|ou en (?:est|sont)|ou ca en est|ca avance|hur langt (?:har|ar)|hur gar det (?:med|for)|hur ligger (?:vi|det|den|ni) till|\bpreview (?:or|ou|eller|of) (?:live|publi\w*|en ligne)|\blive (?:or|ou|eller|of) (?:still|toujours|fortfarande|nog)\b|(?:still|fortfarande|kvar|toujours|encore|nog steeds|nog) (?:ar |is |est )?(?:i|in|en) (?:review|granskning\w*|certif\w*|revue|preview)|(?:ar|har) (?:[\w-]+ ){0,3}klar\w*(?: [\w-]+){0,3} an|hoe ver (?:is|staat)|suivre l'avancement|l'avancement|follow (?:the )?progress|waar (?:zit|hangt)|(?:ar|is|est) (?:den |de |la |the )?(?:preview|previewn|forhandsgranskning\w*|preversion|apercu) (?:\w+ )?(?:redo|klar|klaar|ready|prete?)|status (?:check|update)|ma(?:de|ke) it (?:to|into) (?:the )?(?:preview|review|certification|live)|(?:vad ar|what'?s|what is|quel est|c'est quoi|wat is) (?:the |le |de )?(?:status|statut)|status (?:pa|on|of|van|for)|(?:ar|is|est) (?:den|it|elle|het) (?:i|in|en) (?:review|granskning\w*|certif\w*|revue)|point de situation|statusuppdatering|statusupdate|any news|any update|an update on|quoi de neuf|nagon uppdatering|update over|des nouvelles|du nouveau|nagot nytt|al nieuws|nog nieuws|hoe staat het|waar staat|(?:al )?klaar of nog niet|(?:is|are) (?:the )?(?:preview|review|certification) (?:[\w-]+ ){0,3}(?:ready|done|finished|over) yet|(?:know|check|see|savoir|verifier|voir|veta|kolla|se|weten|checken|zien) (?:if|whether|si|om|of) (?:[\w-]+ ){0,4}(?:already |still |deja |toujours |redan |fortfarande |al |nog )?(?:in |en |i )?(?:preview|review|certif\w*|granskning\w*)|(?:l')?etat de (?:la )?publication|publiceringsstatus|publicatiestatus|publishing status|publication status)\b/;

/** An offer of the marketplace, unnamed ("our offer"), in the four languages (folded). */
const OFFER_WORD = /\b(?:offers?|offres?|erbjudande\w*|aanbieding\w*|listing\w*|listning\w*)\b/;

const DONE = { value: 'done', label: msg('isv.statusProc.choice.done') };
const BACK = { value: 'back', label: msg('isv.statusProc.choice.back') };

function relationshipMsg(ctx: StatusContext, relationshipId?: string): Msg {
  const rel = ctx.relationships.find((r) => r.relationshipId === relationshipId);
  if (!rel) return msg('isv.statusProc.rel.none');
  return msg(`isv.statusProc.rel.${rel.status}`, { customer: rel.customerName, domain: rel.domain });
}

/** A pending consent repeats its link, so that it can be sent again from here. */
function consentLinkMsgs(ctx: StatusContext, relationshipId?: string): Msg[] {
  const rel = ctx.relationships.find((r) => r.relationshipId === relationshipId);
  return rel?.status === 'pending' ? [msg('isv.licenses.refused.link'), msg('common.raw', { text: rel.consentLink })] : [];
}

/** An offer going live says from when it should be live, already in the overview. */
const offerLine = (o: StatusContext['offers'][number]): Msg =>
  o.status === 'going-live' && o.goLiveAt
    ? msg('isv.statusProc.offerLineGoingLive', {
        id: o.offerId,
        alias: o.alias,
        status: statusMsg(o.status),
        from: { datetime: goLiveWindow(new Date(o.goLiveAt)).from },
      })
    : msg('isv.statusProc.offerLine', { id: o.offerId, alias: o.alias, status: statusMsg(o.status) });

function promptFor(step: string, ctx: StatusContext): Prompt | undefined {
  switch (step) {
    case 'overview':
      return {
        title: msg('isv.statusProc.overview.title'),
        lines: [
          ...(ctx.offers.length ? ctx.offers.map(offerLine) : [msg('isv.statusProc.noOffers')]),
          ...ctx.deals.map((d) =>
            msg('isv.statusProc.dealLine', {
              deal: d.dealId,
              customer: d.customerName,
              offer: d.offerId,
              status: msg(`isv.dealStatus.${d.status}`),
            }),
          ),
        ],
        choices: [
          ...ctx.offers.map((o) => ({ value: `offer:${o.offerId}`, label: msg('isv.statusProc.choice.offer', { id: o.offerId }) })),
          ...ctx.deals
            .filter((d) => d.status === 'in-progress')
            .map((d) => ({
              value: `deal:${d.dealId}`,
              label: msg('isv.statusProc.choice.deal', { deal: d.dealId, customer: d.customerName }),
            })),
          DONE,
        ],
      };
    case 'offer': {
      const o = ctx.offers.find((x) => x.offerId === ctx.offerId);
      if (!o) return undefined;
      return {
        title: msg('isv.statusProc.offer.title', { id: o.offerId, alias: o.alias }),
        facts: [
          { label: msg('isv.fact.status'), value: statusMsg(o.status) },
          { label: msg('isv.offer.fact.address'), value: appSourceUrl(ctx.publisherId, o.offerId) },
          { label: msg('isv.offer.fact.licensing'), value: licensingMsg(o.licensing) },
          ...(o.packageUrl ? [{ label: msg('isv.publish.fact.packageUrl'), value: o.packageUrl }] : []),
        ],
        lines: [
          ...(o.status === 'going-live' && o.goLiveAt ? [windowMsg(o.goLiveAt)] : []),
          ...(o.status === 'live' ? listingMsgs(o.licensing) : []),
          ctx.plans.length ? msg('isv.statusProc.plansHeader') : msg('isv.plans.overview.none'),
          ...ctx.plans.map((p) =>
            msg('isv.statusProc.planLine', {
              plan: p.planId,
              name: p.name,
              status: msg(`isv.planStatus.${p.status}`),
              serviceId: p.serviceId,
            }),
          ),
        ],
        choices: [BACK, DONE],
      };
    }
    case 'deal': {
      const d = ctx.deals.find((x) => x.dealId === ctx.dealId);
      if (!d) return undefined;
      const lic = Object.entries(ctx.licenses);
      return {
        title: msg('isv.statusProc.deal.title', { deal: d.dealId, customer: d.customerName }),
        facts: [
          { label: msg('isv.fact.offer'), value: d.offerId },
          { label: msg('isv.deal.fact.value'), value: { money: d.value, currency: d.currency } },
          { label: msg('isv.deal.fact.closeDate'), value: { date: `${d.closeDate}T00:00:00Z` } },
          { label: msg('isv.fact.status'), value: msg(`isv.dealStatus.${d.status}`) },
        ],
        lines: [
          relationshipMsg(ctx, d.relationshipId),
          ...consentLinkMsgs(ctx, d.relationshipId),
          ...(lic.length
            ? lic.map(([plan, n]) => msg('isv.statusProc.licenseLine', { plan, count: n }))
            : [msg('isv.statusProc.noLicenses')]),
        ],
        choices: [BACK, DONE],
      };
    }
    default:
      return undefined;
  }
}

const DEAL = /\b(d-\d+)\b/i;
const OFFER = /\boffer\s+["'`]?([a-z0-9][\w-]*)/i;

/** "status of deal D-1001", "isv status offer crm-sync". */
export function extractStatusHint(text: string): Record<string, string> {
  const d = DEAL.exec(text);
  if (d) return { dealId: d[1].toUpperCase() };
  const o = OFFER.exec(text);
  return o && o[1].toLowerCase() !== 'status' ? { offerId: o[1].toLowerCase() } : {};
}
