import { KEY_OR_DOWNLOAD } from '../../keys-downloads';
import { msg, type Msg } from '../../../../cards/view';
import { checkOffer } from '../../../../domain/csp/rules';
import { orderIdIn } from '../../../nlu/extract';
import { fold } from '../../../nlu/text';
import type { AnswerContext, QuestionDefinition } from '../../../procedure';
import { findCustomerMention } from '../../../understand/customer-mention';
import { phrasesOf } from '../../../understand/intents';
import { unavailableMsg } from '../messages';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as nl } from './phrases.nl';
import { phrases as sv } from './phrases.sv';

/** Why a product is not offered: for the product and customer the sentence names, or in general. */
const missingProduct: QuestionDefinition = {
  id: 'missing-product',
  phrases: phrasesOf({ en, fr, sv, nl }, 'missing-product'),
  // "Visio n'apparaît pas quand je veux le commander, c'est normal ?": not finding a product, asked, is this question.
  asks: (text) => {
    const folded = fold(text);
    // An order named: "I can't find order 4711, can you cancel it?" is about the order.
    // "kunden hittar inte produktnyckeln": a key or a download not found is asked of the keys.
    return (
      NOT_FOUND.test(folded) &&
      (/\?\s*$/.test(folded) || WHY.test(folded)) &&
      !orderIdIn(text) &&
      !KEY_OR_DOWNLOAD.test(folded) &&
      !ACCESS.test(folded)
    );
  },
  answer: answerMissingProduct,
};

/** Not finding something, or something not shown (folded, four languages). */
const NOT_FOUND =
  /\b(?:(?:can't|cant|cannot|can not|don't|dont|do not|doesn't|doesnt|does not|isn't|isnt|is not|not)\s+(?:i |we |you |they |it )?(?:find|see|showing|show up|shown|listed|appear)|missing from|disappeared|gone from|a disparu|disparu du|kan (?:jag|vi|man) inte (?:se|hitta)|forsvunnit|verdwenen|n'apparait pas|n'apparait plus|ne s'affiche pas|(?:je ne|j'arrive pas a|on ne|je|on) (?:le |la |les )?(?:trouve|vois) pas|introuvable|absent du catalogue|hittar (?:inte|den inte|det inte)|syns inte|finns inte (?:med|i listan|i katalogen)|saknas|(?:kan|zie|vind) (?:[\w-]+ ){0,3}(?:niet|nergens) (?:vinden|zien)|(?:niet|nergens) (?:te )?(?:zien|vinden|zichtbaar)|ontbreekt|staat er niet|(?:isn't|isnt|is not|not) (?:in|on) the (?:list|catalog\w*)|(?:isn't|isnt|is not|not) (?:visible|there|available)|(?:get|find|finds|found|shows?) nothing|(?:pas|plus) visible|rien (?:trouve|ne s'affiche)|absente?s? du catalogue|inte synlig\w*|hittar (?:inget|ingenting)|finns inte (?:dar|med)|niet zichtbaar|vind (?:niets|niks)|komt niet (?:op|voor)|verschijnt niet|impossible de (?:le |la |les )?trouver|apparait (?:pas|plus)|visas inte|(?:get|find|krijg|vind) (?:no|geen) (?:results?|resultaten?)|aucun resultat|inga resultat|inget resultat|vind (?:[\w-]+ ){0,4}nergens|(?:n'est )?pas dans (?:la liste|le catalogue)|inte (?:med )?i (?:listan|katalogen)|(?:staat )?niet in de (?:lijst|catalogus))\b/;
/** A role or access asked for: not a product missing (folded, four languages). */
const ACCESS = /\b(?:roles?|roll|rollen|rol|rbac|access|acces|toegang|atkomst|permissions?|behorighet\w*)\b/;
/** Asking why (folded, four languages). */
const WHY =
  /\b(?:why|where did it go|(?:il|elle) est passee? ou|passee? ou|vart tog (?:den|det) vagen|waar is (?:het|die|dat) gebleven|hoe komt dat|ligt dat aan (?:mij|ons)|is it (?:me|us)|pk|pq|une idee|how come|how is that possible|(?:what could be )?the reason|la raison|anledningen|de reden|pourquoi|c'est normal|comment ca se fait|varfor|hur kommer det sig|hur kan det|waarom|hoe komt het|hoe kan dat)\b/;

export const newSubscriptionQuestions: readonly QuestionDefinition[] = [missingProduct];

async function answerMissingProduct(text: string, ctx: AnswerContext): Promise<Msg[]> {
  const general = [msg('newsub.whyMissing.why'), msg('understand.ask.missing.more')];
  const mention = findCustomerMention(text, await ctx.pc.customers.list());
  const offers = await ctx.pc.csp.offers();
  const said = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const offer = [...offers]
    .sort((a, b) => b.name.length - a.name.length)
    .find((o) =>
      said.includes(
        ` ${fold(o.name)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim()} `,
      ),
    );
  if (!offer || mention?.customers.length !== 1) return general;
  const customer = mention.customers[0];
  const subs = await ctx.pc.csp.subscriptions(customer.id);
  const name = (id: string) => offers.find((o) => o.id === id)?.name ?? id;
  const checks = (['monthly', 'annual'] as const).map((billing) => checkOffer(offer, customer.type, billing, subs));
  if (checks.some((c) => c.ok)) return [msg('newsub.why.offered', { name: offer.name })];
  const reason = checks.find((c) => !c.ok && c.reason.code !== 'billing') ?? checks[0];
  return reason.ok ? general : [unavailableMsg(offer.name, reason.reason, customer.name, name)];
}
