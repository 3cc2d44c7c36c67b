/** Comment les partenaires demandent, en français, les abonnements d'un client. */
export const phrases: readonly string[] = [
  "les abonnements d'un client",
  "afficher les abonnements d'un client",
  'lister les abonnements',
  'liste des abonnements du client',
  'quels abonnements le client a-t-il',
  'que possède le client',
  'abonnements pour un client',
  'quelles licences a le client',
  'combien de licences a le client',
  "statut des abonnements d'un client",
  'montre tout ce à quoi le client est abonné',
  'tous les abonnements du tenant',
  'quels produits a le client',
  'voir les abonnements actuels du client',
  'consulter les abonnements',
  "l'abonnement du client est-il actif ou suspendu",
];
