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
    'on a combien de temps pour annuler un achat de logiciel',
    'delai max pour annuler une commande',
    'je peux encore annuler une commande passée il y a 3 semaines ?',
    "c'est quoi la fenêtre d'annulation",
    'au bout de combien de jours on ne peut plus annuler',
    "l'annulation est possible jusqu'à quand",
    "combien de temps j'ai pour me rétracter sur un achat",
    'annuler un achat, il y a une limite de temps ?',
    "j'ai acheté un logiciel il y a un mois, c'est trop tard pour le rendre ?",
    "on a combien de jours pour changer d'avis après un achat",
    "jusqu'à quand je peux me faire rembourser un logiciel",
    "c'est quoi la fenetre de cxl sur un achat SW, combien de jours ?",
    'délai de cxl pour un achat SW perpétuel',
    "cxl possible jusqu'à combien de jours ?",
  ],
};
