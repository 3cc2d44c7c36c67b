import type { PhraseTable } from '../../../understand/intents';

/** Questions posées en français, auxquelles les règles répondent sans lancer de procédure. */
export const phrases: PhraseTable<'after-go-live'> = {
  'after-go-live': [
    "que se passe-t-il une fois l'offre en ligne",
    'combien de temps prend la mise en ligne',
    "quand l'offre sera-t-elle en ligne",
    'que montrera la fiche appsource une fois en ligne',
    'quand mon offre apparaît-elle sur appsource',
    "combien d'heures avant que l'offre soit en ligne",
    'que voient les clients après la mise en ligne',
  ],
};
