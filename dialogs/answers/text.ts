/** Languages the answers are read in. */
export type Lang = 'en' | 'fr' | 'sv' | 'nl';
export const LANGS: readonly Lang[] = ['en', 'fr', 'sv', 'nl'];

/** An answer is read from this many characters at most: nothing anyone answers is longer, and the work per message stays bounded. */
export const MAX_ANSWER_CHARS = 300;

/** Lower case without accents or punctuation at the ends, spaces collapsed: "Réservation !" and "reservation" compare equal. */
export function fold(text: string): string {
  return text
    .slice(0, MAX_ANSWER_CHARS)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`´]/g, "'")
    .replace(/[«»“”"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.!?,;:'()-]+|[\s.!?,;:'()-]+$/g, '');
}

export function langOf(locale: string | undefined): Lang {
  const base = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'sv' || base === 'nl' ? base : 'en';
}
