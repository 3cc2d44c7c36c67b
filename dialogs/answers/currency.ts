/**
 * The currency written with a typed amount ("€ 25.000,50", "25000 SEK", "1 200 kr", "$1,200"):
 * an amount asked in one currency and typed in another is refused, never taken as if it were
 * in the one asked for.
 */

/** ISO 4217 codes Node knows ("mil" in "5 mil" is not one: that text is no amount). */
const ISO_CODES = new Set(Intl.supportedValuesOf('currency'));

const DOLLARS = ['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN'];
const KRONOR = ['SEK', 'NOK', 'DKK', 'ISK'];

/** Symbols and words, and the currencies each may stand for; a longer one before a shorter one it starts or ends with ("US$" before "$"). */
const SYMBOLS: [symbol: string, currencies: readonly string[]][] = [
  ['US$', ['USD']],
  ['$US', ['USD']],
  ['CA$', ['CAD']],
  ['AU$', ['AUD']],
  ['NZ$', ['NZD']],
  ['C$', ['CAD']],
  ['A$', ['AUD']],
  ['R$', ['BRL']],
  ['kr.', KRONOR],
  ['kr', KRONOR],
  ['€', ['EUR']],
  ['£', ['GBP']],
  ['¥', ['JPY', 'CNY']],
  ['₹', ['INR']],
  ['$', DOLLARS],
  // Said in words after the number ("25 000 dollars", "1 200 kronor").
  ['us dollars', ['USD']],
  ['dollars US', ['USD']],
  ['dollars', DOLLARS],
  ['dollar', DOLLARS],
  ['euros', ['EUR']],
  ['euro', ['EUR']],
  ['kronor', KRONOR],
  ['kronen', KRONOR],
  ['krona', KRONOR],
  ['couronnes', KRONOR],
  ['pounds', ['GBP']],
  ['pond', ['GBP']],
  ['livres', ['GBP']],
];

export interface WrittenCurrency {
  /** The amount without its currency. */
  amount: string;
  /** What was written ("€", "SEK"), and the currencies it may stand for. */
  written?: string;
  currencies?: readonly string[];
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SYMBOL = SYMBOLS.map(([s]) => literal(s)).join('|');
// A code or symbol before the digits ("EUR 1200", "€1200") or after them ("1200 EUR", "1 200 kr").
const BEFORE = new RegExp(`^([A-Za-z]{3}|${SYMBOL})\\s*(?=[-+]?\\d)`, 'i');
// After the digits or after a shortened thousand or million ("25k€", "1,5 M€").
const AFTER = new RegExp(`(?<=[\\d.,]|\\d\\s?(?:k|m))\\s*([A-Za-z]{3}|${SYMBOL})$`, 'i');

/** Splits a typed amount into its number and the currency written with it, if any. */
export function writtenCurrency(text: string): WrittenCurrency {
  for (const edge of [BEFORE, AFTER]) {
    const m = edge.exec(text);
    if (!m) continue;
    const written = m[1];
    const currencies = currenciesOf(written);
    if (!currencies) continue;
    return { amount: text.replace(edge, '').trim(), written, currencies };
  }
  return { amount: text };
}

function currenciesOf(written: string): readonly string[] | undefined {
  const symbol = SYMBOLS.find(([s]) => s.toLowerCase() === written.toLowerCase());
  if (symbol) return symbol[1];
  const code = written.toUpperCase();
  return /^[A-Za-z]{3}$/.test(written) && ISO_CODES.has(code) ? [code] : undefined;
}
