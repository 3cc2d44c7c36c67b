import type { PhraseTable } from '../../../understand/intents';

/** Vragen in het Nederlands die uit de regels worden beantwoord, zonder een procedure te starten. */
export const phrases: PhraseTable<'missing-product'> = {
  'missing-product': [
    'waarom ontbreekt een product',
    'waarom staat het product niet in de catalogus',
    'waarom zie ik een product niet voor deze klant',
    'waarom is een aanbieding niet beschikbaar voor mijn klant',
    'een product verschijnt niet in de lijst',
    'waar is het product dat ik zoek',
    'product niet beschikbaar voor onderwijsklanten',
    'ik kan een product niet vinden in de catalogus',
    'product ontbreekt in de lijst, hoe kan dat',
    'hoe komt het dat ik een sku niet kan bestellen voor deze klant',
    'waarom is dit product niet te koop voor mijn klant',
    'het product dat ik zoek staat er niet bij',
    'sku niet zichtbaar in partner center, waarom',
    'waarom kan ik dit niet vinden in het aanbod',
    'ik mis een product in de csp catalogus',
  ],
};
