import type { PhraseTable } from '../../../understand/intents';

/** Questions posées en français, auxquelles les règles répondent sans lancer de procédure. */
export const phrases: PhraseTable<'cancellation-window'> = {
  'cancellation-window': [
    'combien de temps peut-on annuler un achat',
    "jusqu'à quand puis-je annuler une commande",
    'combien de jours pour annuler un logiciel',
    "quelle est la période d'annulation",
    'y a-t-il une date limite pour annuler un achat',
    'puis-je encore annuler après 60 jours',
    "politique d'annulation des logiciels",
    'délai de remboursement',
    'les plans suse peuvent-ils être annulés',
  ],
};
