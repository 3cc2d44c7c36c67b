/**
 * The words of a change to a subscription the customer has, in the four languages (folded): the
 * subscription procedure claims sentences by them, and the new subscription does not.
 */
import { COUNT_CHANGED } from '../licence-counts';

/** Suspending or reactivating (folded, four languages). */
export const SUSPENDED =
  /\b(?:suspend\w*|gesuspend\w*|(?:weer|opnieuw) (?:te )?activeren|reactivat\w*|suspendre|reactiv\w*|stang\w* av|pausa\w*|ateraktiv\w*|aktivera \w+ igen|opschort\w*|pauzeer\w*|stilleggen|stilzetten|on hold|mettre en pause|heractiv\w*|(?:terug|weer) aan|turn (?:it |them )?back on|sla pa igen)\b/;
/** Whether it is (still) suspended, asked: its state, not a suspension ("is project nog gesuspend?", "whether anything is suspended", "which are suspended") (folded). */
const SUSPENDED_ASKED =
  /\b(?:still|nog|encore|toujours|fortfarande|alltjamt|kvar)\b.{0,20}\b(?:suspend\w*|gesuspend\w*|opgeschort|stangd)\b[^.!]*\?|\b(?:whether|if|si|om|of)\b (?:\w+ ){0,3}(?:is |are |est |ar )?(?:suspend\w*|gesuspend\w*|opgeschort|stangd)\b|\b(?:is|are|est|sont|ar)\b (?:[\w'-]+ ){0,6}(?:suspend\w*|gesuspend\w*|opgeschort|stangd|pausad)\b[^.!]*\?|\b(?:did|has|have|was|were)\b (?:\w+ ){0,3}suspend\w*\b[^.!]*\?|\b(?:any|nagra|nagon|des|enige|sommige)\b (?:\w+ )?(?:suspend\w*|gesuspend\w*|opgeschort\w*|pausad\w*)\b[^.!]*\?|\b(?:active|aktiv|actif|actief|actives|actifs|aktiva|actieve)\s+(?:suspend\w*|gesuspend\w*|opgeschort\w*|pausad\w*)\b|\b(?:active|aktiv|actif|actief|actives|actifs|aktiva|actieve)\b.{0,20}(?:\b(?:or|eller|ou|of|and|och|et|en)\b|[+/&,])\s*.{0,20}\b(?:suspend\w*|gesuspend\w*|opgeschort\w*|pausad\w*|lapsed|expired|expire\w*|verlopen|utgang\w*)\b|\b(?:serait|seraient|would be|skulle vara|zou(?:den)?) (?:\w+ )?(?:suspend\w*|gesuspend\w*|opgeschort\w*|pausad\w*)|\b(?:which|lesquel\w*|quel\w*|vilka|welke)\b (?:[\w'-]+ ){0,5}(?:are|is|sont|est|ar|zijn)\b (?:\w+ )?(?:suspend\w*|gesuspend\w*|opgeschort\w*|stangd\w*|pausad\w*)\b|\b(?:etat|status|statut|statusen) (?:de |of |van |pa |des )?(?:tous |all |alla |alle )?(?:ses |les |their |the |hun |de |deras |leurs )?(?:abonnements?|subscriptions?|abonnementen|prenumerationer\w*)\b/;

/** Brought back into service, asked for: "now they want it back", "reactivate it", "weer aan" (folded, four languages). */
const BROUGHT_BACK =
  /\b(?:reactivat\w*|re-?activ\w*|resume|unsuspend\w*|reactiver|ateraktiv\w*|heractiv\w*|aktivera \w+ igen|(?:terug|weer) aan|turn (?:it |them )?back on|sla pa igen|want (?:it|them) back|(?:le|la|les) remettre|(?:weer|opnieuw) (?:te )?activeren|(?:re)?activer (?:a|de) nouveau|aktivera (?:den |det |dem )?igen)\b/;

/**
 * Whether a subscription is (still) suspended, asked, and nothing brought back: "was it suspended?"
 * is a question of the customer's subscriptions, "it was suspended last month, how do I reactivate it?" a change.
 */
export function suspensionAsked(folded: string): boolean {
  return SUSPENDED_ASKED.test(folded) && !BROUGHT_BACK.test(folded);
}

/** Taking licences or a subscription away (folded). */
const REMOVED = /\b(?:cancel\w*|remove|annul\w*|retir\w*|ta bort|verwijder\w*)\b/;

/** A change of a subscription that exists: suspending it, its number of licences, taking it away. */
export function changesExisting(folded: string): boolean {
  return SUSPENDED.test(folded) || COUNT_CHANGED.test(folded) || REMOVED.test(folded);
}
