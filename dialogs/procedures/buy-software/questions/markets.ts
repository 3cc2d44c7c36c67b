import { RESERVATION_UNAVAILABLE_MARKETS } from '../../../../domain/software/markets';
import { fold, type Lang } from '../../../nlu/text';
import { LANGS } from '../../../understand/recognizer';

const INTL: Record<Lang, string> = { en: 'en', fr: 'fr', sv: 'sv', nl: 'nl' };
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A market's name in a language (Intl's region names), the seed's English name when Intl has none. */
export function marketName(code: string, lang: Lang): string {
  const listed = RESERVATION_UNAVAILABLE_MARKETS.find((m) => m.code === code)?.name;
  try {
    const name = new Intl.DisplayNames([INTL[lang]], { type: 'region', fallback: 'none' }).of(code);
    return name ?? listed ?? code;
  } catch {
    return listed ?? code;
  }
}

let index: { name: string; code: string }[] | undefined;

/** Every region's name in the four languages (and the seed's names), folded, longest first. */
function names(): { name: string; code: string }[] {
  if (!index) {
    const all: { name: string; code: string }[] = RESERVATION_UNAVAILABLE_MARKETS.map((m) => ({ name: fold(m.name), code: m.code }));
    for (const lang of LANGS) {
      const display = new Intl.DisplayNames([INTL[lang]], { type: 'region', fallback: 'none' });
      for (const a of LETTERS) {
        for (const b of LETTERS) {
          const code = a + b;
          let name: string | undefined;
          try {
            name = display.of(code);
          } catch {
            name = undefined;
          }
          if (name && name !== code) all.push({ name: fold(name), code });
        }
      }
    }
    index = all.filter((n) => n.name.length >= 4).sort((x, y) => y.name.length - x.name.length);
  }
  return index;
}

/** The market a sentence names ("greenland", "Groenland", "Grönland", "réunion"), as an ISO code. */
export function marketNamed(text: string): string | undefined {
  const t = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return names().find((n) => t.includes(` ${n.name.replace(/[^\p{L}\p{N}]+/gu, ' ')} `))?.code;
}
