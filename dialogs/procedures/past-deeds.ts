/**
 * Something already done, in the four languages (folded): a purchase made, or who did a thing.
 * A sentence about a purchase already made is not one to buy ("the ISO of the Windows Server
 * fabrikam bought", "vem som köpte windows server"), and "who did it" is the activity log's.
 */

/** A purchase already made: "bought", "a acheté", "köpte", "gekocht", "besteld". */
export const ALREADY_BOUGHT =
  /\b(?:bought|purchased|ordered|made the purchase|(?:purchase|order) (?:we|i) (?:made|placed)|(?:a|ai|as|ont|avons|avez|avait) (?:\w+ )?(?:achete|commande)e?s?|(?:a|ont|avons) passe (?:une|la|sa|cette) commande|achetee?s? par|har kopt|hade kopt|kopte|kopts|kopta|heeft gekocht|hebben gekocht|gekocht|besteld|aangeschaft|(?:already )?paid for|(?:a|ont) (?:deja )?paye|(?:har|hade) (?:redan )?betalat|(?:heeft|hebben) (?:al )?betaald)\b/;

/** Bought by mistake or twice: a purchase to undo, never one to make (folded, four languages). */
export const MISTAKEN =
  /\b(?:par erreur|par megarde|by mistake|by accident|accidentally|in error|per ongeluk|per vergissing|av misstag|av misstag|en double|in duplicate|duplicated?|twice|2 ?x|x ?2|deux fois|tva ganger|dubbelt|dubbel\w*|twee keer|foutje|vergissing|wrong customer|verkeerde klant|mauvais client|fel kund|wrong product|mauvais produit|fel produkt|verkeerde product|rakat|rakade|i onodan|felaktig\w*)\b/;

/**
 * Not after a person: "who" there is the relative pronoun of "a customer who already paid", "le client qui",
 * not a question (a regular expression's lookbehind, put before the words asking who).
 */
export const NOT_AFTER_A_PERSON =
  '(?<!\\b(?:customer|client|kund|kunden|klant|user|people|person|someone|anyone|those|guy|one|partner|admin)s? )';
/** Who, asked (folded). */
const WHO = new RegExp(
  `${NOT_AFTER_A_PERSON}\\b(?:who|whoever|qui|vem|wie|which users?|quels? (?:users?|utilisateurs?|collegues?|personnes?)|vilken (?:anvandare|user|kollega)|vilka anvandare|welke (?:users?|gebruikers?|collega))\\b`,
);
/** A deed done: cancelled, bought, ordered, downloaded, changed, deleted (folded, past forms). */
const DONE =
  /\b(?:cancell?ed|bought|purchased|ordered|made the purchase|downloaded|changed|deleted|removed|(?:a|ont|avait) (?:\w+ )?(?:annule|achete|commande|telecharge|supprime|modifie|change)e?s?|avbrot|avbokade|avbestallde|annullerade|makulerade|raderade|kopte|kopt|avbokat|annullerat|bestallde|bestallt|laddade (?:ner|hem)|laddat ner|andrade|tog bort|(?:heeft|hebben) (?:\w+ ){0,4}(?:geannuleerd|gekocht|besteld|gedownload|gewijzigd|verwijderd)|geannuleerd|cancell?ade|cancell?at|gecanceld|gecanceled|(?:a|ont|avait) fait (?:l'|la |le |cet |cette )?(?:achat|commande|annulation)|gjorde (?:kopet|bestallningen|ordern|annulleringen)|(?:de|die) (?:aankoop|bestelling|annulering) (?:heeft )?(?:gedaan|deed))\b/;

/** "who cancelled order 4716", "qui a annulé des achats", "vem som köpte windows server": asked of the activity log. */
export function whoDidIt(folded: string): boolean {
  const who = WHO.exec(folded);
  return !!who && DONE.test(folded) && !WHOM_TO_ASK.test(folded);
}

/** Whom to turn to, asked: "who do i talk to at microsoft", "qui contacter", "vem ska jag prata med" (folded, four languages). */
const WHOM_TO_ASK =
  /\b(?:who (?:do|should|can|could|must) (?:i|we) (?:talk|speak|contact|call|ask|write|reach|turn)|who (?:to|can i|should i) (?:talk|contact|call|ask)|qui (?:contacter|appeler|dois-je|faut-il) |a qui (?:m'adresser|parler|ecrire)|vem (?:ska|kan|bor|maste) (?:jag|vi) (?:prata|kontakta|ringa|fraga|vanda)|wie (?:moet|kan|moeten|kunnen) (?:ik|we|wij) (?:bellen|contacteren|mailen|vragen|spreken|benaderen))/;
