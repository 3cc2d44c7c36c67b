const DAY_MS = 24 * 60 * 60 * 1000;

/** (interpretation) One query spans at most this many days, so that it stays quick to read. */
export const MAX_RANGE_DAYS = 366;

export interface DateRange {
  /** Inclusive bounds, as instants: the first day from 00:00 UTC, the last day to its end or now. */
  from: string;
  to: string;
  /** The days as the user gave them (YYYY-MM-DD). */
  firstDay: string;
  lastDay: string;
}

export type DateRangeError =
  | { code: 'unreadable' }
  | { code: 'bad-date'; value: string }
  | { code: 'start-after-end'; start: string; end: string }
  | { code: 'future'; day: string }
  | { code: 'too-long'; days: number };

export type DateRangeResult = { ok: true; range: DateRange } | { ok: false; error: DateRangeError };

const ISO_DAY = /(\d{4})-(\d{1,2})-(\d{1,2})/g;
const LAST_DAYS =
  /^\s*(?:(?:the\s+)?(?:last|past)\s+(\d{1,3})\s+days?|(?:les\s+)?(\d{1,3})\s+derniers\s+jours|(?:de\s+)?senaste\s+(\d{1,3})\s+dagarna|(?:de\s+)?laatste\s+(\d{1,3})\s+dagen)\s*$/i;

/** A calendar day YYYY-MM-DD as its UTC midnight, or undefined when there is no such day. */
function dayStart(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? t : undefined;
}

const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Reads a date range: "2026-11-01" (that day), "2026-11-01 to 2026-11-20" (or with "-", "..",
 * "until", or the French, Swedish and Dutch words), "last 7 days" (today included; also
 * "7 derniers jours", "senaste 7 dagarna", "laatste 7 dagen"), or two separate fields. Days are UTC days; the
 * start must not be after the end, neither may be after today, and the range is at most
 * MAX_RANGE_DAYS long. A range that ends today ends now.
 */
export function parseDateRange(input: string | { start: string; end?: string }, now: Date): DateRangeResult {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  let start: number | undefined;
  let end: number | undefined;
  if (typeof input === 'string') {
    const last = LAST_DAYS.exec(input);
    if (last) {
      const n = Number(last[1] ?? last[2] ?? last[3] ?? last[4]);
      if (n < 1) return { ok: false, error: { code: 'unreadable' } };
      if (n > MAX_RANGE_DAYS) return { ok: false, error: { code: 'too-long', days: n } };
      return finish(today - (n - 1) * DAY_MS, today, today, now);
    }
    const days = [...input.matchAll(ISO_DAY)];
    const rest = input
      .replace(ISO_DAY, ' ')
      .replace(/\b(from|to|until|till|through|and|between|du|au|från|till|van|tot)\b|[-–—.,:]+/gi, ' ')
      .trim();
    if (days.length === 0 || days.length > 2 || rest.length > 0) return { ok: false, error: { code: 'unreadable' } };
    const parsed = days.map((d) => ({ raw: d[0], t: dayStart(Number(d[1]), Number(d[2]), Number(d[3])) }));
    const bad = parsed.find((p) => p.t === undefined);
    if (bad) return { ok: false, error: { code: 'bad-date', value: bad.raw } };
    start = parsed[0].t!;
    end = parsed[parsed.length - 1].t!;
  } else {
    const s = readDay(input.start);
    if (!s.ok) return s;
    const e = input.end?.trim() ? readDay(input.end) : s;
    if (!e.ok) return e;
    start = s.t;
    end = e.t;
  }
  return finish(start, end, today, now);
}

function readDay(value: string): { ok: true; t: number } | { ok: false; error: DateRangeError } {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(value);
  if (!m) return { ok: false, error: { code: 'bad-date', value: value.trim().slice(0, 40) } };
  const t = dayStart(Number(m[1]), Number(m[2]), Number(m[3]));
  return t === undefined ? { ok: false, error: { code: 'bad-date', value: value.trim() } } : { ok: true, t };
}

function finish(start: number, end: number, today: number, now: Date): DateRangeResult {
  if (start > end) return { ok: false, error: { code: 'start-after-end', start: dayOf(start), end: dayOf(end) } };
  if (start > today) return { ok: false, error: { code: 'future', day: dayOf(start) } };
  if (end > today) return { ok: false, error: { code: 'future', day: dayOf(end) } };
  const days = Math.round((end - start) / DAY_MS) + 1;
  if (days > MAX_RANGE_DAYS) return { ok: false, error: { code: 'too-long', days } };
  const to = end === today ? now.getTime() : end + DAY_MS - 1;
  return {
    ok: true,
    range: { from: new Date(start).toISOString(), to: new Date(to).toISOString(), firstDay: dayOf(start), lastDay: dayOf(end) },
  };
}
