import type { PhraseTable } from '../../../understand/intents';

/** Questions posées en français, auxquelles les règles répondent sans lancer de procédure. */
export const phrases: PhraseTable<'missing-product'> = {
  'missing-product': [
    'pourquoi un produit est-il absent',
    "pourquoi le produit n'est pas dans le catalogue",
    'pourquoi je ne vois pas un produit pour ce client',
    "pourquoi une offre n'est pas disponible pour mon client",
    "un produit n'apparaît pas dans la liste",
    'où est le produit que je cherche',
    'produit non disponible pour les clients éducation',
  ],
};
