/** Hoe uitgevers in het Nederlands de licenties van een deal beheren. */
export const phrases: readonly string[] = [
  'de licenties van een deal beheren',
  'licenties beheren',
  'licenties toewijzen',
  'licenties toewijzen aan de klant',
  'licenties bijwerken',
  'de licenties van de deal wijzigen',
  'licenties van een plan aan de deal toevoegen',
  'de licenties van een plan verwijderen',
  'hoeveel licenties heeft de deal',
  'licenties voor deal d-1234',
  'de klant 50 licenties van het premiumplan geven',
  'het aantal licenties voor het basisplan instellen',
  'licentiebeheer voor de klant van mijn app',
];
