import type { Customer } from '../../domain/model';
import { fold } from '../nlu/text';
import { findCustomerMention } from './customer-mention';

/** What Partner Center holds that a sentence may name: its words say who or what, not which procedure. */
export interface KnownNames {
  customers: readonly Customer[];
  offerIds: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The sentence without the customer and offer it names, for the recognizer: "Contoso Production"
 * or "crm-sync" must not tip the choice of a procedure ("production", "sync").
 */
export function withoutNames(text: string, known: KnownNames | undefined): string {
  if (!known) return text;
  let t = fold(text);
  for (const id of known.offerIds) t = t.replace(new RegExp(`(^|[^a-z0-9_-])${escape(id)}(?=$|[^a-z0-9_-])`, 'g'), '$1 ');
  t = t.replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/g, ' ');
  const mention = findCustomerMention(text, known.customers);
  if (mention) {
    const words = new Set(mention.text.split(' '));
    t = t
      .split(/\s+/)
      .filter((w) => {
        const bare = w.replace(/[^\p{L}\p{N}':]+/gu, '').replace(/(?:'s|:s|')$/, '');
        return !(words.has(bare) || (bare.endsWith('s') && words.has(bare.slice(0, -1))));
      })
      .join(' ');
  }
  return t;
}
