/**
 * The words of a change to a subscription the customer has, in the four languages (folded): the
 * subscription procedure claims sentences by them, and the new subscription does not.
 */

/** Raising or lowering a number, in the four languages (folded). */
export const COUNT_CHANGED =
  /\b(?:rais\w*|increas\w*|reduc\w*|decreas\w*|lower\w*|bump\w*|monter|augment\w*|reduire|diminu\w*|baisser|oka|hoja|minska|sanka|verhog\w*|verlag\w*|vermindr\w*|verminder\w*|ophog\w*|afhal\w*|eraf)\b/;
/** More of something, or a number moved: "5 extra seats", "van 20 naar 25" (folded, four languages). */
export const MORE_OR_MOVED =
  /\b(?:extra|more|additional|de plus|supplementaires?|en plus|fler|ytterligare|meer)\b|\b(?:from|de|van|fran) \d+ (?:to|a|naar|till) \d+\b/;
/** Licences or seats (folded, four languages). */
export const SEATS = /\b(?:licen[cs]es?|seats?|sieges?|places|postes|licenser|licenserna|platser|licenties|plaatsen|gebruikers|users)\b/;
/** Suspending or reactivating (folded, four languages). */
export const SUSPENDED =
  /\b(?:suspend\w*|reactivat\w*|suspendre|reactiv\w*|stang\w* av|pausa\w*|ateraktiv\w*|aktivera \w+ igen|opschort\w*|pauzeer\w*|heractiv\w*)\b/;
/** Whether it is still suspended, asked: its state, not a suspension ("is project nog gesuspend?") (folded). */
export const SUSPENDED_ASKED =
  /\b(?:still|nog|encore|toujours|fortfarande|alltjamt|kvar)\b.{0,20}\b(?:suspend\w*|gesuspend\w*|opgeschort|stangd)\b[^.!]*\?/;

/** Taking licences or a subscription away (folded). */
const REMOVED = /\b(?:cancel\w*|remove|annul\w*|retir\w*|ta bort|verwijder\w*)\b/;

/** A change of a subscription that exists: suspending it, its number of licences, taking it away. */
export function changesExisting(folded: string): boolean {
  return SUSPENDED.test(folded) || COUNT_CHANGED.test(folded) || REMOVED.test(folded);
}
