import { escapeData, type Flavour } from './escape';
import type { Msg, Param } from './view';
import { AREAS, LOCALES, type Locale, type Strings } from './strings';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR', sv: 'sv-SE', nl: 'nl-NL' };

/** The catalogue of one language, falling back to English key by key. */
const CATALOGUES: Record<Locale, Strings> = Object.fromEntries(
  LOCALES.map((l) => [l, Object.assign({}, ...Object.values(AREAS).map((a) => ({ ...a.en, ...(a[l as Exclude<Locale, 'en'>] ?? {}) })))]),
) as Record<Locale, Strings>;

export function toLocale(tag: string | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

export function hasText(key: string, locale: Locale = 'en'): boolean {
  return key in CATALOGUES[locale];
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * A parameter formatted for the locale. Text values come from data: they are escaped for the
 * place they are shown in (`flavour`, markdown unless said otherwise).
 */
export function formatParam(p: Param, locale: Locale, flavour: Flavour = 'markdown'): string {
  const tag = INTL_LOCALE[locale];
  if (typeof p === 'string') return escapeData(p, flavour);
  if (typeof p === 'number') return cached(`n:${tag}`, () => new Intl.NumberFormat(tag)).format(p);
  if ('secret' in p) return escapeData(p.secret, flavour);
  if ('money' in p) return cached(`m:${tag}:${p.currency}`, () => new Intl.NumberFormat(tag, { style: 'currency', currency: p.currency })).format(p.money);
  if ('date' in p) return p.date ? cached(`d:${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(p.date)) : '';
  if ('datetime' in p) return p.datetime ? cached(`dt:${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })).format(new Date(p.datetime)) + ' UTC' : '';
  if ('lines' in p) return p.lines.map((line) => formatParam(line, locale, flavour)).join('\n');
  if ('list' in p) return cached(`l:${tag}`, () => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' })).format(p.list.map((v) => escapeData(v, flavour)));
  return t(p, locale, flavour);
}

/**
 * Renders a message: `{name}` is replaced by the formatted parameter, `{name|one|other}`
 * picks the word that agrees with the number `name`.
 */
export function t(m: Msg, locale: Locale, flavour: Flavour = 'markdown'): string {
  const catalogue = CATALOGUES[locale];
  const template = catalogue[m.key] ?? (m.fallback ? catalogue[m.fallback] : undefined) ?? m.key;
  const params = m.params ?? {};
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (one !== undefined && typeof value === 'number') {
      const category = cached(`p:${locale}`, () => new Intl.PluralRules(INTL_LOCALE[locale])).select(value);
      return category === 'one' ? one : (other ?? '');
    }
    return formatParam(value, locale, flavour);
  });
}
