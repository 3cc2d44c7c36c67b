/** Lower case without accents, so that "Réservation", "reservation" and "RESERVATION" compare equal. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

export type Lang = 'en' | 'fr' | 'sv' | 'nl';

export function langOf(locale: string | undefined): Lang {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'sv' || base === 'nl' ? base : 'en';
}
