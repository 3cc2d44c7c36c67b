import { t } from '../../cards/i18n';
import { msg, type Choice, type Expects, type Msg, type Prompt } from '../../cards/view';
import { matchChoice, type ChoiceMatch } from './choice';
import { writtenCurrency } from './currency';
import { readDate, readDateRange } from './date';
import { readNumber } from './number';
import { fold, MAX_ANSWER_CHARS, type Lang } from './text';
import { withEnglishVerb } from './verbs';
import { readYesNo } from './yes-no';

export { matchChoice, ordinalOf } from './choice';
export { readDate, readDateRange } from './date';
export { numbersIn, readNumber } from './number';
export { fold, langOf, MAX_ANSWER_CHARS, type Lang } from './text';
export { readYesNo } from './yes-no';

/** What a question expects: declared, or a choice when it shows choices only, else free text. */
export function expectsOf(p: Prompt): Expects {
  if (p.expects) return p.expects;
  if (p.choices?.length && !p.input && !p.fields?.length) return { kind: 'choice' };
  return { kind: 'text' };
}

const NUMERIC = new Set(['integer', 'amount']);

/** The choice of the question that a typed text names (see matchChoice). */
export function choiceOf(p: Prompt | undefined, text: string, lang: Lang): ChoiceMatch {
  if (!p?.choices?.length) return { kind: 'none' };
  const expects = expectsOf(p);
  const free = !!p.input || !!p.fields?.length || (expects.kind !== 'choice' && expects.kind !== 'yes-no');
  return matchChoice(text, p.choices, lang, { numbers: !NUMERIC.has(expects.kind), partial: !free });
}

/** A value read against what the question expects: the canonical value, or what was expected. */
export type Reading = { ok: true; value: string } | { ok: false; refusal: Msg };

const EXAMPLE_AMOUNT = 25000.5;

/** Thousands and millions as people shorten them: "25k", "1,5 M", "2 mio". */
const SCALED = /^(.*\d)\s*(k|m|mn|mio)\.?$/i;
const SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mio: 1e6 };

/** An amount, "25k" and "1.5M" included, to the cent. */
function readScaled(text: string, lang: Lang): number | undefined {
  const m = SCALED.exec(text);
  if (!m) return readNumber(text, lang);
  const n = readNumber(m[1], lang);
  return n === undefined ? undefined : Math.round(n * SCALES[m[2].toLowerCase()] * 100) / 100;
}
const ISO_SHAPED = /\b\d{4}-\d{1,2}-\d{1,2}\b/;

/**
 * Reads a typed answer against a typed expectation (yes/no, numbers, dates, email, phone).
 * Undefined for free text, choices and references, which the procedure reads itself.
 */
export async function readTyped(expects: Expects, raw: string, lang: Lang, now: Date): Promise<Reading | undefined> {
  const text = raw.slice(0, MAX_ANSWER_CHARS).trim();
  const shown = text.slice(0, 60);
  switch (expects.kind) {
    case 'yes-no': {
      const yes = readYesNo(text);
      return yes === undefined
        ? { ok: false, refusal: msg('answers.expected.yesNo', { text: shown }) }
        : { ok: true, value: yes ? 'yes' : 'no' };
    }
    case 'integer': {
      const n = readNumber(text, lang);
      const min = expects.min ?? 1;
      const fits = n !== undefined && Number.isInteger(n) && n >= min && (expects.max === undefined || n <= expects.max);
      if (fits) return { ok: true, value: String(n) };
      const example = Math.max(min, Math.min(expects.max ?? 12, 12));
      return {
        ok: false,
        refusal:
          expects.max === undefined
            ? msg('answers.expected.integerAtLeast', { text: shown, min, example })
            : msg('answers.expected.integer', { text: shown, min, max: expects.max, example }),
      };
    }
    case 'amount': {
      const { amount, written, currencies } = writtenCurrency(text);
      const currency = expects.currency ?? 'USD';
      const money = (v: number) => ({ money: v, currency });
      // "€ 25.000,50" where US dollars are asked: not taken for 25,000.50 dollars.
      if (currencies && !currencies.includes(currency))
        return {
          ok: false,
          refusal: msg('answers.expected.currency', {
            text: shown,
            given: currencies.length === 1 ? currencies[0] : written!,
            currency,
            example: money(Math.min(EXAMPLE_AMOUNT, expects.max ?? EXAMPLE_AMOUNT)),
          }),
        };
      const n = readScaled(amount, lang);
      // Positive (or at least the minimum), within the maximum, to the cent.
      const fits =
        n !== undefined &&
        (expects.min === undefined ? n > 0 : n >= expects.min) &&
        (expects.max === undefined || n <= expects.max) &&
        Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
      if (fits) return { ok: true, value: String(n) };
      if (expects.max !== undefined)
        return {
          ok: false,
          refusal: msg('answers.expected.amountBounds', {
            text: shown,
            min: money(expects.min ?? 0.01),
            max: money(expects.max),
            example: money(Math.min(EXAMPLE_AMOUNT, expects.max)),
          }),
        };
      return { ok: false, refusal: msg('answers.expected.amount', { text: shown, example: money(EXAMPLE_AMOUNT) }) };
    }
    case 'date': {
      const day = await readDate(text, lang, now, expects.lean ?? 'future');
      // A day written the ISO way that does not exist ("2026-02-30"): the procedure's rule says so precisely.
      if (!day && ISO_SHAPED.test(text)) return undefined;
      const example = new Date(now.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
      return day
        ? { ok: true, value: day }
        : { ok: false, refusal: msg('answers.expected.date', { text: shown, example: { date: example } }) };
    }
    case 'date-range': {
      const r = await readDateRange(text, lang, now);
      if (!r && ISO_SHAPED.test(text)) return undefined;
      return r
        ? { ok: true, value: r.start === r.end ? r.start : `${r.start} to ${r.end}` }
        : { ok: false, refusal: msg('answers.expected.dateRange', { text: shown }) };
    }
    case 'email': {
      const e = text.toLowerCase();
      return /^[^\s@]{1,64}@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(e)
        ? { ok: true, value: e }
        : { ok: false, refusal: msg('answers.expected.email', { text: shown }) };
    }
    case 'phone': {
      const digits = text.replace(/[\s().-]/g, '');
      return /^\+?\d{6,18}$/.test(digits)
        ? { ok: true, value: digits }
        : { ok: false, refusal: msg('answers.expected.phone', { text: shown }) };
    }
    case 'text': {
      const verbed = expects.verbs ? withEnglishVerb(text, expects.verbs) : undefined;
      return verbed ? { ok: true, value: verbed } : undefined;
    }
    default:
      return undefined;
  }
}

/** "fits more than one choice": the candidates by their labels. */
export function severalMsg(text: string, choices: readonly Choice[], values: string[], lang: Lang): Msg {
  // Plain here: the list escapes each label once, for the channel it is shown in.
  const labels = choices.filter((c) => values.includes(c.value)).map((c) => `"${t(c.label, lang, 'plain')}"`);
  return msg('answers.several', { text: text.slice(0, 60), choices: { list: labels } });
}

/** The choices once more, in one message (never one message per choice). */
export function choiceListMsg(choices: readonly Choice[]): Msg {
  // Each label is formatted (and its data escaped) when the list is shown, not here.
  const items = { lines: choices.map((c, i) => msg('answers.escalate.item', { n: i + 1, label: c.label })) };
  return msg('answers.escalate.list', { items });
}

/** A part of a label that names only that choice: what a refusal shows as its example. */
export function exampleOf(choices: readonly Choice[], lang: Lang): string {
  const first = choices[0];
  return first
    ? fold(t(first.label, lang, 'plain'))
        .split(' ')
        .slice(0, 3)
        .join(' ')
    : '';
}
