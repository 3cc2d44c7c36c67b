import type { PhraseTable } from '../../../understand/intents';

/** Questions asked in English that are answered from the rules, without starting a procedure. */
export const phrases: PhraseTable<'missing-product'> = {
  'missing-product': [
    'why is a product missing',
    'why is the product not in the catalog',
    "why can't i see a product for this customer",
    'why is an offer not available for my customer',
    'a product does not show up in the list',
    'where is the product i am looking for',
    'why does the catalog not offer it',
    'product not available for education customers',
  ],
};
