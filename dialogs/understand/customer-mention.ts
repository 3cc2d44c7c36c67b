import type { Customer } from '../../domain/model';
import { fold } from '../nlu/text';

/** A customer named in a sentence: the name words it used (or the domain), and every customer they fit. */
export interface CustomerMention {
  text: string;
  customers: Customer[];
}

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const DOMAIN = /\b[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi;
/** Company-form words that do not tell customers apart ("Contoso Ltd" is named by "contoso"). */
const FORMS = new Set(['ltd', 'inc', 'pty', 'ab', 'bv', 'sa', 'sas', 'gmbh', 'llc', 'corp', 'corporation', 'co', 'the', 'of']);

/** "fabrikam's", "fabrikams", "contoso:s" and "contosos" name Fabrikam and Contoso. */
function wordsOf(text: string): string[] {
  return fold(text)
    .replace(/[’`]/g, "'")
    .split(/[^\p{L}\p{N}'.:-]+/u)
    .map((w) => w.replace(/^[.:'-]+|[.:'-]+$/g, '').replace(/(?:'s|:s|')$/, ''))
    .filter(Boolean);
}

/** Does this sentence word stand for that name word? Exactly, or with the possessive "s" of sv/nl/en. */
const fits = (said: string, word: string) => said === word || (said === `${word}s` && word.length >= 4);

/**
 * The customer a first sentence names, looked up in the customer list: a tenant GUID or a
 * domain anywhere, else the longest run of words that starts one or more customers' names
 * ("northwind", "northwind traders", "fabrikam's", "van Contoso"). A word that fits no
 * customer is not a customer: nothing is returned.
 *
 * Kept to this one function so that a fuzzier find-and-pick matcher can replace it.
 */
export function findCustomerMention(text: string, customers: readonly Customer[]): CustomerMention | undefined {
  const guid = GUID.exec(text)?.[0]?.toLowerCase();
  if (guid) {
    const hit = customers.filter((c) => c.tenantId.toLowerCase() === guid);
    if (hit.length) return { text: guid, customers: hit };
  }
  for (const d of text.match(DOMAIN) ?? []) {
    const domain = d.toLowerCase();
    const hit = customers.filter((c) => c.domain.toLowerCase() === domain);
    if (hit.length) return { text: domain, customers: hit };
  }
  const said = wordsOf(text);
  let best: CustomerMention | undefined;
  let bestLength = 0;
  for (let i = 0; i < said.length; i += 1) {
    for (const c of customers) {
      const name = wordsOf(c.name);
      const domainLabel = c.domain.toLowerCase().split('.')[0];
      let n = 0;
      while (n < name.length && i + n < said.length && fits(said[i + n], name[n])) n += 1;
      // "Contoso Ltd" matches two words of Contoso Ltd and one of Contoso Pharma: the longer match wins.
      const core = name.slice(0, n).filter((w) => !FORMS.has(w));
      const first = name.find((w) => !FORMS.has(w)) ?? '';
      // One word names a customer only when it is distinctive: "contoso", not "city" or "toys".
      const distinctive = core.length >= 2 || (core.length === 1 && core[0] === first && first.length >= 4 && !COMMON.has(first));
      const length = distinctive ? n : fits(said[i], domainLabel) && domainLabel.length >= 5 ? 1 : 0;
      if (length === 0) continue;
      // The name's own words ("contoso" for "contosos"), so that a search by name finds them.
      const words = distinctive ? name.slice(0, n).join(' ') : domainLabel;
      if (length > bestLength) {
        best = { text: words, customers: [c] };
        bestLength = length;
      } else if (length === bestLength && best && best.text === words && !best.customers.includes(c)) {
        best.customers.push(c);
      }
    }
  }
  return best;
}

/** First words of customer names that are everyday words in one of the four languages. */
const COMMON = new Set(['city', 'school', 'lake', 'central', 'united', 'global', 'first', 'new', 'north', 'south', 'west', 'east', 'data', 'tech']);
