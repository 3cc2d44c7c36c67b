/** Comment les éditeurs demandent, en français, d'inviter le client d'une affaire. */
export const phrases: readonly string[] = [
  "inviter le client d'une affaire",
  'inviter le client',
  'inviter un client',
  'invitation du client',
  'lien de consentement',
  'obtenir le lien de consentement',
  'le client doit donner son consentement',
  "demander au client d'autoriser la relation",
  "l'administrateur de facturation doit accepter l'invitation",
  'choisir un client qui a déjà une relation',
  "relier l'affaire au tenant d'un client",
  "envoyer l'invitation pour l'affaire d-1234",
  "relation avec le client pour l'affaire",
  "inviter le client d'une transaction",
  'lien de consentement pour la transaction d-1234',
  'envoyer le lien de consentement au client',
];
