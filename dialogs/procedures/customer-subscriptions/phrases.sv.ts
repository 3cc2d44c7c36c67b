/** Hur partner på svenska ber om en kunds prenumerationer. */
export const phrases: readonly string[] = [
  'en kunds prenumerationer',
  'visa en kunds prenumerationer',
  'lista prenumerationer',
  'lista kundens prenumerationer',
  'vilka prenumerationer har kunden',
  'vad äger kunden',
  'prenumerationer för en kund',
  'vilka licenser har kunden',
  'hur många licenser har kunden',
  'status för en kunds prenumerationer',
  'visa allt som kunden prenumererar på',
  'alla prenumerationer i klientorganisationen',
  'vilka produkter har kunden',
  'se kundens nuvarande prenumerationer',
  'visa prenumerationer',
  'är kundens prenumeration aktiv eller pausad',
];
