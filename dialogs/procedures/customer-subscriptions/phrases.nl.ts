/** Hoe partners in het Nederlands de abonnementen van een klant opvragen. */
export const phrases: readonly string[] = [
  'de abonnementen van een klant',
  'de abonnementen van een klant tonen',
  'abonnementen weergeven',
  'lijst met abonnementen van de klant',
  'welke abonnementen heeft de klant',
  'wat heeft de klant',
  'abonnementen voor een klant',
  'welke licenties heeft de klant',
  'hoeveel licenties heeft de klant',
  'status van de abonnementen van een klant',
  'laat alles zien waarop de klant geabonneerd is',
  'alle abonnementen van de tenant',
  'welke producten heeft de klant',
  'de huidige abonnementen van de klant bekijken',
  'abonnementen bekijken',
  'is het abonnement van de klant actief of opgeschort',
];
