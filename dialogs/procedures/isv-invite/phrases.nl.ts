/** Hoe uitgevers in het Nederlands de klant van een deal uitnodigen. */
export const phrases: readonly string[] = [
  'de klant van een deal uitnodigen',
  'de klant uitnodigen',
  'een klant uitnodigen',
  'uitnodiging voor de klant',
  'toestemmingslink',
  'de toestemmingslink ophalen',
  'de klant moet toestemming geven',
  'de klant vragen de relatie te autoriseren',
  'de factureringsbeheerder moet de uitnodiging accepteren',
  'een klant kiezen die al een relatie heeft',
  'de deal aan de tenant van een klant koppelen',
  'de uitnodiging voor deal d-1234 sturen',
  'relatie met de klant voor de deal',
  'de toestemmingslink naar de klant sturen',
];
