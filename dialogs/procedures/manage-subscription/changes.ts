/**
 * The words of a change to a subscription the customer has, in the four languages (folded): the
 * subscription procedure claims sentences by them, and the new subscription does not.
 */
import { COUNT_CHANGED } from '../licence-counts';

/** Suspending or reactivating (folded, four languages). */
export const SUSPENDED =
  /\b(?:suspend\w*|reactivat\w*|suspendre|reactiv\w*|stang\w* av|pausa\w*|ateraktiv\w*|aktivera \w+ igen|opschort\w*|pauzeer\w*|stilleggen|stilzetten|on hold|mettre en pause|heractiv\w*|(?:terug|weer) aan|turn (?:it |them )?back on|sla pa igen)\b/;
/** Whether it is (still) suspended, asked: its state, not a suspension ("is project nog gesuspend?", "whether anything is suspended") (folded). */
export const SUSPENDED_ASKED =
  /\b(?:still|nog|encore|toujours|fortfarande|alltjamt|kvar)\b.{0,20}\b(?:suspend\w*|gesuspend\w*|opgeschort|stangd)\b[^.!]*\?|\b(?:whether|if|si|om|of)\b (?:\w+ ){0,3}(?:is |are |est |ar )?(?:suspend\w*|gesuspend\w*|opgeschort|stangd)\b|\b(?:is|are|est|sont|ar)\b (?:\w+ ){0,2}(?:suspend\w*|gesuspend\w*|opgeschort|stangd|pausad)\b[^.!]*\?|\b(?:did|has|have|was|were)\b (?:\w+ ){0,3}suspend\w*\b[^.!]*\?|\b(?:any|nagra|nagon|des|enige|sommige)\b (?:\w+ )?(?:suspend\w*|gesuspend\w*|opgeschort\w*|pausad\w*)\b[^.!]*\?|\b(?:active|aktiv|actif|actief)\b.{0,20}\b(?:or|eller|ou|of)\b.{0,20}\b(?:suspend\w*|gesuspend\w*|opgeschort\w*|pausad\w*|lapsed|expired|expire\w*|verlopen|utgang\w*)\b|\b(?:serait|seraient|would be|skulle vara|zou(?:den)?) (?:\w+ )?(?:suspend\w*|gesuspend\w*|opgeschort\w*|pausad\w*)|\b(?:etat|status|statut|statusen) (?:de |of |van |pa |des )?(?:ses |their |hun |deras |leurs )?(?:abonnements?|subscriptions?|abonnementen|prenumerationer\w*)\b/;

/** Taking licences or a subscription away (folded). */
const REMOVED = /\b(?:cancel\w*|remove|annul\w*|retir\w*|ta bort|verwijder\w*)\b/;

/** A change of a subscription that exists: suspending it, its number of licences, taking it away. */
export function changesExisting(folded: string): boolean {
  return SUSPENDED.test(folded) || COUNT_CHANGED.test(folded) || REMOVED.test(folded);
}
