/** Hur utgivare på svenska ber om att hantera licenserna för en affär. */
export const phrases: readonly string[] = [
  'hantera licenserna för en affär',
  'hantera licenser',
  'tilldela licenser',
  'tilldela licenser till kunden',
  'uppdatera licenser',
  'ändra licenserna för affären',
  'lägg till licenser för en plan i affären',
  'ta bort licenserna för en plan',
  'hur många licenser har affären',
  'licenser för affär d-1234',
  'ge kunden 50 licenser av premiumplanen',
  'ange antalet licenser för basplanen',
  'licenshantering för min apps kund',
  'hantera licenserna för ett avtal',
  'licenser för avtal d-1234',
];
