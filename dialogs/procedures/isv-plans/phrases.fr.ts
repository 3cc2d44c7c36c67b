/** Comment les éditeurs demandent, en français, de créer les plans d'une offre. */
export const phrases: readonly string[] = [
  "créer les plans d'une offre",
  'créer des plans',
  'ajouter un plan',
  'nouveau plan',
  'ajouter des plans à mon offre',
  "créer un plan pour l'offre",
  'id de plan et nom du plan',
  'id de service des plans',
  "obtenir l'id de service de chaque plan",
  'copier les id de service pour le package de solution',
  'ajouter un plan de base et un plan premium',
  'enregistrer un plan en brouillon',
  'description du plan',
  'plans tarifaires',
  "un autre plan sur l'offre",
  'publier un plan en brouillon',
];
