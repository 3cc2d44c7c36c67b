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
  /\b(?:auto[ -]?renew\w*|automatic(?:ally)? renew\w*|renouvellement (?:auto|automatique)|(?:re)?conduction (?:auto|tacite)|auto[ -]?fornye\w*|automatisk fornyelse|automatiskt fornya\w*|automatisch verleng\w*|auto[ -]?verleng\w*|automatische verlenging)\b/;
/** Moving a subscription to another product: "upgrade", "upgrader", "uppgradera", "upgraden", "downgrade" (folded). */
const UPGRADE =
  /\b(?:upgrad\w*|uppgrader\w*|nedgrader\w*|downgrad\w*|mise a niveau|mettre a niveau|migrer vers|monter en gamme|edition superieure|(?:higher|bigger) plan|hogre niva|hoger pakket|hogere (?:versie|editie)|grotere editie)\b/;
/** Licenses or seats: "upgrade the number of seats" is a change of their number, which the procedure makes. */
const LICENSE_COUNT = /\b(?:seats?|licen[cs]e\w*|licenser\w*|licenties?|number of|nombre de|antal|aantal)\b/;
/**
 * Changing how often a subscription is billed: a change of "billing"/"facturation"/"fakturering"/
 * "facturatie", or "from monthly to annual" (folded). A new subscription's billing is chosen in its
 * own procedure, which no sentence of change names.
 */
const BILLING_CHANGE =
  /\b(?:(?:change|switch|move|changer|modifier|passer|andra|byta|wijzig\w*|veranderen|omzetten)\b.{0,40}\b(?:billing|factur\w*|fakturer\w*|betalningsperiod)|(?:from|de|du|fran|van) (?:monthly|mensuel\w*|manadsvis|manatlig\w*|maandelijks\w*) (?:to|a|au|till|naar) (?:annual\w*|yearly|annuel\w*|arsvis|arlig\w*|jaarlijks\w*))/;

/** Which of the changes made elsewhere the sentence asks for, if any. */
function changeAsked(folded: string): 'autoRenew' | 'upgrade' | 'billing' | undefined {
  if (AUTO_RENEW.test(folded)) return 'autoRenew';
  if (UPGRADE.test(folded) && !LICENSE_COUNT.test(folded)) return 'upgrade';
  return BILLING_CHANGE.test(folded) ? 'billing' : undefined;
}
