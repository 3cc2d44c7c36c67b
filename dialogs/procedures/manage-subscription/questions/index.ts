import { msg } from '../../../../cards/view';
import { fold } from '../../../nlu/text';
import type { QuestionDefinition } from '../../../procedure';

/**
 * Changes to a subscription the procedure does not make (its actions are add-ons, the number of
 * licenses, suspending and reactivating): asked for, they get that said at once, with what can be
 * done, instead of a walk to a list of actions that lacks them.
 */
const changeElsewhere: QuestionDefinition = {
  id: 'subscription-change-elsewhere',
  // Claimed by its words alone (below): trained phrases would lend the subscription's own words to
  // this intent and tip free-text answers ("Charged twice for 4719") towards the procedure.
  phrases: { en: [], fr: [], sv: [], nl: [] },
  asks: (text) => {
    const folded = fold(text);
    return AUTO_RENEW.test(folded) || UPGRADE.test(folded);
  },
  answer: async (text) => [
    msg(AUTO_RENEW.test(fold(text)) ? 'managesub.elsewhere.autoRenew' : 'managesub.elsewhere.upgrade'),
    msg('managesub.elsewhere.can'),
  ],
};

export const manageSubscriptionQuestions: readonly QuestionDefinition[] = [changeElsewhere];

/** Automatic renewal, in the four languages (folded). */
const AUTO_RENEW =
  /\b(?:auto[ -]?renew\w*|automatic(?:ally)? renew\w*|renouvellement (?:auto|automatique)|(?:re)?conduction (?:auto|tacite)|auto[ -]?fornye\w*|automatisk fornyelse|automatiskt fornya\w*|automatisch verleng\w*|auto[ -]?verleng\w*|automatische verlenging)\b/;
/** Moving a subscription up to another product: "upgrade", "upgrader", "uppgradera", "upgraden" (folded). */
const UPGRADE = /\b(?:upgrad\w*|uppgrader\w*|mise a niveau|mettre a niveau|migrer vers)\b/;
