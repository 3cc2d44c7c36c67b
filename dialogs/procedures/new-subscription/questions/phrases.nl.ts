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
  ],
};
