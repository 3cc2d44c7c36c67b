import { fold } from './text';

/**
 * "that order", "cette commande", "den beställningen", "die bestelling": an order named by
 * pointing back to one the conversation has just dealt with, in the four languages (folded:
 * no accents, lower case). "the order" alone does not point back: it is how anyone starts.
 */
const POINTING_BACK = new RegExp(
  [
    // English: that / this / the same / my last / the last order or purchase; "it" is too vague.
    String.raw`\b(?:that|this|the same|my last|the last|the one i (?:just )?(?:placed|bought|made))\s+(?:order|purchase)\b`,
    String.raw`\b(?:order|purchase) i just (?:placed|made)\b`,
    // French: cette commande, la même commande, ma dernière commande, cet achat.
    String.raw`\b(?:cette|la meme|ma derniere|la derniere)\s+commande\b`,
    String.raw`\b(?:cet|ce meme|mon dernier|le dernier)\s+achat\b`,
    String.raw`\bla commande (?:que je viens de passer|qu'on vient de passer)\b`,
    // Swedish: den/denna/samma/min senaste order(n), beställning(en); det/detta köp(et).
    String.raw`\b(?:den|denna|den har|samma|min senaste|senaste)\s+(?:order|ordern|bestallning|bestallningen)\b`,
    String.raw`\b(?:det|detta|det har|samma|mitt senaste|senaste)\s+(?:kop|kopet)\b`,
    // Dutch: die/deze/dezelfde/mijn laatste bestelling, order, aankoop; de bestelling die ik net heb geplaatst.
    String.raw`\b(?:die|deze|dezelfde|mijn laatste|de laatste)\s+(?:bestelling|order|aankoop)\b`,
    String.raw`\bde bestelling die ik (?:net|zojuist) (?:heb )?geplaatst\b`,
  ].join('|'),
);

/** Whether a sentence names its order by pointing back to an earlier one. */
export function pointsBack(text: string): boolean {
  return POINTING_BACK.test(fold(text));
}
