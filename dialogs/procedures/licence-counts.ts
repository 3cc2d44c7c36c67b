/**
 * A number of licences changed, in the four languages (folded): a subscription's licences and a
 * deal's licences are said with the same words, so both procedures read them here.
 */

/** Raising, lowering or adjusting a number, in the four languages (folded): "drop 5 licences", "ner till 12 st". */
export const COUNT_CHANGED =
  /\b(?:rais\w*|increas\w*|reduc\w*|decreas\w*|lower\w*|bump\w*|monter|augment\w*|reduire|diminu\w*|baiss\w*|oka|hoja|minska|sanka|verhog\w*|verlag\w*|vermindr\w*|verminder\w*|ophog\w*|afhal\w*|eraf|downsiz\w*|upsiz\w*|omlaag|omhoog|te veel|skala ner|scale down|afschalen|utok\w*|adjust\w*|ajust\w*|justera\w*|aanpass\w*|drop(?:ping)? \d+|drop\w* (?:the |their )?(?:licen[cs]e |seat |user )?counts?|(?:letting|let|laid off|lay off|laying off) (?:\d+ |some |a few )?(?:people|staff|employees|users)|(?:down|ner|neer|omlaag) (?:to|till|naar) \d+|(?:redescendre|descendre|baisser) a \d+)\b/;
/** More of something, or a number moved or set: "5 extra seats", "van 20 naar 25", "license count … to 12", "er 5 licenties … bij", "10 seats to their e3" (folded, four languages). */
export const MORE_OR_MOVED =
  /\banother \d+\b|\b(?:extra|more|additional|de plus|supplementaires?|en plus|fler|ytterligare|meer|scale up|skala upp|opschalen)\b|\b(?:from|de|van|fran) \d+ (?:to|a|naar|till) \d+\b|\b\d+ (?:licenser|licenserna|platser) till\b|\b\d+\b.{0,30}\b(?:instead of|au lieu de|i stallet for|istallet for|in plaats van) \d+\b|\b(?:count|number|nombre|antal|aantal)\b.{0,30}\b(?:to|a|till|naar|op) \d+\b|\ber \d+ (?:[\w-]+ ){0,6}?bij\b|\b\d+ (?:licen[cs]es?|licences|seats?|users?|licenser|platser|licenties|plaatsen|postes) (?:toevoegen )?(?:to|on|onto|a|au|aux|sur|pa|till|aan|bij|op)\b/;
/** A count moved from one number to another: "from 200 to 150", "van 20 naar 25" (folded). */
export const MOVED = /\b(?:from|de|van|fran) \d+ (?:to|a|naar|till) \d+\b/;
/** Fewer of something: "2 seats less", "2 licences de moins", "2 färre", "2 licenties minder" (folded, four languages). */
export const FEWER = /\b(?:fewer|less|de moins|en moins|farre|mindre|minder)\b|\b(?:min|minus) \d+\b/;
/** Licences or seats (folded, four languages). */
export const SEATS =
  /\b(?:licen[cs]es?|lics?|seats?|personnes|people|personer|mensen|sieges?|places|postes|licenser|licenserna|platser|platserna|licenties|plaatsen|gebruikers|users|licens\w*antal\w*|licentie\w*aantal\w*|seat ?counts?)\b/;
/** A change said not to be made: "vill bara kolla läget, inte ändra något", "read-only", "sans rien changer" (folded, four languages). */
export const NOT_CHANGED =
  /\bread[- ]only\b|\b(?:not|don'?t|without|inte|utan att|pas|sans (?:rien )?|niet|zonder (?:iets )?(?:te )?)\s*(?:to |want to |rien |nagot |iets )?(?:chang\w*|modif\w*|adjust\w*|andra|wijzig\w*|aanpass\w*|aan te passen|veranderen)\b/;
