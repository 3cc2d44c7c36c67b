import { readNumber } from './number';
import { recognizers, type Recognized } from './recognizers';
import { fold, type Lang } from './text';

/**
 * Dates and date ranges as people write them in each language. A grammar of our own reads the
 * usual forms in all four languages (Swedish has no recognizer model): ISO days, numeric days in
 * the locale's order, day and month names, relative days, weeks and months, and two dates
 * joined by the language's "to". What it does not read is given to Microsoft's date recognizer
 * of the language (English, French, Dutch), on its worker thread with a time budget.
 */
export interface DayRange {
  start: string;
  end: string;
}

/** A day without a year: the next one (a close date) or the latest one (a log looks back). */
export type Lean = 'past' | 'future';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const utcDay = (now: Date) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

function dayOf(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : undefined;
}

const MONTHS: Record<string, number> = {};
const monthNames: Record<Lang, string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
for (const names of Object.values(monthNames)) {
  names.forEach((n, i) => {
    MONTHS[n] = i + 1;
    if (n.length > 4) MONTHS[n.slice(0, 3)] = i + 1;
  });
}
MONTHS.sept = 9;
MONTHS.okt = 10;
MONTHS.mrt = 3;
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th|er|e|:a|:e|de|ste)?';
// Built once: a first sentence tries them on many runs of its words.
const DAY_MONTH = new RegExp(`^${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?$`);
const MONTH_DAY = new RegExp(`^${MONTH}\\s+${ORDINAL}(?:,?\\s+(\\d{4}))?$`);
const DAY_ALONE = new RegExp(`^${ORDINAL}$`);
const MONTH_AT_END = new RegExp(`${MONTH}(?:,?\\s+(\\d{4}))?$`);
const MONTH_ALONE = new RegExp(`^(?:in\\s+|en\\s+|i\\s+|in de maand\\s+)?${MONTH}(?:\\s+(\\d{4}))?$`);

const RELATIVE_DAY: Record<string, number> = {
  today: 0,
  "aujourd'hui": 0,
  aujourdhui: 0,
  idag: 0,
  'i dag': 0,
  vandaag: 0,
  yesterday: -1,
  hier: -1,
  igar: -1,
  'i gar': -1,
  gisteren: -1,
  'day before yesterday': -2,
  'avant-hier': -2,
  'avant hier': -2,
  'i forrgar': -2,
  forrgar: -2,
  eergisteren: -2,
  tomorrow: 1,
  demain: 1,
  imorgon: 1,
  'i morgon': 1,
  morgen: 1,
  'day after tomorrow': 2,
  'apres-demain': 2,
  'apres demain': 2,
  'i overmorgon': 2,
  overmorgon: 2,
};

/** "the last 7 days", "les 7 derniers jours", "de senaste 7 dagarna", "de afgelopen 7 dagen", "past two weeks". */
const LAST_N = [
  /^(?:(?:the|over the|in the|for the)\s+)?(?:last|past|previous)\s+(.+?)\s+(days?|weeks?|months?)$/,
  /^(?:(?:les|ces|au cours des|pendant les|sur les)\s+)?(.+?)\s+(?:derniers|dernieres)\s+(jours|semaines|mois)$/,
  /^(?:(?:les|ces)\s+)?(.+?)\s+(jours|semaines|mois)\s+(?:passes|passees|ecoules|ecoulees)$/,
  /^(?:(?:de|under de|for de)\s+)?(?:senaste|sista|forra)\s+(.+?)\s+(dagarna|dagar|veckorna|veckor|manaderna|manader)$/,
  /^(?:(?:de|in de|over de)\s+)?(?:laatste|afgelopen|voorbije|vorige)\s+(.+?)\s+(dagen|dag|weken|week|maanden|maand)$/,
];

type Named = 'this-week' | 'last-week' | 'this-month' | 'last-month' | 'this-year' | 'last-year';
const NAMED: Record<string, Named> = {
  'this week': 'this-week',
  'cette semaine': 'this-week',
  'denna vecka': 'this-week',
  'den har veckan': 'this-week',
  // "i veckan", "i månaden": this week, this month, as Swedish says them every day.
  'i veckan': 'this-week',
  'deze week': 'this-week',
  'last week': 'last-week',
  'la semaine derniere': 'last-week',
  'semaine derniere': 'last-week',
  'la semaine passee': 'last-week',
  'forra veckan': 'last-week',
  'vorige week': 'last-week',
  'afgelopen week': 'last-week',
  'this month': 'this-month',
  'ce mois-ci': 'this-month',
  'ce mois ci': 'this-month',
  'ce mois': 'this-month',
  'denna manad': 'this-month',
  'den har manaden': 'this-month',
  'i manaden': 'this-month',
  'deze maand': 'this-month',
  'last month': 'last-month',
  'le mois dernier': 'last-month',
  'mois dernier': 'last-month',
  'le mois passe': 'last-month',
  'forra manaden': 'last-month',
  'forra manad': 'last-month',
  'vorige maand': 'last-month',
  'afgelopen maand': 'last-month',
  'this year': 'this-year',
  'cette annee': 'this-year',
  'i ar': 'this-year',
  'detta ar': 'this-year',
  'dit jaar': 'this-year',
  'last year': 'last-year',
  "l'annee derniere": 'last-year',
  'annee derniere': 'last-year',
  'forra aret': 'last-year',
  'vorig jaar': 'last-year',
  'afgelopen jaar': 'last-year',
};

function named(n: Named, now: Date): DayRange {
  const today = utcDay(now);
  const d = new Date(today);
  const monday = today - ((d.getUTCDay() + 6) % 7) * DAY;
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (n) {
    case 'this-week':
      return { start: iso(monday), end: iso(today) };
    case 'last-week':
      return { start: iso(monday - 7 * DAY), end: iso(monday - DAY) };
    case 'this-month':
      return { start: iso(Date.UTC(y, m, 1)), end: iso(today) };
    case 'last-month':
      return { start: iso(Date.UTC(y, m - 1, 1)), end: iso(Date.UTC(y, m, 1) - DAY) };
    case 'this-year':
      return { start: iso(Date.UTC(y, 0, 1)), end: iso(today) };
    case 'last-year':
      return { start: iso(Date.UTC(y - 1, 0, 1)), end: iso(Date.UTC(y - 1, 11, 31)) };
  }
}

/** The day of a month and day without a year, the nearest one in the given direction from today. */
function withoutYear(m: number, d: number, now: Date, lean: Lean): number | undefined {
  const today = utcDay(now);
  const y = now.getUTCFullYear();
  const here = dayOf(y, m, d);
  if (lean === 'past') return here !== undefined && here <= today ? here : dayOf(y - 1, m, d);
  return here !== undefined && here >= today ? here : dayOf(y + 1, m, d);
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** One day, in the grammar. `month` fills a day given alone ("du 1er au 20 novembre"). */
function grammarDay(text: string, lang: Lang, now: Date, lean: Lean, month?: { m: number; y?: number }): number | undefined {
  const f = fold(text)
    .replace(/^(?:on|le|la|den|de|op|the)\s+/, '')
    .replace(
      /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\s+/,
      '',
    );
  if (f in RELATIVE_DAY) return utcDay(now) + RELATIVE_DAY[f] * DAY;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(f);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  // Numeric days: month first in English (en-US), day first in the other languages.
  m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2}|\d{4}))?$/.exec(f);
  if (m) {
    let [a, b] = [Number(m[1]), Number(m[2])];
    if (lang === 'en' && a <= 12) [a, b] = [b, a];
    return m[3] ? dayOf(fullYear(m[3]), b, a) : withoutYear(b, a, now, lean);
  }
  m = DAY_MONTH.exec(f);
  if (m) return m[3] ? dayOf(Number(m[3]), MONTHS[m[2]], Number(m[1])) : withoutYear(MONTHS[m[2]], Number(m[1]), now, lean);
  m = MONTH_DAY.exec(f);
  if (m) return m[3] ? dayOf(Number(m[3]), MONTHS[m[1]], Number(m[2])) : withoutYear(MONTHS[m[1]], Number(m[2]), now, lean);
  m = DAY_ALONE.exec(f);
  if (m && month) return month.y ? dayOf(month.y, month.m, Number(m[1])) : withoutYear(month.m, Number(m[1]), now, lean);
  return undefined;
}

const monthIn = (text: string): { m: number; y?: number } | undefined => {
  const m = MONTH_AT_END.exec(fold(text));
  return m ? { m: MONTHS[m[1]], y: m[2] ? Number(m[2]) : undefined } : undefined;
};

/** "from X to Y" in the four languages. */
const RANGE =
  /^(?:from|between|du|entre|de|fran|mellan|van|tussen)?\s*(.+?)\s+(?:to|until|till|through|thru|and|-|–|—|\.\.|jusqu'au|jusqu'a|au|a|et|t\.o\.m\.?|tom|tot en met|tot|t\/m|en)\s+(.+)$/;

function grammarRange(text: string, lang: Lang, now: Date): DayRange | undefined {
  const f = fold(text);
  if (f in NAMED) return named(NAMED[f], now);
  for (const re of LAST_N) {
    const m = re.exec(f);
    if (!m) continue;
    const n = readNumber(m[1], lang);
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 1000) return undefined;
    const unit = m[2];
    const today = utcDay(now);
    if (/^(day|jour|dag)/.test(unit)) return { start: iso(today - (n - 1) * DAY), end: iso(today) };
    if (/^(week|semaine|veck)/.test(unit)) return { start: iso(today - (7 * n - 1) * DAY), end: iso(today) };
    const d = new Date(today);
    return { start: iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - n, d.getUTCDate()) + DAY), end: iso(today) };
  }
  const r = RANGE.exec(f);
  if (r) {
    const endDay = grammarDay(r[2], lang, now, 'past');
    const startDay = grammarDay(r[1], lang, now, 'past', monthIn(r[2]));
    if (startDay !== undefined && endDay !== undefined) {
      // "20 décembre au 5 janvier" read in January: the start is in the year before.
      const start =
        startDay > endDay && !/\d{4}/.test(r[1])
          ? (grammarDay(`${r[1]} ${new Date(endDay).getUTCFullYear() - 1}`, lang, now, 'past') ?? startDay)
          : startDay;
      return { start: iso(start), end: iso(endDay) };
    }
  }
  const one = grammarDay(f, lang, now, 'past');
  if (one !== undefined) return { start: iso(one), end: iso(one) };
  // A month alone: "november", "novembre 2026".
  const mo = MONTH_ALONE.exec(f);
  if (mo) {
    const month = MONTHS[mo[1]];
    const today = utcDay(now);
    let y = mo[2] ? Number(mo[2]) : new Date(today).getUTCFullYear();
    if (!mo[2] && Date.UTC(y, month - 1, 1) > today) y--;
    const last = Date.UTC(y, month, 1) - DAY;
    return { start: iso(Date.UTC(y, month - 1, 1)), end: iso(Math.min(last, Math.max(today, Date.UTC(y, month - 1, 1)))) };
  }
  return undefined;
}

const CULTURE: Partial<Record<Lang, string>> = { en: 'en-us', fr: 'fr-fr', nl: 'nl-nl' };

interface Value {
  timex?: string;
  type?: string;
  start?: string;
  end?: string;
  value?: string;
}
const dayValue = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined);

/** What the recognizer of the language reads, when the grammar did not: the whole text must be one date or range. */
async function recognized(text: string, lang: Lang, now: Date, lean: Lean): Promise<DayRange | undefined> {
  const culture = CULTURE[lang];
  // ISO days are the grammar's: one it did not take does not exist ("2026-02-30"), and a model would guess.
  if (!culture || /\d{4}-\d{1,2}-\d{1,2}/.test(text)) return undefined;
  const results = await recognizers.recognize('datetime', text, culture, now);
  const covering = (results ?? []).filter((r: Recognized) => r.end - r.start + 1 >= fold(text).length - 3);
  for (const r of covering) {
    const values = ((r.resolution?.values ?? []) as Value[]).filter((v) => dayValue(v.start) || dayValue(v.value));
    if (values.length === 0) continue;
    const today = iso(utcDay(now));
    const ordered =
      lean === 'past'
        ? values.filter((v) => (dayValue(v.start) ?? dayValue(v.value))! <= today)
        : values.filter((v) => (dayValue(v.start) ?? dayValue(v.value))! >= today);
    const v = ordered[lean === 'past' ? ordered.length - 1 : 0] ?? values[values.length - 1];
    if (/daterange$/.test(r.typeName) && v.start) {
      const explicitEnd = (v.timex ?? '').startsWith('(');
      const end = v.end ? (explicitEnd ? dayValue(v.end)! : iso(Date.parse(dayValue(v.end)!) - DAY)) : dayValue(v.start)!;
      return { start: dayValue(v.start)!, end };
    }
    const day = dayValue(v.value);
    if (day) return { start: day, end: day };
  }
  return undefined;
}

/** One day, or undefined. */
export async function readDate(text: string, lang: Lang, now: Date, lean: Lean = 'future'): Promise<string | undefined> {
  const t = grammarDay(text, lang, now, lean);
  if (t !== undefined) return iso(t);
  const r = await recognized(text, lang, now, lean);
  return r && r.start === r.end ? r.start : undefined;
}

/** A range of days (one day is a range too), or undefined. */
export async function readDateRange(text: string, lang: Lang, now: Date): Promise<DayRange | undefined> {
  return (
    grammarRange(text, lang, now) ??
    (lang !== 'en' ? grammarRange(text, 'en', now) : undefined) ??
    (await recognized(text, lang, now, 'past'))
  );
}

/** The grammar alone, synchronously (first sentences: no model on the event loop). */
export function grammarDateRange(text: string, lang: Lang, now: Date): DayRange | undefined {
  return grammarRange(text, lang, now);
}

/** Words without which a sentence holds no relative day, week, month or year. */
const DATE_WORDS = new Set(
  [...Object.keys(RELATIVE_DAY), ...Object.keys(NAMED)]
    .flatMap((k) => k.split(/[ ']/))
    .concat(['last', 'past', 'previous', 'derniers', 'dernieres', 'senaste', 'sista', 'laatste', 'afgelopen', 'voorbije', 'vorige'])
    .filter((w) => !['le', 'la', 'l', 'de', 'den', 'i', 'ce', 'har', 'day', 'dag'].includes(w)),
);

/** A lone "may" or "mars" is more often a word than a month. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mars', 'mai', 'maj', 'mei']);

/**
 * The range a sentence holds, read by the grammar alone: the longest run of up to 8 words it
 * reads ("journal d'activité du 1er au 20 novembre"). Bounded: at most 40 words are looked at.
 */
export function rangeIn(sentence: string, lang: Lang, now: Date): DayRange | undefined {
  const words = sentence.split(/\s+/).filter(Boolean).slice(0, 40);
  // Most sentences name no day at all: then no run of words is tried.
  if (!words.some((w) => /\d/.test(w) || DATE_WORDS.has(fold(w)) || fold(w) in MONTHS)) return undefined;
  for (let len = Math.min(8, words.length); len >= 1; len--) {
    for (let s = 0; s + len <= words.length; s++) {
      const part = words.slice(s, s + len).join(' ');
      if (len === 1 && AMBIGUOUS_MONTHS.has(fold(part))) continue;
      const r = grammarRange(part, lang, now) ?? (lang !== 'en' ? grammarRange(part, 'en', now) : undefined);
      if (r) return r;
    }
  }
  return undefined;
}
