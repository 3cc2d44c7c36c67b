import type { PhraseTable, QuestionIntent } from '../intents';

/** Questions posées en français, auxquelles les règles répondent sans lancer de procédure. */
export const phrases: PhraseTable<QuestionIntent> = {
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
  'missing-product': [
    'pourquoi un produit est-il absent',
    "pourquoi le produit n'est pas dans le catalogue",
    'pourquoi je ne vois pas un produit pour ce client',
    "pourquoi une offre n'est pas disponible pour mon client",
    "un produit n'apparaît pas dans la liste",
    'où est le produit que je cherche',
    'produit non disponible pour les clients éducation',
  ],
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
