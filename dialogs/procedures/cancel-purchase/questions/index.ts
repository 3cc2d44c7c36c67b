import { msg, type Msg } from '../../../../cards/view';
import type { PurchaseKind } from '../../../../domain/model';
import { CANCELLATION_WINDOW_DAYS, checkCancellation, NEVER_CANCELLABLE_VENDORS } from '../../../../domain/rules/cancellation';
import { orderIdIn } from '../../../nlu/extract';
import { fold } from '../../../nlu/text';
import type { AnswerContext, QuestionDefinition } from '../../../procedure';
import { phrasesOf } from '../../../understand/intents';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as nl } from './phrases.nl';
import { phrases as sv } from './phrases.sv';

/** How long a purchase can be cancelled: for the order the sentence names, or for each kind of purchase. */
const cancellationWindow: QuestionDefinition = {
  id: 'cancellation-window',
  phrases: phrasesOf({ en, fr, sv, nl }, 'cancellation-window'),
  // "how long do we have to cancel …?": a question of time about cancelling is this one, not the
  // cancellation itself, however close the recognizer ranks the two.
  asks: (text) => {
    const folded = fold(text);
    // "… we should still be inside the window" says it, it does not ask it.
    if (REFUSED.test(folded) || (INSIDE_WINDOW.test(folded) && !folded.includes('?'))) return false;
    return (HOW_LONG.test(folded) && CANCELLING.test(folded)) || (WINDOW.test(folded) && ASKED.test(folded));
  },
  answer: answerCancellationWindow,
};

export const cancelPurchaseQuestions: readonly QuestionDefinition[] = [cancellationWindow];

/** Asking for a length of time or a last day, in the four languages (folded); "before it's too late" only says it is urgent. */
export const HOW_LONG =
  /\b(?:how long|how many days|how much time|until when|till when|time limit|deadline|cut ?off|combien de (?:temps|jours)|jusqu'?(?:a|au) quand|(?:until|till|up to) (?:what|which) (?:date|day)|jusqu'?a quelle date|(?:till|fram till) vilket datum|tot welke datum|(?:quel|le) delai|delai (?:d'?)?annulation|delai\b[^.!]*\?|date limite|hur (?:lange?|manga dagar|mycket tid)|up to when|delai (?:pour|max|de)|limite de (?:jours|temps)|periode pendant|(?:fram )?till nar|sista dag(?:en)?|tidsgrans|(?:tot )?hoe ?lang|hoeveel (?:dagen|tijd)|tot wanneer|binnen hoeveel|uiterste datum|termijn|window|still possible|encore possible|toujours possible|fortfarande mojligt|nog mogelijk|how long do (?:they|we|i|you) have|hur sent|how late|(?<!before it'?s |avant qu'il (?:ne )?soit |innan det ar |voor(?:dat)? het )(?:trop tard|too late|for sent|te laat)|tidsfonstr?\w*|binnen (?:welke|hoeveel) (?:termijn|periode|tijd|dagen))\b/;
/**
 * A cancellation refused, failed or stuck, more information asked for it, a refund that never came,
 * or a case for support: "it was refused although we were within the window, open a ticket" tells
 * of the window, it does not ask for it (folded stems).
 */
export const REFUSED =
  /\b(?:refus|reject|declin|denied|fail|support|ticket|case|cas chez|rejet|echou|nekad|avslag|avvisa|misslyck|gick inte|supportarende|arende|geweigerd|afgewezen|mislukt|misgelopen|lukte niet|echec|attend\w* toujours|still waiting|vantar fortfarande|wachten nog|marche pas|fonctionne pas|passe pas|doesn'?t work|not working|message d'erreur|erreur (?:qd|quand|lors)|error (?:message|code|when)|got an error|fel nar|fout (?:bij|wanneer)|felmeddelande|fungerar inte|werkt niet|foutmelding|bloque\w*|stuck|blocked|vastgelopen|zit vast|blijft hangen|hangt|pending|en attente|fastnat|hanger kvar|more info|plus d'info|davantage d'info|mer info|meer info|never came|never (?:got|received|saw)|(?:still )?no (?:refund|credit)\b(?! needed)|toujours pas (?:de |d')(?:rembours\w*|credit|avoir)|fortfarande ingen (?:aterbetalning|kredit|credit)|(?:nog )?(?:steeds |altijd )?geen (?:terugbetaling|creditnota|credit|geld terug)|jamais (?:arrive|vu|recu)|pas (?:encore )?recu|aldrig (?:kom|fatt|sett)|nooit (?:gekomen|ontvangen|gezien)|niet ontvangen|still (?:hasn'?t|has not|haven'?t|not)|(?:hasn'?t|has not|not) (?:yet )?(?:shown up|arrived|come (?:in|through))|toujours pas (?:arrive|recu|apparu|vu)|pas encore (?:arrive|apparu)|fortfarande inte (?:kommit|fatt|synts)|har inte (?:kommit|dykt upp)|nog (?:steeds )?niet (?:ontvangen|binnen|gezien|verschenen)|chas(?:e|ing) (?:microsoft|them|it up)|relancer microsoft|not (?:yet )?received|service requests?|serviceaanvraag|escal\w*|eskal\w*|(?:is|zijn) er nog (?:altijd|steeds) niet)/;

/** Cancelling or getting the money back (folded stems). */
export const CANCELLING =
  /\b(?:cancel|refund|annul|rembours|revenir en arriere|revenir sur|avbryt|avbok|angra|makuler|aterbetal|pengarna tillbaka|annuleer|geannuleerd|gecanceld|terugbetal|geld terug|terugdra\w*|terug te draaien|ongedaan|undo\b|revers\w*|back out|hava\b)/;

/**
 * The window itself, named: "cancellation window", "fenêtre d'annulation", "ångerrätt",
 * "annuleringstermijn" (folded). Named in a question, it is this question.
 */
const WINDOW =
  /\b(?:cancel\w* (?:window|period|policy|deadline)|refund (?:window|period)|(?:fenetre|periode|politique|duree) (?:d'|de |du )?(?:annul|rembours|retract)\w*|delai (?:d'|de )(?:annul|retract)\w*|angerratt\w*|angertid\w*|angerfrist\w*|(?:avboknings|annullerings|makulerings)(?:fonst\w*|period\w*|tid\w*)|annulerings(?:termijn|periode|venster|beleid)\w*|bedenktijd)/;
/** Being within the window, said (folded, four languages). */
export const INSIDE_WINDOW =
  /\b(?:(?:inside|within|in) (?:the )?(?:\w+ )?window|dans (?:la |le |les )?(?:\w+ )?(?:fenetre|delais?|window|periode)|inom (?:fristen|tidsfonstret|angerratten)|binnen (?:de )?(?:termijn|periode)|(?:before|voor|voordat|avant|innan) (?:que )?(?:the |de |la |le |it |fonstret |tidsfristen )?(?:\w+ )?(?:window|termijn|periode|delai|fenetre|deadline|fristen|tidsfonstret)? ?(?:closes|ends|expires|runs out|verloopt|afloopt|verstrijkt|expire|se termine|se ferme|stanger|gar ut|loper ut))\b/;
/** Asked: a question mark, or a question word anywhere (folded). */
const ASKED = /\?|\b(?:what|whats|how|which|quel\w*|combien|c'est quoi|vad|hur|vilken|wat|hoe|welke|hoeveel)\b/;

async function answerCancellationWindow(text: string, ctx: AnswerContext): Promise<Msg[]> {
  const orderId = orderIdIn(text);
  const purchase = orderId ? await ctx.pc.software.purchase(orderId) : undefined;
  const product = purchase ? await ctx.pc.software.product(purchase.productId) : undefined;
  if (purchase && product) {
    const check = checkCancellation(purchase, product, ctx.now);
    if (check.ok)
      return [
        msg('understand.ask.cancel.orderOpen', {
          order: purchase.orderId,
          product: product.name,
          days: check.daysLeft,
          deadline: { date: check.deadline },
        }),
      ];
    const r = check.refusal;
    if (r.code === 'window-passed')
      return [
        msg('understand.ask.cancel.orderClosed', {
          order: purchase.orderId,
          product: product.name,
          days: r.windowDays,
          closed: { date: r.closedOn },
        }),
      ];
    if (r.code === 'never-cancellable')
      return [msg('understand.ask.cancel.orderNever', { order: purchase.orderId, product: product.name, vendor: r.vendor })];
    return [msg('understand.ask.cancel.orderDone', { order: purchase.orderId, product: product.name })];
  }
  const kinds = Object.keys(CANCELLATION_WINDOW_DAYS) as PurchaseKind[];
  return [
    msg('understand.ask.cancel.intro'),
    ...kinds.map((kind) =>
      msg('understand.ask.cancel.kind', { kind: msg(`understand.kind.${kind}`), days: CANCELLATION_WINDOW_DAYS[kind] }),
    ),
    msg('understand.ask.cancel.never', { vendors: { list: [...NEVER_CANCELLABLE_VENDORS] } }),
  ];
}
