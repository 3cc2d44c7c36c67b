import type { PhraseTable } from '../../../understand/intents';

/** Questions posées en français, auxquelles les règles répondent sans lancer de procédure. */
export const phrases: PhraseTable<'reservation-markets' | 'hybrid-benefit'> = {
  'reservation-markets': [
    'où les réservations azure ne sont-elles pas disponibles',
    'quels pays ne peuvent pas acheter de réservations azure',
    'liste des marchés sans réservations azure',
    'les réservations azure sont-elles disponibles à la réunion',
    'mon client aux seychelles peut-il avoir des instances réservées',
    'peut-on vendre des réservations au kosovo',
    'quels marchés sont exclus des réservations azure',
    'ce client peut-il acheter une réservation',
    'disponibilité des réservations par pays',
  ],
  'hybrid-benefit': [
    "qu'est-ce qu'azure hybrid benefit",
    'comment fonctionne hybrid benefit',
    "parle-moi d'azure hybrid benefit",
    'combien fait économiser hybrid benefit',
    'les licences windows server peuvent-elles réduire le coût des vm azure',
    'avantage hybride azure',
    'remise software assurance pour les machines virtuelles azure',
  ],
};
