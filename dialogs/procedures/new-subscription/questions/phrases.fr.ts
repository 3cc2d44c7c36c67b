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
    'je ne trouve pas le produit dans le catalogue',
    "pourquoi ce sku n'apparait pas pour mon client",
    'le produit est introuvable dans la liste, pourquoi',
    'un produit manque dans le catalogue csp',
    "pourquoi copilot n'est pas proposé pour ce client",
    "le sku n'est pas dispo pour ce tenant, pourquoi",
    'produit invisible dans le catalogue',
    "pourquoi je ne peux pas commander ce produit, il n'est pas listé",
    "pk ce produit s'affiche pas dans le catalogue du client",
    'pq je vois pas teams premium dans la liste pour ce client',
    "le sku ne s'affiche pas pour ce tenant, pourquoi ?",
    "je cherche un produit pour mon client et il n'est nulle part, pourquoi",
    'pourquoi je ne peux pas choisir power bi pro pour ce client',
    "le produit que le client veut n'apparait pas quand je veux l'ajouter",
    'SKU absent du catalogue pour ce tenant ?',
    'pq le SKU e3 apparait pas dans le catalogue CSP',
    'offre manquante dans le catalogue NCE, pourquoi',
  ],
};
