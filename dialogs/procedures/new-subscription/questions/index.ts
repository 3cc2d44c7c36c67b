import { msg, type Msg } from '../../../../cards/view';
import { checkOffer } from '../../../../domain/csp/rules';
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
  answer: answerMissingProduct,
};

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
