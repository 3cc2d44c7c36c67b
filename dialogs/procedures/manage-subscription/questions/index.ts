import { msg } from '../../../../cards/view';
import { fold } from '../../../nlu/text';
import type { QuestionDefinition } from '../../../procedure';

/**
 * Changes to a subscription the procedure does not make (its actions are add-ons, the number of
 * licenses, suspending and reactivating): auto-renewal, an upgrade, the billing frequency. Asked
 * for, they get that said at once, with what can be done, instead of a walk to a list of actions
 * that lacks them.
 */
const changeElsewhere: QuestionDefinition = {
  id: 'subscription-change-elsewhere',
  // Claimed by its words alone (below): trained phrases would lend the subscription's own words to
  // this intent and tip free-text answers ("Charged twice for 4719") towards the procedure.
  phrases: { en: [], fr: [], sv: [], nl: [] },
  asks: (text) => changeAsked(fold(text)) !== undefined,
  answer: async (text) => {
    const change = changeAsked(fold(text));
    return [...(change ? [msg(`managesub.elsewhere.${change}`)] : []), msg('managesub.elsewhere.can')];
  },
};

export const manageSubscriptionQuestions: readonly QuestionDefinition[] = [changeElsewhere];

/** Automatic renewal, in the four languages (folded). */
const AUTO_RENEW =
  /\b(?:auto[ -]?renew\w*|auto[ -]?renouvel\w*|automatic(?:ally)? renew\w*|renouvellement (?:auto|automatique)|(?:re)?conduction (?:auto|tacite)|auto[ -]?fornye\w*|automatisk fornyelse|automatiskt fornya\w*|automatisch (?:\w+ )?verleng\w*|auto[ -]?verleng\w*|automatische verlenging|(?:renewal|renouvellement|fornyelse|verlenging) (?:\w+ )?automati\w*|fornya\w* (?:\w+ )?automatiskt|automatiskt (?:\w+ )?fornya\w*|automatisk forlangning|forlang\w* automatiskt)\b/;
/** Moving a subscription to another product: "upgrade", "upgrader", "uppgradera", "upgraden", "downgrade" (folded). */
const UPGRADE =
  /\b(?:upgrad\w*|uppgrader\w*|nedgrader\w*|downgrad\w*|retrograd\w*|(?:a |to )?(?:different|another|other) (?:product|plan|edition)|(?:un )?autre (?:produit|edition)|(?:en )?annan (?:produkt|plan)|(?:een )?ander (?:product|pakket)|mise a niveau|mettre a niveau|migrer vers|monter en gamme|edition superieure|(?:higher|bigger) plan|hogre niva|hoger pakket|hogere (?:versie|editie)|grotere editie)\b/;
/** Licenses or seats: "upgrade the number of seats" is a change of their number, which the procedure makes. */
const LICENSE_COUNT = /\b(?:seats?|licen[cs]e\w*|licenser\w*|licenties?|number of|nombre de|antal|aantal)\b/;
/**
 * Changing how often a subscription is billed: a change of "billing"/"facturation"/"fakturering"/
 * "facturatie", or "from monthly to annual" (folded). A new subscription's billing is chosen in its
 * own procedure, which no sentence of change names.
 */
const BILLING_CHANGE =
  /\b(?:(?:change|switch|move|changer|modifier|passer|basculer|andra|byta|byt|wijzig\w*|veranderen|omzetten|aanpassen)\b.{0,60}(?:billing|factur\w*|fakturer\w*|betalningsperiod)|(?:from|de|du|fran|van) (?:monthly|mensuel\w*|manads\w*|manatlig\w*|maandelijks\w*|maand\w*)-? (?:to|a|au|till|naar) (?:annual\w*|yearly|annuel\w*|ars\w*|arlig\w*|jaarlijks\w*|jaar\w*))/;
/** How often it is billed, named: "billing frequency", "fréquence de facturation" (folded): with a change of it, it is this. */
/** "facturation mensuelle -> annuelle": the change drawn with an arrow (folded). */
const ARROW_CHANGE =
  /\b(?:monthly|mensuel\w*|manads\w*|maandelijks\w*|annual\w*|yearly|annuel\w*|ars\w*|jaarlijks\w*)\s*(?:->|=>|>)\s*(?:monthly|mensuel\w*|manads\w*|maandelijks\w*|annual\w*|yearly|annuel\w*|ars\w*|jaarlijks\w*)\b/;
const BILLING_FREQUENCY =
  /\b(?:billing (?:frequency|cycle|period)|frequence de (?:facturation|paiement)|faktureringsfrekvens\w*|betalningsfrekvens\w*|factu(?:ur|ratie)frequentie|betaalfrequentie|betalingsfrequentie)\b/;
/** Being billed yearly instead of monthly, or the reverse: "payer une fois par an au lieu de chaque mois" (folded). */
const INSTEAD =
  /\b(?:annual\w*|yearly|per year|par an|a l'annee|a l'an|au mois|annuel\w*|arsvis|per ar|jaarlijks|per jaar|monthly|par mois|mensuel\w*|manadsvis|per manad|maandelijks|per maand)\b.{0,30}\b(?:instead of|rather than|au lieu de|plutot qu\w*|i stallet for|istallet for|in plaats van)\b/;
/** Another edition of the same product: "from Business Basic to Business Standard", "de E3 à E5" (folded). */
const EDITION = '(?:basic|standard|premium|e[135]|f[13]|a[135]|g[135]|plan [12]|p[12])';
// "en" is French "to" only after "de"/"du" ("de standard en premium"): in Dutch it is "and" ("standard en premium").
const EDITION_MOVE = new RegExp(
  `\\b(?:${EDITION} (?:up |down |upp |ner )?(?:to|a|au|vers|till|mot|naar)|(?:de|du) ${EDITION} en)\\b[\\w ]{0,30}?\\b${EDITION}\\b`,
);

/** Something added (folded, four languages). */
const ADDED = /\b(?:add|adding|ajout\w*|rajout\w*|lagg\w* till|toevoeg\w*|voeg\w*)\b/;
/** A plan's price, per user or flat: an ISV's plans (folded, four languages). */
const PRICED =
  /\b(?:prix|price|pricing|tarif\w*|pris|prissattning|prijs\w*|per (?:user|seat)|par utilisateur|per anvandare|per gebruiker|flat[ -]rate)\b/;
/** Plans, several of them: an offer's (folded, four languages). */
const PLANS = /\b(?:plans|plannen|planer|forfaits)\b/;

/** A new subscription (folded, four languages). */
const NEW = /\b(?:new|nouve\w*|ny|nya|nytt|nieuw\w*)\b/;

/** A change asked for, by its verb or its new frequency: "billing frequency wijzigen", "… naar annual" (folded). */
const CHANGE =
  /\b(?:chang\w*|switch\w*|move|modif\w*|passer|basculer|andra\w*|byt\w*|wijzig\w*|verander\w*|omzetten|aanpassen|(?:to|naar|till|a|en|vers) (?:annual\w*|yearly|monthly|annuel\w*|mensuel\w*|arsvis|manadsvis|jaarlijks\w*|maandelijks\w*))\b/;

/** Which of the changes made elsewhere the sentence asks for, if any. */
function changeAsked(folded: string): 'autoRenew' | 'upgrade' | 'billing' | undefined {
  if (AUTO_RENEW.test(folded)) return 'autoRenew';
  // "plannen: standard en premium" lists an offer's plans, "ajouter Teams Premium à son abonnement Business Standard"
  // adds an add-on: neither moves an edition.
  // A deal's plans are its licences: "Bij D-1002 van 20 Premium naar 35 Premium".
  const editionMoved =
    EDITION_MOVE.test(folded) && !PLANS.test(folded) && !ADDED.test(folded) && !PRICED.test(folded) && !/\bd-?\d{3,4}\b/.test(folded);
  if ((UPGRADE.test(folded) || editionMoved) && !LICENSE_COUNT.test(folded)) return 'upgrade';
  if (BILLING_CHANGE.test(folded) || ARROW_CHANGE.test(folded)) return 'billing';
  // A new subscription's billing is chosen in its own procedure: "new one for contoso, annual instead of monthly".
  if (NEW.test(folded)) return undefined;
  return INSTEAD.test(folded) || (BILLING_FREQUENCY.test(folded) && CHANGE.test(folded)) ? 'billing' : undefined;
}
