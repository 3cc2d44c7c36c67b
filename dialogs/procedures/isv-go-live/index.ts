import { formatInZone, goLiveWindow, listingButtons } from '../../../domain/isv/offer-rules';
import type { Licensing } from '../../../domain/isv/model';
import { msg, type Msg, type Prompt } from '../../../cards/view';
import type { ProcedureDefinition } from '../../procedure';
import { extractOfferHint, offerChoices } from '../isv-plans';
import { statusMsg, stepOf } from '../isv-shared';
import { createGoLiveMachine, type GoLiveContext, type GoLiveMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { isvStrings } from '../isv-shared/strings';
import { isvGoLiveQuestions, PUT_LIVE } from './questions';

export const isvGoLive: ProcedureDefinition<GoLiveMachine> = {
  id: 'isv-go-live',
  version: 1,
  permission: 'isv-licensing',
  group: 'isv',
  commandRank: 2,
  prefillKeys: ['offerId', 'timeZone'],
  strings: isvStrings,
  title: msg('isv.golive.title'),
  summary: msg('isv.golive.summary'),
  phrases: { en, fr, sv, nl },
  // "once the preview is approved, can you push field-notes live?": an offer put live, asked for, is this.
  // "our app preview was signed off, now everyone on AppSource should find it": the going live asked for, offer named or not.
  claims: (folded, named) =>
    ((named.has('offer') || OFFER_WORD.test(folded)) && PUT_LIVE.test(folded)) ||
    (PREVIEW_APPROVED.test(folded) && FOR_EVERYONE.test(folded) && !folded.includes('?')) ||
    // "sista steget: från preview till skarpt läge": the step out of preview.
    PREVIEW_TO_LIVE.test(folded) ||
    // "where's the go-live button": the step itself.
    /\b(?:go[ -]?live[ -]?(?:button|knapp\w*|knop)|bouton (?:de )?go[ -]?live)\b/.test(folded),
  questions: isvGoLiveQuestions,
  createMachine: createGoLiveMachine,
  usesTimeZone: true,
  extract: (text) => extractOfferHint(text.replace(/\bgo[- ]?live\b/i, 'for')),
  stepKey: (s) => `isv.golive.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

/** The preview approved (folded, four languages). */
/** An offer, said so (folded, four languages). */
const OFFER_WORD = /\b(?:offer|offern|offre|erbjudande\w*|aanbieding|listing|apps?|appen|appli\w*)\b/;
/** From preview to live (folded, four languages). */
const PREVIEW_TO_LIVE =
  /\b(?:from|de|du|fran|van) (?:la |the |de )?preview (?:to|a|en|till|naar) (?:\w+ )?(?:live|skarpt?|prod\w*|public\w*|publi\w*|en ligne)\b/;
const PREVIEW_APPROVED =
  /\bpreview\w* (?:\w+ ){0,3}(?:signed off|approved|ok|approuvee?|validee?|godkand\w*|goedgekeurd)\b|\b(?:ok|go|godkant|klartecken) (?:pa|for|on|sur|voor|op) (?:the |la |de )?preview\w*|\b(?:approbation|validation|godkannande\w*|goedkeuring) (?:\w+ ){0,2}preview/;
/** Everyone to see it, or live (folded, four languages). */
const FOR_EVERYONE = /\b(?:everyone|everybody|all customers|live|tout le monde|tous les clients|en ligne|alla|iedereen|publi\w*)\b/;

/** The live window, in the user's zone when known, in UTC otherwise. */
export function windowMsg(goLiveAt: string, timeZone?: string): Msg {
  const w = goLiveWindow(new Date(goLiveAt));
  // One format for both: the reader's date and time, in UTC or in the given zone (a zone it does not know falls back to UTC).
  const known = !!timeZone && formatInZone(w.from, timeZone) !== undefined;
  return known
    ? msg('isv.golive.windowZone', { from: { datetime: w.from, zone: timeZone }, to: { datetime: w.to, zone: timeZone }, zone: timeZone! })
    : msg('isv.golive.window', { from: { datetime: w.from }, to: { datetime: w.to } });
}

export function listingMsgs(licensing: Licensing): Msg[] {
  const l = listingButtons(licensing);
  return [msg('isv.listing.buttons', { buttons: { list: l.buttons } }), msg(`isv.listing.${l.reason}`)];
}

function promptFor(step: string, ctx: GoLiveContext): Prompt | undefined {
  const id = ctx.offerId ?? '';
  const offer = ctx.offers.find((o) => o.offerId === id);
  switch (step) {
    case 'chooseOffer': {
      // Only an offer in Preview can go live: those are the choices; the others are named with their status.
      const preview = ctx.offers.filter((o) => o.status === 'preview');
      const others = ctx.offers.filter((o) => o.status !== 'preview');
      if (preview.length === 0) return { title: msg('isv.pickOffer.title'), choices: offerChoices(ctx.offers) };
      return {
        title: msg('isv.pickOffer.title'),
        lines: others.length ? [msg('isv.golive.chooseOffer.others', { offers: { list: others.map((o) => o.offerId) } })] : [],
        choices: offerChoices(preview),
      };
    }
    case 'refused':
      return {
        title: msg('isv.golive.refused', { id, status: statusMsg(offer?.status ?? 'draft') }),
        choices: [
          { value: 'other-offer', label: msg('isv.golive.choice.other') },
          { value: 'stop-here', label: msg('isv.publish.choice.stop') },
        ],
      };
    case 'confirm':
      return {
        title: msg('isv.golive.confirm.title', { id }),
        facts: [
          { label: msg('isv.fact.offer'), value: id },
          { label: msg('isv.fact.status'), value: statusMsg(offer?.status ?? 'preview') },
        ],
        lines: [windowMsg(ctx.askedAt ?? new Date(0).toISOString(), ctx.timeZone)],
        choices: [
          { value: 'go-live', label: msg('isv.golive.choice.goLive'), style: 'positive' },
          { value: 'other-offer', label: msg('isv.golive.choice.other') },
        ],
      };
    case 'done': {
      const live = ctx.live;
      if (!live?.goLiveAt) return undefined;
      return {
        title: msg('isv.golive.done.title', { id }),
        lines: [windowMsg(live.goLiveAt, ctx.timeZone), ...listingMsgs(live.licensing), msg('isv.golive.done.after')],
      };
    }
    default:
      return undefined;
  }
}
