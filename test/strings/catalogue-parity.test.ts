import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatParam, hasText, t } from '../../cards/i18n';
import { AREAS as SHARED, LOCALES, type Locale, type Strings } from '../../cards/strings';
import type { Param } from '../../cards/view';
import { PROCEDURES, procedureStrings } from '../../dialogs/registry';

/** The shared areas and every registered procedure's own. */
const AREAS = { ...SHARED, ...procedureStrings() };

const PLACEHOLDER = /\{(\w+)(\|[^|}]*\|[^}]*)?\}/g;
const TRANSLATIONS = LOCALES.filter((l): l is Exclude<Locale, 'en'> => l !== 'en');

/** Placeholder names only: Swedish and Dutch may write `{years} år` where English needs `{years|year|years}`. */
const names = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
const pluralNames = (text: string) => [...text.matchAll(PLACEHOLDER)].filter((m) => m[2]).map((m) => m[1]);

/** A value of the right shape for each placeholder: a number wherever some language picks a plural word with it. */
function sampleParams(texts: string[]): Record<string, Param> {
  const plural = new Set(texts.flatMap(pluralNames));
  return Object.fromEntries(texts.flatMap(names).map((n) => [n, plural.has(n) ? 2 : `<${n}>`]));
}

const catalogue = (area: string, locale: Locale): Strings | undefined => (AREAS[area] as Partial<Record<Locale, Strings>>)[locale];

describe.each(Object.keys(AREAS))('the %s catalogue', (area) => {
  const en = AREAS[area].en;

  it('has English texts', () => {
    expect(Object.keys(en).length).toBeGreaterThan(0);
  });

  describe.each(TRANSLATIONS)('in %s', (locale) => {
    const other = catalogue(area, locale);

    it('exists, with exactly the English keys', () => {
      expect(other).toBeDefined();
      expect({ missing: Object.keys(en).filter((k) => !(k in other!)), extra: Object.keys(other!).filter((k) => !(k in en)) }).toEqual({
        missing: [],
        extra: [],
      });
    });

    it('uses the same placeholder names as English in every text', () => {
      const mismatches = Object.keys(en)
        .filter((k) => other && k in other)
        .filter((k) => names(en[k]).join() !== names(other![k]).join())
        .map((k) => ({ key: k, en: names(en[k]), [locale]: names(other![k]) }));
      expect(mismatches).toEqual([]);
    });

    it('leaves no text empty that English fills', () => {
      // Keys meant to be empty (common.empty) are empty in English too, so they pass.
      expect(Object.keys(en).filter((k) => en[k].trim() !== '' && other?.[k] !== undefined && other[k].trim() === '')).toEqual([]);
    });

    it('writes plural words well-formed: {name|one|other}, one of the two forms at least not empty', () => {
      // An empty form is a suffix idiom (French `autre{count||s}`); a third form or two empty ones are mistakes.
      const broken = Object.entries(other ?? {}).filter(([, text]) =>
        [...text.matchAll(/\{\w+\|([^}]*)\}/g)].some((m) => m[1].split('|').length !== 2 || m[1].split('|').every((w) => w === '')),
      );
      expect(broken.map(([k]) => k)).toEqual([]);
    });
  });

  it.each(LOCALES)('renders every key in %s with sample parameters, leaving no {placeholder} behind', (locale) => {
    const own = catalogue(area, locale) ?? {};
    const leftovers: string[] = [];
    const foreign: string[] = [];
    for (const key of Object.keys(en)) {
      const texts = LOCALES.map((l) => catalogue(area, l)?.[key]).filter((s): s is string => s !== undefined);
      const out = t({ key, params: sampleParams(texts) }, locale);
      if (/\{[^}]*\}/.test(out) || out.includes('undefined')) leftovers.push(`${key}: ${out}`);
      // t() reads one merged catalogue: a key defined twice would show another area's text.
      if (key in own && !out.startsWith(own[key].split('{')[0])) foreign.push(key);
    }
    expect(leftovers).toEqual([]);
    expect(foreign).toEqual([]);
  });
});

describe('all catalogues together', () => {
  it('define each key in one area only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [area, strings] of Object.entries(AREAS)) {
      for (const key of Object.keys(strings.en)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${area})`);
        seen.set(key, area);
      }
    }
    expect(twice).toEqual([]);
  });

  it('have an English text for every literal key the code asks for', () => {
    const known = new Set(Object.values(AREAS).flatMap((a) => Object.keys(a.en)));
    const root = join(__dirname, '../..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.ts')) files.push(path);
      }
    };
    for (const dir of ['bot', 'dialogs', 'domain', 'cards']) walk(join(root, dir));
    const used = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bmsg\(\s*'([\w.-]+)'/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(300);
    expect([...used].filter((k) => !known.has(k)).sort()).toEqual([]);
    // The ISV procedures also name keys outside msg() (tables of statuses, choices).
    const isv = new Set(
      files
        .filter((f) => /procedures\/isv-/.test(f))
        .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(isv\.[\w.-]+)'/g)].map((m) => m[1])),
    );
    expect(isv.size).toBeGreaterThan(100);
    expect([...isv].filter((k) => !known.has(k)).sort()).toEqual([]);
  });

  it("label every menu group the registry's procedures name, in every language", () => {
    const groups = [...new Set(PROCEDURES.map((p) => p.group))];
    expect(groups.flatMap((g) => LOCALES.filter((l) => !hasText(`conversation.group.${g}`, l)).map((l) => `${g} ${l}`))).toEqual([]);
  });

  it('agree on a number in each language, so that plural words follow the number shown', () => {
    // French counts 0 and 1 as singular, Swedish and Dutch only 1.
    expect(t({ key: 'cancel.done.revoked', params: { keys: 0, links: 1 } }, 'fr')).toBe('Révoqués : 0 clé et 1 lien de téléchargement.');
    expect(t({ key: 'cancel.done.revoked', params: { keys: 0, links: 1 } }, 'sv')).toBe('Återkallade: 0 nycklar och 1 nedladdningslänk.');
    expect(t({ key: 'cancel.done.revoked', params: { keys: 1, links: 3 } }, 'nl')).toBe('Ingetrokken: 1 sleutel en 3 downloadkoppelingen.');
  });
});

describe('numbers, dates and money', () => {
  // Intl writes thousands in French and Swedish with a (narrow) no-break space; compare on plain spaces.
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
  it.each([
    ['en', '€2,400.00', '12,000', 'Mar 5, 2026'],
    ['fr', '2 400,00 €', '12 000', '5 mars 2026'],
    ['sv', '2 400,00 €', '12 000', '5 mars 2026'],
    ['nl', '€ 2.400,00', '12.000', '5 mrt 2026'],
  ] as const)('are written the %s way', (locale, money, number, date) => {
    expect(plain(formatParam({ money: 2400, currency: 'EUR' }, locale))).toBe(money);
    expect(plain(formatParam(12000, locale))).toBe(number);
    expect(plain(formatParam({ date: '2026-03-05' }, locale))).toBe(date);
  });

  it("appear inside translated texts in the reader's format", () => {
    const credit = { key: 'cancel.done.creditFull', params: { amount: { money: 2400, currency: 'EUR' } } };
    expect(plain(t(credit, 'fr'))).toBe('Un crédit de 100 %, soit 2 400,00 €, apparaîtra sur votre prochaine facture mensuelle.');
    expect(plain(t(credit, 'nl'))).toBe('Een tegoed van 100%, ofwel € 2.400,00, verschijnt op uw volgende maandelijkse factuur.');
  });
});
