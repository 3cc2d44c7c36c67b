import type { Customer } from '../../domain/model';
import { findCustomerInSentence } from '../../domain/find/customers';
import { fold } from '../nlu/text';

/** A customer named in a sentence: the name words it used (or the domain), and every customer they fit. */
export interface CustomerMention {
  text: string;
  customers: Customer[];
}

/**
 * The customer a first sentence names, by the customer finder of domain/find (a tenant GUID or a
 * domain anywhere, a name in part, possessive or misspelt: "northwnd traders", "fabrikam's"). A
 * word that fits no customer is not a customer: nothing is returned.
 */
export function findCustomerMention(text: string, customers: readonly Customer[]): CustomerMention | undefined {
  const { verdict, mentions } = findCustomerInSentence(text, customers);
  if (verdict.kind === 'none') return undefined;
  if (verdict.kind === 'one')
    return { text: mentions.find((m) => m.item === verdict.match.item)?.text ?? mentions[0].text, customers: [verdict.match.item] };
  const several = verdict.matches.map((m) => m.item);
  const said = mentions.find((m) => several.includes(m.item))?.text ?? mentions[0].text;
  // The names' own words ("contoso" for "contosos"), so that a search by name finds them all.
  const bare = said.endsWith('s') ? said.slice(0, -1) : said;
  const own =
    bare !== said &&
    several.every((c) =>
      fold(c.name)
        .split(/[^\p{L}\p{N}]+/u)
        .join(' ')
        .includes(bare),
    );
  return { text: own ? bare : said, customers: several };
}
