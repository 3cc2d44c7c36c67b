/** Hoe uitgevers in het Nederlands vragen een aanbieding live te zetten. */
export const phrases: readonly string[] = [
  'een aanbieding live zetten',
  'live gaan',
  'go live',
  'live gaan met de aanbieding',
  'de aanbieding live zetten',
  'de aanbieding lanceren',
  'de aanbieding op appsource zetten',
  'de aanbieding staat in preview, maak hem beschikbaar',
  'beschikbaar maken voor klanten',
  'de aanbieding vrijgeven',
  'de aanbieding van preview naar live zetten',
  'live publiceren',
  'mijn app zichtbaar maken op de marketplace',
  'de aanbieding publiek maken',
  'de aanbieding voor alle klanten beschikbaar maken',
  'live zetten',
];
