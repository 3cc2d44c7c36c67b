import { escapeData, type Flavour } from './escape';
import type { Msg, Param } from './view';
import { AREAS, LOCALES, type AreaStrings, type Locale, type Strings } from './strings';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR', sv: 'sv-SE', nl: 'nl-NL' };

/** The catalogue of one language, falling back to English key by key. */
const CATALOGUES: Record<Locale, Strings> = Object.fromEntries(LOCALES.map((l) => [l, {}])) as Record<Locale, Strings>;
const added = new Set<AreaStrings>();

/**
 * Adds an area's texts to the catalogue (each area once, however many procedures share it). A
 * key another area already gives a different English text would change that area's words: refused.
 */
export function addStrings(area: AreaStrings): void {
  if (added.has(area)) return;
  const en = CATALOGUES.en;
  for (const [key, text] of Object.entries(area.en))
    if (key in en && en[key] !== text) throw new Error(`the string ${key} is defined twice, with different texts`);
  added.add(area);
  for (const l of LOCALES) Object.assign(CATALOGUES[l], area.en, area[l]);
}

for (const area of Object.values(AREAS)) addStrings(area);

export function toLocale(tag: string | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base) ? (base as Locale) : 'en';
}

export function hasText(key: string, locale: Locale = 'en'): boolean {
  return key in CATALOGUES[locale];
}

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat | Intl.DisplayNames;
const formatters = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * Amounts and dates as formatted, per formatter: a turn's card and its text show the same ones as
 * the turns before it, and ICU's formatting costs far more than a lookup. Bounded: past so many
 * values kept, they are all dropped and kept again as they come.
 */
const formattedValues = new Map<string, Map<number | string, string>>();
let formattedCount = 0;
const FORMATTED_VALUES = 20_000;
function formatted(key: string, make: () => Intl.NumberFormat | Intl.DateTimeFormat, value: number | string): string {
  if (formattedCount >= FORMATTED_VALUES) {
    formattedValues.clear();
    formattedCount = 0;
  }
  let byValue = formattedValues.get(key);
  if (!byValue) {
    byValue = new Map();
    formattedValues.set(key, byValue);
  }
  let out = byValue.get(value);
  if (out === undefined) {
    const f = cached(key, make);
    out = typeof value === 'number' ? f.format(value) : (f as Intl.DateTimeFormat).format(new Date(value));
    byValue.set(value, out);
    formattedCount++;
  }
  return out;
}

/**
 * A parameter formatted for the locale. Text values come from data: they are escaped for the
 * place they are shown in (`flavour`, markdown unless said otherwise).
 */
export function formatParam(p: Param, locale: Locale, flavour: Flavour = 'markdown'): string {
  const tag = INTL_LOCALE[locale];
  if (typeof p === 'string') return escapeData(p, flavour);
  if (typeof p === 'number') return formatted(`n:${tag}`, () => new Intl.NumberFormat(tag), p);
  if ('secret' in p) return escapeData(p.secret, flavour);
  if ('money' in p)
    return formatted(`m:${tag}:${p.currency}`, () => new Intl.NumberFormat(tag, { style: 'currency', currency: p.currency }), p.money);
  if ('date' in p)
    return p.date ? formatted(`d:${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }), p.date) : '';
  if ('datetime' in p && p.zone)
    return p.datetime
      ? formatted(
          `dtz:${tag}:${p.zone}`,
          () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: p.zone }),
          p.datetime,
        )
      : '';
  if ('datetime' in p)
    return p.datetime
      ? `${formatted(`dt:${tag}`, () => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }), p.datetime)} UTC`
      : '';
  if ('region' in p) {
    const name = /^[A-Z]{2}$/.test(p.region)
      ? cached(`region:${locale}`, () => new Intl.DisplayNames(INTL_LOCALE[locale], { type: 'region' })).of(p.region)
      : undefined;
    return name && name !== p.region ? `${name} (${p.region})` : p.region;
  }
  if ('language' in p) {
    // Shown as a choice or a fact on its own: capitalised ("Français", "Svenska").
    const name = p.tag
      ? cached(`lang:${locale}`, () => new Intl.DisplayNames(INTL_LOCALE[locale], { type: 'language' })).of(p.tag)
      : undefined;
    return name ? name.charAt(0).toLocaleUpperCase(INTL_LOCALE[locale]) + name.slice(1) : p.language;
  }
  if ('lines' in p) return p.lines.map((line) => formatParam(line, locale, flavour)).join('\n');
  if ('list' in p) {
    const type = p.or ? 'disjunction' : 'conjunction';
    return cached(`l:${type}:${tag}`, () => new Intl.ListFormat(tag, { style: 'long', type })).format(
      p.list.map((v) => (p.quoted ? quoted(escapeData(v, flavour), locale) : escapeData(v, flavour))),
    );
  }
  return t(p, locale, flavour);
}

/** A name in the language's quotation marks, as its messages write them ("…" in English, Swedish and Dutch, « … » in French). */
const quoted = (text: string, locale: Locale): string => (locale === 'fr' ? `« ${text} »` : `"${text}"`);

/** Swedish writes the genitive of an abbreviation or a code with a colon ("Contoso Ltd:s", "IBM:s"). */
const svAbbreviation = (word: string): boolean =>
  /^(?:ltd|inc|corp|co|llc|gmbh|pty|plc|bv|nv|sa|sas|srl|oy|ab)\.?$/i.test(word) ||
  /^[A-ZÅÄÖ]{2,}$/.test(word) ||
  /[^\p{L}]$/u.test(word) ||
  word.includes('.');

/**
 * The genitive of a name as the language writes it, for a template that puts the possessive
 * ending right after the name: English `{customer}'s`, Swedish `{customer}s`.
 */
function genitive(name: string, locale: Locale): string {
  if (locale === 'en') return /s$/i.test(name) ? `${name}'` : `${name}'s`;
  if (/[sxz]$/i.test(name)) return name;
  return svAbbreviation(name.split(/\s+/).pop() ?? name) ? `${name}:s` : `${name}s`;
}

/**
 * Renders a message: `{name}` is replaced by the formatted parameter, `{name|one|other}`
 * picks the word that agrees with the number `name` (or with how many items the list `name` holds).
 * A text parameter followed by the possessive ending (English `'s`, Swedish `s`) gets the genitive
 * the language writes for that name: "Northwind Traders'", "Contoso Ltd:s".
 */
export function t(m: Msg, locale: Locale, flavour: Flavour = 'markdown'): string {
  const catalogue = CATALOGUES[locale];
  const template = catalogue[m.key] ?? (m.fallback ? catalogue[m.fallback] : undefined) ?? m.key;
  // Most texts name no parameter: nothing to fill, elide or escape (a card and its text ask for them again).
  if (!template.includes('{')) return template;
  const params = m.params ?? {};
  return fill(locale === 'fr' ? elide(template, params) : template, params, locale, flavour);
}

/** French elides "de" and "que" before a vowel: "l'essai gratuit d'Exchange Online", not "de Exchange". */
function elide(template: string, params: Record<string, Param>): string {
  return template.replace(/\b(de|que) \{(\w+)\}/g, (whole, word: string, name: string) => {
    const value = params[name];
    return typeof value === 'string' && /^[aeiouàâäéèêëîïôöûü]/i.test(value) ? `${word.slice(0, -1)}'{${name}}` : whole;
  });
}

/** One `{name}` of a template: where it stands, the agreeing words it offers, the possessive after it. */
type Slot = { from: number; to: number; whole: string; name: string; one?: string; other?: string; suffix?: string };
const SLOT = /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}('s|s(?![\p{L}\d]))?/gu;
/** A template's slots, found once per template: a card and its text fill the same templates turn after turn. */
const slotsOf = new Map<string, Slot[]>();
function slots(template: string): Slot[] {
  let found = slotsOf.get(template);
  if (!found) {
    found = [...template.matchAll(SLOT)].map((m) => ({
      from: m.index ?? 0,
      to: (m.index ?? 0) + m[0].length,
      whole: m[0],
      name: m[1],
      one: m[2],
      other: m[3],
      suffix: m[4],
    }));
    // French elision makes templates from data: those are not kept.
    if (slotsOf.size < 10_000) slotsOf.set(template, found);
  }
  return found;
}

function fill(template: string, params: Record<string, Param>, locale: Locale, flavour: Flavour): string {
  const possessive = locale === 'en' ? "'s" : locale === 'sv' ? 's' : undefined;
  let out = '';
  let at = 0;
  for (const { from, to, whole, name, one, other, suffix } of slots(template)) {
    out += template.slice(at, from) + fillSlot(whole, name, one, other, suffix);
    at = to;
  }
  return out + template.slice(at);

  function fillSlot(whole: string, name: string, one?: string, other?: string, suffix?: string): string {
    const value = params[name];
    if (value === undefined) return whole;
    const count = typeof value === 'number' ? value : typeof value === 'object' && 'list' in value ? value.list.length : undefined;
    if (one !== undefined && count !== undefined) {
      const category = cached(`p:${locale}`, () => new Intl.PluralRules(INTL_LOCALE[locale])).select(count);
      return (category === 'one' ? one : (other ?? '')) + (suffix ?? '');
    }
    if (suffix && suffix === possessive && typeof value === 'string') return escapeData(genitive(value, locale), flavour);
    return formatParam(value, locale, flavour) + (suffix ?? '');
  }
}
