/**
 * How names are compared when people type them: case, accents, punctuation, legal forms
 * ("Ltd.", "Inc", "B.V.") and possessives ("fabrikam's", "Contosos") do not matter.
 */

/** Legal forms that end (or sometimes start) a company name: they never tell two customers apart. */
const LEGAL_FORMS = new Set([
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'llp',
  'lp',
  'plc',
  'pty',
  'pte',
  'gmbh',
  'ag',
  'kg',
  'bv',
  'nv',
  'vof',
  'ab',
  'publ',
  'as',
  'asa',
  'aps',
  'oy',
  'oyj',
  'sa',
  'sas',
  'sarl',
  'sasu',
  'eurl',
  'sl',
  'srl',
  'spa',
  'ltda',
  'sc',
  'kk',
]);

/** Lower case, no accents, no punctuation; dots inside abbreviations are dropped ("B.V." -> "bv"). */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/\.(?=\S)/g, '')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/** The words of a text as compared: folded, possessive endings off ("fabrikam's", "contoso'"), French elisions too ("l'abonnement", "d'Adatum"). */
export function words(text: string): string[] {
  return fold(text)
    .split(' ')
    .map((w) =>
      w
        .replace(/^(?:l|d|qu|j|s|c|n|m|t)'(?=\w{2})/, '')
        .replace(/'s$|'$/, '')
        .replace(/'/g, ''),
    )
    .filter((w) => w.length > 0);
}

/** A company name without its legal form: "Contoso Ltd." -> "contoso", "Fabrikam Pty" -> "fabrikam". */
export function coreName(text: string): string {
  return coreWords(words(text)).join(' ');
}

/** The words of a name without the legal forms that end it (at least one word stays). */
export function coreWords(ws: readonly string[]): string[] {
  let end = ws.length;
  while (end > 1 && LEGAL_FORMS.has(ws[end - 1])) end--;
  return ws.slice(0, end);
}

/** Whether a word is a legal form ("ltd", "bv"). */
export const isLegalForm = (word: string) => LEGAL_FORMS.has(word);

/**
 * The ways a typed word may be meant: as typed, and without a genitive "s" ("contosos",
 * Swedish "Contosos", "fabrikams"). Short words keep their "s".
 */
export function wordForms(word: string): string[] {
  return word.length > 4 && word.endsWith('s') ? [word, word.slice(0, -1)] : [word];
}

/** Words that may come before a name without being part of it: "for Contoso", "van Contoso", "the customer Contoso". */
export const LEADING_WORDS: ReadonlySet<string> = new Set([
  'for',
  'of',
  'the',
  'customer',
  'pour',
  'de',
  'du',
  'le',
  'la',
  'les',
  'client',
  'för',
  'av',
  'till',
  'kund',
  'kunden',
  'voor',
  'van',
  'het',
  'klant',
]);

/** A name as compared: all its words, and its core (without the legal form). */
export interface NameForms {
  full: string;
  core: string[];
}

export function nameForms(name: string): NameForms {
  const ws = words(name);
  return { full: ws.join(' '), core: coreWords(ws) };
}

/** A domain's first label, as a name: "northwind-traders.com" -> "northwindtraders". */
export const domainLabel = (domain: string): string => domain.toLowerCase().split('.')[0].replace(/-/g, '');

export const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
/** A domain name: labels separated by dots, ending in letters ("contoso.com", "fabrikam.com.au"). */
export const DOMAIN = /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}\b/i;
