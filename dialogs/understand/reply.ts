import { msg, type Msg } from '../../cards/view';
import type { Understanding } from './index';
import type { AnswerContext } from '../procedure';

/**
 * What the assistant says to a first message that starts no procedure: a short line for small
 * talk (never an apology for a greeting), the answer to a question, or a "did you mean" for
 * a sentence it could not place. The menu follows.
 */
export async function replyTo(
  u: Exclude<Understanding, { kind: 'procedure' } | { kind: 'choose' }>,
  text: string,
  ctx: AnswerContext,
): Promise<Msg[]> {
  switch (u.kind) {
    case 'talk':
      return [msg(`understand.talk.${u.talk}`)];
    case 'question':
      return u.question.answer(text, ctx);
    case 'none':
      return u.guess ? [msg('understand.didYouMean', { procedure: u.guess.title })] : [];
  }
}
