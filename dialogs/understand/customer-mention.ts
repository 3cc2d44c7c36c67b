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
  // A first message asks this three times (the names masked for the recognizer, the Azure
  // subscriptions named, the procedure's values), each time with a fresh read of the same list.
  const kept = recent.get(text);
  if (kept && sameCustomers(kept.customers, customers)) {
    if (!kept.mention) return undefined;
    // The customers of this list (what is read about them may have changed, not what finds them).
    const byId = new Map(customers.map((c) => [c.id, c]));
    return { text: kept.mention.text, customers: kept.mention.customers.map((c) => byId.get(c.id) ?? c) };
  }
  const mention = mentionIn(text, customers);
  if (recent.size >= KEPT_MENTIONS) recent.delete(recent.keys().next().value!);
  recent.set(text, { customers, mention });
  return mention;
}

/** The last sentences read, a few turns' worth (turns of several conversations interleave), and the list each was read against. */
const recent = new Map<string, { customers: readonly Customer[]; mention: CustomerMention | undefined }>();
const KEPT_MENTIONS = 16;

function sameCustomers(a: readonly Customer[], b: readonly Customer[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every(
        (c, i) => c === b[i] || (c.id === b[i].id && c.name === b[i].name && c.domain === b[i].domain && c.tenantId === b[i].tenantId),
      ))
  );
}

function mentionIn(text: string, customers: readonly Customer[]): CustomerMention | undefined {
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
