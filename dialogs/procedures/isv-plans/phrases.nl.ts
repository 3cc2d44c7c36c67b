/** Hoe uitgevers in het Nederlands vragen de plannen van een aanbieding te maken. */
export const phrases: readonly string[] = [
  'de plannen van een aanbieding maken',
  'plannen maken',
  'een plan toevoegen',
  'nieuw plan',
  'plannen toevoegen aan mijn aanbieding',
  'een plan voor de aanbieding maken',
  'plan-id en plannaam',
  "service-id's van de plannen",
  'de service-id van elk plan ophalen',
  "de service-id's kopiëren voor het oplossingspakket",
  'een basisplan en een premiumplan toevoegen',
  'een plan als concept opslaan',
  'planbeschrijving',
  'prijsplannen',
  'nog een plan op de aanbieding',
];
