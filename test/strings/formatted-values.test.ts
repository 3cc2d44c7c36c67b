import { formatParam } from '../../cards/i18n';
import type { Locale } from '../../cards/strings';

/** Amounts and dates are kept as formatted: each must still be formatted for its own locale, currency and value. */
describe('formatted amounts and dates', () => {
  const tags: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR', sv: 'sv-SE', nl: 'nl-NL' };

  it('gives every locale and currency its own form of the same value, again and again', () => {
    for (let round = 0; round < 2; round++)
      for (const [locale, tag] of Object.entries(tags) as [Locale, string][]) {
        for (const currency of ['EUR', 'SEK', 'USD']) {
          const money = new Intl.NumberFormat(tag, { style: 'currency', currency }).format(2400);
          expect(formatParam({ money: 2400, currency }, locale, 'plain')).toBe(money);
        }
        const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-11-21T13:33:41Z'));
        expect(formatParam({ date: '2026-11-21T13:33:41Z' }, locale, 'plain')).toBe(date);
        expect(formatParam(1234.5, locale, 'plain')).toBe(new Intl.NumberFormat(tag).format(1234.5));
      }
  });

  it('stays right past the number of values it keeps', () => {
    const fr = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    for (let amount = 0; amount < 25_000; amount++)
      expect(formatParam({ money: amount, currency: 'EUR' }, 'fr', 'plain')).toBe(fr.format(amount));
    expect(formatParam({ money: 7, currency: 'EUR' }, 'fr', 'plain')).toBe(fr.format(7));
  });
});
