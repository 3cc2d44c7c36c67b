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
    'et après la mise en ligne, il se passe quoi',
    "une fois live, l'offre est visible sous combien de temps",
    "combien de temps avant que l'offre soit visible sur appsource apres le go live",
    'que se passe-t-il après le go-live',
    'délai de publication après avoir cliqué sur go live',
    "quand les clients verront-ils l'offre après mise en ligne",
    'après le passage en production, quelles sont les étapes',
    "l'offre est passée live, et maintenant ?",
    "invoice-pro vient d'être mise en ligne, et après ?",
    "notre offre vient de passer live, qu'est-ce qu'on fait ensuite ?",
    'hr-portal est en live depuis ce matin, quelles sont les prochaines étapes ?',
    "l'offre est passée en ligne hier, on fait quoi maintenant ?",
    "sales-boost vient de passer en production, la suite c'est quoi ?",
    'une fois que notre appli est en vente pour tous, il se passe quoi ensuite',
    "après avoir rendu l'appli publique, les clients la voient quand",
    "et une fois que c'est ouvert à tout le monde, on doit faire autre chose ?",
    'post go live : délai avant visibilité sur appsource ?',
    'après le go live de crm-sync, next steps ?',
    'après go live, le listing appsource montre quoi',
  ],
};
