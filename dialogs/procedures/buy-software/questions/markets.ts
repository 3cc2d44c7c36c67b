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

/** A meeting ("en réunion", "une réunion", "lors de la réunion"), not the island of La Réunion (folded). */
const MEETING = /\b(?:en|une|cette|notre|ma|sa|leur|nos|des|pendant la|lors de la|apres la|avant la|depuis la|de la derniere) reunions?\b/g;

/** An Azure region ("australia east", "west europe", "sweden central"): where the machines run, not the customer's market (folded). */
const AZURE_REGION =
  /\b(?:(?:australia|brazil|canada|france|germany|japan|korea|norway|sweden|switzerland|uae|uk|us|india|italy|poland|qatar|spain|mexico|israel|south africa|new zealand) (?:east|west|north|south|central|southeast|southcentral|northcentral|westcentral)(?: \d)?|(?:east|west|north|south|central|southeast|northeast) (?:us|europe|asia|india|australia|japan|uk)(?: \d)?)\b/g;

/** The market a sentence names ("greenland", "Groenland", "Grönland", "réunion"), as an ISO code. */
export function marketNamed(text: string): string | undefined {
  const t = ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(MEETING, ' ')
    .replace(AZURE_REGION, ' ')} `;
  return names().find((n) => t.includes(` ${n.name.replace(/[^\p{L}\p{N}]+/gu, ' ')} `))?.code;
}
