import { rangeIn } from '../answers/date';
import { numbersIn as numbersInText } from '../answers/number';
import { recognizers, type Recognized } from '../answers/recognizers';
import type { Lang } from './text';

/**
 * Cultures of the recognizers: 1.3.1 has English, French and Dutch, but no Swedish. A Swedish
 * sentence is read with the English models, which still find digits, ISO dates and the month
 * names both languages share ("1 november till 20 november" is read as a range); Swedish number
 * words ("tjugo") are not understood, so the procedure asks for such a value instead.
 * The cultures are written as the suite's `Culture` names them: importing the suite for them
 * would load every model on the event loop's thread too (20 to 35 MB of memory and 0.6 s at start), where none runs.
 */
const CULTURE: Record<Lang, string> = { en: 'en-us', fr: 'fr-fr', sv: 'en-us', nl: 'nl-nl' };

const cultures = (lang: Lang) => [...new Set([CULTURE[lang], 'en-us'])];

export interface FoundNumber {
  value: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Number words of the four languages, folded (not the articles "un", "en", "een"): without a
 * digit or a word that begins with one of them ("vingt-cinq", "tjugofem", "vijfentwintig"), a
 * sentence holds no number.
 */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|quinze|vingt|trente|quarante|cinquante|cent|mille|tva|fyra|fem|sex|sju|atta|nio|tio|tolv|femton|tjugo|trettio|fyrtio|femtio|hundra|tusen|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|duizend)/;

const fold = (w: string) =>
  w
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The numbers of a sentence, digits or words, read by the answers' own grammar (the recognizers'
 * number models take seconds on repeated number words, on the event loop), and only a few words
 * around each digit or number word: a long sentence must not hold the process up.
 */
export function numbersIn(text: string, lang: Lang): FoundNumber[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], at: m.index ?? 0 }));
  const hits = words
    .map((w, i) => (/\d/.test(w.word) || NUMBER_WORD.test(fold(w.word.replace(/[^\p{L}]/gu, ''))) ? i : -1))
    .filter((i) => i >= 0);
  if (hits.length === 0) return [];
  const out: FoundNumber[] = [];
  for (const i of hits.slice(0, 8)) {
    const from = words[Math.max(0, i - 2)];
    const to = words[Math.min(words.length - 1, i + 2)];
    const start = from.at;
    const window = text.slice(start, to.at + to.word.length);
    for (const n of numbersInText(window, lang)) {
      const found = { ...n, start: n.start + start, end: n.end + start };
      if (!out.some((o) => o.start === found.start)) out.push(found);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The date model's results for a text, as found beforehand on the recognizers' worker thread
 * (see dialogs/engine/routing.ts): no model runs here, on the event loop.
 */
function recognizeDateTime(text: string, culture: string, _unused: undefined, now: Date): Recognized[] {
  return recognizers.cached('datetime', text, culture, now) ?? [];
}

export interface FoundRange {
  start: string;
  end: string;
  text: string;
}

const DAY = 24 * 60 * 60 * 1000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

interface Value {
  timex?: string;
  type?: string;
  start?: string;
  end?: string;
  value?: string;
}

/**
 * The first date or date range in the sentence, as calendar days. Of the readings of a date
 * without a year, the latest one not after today is taken (a log looks back).
 */
export function dateRangeIn(sentence: string, lang: Lang, now: Date): FoundRange | undefined {
  // The French model of 1.3.1 reads "1er novembre" as an unresolvable day; "1 novembre" it reads right.
  const text = lang === 'fr' ? sentence.replace(/\b(1)er\b/gi, '$1') : sentence;
  const today = iso(now.getTime());
  // The answers' grammar first (the usual forms, in the four languages, Swedish included), then the models' results.
  const own = rangeIn(sentence.slice(0, 300), lang, now);
  if (own) return { start: own.start, end: own.end > today ? today : own.end, text: '' };
  for (const c of cultures(lang)) {
    let results: Recognized[] = [];
    try {
      results = recognizeDateTime(text, c, undefined, now);
    } catch {
      results = [];
    }
    const ranges = results.filter((r) => /daterange$/.test(r.typeName));
    for (const r of ranges) {
      const values = ((r.resolution?.values ?? []) as Value[]).filter((v) => v.start && /^\d{4}-\d{2}-\d{2}$/.test(v.start));
      if (values.length === 0) {
        // Some cultures find "du 1er novembre au 20 novembre" without resolving it: its two ends are read as dates.
        const ends = r.text.split(/\s+(?:au|à|jusqu'au|to|until|till|tot|t\/m)\s+/i).map((part) => singleDay(part, c, now, today));
        if (ends.length === 2 && ends[0] && ends[1]) return { start: ends[0], end: ends[1] > today ? today : ends[1], text: r.text };
        continue;
      }
      const past = values.filter((v) => v.start! <= today);
      const v = past[past.length - 1] ?? values[0];
      if (!v) continue;
      // A named period ("last week", "in October") ends the day before its timex end; an explicit "to 20 November" includes that day.
      const explicitEnd = (v.timex ?? '').startsWith('(');
      const endDay = v.end ? (explicitEnd ? v.end : iso(Date.parse(v.end) - DAY)) : v.start!;
      return { start: v.start!, end: endDay > today ? today : endDay, text: r.text };
    }
    const days = results
      .filter((r) => /\.date$/.test(r.typeName))
      .map((r) => latestDay(r.resolution?.values as Value[] | undefined, today))
      .filter((d): d is string => !!d);
    if (days.length >= 2) return { start: days[0], end: days[1], text: '' };
    if (days.length === 1) return { start: days[0], end: days[0], text: '' };
  }
  return undefined;
}

/** Of the readings of a day without a year, the latest not after today. */
function latestDay(values: Value[] | undefined, today: string): string | undefined {
  const days = (values ?? []).map((v) => v.value).filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d));
  const past = days.filter((d) => d <= today);
  return past[past.length - 1] ?? days[0];
}

function singleDay(text: string, culture: string, now: Date, today: string): string | undefined {
  try {
    const found = recognizeDateTime(text, culture, undefined, now).find((r) => /\.date$/.test(r.typeName));
    return found ? latestDay(found.resolution?.values as Value[] | undefined, today) : undefined;
  } catch {
    return undefined;
  }
}
