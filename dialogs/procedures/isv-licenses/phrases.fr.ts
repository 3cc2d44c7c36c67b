/** Comment les éditeurs demandent, en français, de gérer les licences d'une affaire. */
export const phrases: readonly string[] = [
  "gérer les licences d'une affaire",
  'gérer les licences',
  'attribuer des licences',
  'attribuer des licences au client',
  'mettre à jour les licences',
  "modifier les licences de l'affaire",
  "ajouter les licences d'un plan à l'affaire",
  "supprimer les licences d'un plan",
  "combien de licences a l'affaire",
  "licences de l'affaire d-1234",
  'donner au client 50 licences du plan premium',
  'fixer le nombre de licences du plan de base',
  'gestion des licences pour le client de mon application',
  "gérer les licences d'une transaction",
  'licences de la transaction d-1234',
  'attribuer des licences sur la transaction',
];
