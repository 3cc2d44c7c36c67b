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
    "why can't i find copilot in the catalog",
    "product isn't showing for this customer, why",
    'the sku i need is not listed',
    "why doesn't visio plan 2 appear for the customer",
    'cannot find the product in the catalogue',
    'how come the product is not offered to this tenant',
    'why is the e5 missing from the list',
    'why is this offer unavailable for a nonprofit customer',
    'suse linux is gone from the catalogue, why',
    'windows server disappeared from the catalog, where did it go',
    'cant find business premium in the catalog when ordering, why',
    'the product we always sell vanished from the list',
    'why is the teams phone sku no longer in the catalog',
  ],
};
