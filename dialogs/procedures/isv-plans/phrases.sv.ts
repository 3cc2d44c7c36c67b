/** Hur utgivare på svenska ber om att skapa planerna för ett erbjudande. */
export const phrases: readonly string[] = [
  'skapa planerna för ett erbjudande',
  'skapa planer',
  'lägg till en plan',
  'ny plan',
  'lägg till planer i mitt erbjudande',
  'skapa en plan för erbjudandet',
  'plan-id och plannamn',
  'tjänst-id för planerna',
  'hämta tjänst-id för varje plan',
  'kopiera tjänst-id:n till lösningspaketet',
  'lägg till en basplan och en premiumplan',
  'spara en plan som utkast',
  'planbeskrivning',
  'prisplaner',
  'en plan till på erbjudandet',
  'publicera en plan som sparats som utkast',
];
