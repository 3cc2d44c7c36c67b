/** Hoe uitgevers in het Nederlands vragen hoe hun aanbiedingen en deals ervoor staan. */
export const phrases: readonly string[] = [
  'stand van zaken (isv)',
  'isv-status',
  'status van de aanbieding',
  'status van mijn aanbieding',
  'dealstatus',
  'mijn aanbiedingen en deals',
  'waar zijn mijn aanbiedingen',
  'staat mijn aanbieding live',
  'in welke staat is de aanbieding',
  'de status van aanbiedingen en deals tonen',
  'overzicht van de marketplace-aanbiedingen',
  'welke aanbiedingen staan in preview',
  'welke deals lopen er',
  'mijn deals weergeven',
  'is de aanbieding al live',
  'hoe staat het met mijn deals',
];
