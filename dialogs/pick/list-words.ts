import { fold } from '../../domain/find/normalize';

/**
 * What people type to see every item instead of searching: "list", "list my customers", "show
 * all", "liste des clients", "visa alla kunder", "toon mijn klanten". Only these words may occur,
 * and one of them must ask for a list.
 */
const ASKS = new Set([
  'list',
  'all',
  'every',
  'show',
  'liste',
  'lister',
  'tous',
  'toutes',
  'afficher',
  'lista',
  'alla',
  'visa',
  'lijst',
  'alle',
  'toon',
  'overzicht',
]);
const MAY = new Set([
  ...ASKS,
  'me',
  'my',
  'our',
  'the',
  'of',
  'please',
  'customers',
  'customer',
  'clients',
  'client',
  'see',
  'view',
  'display',
  'les',
  'des',
  'de',
  'mes',
  'nos',
  'moi',
  'voir',
  'montre',
  'montrer',
  'svp',
  'la',
  'mina',
  'vara',
  'kunder',
  'kunderna',
  'kund',
  'se',
  'tack',
  'over',
  'av',
  'pa',
  'alle',
  'mijn',
  'onze',
  'klanten',
  'klant',
  'van',
  'geef',
  'laat',
  'zien',
  'aub',
  'graag',
]);

export function asksForList(text: string): boolean {
  const ws = fold(text).replace(/'/g, ' ').split(' ').filter(Boolean);
  return ws.length > 0 && ws.length <= 6 && ws.every((w) => MAY.has(w)) && ws.some((w) => ASKS.has(w));
}

/** "more", "next", "plus", "suite", "mer", "nästa", "meer", "volgende": the next page of a list. */
const MORE = new Set([
  'more',
  'next',
  'next page',
  'show more',
  'more customers',
  'plus',
  'suite',
  'encore',
  'page suivante',
  'mer',
  'nasta',
  'visa fler',
  'fler',
  'meer',
  'volgende',
  'toon meer',
]);

export const asksForMore = (text: string) => MORE.has(fold(text));
