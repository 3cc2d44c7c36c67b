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
    'ik vind defender for endpoint nergens om te bestellen',
    'waarom kan ik sentinel niet kopen voor deze klant',
    'het product staat niet in de lijst om aan te kopen, hoe komt dat',
    'hoe kan het dat ik copilot studio niet terugvind in de catalogus',
    'ik zoek intune suite om te bestellen maar het is er niet',
    'dynamics 365 sales is niet te vinden om te bestellen, waarom',
    'ik kan entra id p2 niet vinden in de lijst met producten',
    'defender for office 365 is nergens te vinden om aan te schaffen, hoe komt dat',
    'ik zie exchange online plan 1 niet staan als ik wil kopen, hoe kan het',
  ],
};
