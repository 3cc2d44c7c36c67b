import { fold, type Lang } from './text';

/**
 * Numbers as people type them in each language: digits with the locale's separators
 * ("25 000,50", "25.000,50", "25,000.50", "1,5") and number words up to the millions
 * ("twenty", "vingt-cinq", "tjugofem", "vijfentwintig"). A small grammar of our own: it is
 * linear in the text, where the recognizers' number models are not.
 */

/** Words for the units and tens (folded), per language. */
const UNITS: Record<Lang, Record<string, number>> = {
  en: {
    zero: 0,
    one: 1,
    a: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  },
  fr: {
    zero: 0,
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    septante: 70,
    huitante: 80,
    octante: 80,
    nonante: 90,
  },
  sv: {
    noll: 0,
    en: 1,
    ett: 1,
    tva: 2,
    tre: 3,
    fyra: 4,
    fem: 5,
    sex: 6,
    sju: 7,
    atta: 8,
    nio: 9,
    tio: 10,
    elva: 11,
    tolv: 12,
    tretton: 13,
    fjorton: 14,
    femton: 15,
    sexton: 16,
    sjutton: 17,
    arton: 18,
    nitton: 19,
    tjugo: 20,
    trettio: 30,
    fyrtio: 40,
    femtio: 50,
    sextio: 60,
    sjuttio: 70,
    attio: 80,
    nittio: 90,
  },
  nl: {
    nul: 0,
    een: 1,
    twee: 2,
    drie: 3,
    vier: 4,
    vijf: 5,
    zes: 6,
    zeven: 7,
    acht: 8,
    negen: 9,
    tien: 10,
    elf: 11,
    twaalf: 12,
    dertien: 13,
    veertien: 14,
    vijftien: 15,
    zestien: 16,
    zeventien: 17,
    achttien: 18,
    negentien: 19,
    twintig: 20,
    dertig: 30,
    veertig: 40,
    vijftig: 50,
    zestig: 60,
    zeventig: 70,
    tachtig: 80,
    negentig: 90,
  },
};
const HUNDRED: Record<Lang, string[]> = { en: ['hundred'], fr: ['cent', 'cents'], sv: ['hundra'], nl: ['honderd'] };
const THOUSAND: Record<Lang, string[]> = { en: ['thousand'], fr: ['mille', 'milles'], sv: ['tusen'], nl: ['duizend'] };
const MILLION: Record<Lang, string[]> = {
  en: ['million', 'millions'],
  fr: ['million', 'millions'],
  sv: ['miljon', 'miljoner'],
  nl: ['miljoen', 'miljoenen'],
};
const JOINERS: Record<Lang, string[]> = { en: ['and'], fr: ['et'], sv: ['och'], nl: ['en'] };

/** Splits a compound word into number parts: "vingt-cinq", "tjugofem", "vijfentwintig", "twenty-one". */
function parts(word: string, lang: Lang): string[] | undefined {
  const known = (w: string) => w in UNITS[lang] || HUNDRED[lang].includes(w) || THOUSAND[lang].includes(w) || MILLION[lang].includes(w);
  if (known(word)) return [word];
  if (word.includes('-')) {
    const ps = word.split('-').filter((p) => !JOINERS[lang].includes(p));
    return ps.every(known) ? ps : undefined;
  }
  // Swedish and Dutch write numbers as one word: the longest known prefix first.
  if (lang === 'sv' || lang === 'nl') {
    if (lang === 'nl') {
      // "vijfentwintig" = 5 + 20: units before tens joined by "en" (or "ën").
      const m =
        /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]?n(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/.exec(
          word,
        );
      if (m) return [m[2], m[1]];
    }
    for (let i = word.length - 1; i > 1; i--) {
      const head = word.slice(0, i);
      if (known(head)) {
        const rest = parts(word.slice(i), lang);
        if (rest) return [head, ...rest];
      }
    }
  }
  return undefined;
}

/** The value of a run of number words, or undefined when they do not form a number. */
export function wordsValue(words: string[], lang: Lang): number | undefined {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of words) {
    if (JOINERS[lang].includes(w)) continue;
    const ps = parts(w, lang);
    if (!ps) return undefined;
    for (const p of ps) {
      any = true;
      if (HUNDRED[lang].includes(p)) current = (current || 1) * 100;
      else if (THOUSAND[lang].includes(p)) {
        total += (current || 1) * 1000;
        current = 0;
      } else if (MILLION[lang].includes(p)) {
        total += (current || 1) * 1_000_000;
        current = 0;
      } else {
        const v = UNITS[lang][p];
        // French "quatre-vingt(s)" is 4 × 20.
        if (lang === 'fr' && v === 20 && current > 0 && current < 10) current *= 20;
        else current += v;
      }
    }
  }
  return any ? total + current : undefined;
}

/**
 * A number typed with digits in the locale's way. The separator is read by its place: one
 * followed by exactly three digits groups thousands ("25.000", "25 000", "25,000"), another is
 * the decimal mark ("25,50", "1,5"). Scientific ("1e3"), hexadecimal ("0x10") and other forms
 * are not numbers.
 */
export function digitsValue(text: string, lang: Lang): number | undefined {
  const s = text.trim().replace(/[\u00a0\u202f\u2009']/g, ' ');
  if (!/^[+-]?\d[\d .,]*$/.test(s) || /\d\s+\d{1,2}$|\d\s+\d{4,}/.test(s)) return undefined;
  const neg = s.startsWith('-');
  const body = s.replace(/^[+-]/, '').replace(/ (?=\d{3}\b)/g, '');
  if (/ /.test(body)) return undefined;
  const seps = [...body.matchAll(/[.,]/g)].map((m) => ({ ch: m[0], at: m.index! }));
  let normalized = body;
  if (seps.length > 0) {
    const last = seps[seps.length - 1];
    const after = body.length - last.at - 1;
    const mixed = new Set(seps.map((x) => x.ch)).size > 1;
    const groups = body.split(/[.,]/);
    const grouped = groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3 && groups[0].length > 0;
    let decimal: string | undefined;
    if (mixed) decimal = last.ch;
    else if (seps.length > 1) decimal = grouped ? undefined : 'invalid';
    // One separator and three digits after: a thousands group ("25.000", "25,000"), except in
    // English where "1.500" is one and a half and "1,500" fifteen hundred.
    else if (after === 3 && groups[0].length <= 3) decimal = lang === 'en' && last.ch === '.' ? '.' : undefined;
    else decimal = last.ch;
    if (decimal === 'invalid') return undefined;
    if (decimal) {
      const [int, frac] = [body.slice(0, last.at), body.slice(last.at + 1)];
      if (!/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(int) || !/^\d+$/.test(frac)) return undefined;
      normalized = `${int.replace(/[.,]/g, '')}.${frac}`;
    } else {
      if (!grouped) return undefined;
      normalized = body.replace(/[.,]/g, '');
    }
  }
  const n = Number(normalized);
  return Number.isFinite(n) ? (neg ? -n : n) : undefined;
}

/** A whole answer read as one number: digits or words, with an optional unit word after it ("20 licenses"). */
export function readNumber(text: string, lang: Lang): number | undefined {
  // A minus sign is kept: "-5" is minus five (refused as a count), never five.
  const negative = /^\s*[-−]\s*\d/.test(text);
  const v = readUnsigned(negative ? text.replace(/^\s*[-−]\s*/, '') : text, lang);
  return v !== undefined && negative ? -v : v;
}

function readUnsigned(text: string, lang: Lang): number | undefined {
  // "20 licenses", "3 st", "5 stuks tack": the unit and a courtesy word after the number say nothing more.
  const t = fold(text)
    .replace(/[\s,.!]*(?:please|pls|thanks|merci|svp|stp|tack|graag|aub|alstublieft)[\s.!]*$/, '')
    .replace(
      // After the number or a space only: "quatre-vingt-dix" ends in no unit.
      /(?:(?<=\d)\s*|\s+)(?:licen[cs]es?|licences?|licenser(?:na)?|licenties?|seats?|platser|plaatsen|postes?|users?|utilisateurs?|anvandare|gebruikers?|st|stycken|styck|stuks?|pcs|pieces?|exemplaires?|ex|x)\.?$/,
      '',
    );
  if (!t) return undefined;
  const d = digitsValue(t, lang);
  if (d !== undefined) return d;
  // "a" alone is an article, not a count.
  if (!/^[a-z -]+$/.test(t) || t === 'a') return undefined;
  for (const l of lang === 'en' ? [lang] : [lang, 'en' as Lang]) {
    const v = wordsValue(t.split(/\s+/), l);
    if (v !== undefined) return v;
  }
  return undefined;
}

export interface FoundNumber {
  value: number;
  start: number;
  end: number;
  text: string;
}

/** The numbers in a sentence, digits or words, with their places (bounded: one pass over the words). */
export function numbersIn(text: string, lang: Lang): FoundNumber[] {
  const out: FoundNumber[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}.,'-]*/gu;
  let run: { words: string[]; start: number; end: number } | undefined;
  const flush = () => {
    if (!run) return;
    const v = wordsValue(run.words, lang) ?? (lang !== 'en' ? wordsValue(run.words, 'en') : undefined);
    if (
      v !== undefined &&
      !(
        run.words.length === 1 &&
        (run.words[0] === 'a' || run.words[0] === 'en' || run.words[0] === 'een' || run.words[0] === 'un' || run.words[0] === 'une')
      )
    ) {
      out.push({ value: v, start: run.start, end: run.end, text: text.slice(run.start, run.end + 1) });
    }
    run = undefined;
  };
  for (const m of text.slice(0, 2000).matchAll(re)) {
    const raw = m[0].replace(/[.,]+$/, '');
    const start = m.index!;
    const end = start + raw.length - 1;
    if (/^\d/.test(raw)) {
      flush();
      const v = digitsValue(raw, lang);
      if (v !== undefined) out.push({ value: v, start, end, text: raw });
      continue;
    }
    const w = fold(raw);
    const isNumberWord =
      parts(w, lang) !== undefined || (lang !== 'en' && parts(w, 'en') !== undefined) || (run !== undefined && JOINERS[lang].includes(w));
    if (isNumberWord) {
      run = run ? { words: [...run.words, w], start: run.start, end } : { words: [w], start, end };
    } else flush();
    if (out.length >= 20) break;
  }
  flush();
  return out.slice(0, 20);
}
