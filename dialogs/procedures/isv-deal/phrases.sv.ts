/** Hur utgivare på svenska ber om att registrera en ISV Connect-affär. */
export const phrases: readonly string[] = [
  'registrera en affär',
  'registrera affären',
  'registrera en försäljning',
  'ny affär',
  'registrering av affär',
  'isv connect-affär',
  'registrera en affär för en kund',
  'vi har stängt en affär med en kund',
  'registrera försäljningen av vår app',
  'registrera en affärsmöjlighet',
  'lägg till en affär med värde och slutdatum',
  'ny co-sell-affär',
  'en kund köpte vår app, registrera det',
  'registrera ett avtal',
  'nytt isv connect-avtal',
  'registrera ett avtal för en kund',
];
