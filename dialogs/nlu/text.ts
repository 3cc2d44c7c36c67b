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

/** Short words that only one of the four languages uses often (folded, without accents). */
const MARKERS: Record<Lang, string[]> = {
  en: ['the', 'for', 'to', 'from', 'of', 'and', 'my', 'show', 'with', 'please'],
  fr: ['la', 'le', 'les', 'du', 'des', 'pour', 'une', 'au', 'et', 'avec', 'mon', 'ma', 'mes'],
  sv: ['for', 'och', 'till', 'fran', 'med', 'min', 'mitt', 'mina', 'ett', 'pa', 'av'],
  nl: ['voor', 'van', 'het', 'een', 'tot', 'en', 'met', 'mijn', 'bij', 'naar'],
};

/**
 * The language a sentence is most likely written in, or the conversation's own when the
 * sentence does not tell (a user may write French in a conversation set to English: numbers
 * and dates are then read with the French models). "för" and "for" fold alike, so Swedish
 * is told by its other words.
 */
export function guessLang(text: string, fallback: Lang): Lang {
  const words = fold(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const score = (l: Lang) => words.filter((w) => MARKERS[l].includes(w)).length;
  const ranked = (Object.keys(MARKERS) as Lang[]).map((l) => ({ l, n: score(l) })).sort((a, b) => b.n - a.n);
  const [top, second] = ranked;
  if (top.n === 0 || top.n === second.n) return fallback;
  return top.l;
}
