import type { PhraseTable, TalkIntent } from '../intents';

/** Small talk en français : salutations, remerciements, au revoir, « que sais-tu faire ? », hors sujet. */
export const phrases: PhraseTable<TalkIntent> = {
  greeting: ['bonjour à toi', 'coucou', 'hello', 'bonjour assistant', 'bon après-midi', 'bonne soirée à toi', 'salut le bot', 'comment ça va', 'ça va', 'bien le bonjour', 'hey'],
  thanks: ['merci bien', 'merci pour l\'aide', 'grand merci', 'parfait, merci', 'super merci', 'je te remercie', 'merci infiniment', 'c\'était utile', 'top merci'],
  goodbye: ['au revoir à toi', 'à bientôt', 'à demain', 'bonne journée', 'salut, à plus', 'ciao', 'c\'est tout pour aujourd\'hui', 'bonne nuit', 'à la prochaine', 'j\'ai fini, au revoir'],
  capabilities: ['que sais-tu faire', 'que peux-tu faire', 'comment peux-tu m\'aider', 'qu\'est-ce que je peux te demander', 'quelles sont tes fonctions', 'montre-moi ce que tu sais faire', 'à quoi sers-tu', 'qui es-tu', 'comment ça marche', 'quelles procédures connais-tu', 'options'],
  'out-of-scope': ['quelle heure est-il', 'quelle est la capitale de l\'espagne', 'chante-moi une chanson', 'réserve une salle de réunion', 'commande une pizza', 'qui a gagné le match', 'écris-moi un poème', 'quel âge as-tu', 'quel est le sens de la vie', 'traduis ce texte', 'réinitialise mon mot de passe windows', 'va-t-il pleuvoir', 'mets de la musique', 'recommande un restaurant', 'combien font 2 plus 2'],
};
