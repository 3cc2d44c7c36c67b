/** Hur utgivare på svenska ber om att bjuda in kunden till en affär. */
export const phrases: readonly string[] = [
  'bjud in kunden till en affär',
  'bjud in kunden',
  'bjud in en kund',
  'inbjudan till kunden',
  'samtyckeslänk',
  'hämta samtyckeslänken',
  'kunden måste ge sitt samtycke',
  'be kunden godkänna relationen',
  'faktureringsadministratören måste acceptera inbjudan',
  'välj en kund som redan har en relation',
  'koppla affären till kundens klientorganisation',
  'skicka inbjudan för affär d-1234',
  'relation med kunden för affären',
  'bjud in kunden till avtalet',
  'samtyckeslänk för avtal d-1234',
];
