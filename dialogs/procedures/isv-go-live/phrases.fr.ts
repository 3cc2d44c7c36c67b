/** Comment les éditeurs demandent, en français, de mettre une offre en ligne. */
export const phrases: readonly string[] = [
  'mettre une offre en ligne',
  'mise en ligne',
  'mettre l\'offre en ligne',
  'passer en production',
  'go live',
  'lancer l\'offre',
  'mettre l\'offre sur appsource',
  'l\'offre est en préversion, rends-la disponible',
  'rendre l\'offre disponible aux clients',
  'publier l\'offre en ligne',
  'passer l\'offre de préversion à en ligne',
  'rendre mon application visible sur la marketplace',
  'activer la mise en ligne',
];
