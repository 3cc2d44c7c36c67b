/** Hoe uitgevers in het Nederlands een ISV Connect-deal registreren. */
export const phrases: readonly string[] = [
  'een deal registreren',
  'de deal registreren',
  'een verkoop registreren',
  'nieuwe deal',
  'registratie van een deal',
  'isv connect-deal',
  'een deal registreren voor een klant',
  'we hebben een deal gesloten met een klant',
  'de verkoop van onze app vastleggen',
  'een verkoopkans registreren',
  'een deal toevoegen met waarde en sluitingsdatum',
  'nieuwe co-sell-deal',
  'een klant heeft onze app gekocht, registreer het',
];
