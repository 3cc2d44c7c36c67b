import { RESERVATION_UNAVAILABLE_MARKETS, reservationMarket } from '../../domain/software/markets';
import { taxBasis } from '../../domain/software/tax';
import { LINK_LIFETIME_DAYS, LINK_MAX_DOWNLOADS, linkStatus } from '../../domain/software/links';
import { MAX_RANGE_DAYS, parseDateRange } from '../../domain/software/date-range';
import { orderTotal, QuantitySchema, reservationEligibility } from '../../domain/software/catalog';
import {
  EmailSchema,
  parseAmount,
  PhoneSchema,
  purchaseRefKind,
  PurchaseRefSchema,
  supportDescription,
  TitleSchema,
} from '../../domain/software/support-request';

const DAY = 86_400_000;

describe('markets without Azure reservations', () => {
  it('holds the whole table: 109 names in 106 ISO codes', () => {
    expect(RESERVATION_UNAVAILABLE_MARKETS).toHaveLength(109);
    expect(new Set(RESERVATION_UNAVAILABLE_MARKETS.map((m) => m.code)).size).toBe(106);
    for (const m of RESERVATION_UNAVAILABLE_MARKETS) expect(m.code).toMatch(/^[A-Z]{2}$/);
  });
  it.each([
    ['AX', 'Aland Islands'],
    ['CN', 'China'],
    ['GI', 'Gibraltar'],
    ['GL', 'Greenland'],
    ['XK', 'Kosovo'],
    ['PW', 'Palau'],
    ['PG', 'Papua New Guinea'],
    ['SC', 'Seychelles'],
    ['SZ', 'Swaziland'],
    ['YE', 'Yemen'],
  ])('refuses %s (%s), first and last of each column and some between', (code, name) => {
    expect(reservationMarket(code)).toEqual({ available: false, code, names: [name] });
  });
  it('names every market that shares a code', () => {
    expect(reservationMarket('BQ')).toEqual({ available: false, code: 'BQ', names: ['Bonaire', 'Saba', 'Sint Eustatius'] });
    expect(reservationMarket('SJ')).toMatchObject({ names: ['Jan Mayen', 'Svalbard'] });
  });
  it('allows markets that are not listed, whatever the case of the code', () => {
    for (const code of ['KE', 'FR', 'AU', 'BR', 'US', 'DE']) expect(reservationMarket(code)).toEqual({ available: true });
    expect(reservationMarket(' cn ')).toMatchObject({ available: false, names: ['China'] });
  });
  it('sells reservations to commercial customers outside those markets only', () => {
    expect(reservationEligibility({ market: 'FR', type: 'commercial' })).toEqual({ ok: true });
    expect(reservationEligibility({ market: 'SC', type: 'commercial' })).toEqual({
      ok: false,
      reason: 'market',
      market: 'SC',
      names: ['Seychelles'],
    });
    expect(reservationEligibility({ market: 'US', type: 'education' })).toEqual({ ok: false, reason: 'customer-type', type: 'education' });
    // The market is named first: it is the reason that no other choice can lift.
    expect(reservationEligibility({ market: 'YE', type: 'government' })).toMatchObject({ reason: 'market' });
  });
});

describe('tax in prices', () => {
  it('includes tax in Australia and Brazil only', () => {
    expect(taxBasis('AU')).toBe('including-tax');
    expect(taxBasis('br')).toBe('including-tax');
    for (const m of ['FR', 'US', 'KE', 'NZ', 'PT']) expect(taxBasis(m)).toBe('excluding-tax');
  });
  it('totals an order line in cents, with the basis of the market', () => {
    expect(orderTotal({ unitPrice: 480 }, 3, 'AU')).toEqual({ amount: 1440, taxBasis: 'including-tax' });
    expect(orderTotal({ unitPrice: 0.1 }, 3, 'FR')).toEqual({ amount: 0.3, taxBasis: 'excluding-tax' });
  });
  it('takes quantities from 1 to 10,000 whole licenses', () => {
    expect(QuantitySchema.safeParse('1').success).toBe(true);
    expect(QuantitySchema.safeParse(10_000).success).toBe(true);
    expect(QuantitySchema.safeParse(0).success).toBe(false);
    expect(QuantitySchema.safeParse(10_001).success).toBe(false);
    expect(QuantitySchema.safeParse('2.5').success).toBe(false);
    expect(QuantitySchema.safeParse('five').success).toBe(false);
  });
});

describe('download link expiry: two weeks or 50 downloads, whichever first', () => {
  const T = Date.parse('2026-11-01T09:00:00Z');
  const link = (downloads = 0, revoked = false) => ({ createdAt: new Date(T).toISOString(), downloads, revoked });
  it('is two weeks and 50 downloads', () => {
    expect(LINK_LIFETIME_DAYS).toBe(14);
    expect(LINK_MAX_DOWNLOADS).toBe(50);
  });
  it('works on day 14 up to the instant two weeks after it was made, not at that instant', () => {
    expect(linkStatus(link(), new Date(T + 13 * DAY))).toEqual({ usable: true, expiresAt: '2026-11-15T09:00:00.000Z', downloadsLeft: 50 });
    expect(linkStatus(link(), new Date(T + 14 * DAY - 1))).toMatchObject({ usable: true });
    expect(linkStatus(link(), new Date(T + 14 * DAY))).toEqual({ usable: false, reason: 'time', expiresAt: '2026-11-15T09:00:00.000Z' });
  });
  it('allows the 50th download and refuses the 51st', () => {
    // Before the 50th download, 49 have been made: one left.
    expect(linkStatus(link(49), new Date(T))).toMatchObject({ usable: true, downloadsLeft: 1 });
    expect(linkStatus(link(50), new Date(T))).toMatchObject({ usable: false, reason: 'downloads' });
  });
  it('is expired by whichever limit comes first, and never works once revoked', () => {
    expect(linkStatus(link(50), new Date(T + 14 * DAY))).toMatchObject({ usable: false, reason: 'time' });
    expect(linkStatus(link(0, true), new Date(T))).toMatchObject({ usable: false, reason: 'revoked' });
  });
});

describe('activity log date ranges', () => {
  const now = new Date('2026-11-22T10:30:00Z');
  it('reads one day as that whole day', () => {
    expect(parseDateRange('2026-11-01', now)).toEqual({
      ok: true,
      range: { from: '2026-11-01T00:00:00.000Z', to: '2026-11-01T23:59:59.999Z', firstDay: '2026-11-01', lastDay: '2026-11-01' },
    });
  });
  it('reads "a to b" and other separators', () => {
    for (const text of [
      '2026-11-01 to 2026-11-20',
      '2026-11-01 - 2026-11-20',
      'from 2026-11-01 until 2026-11-20',
      '2026-11-01..2026-11-20',
      'du 2026-11-01 au 2026-11-20',
    ]) {
      expect(parseDateRange(text, now)).toMatchObject({
        ok: true,
        range: { firstDay: '2026-11-01', lastDay: '2026-11-20', to: '2026-11-20T23:59:59.999Z' },
      });
    }
  });
  it('reads two fields, the end being optional', () => {
    expect(parseDateRange({ start: '2026-11-01', end: '2026-11-02' }, now)).toMatchObject({
      ok: true,
      range: { firstDay: '2026-11-01', lastDay: '2026-11-02' },
    });
    expect(parseDateRange({ start: '2026-11-01', end: '' }, now)).toMatchObject({ ok: true, range: { lastDay: '2026-11-01' } });
  });
  it('ends a range that ends today now, and reads "last 7 days" with today', () => {
    expect(parseDateRange('2026-11-20 to 2026-11-22', now)).toMatchObject({ ok: true, range: { to: now.toISOString() } });
    expect(parseDateRange('last 7 days', now)).toMatchObject({ ok: true, range: { firstDay: '2026-11-16', lastDay: '2026-11-22' } });
    expect(parseDateRange('last 1 day', now)).toMatchObject({ ok: true, range: { firstDay: '2026-11-22' } });
    for (const text of ['7 derniers jours', 'senaste 7 dagarna', 'laatste 7 dagen'])
      expect(parseDateRange(text, now)).toMatchObject({ ok: true, range: { firstDay: '2026-11-16' } });
  });
  it('refuses a start after the end, but takes a start on the end day', () => {
    expect(parseDateRange('2026-11-20 to 2026-11-19', now)).toEqual({
      ok: false,
      error: { code: 'start-after-end', start: '2026-11-20', end: '2026-11-19' },
    });
    expect(parseDateRange('2026-11-20 to 2026-11-20', now).ok).toBe(true);
  });
  it('refuses the future: today is the last day allowed', () => {
    expect(parseDateRange('2026-11-22', now).ok).toBe(true);
    expect(parseDateRange('2026-11-23', now)).toEqual({ ok: false, error: { code: 'future', day: '2026-11-23' } });
    expect(parseDateRange('2026-11-01 to 2026-11-23', now)).toEqual({ ok: false, error: { code: 'future', day: '2026-11-23' } });
  });
  it('refuses impossible dates and unreadable text', () => {
    expect(parseDateRange('2026-02-30', now)).toEqual({ ok: false, error: { code: 'bad-date', value: '2026-02-30' } });
    expect(parseDateRange({ start: '01/11/2026' }, now)).toMatchObject({ ok: false, error: { code: 'bad-date' } });
    expect(parseDateRange('last week please', now)).toEqual({ ok: false, error: { code: 'unreadable' } });
    expect(parseDateRange('2026-11-01 to 2026-11-02 to 2026-11-03', now)).toEqual({ ok: false, error: { code: 'unreadable' } });
  });
  it('takes at most 366 days', () => {
    expect(MAX_RANGE_DAYS).toBe(366);
    expect(parseDateRange('2025-11-22 to 2026-11-22', now)).toMatchObject({ ok: true });
    expect(parseDateRange('2025-11-21 to 2026-11-22', now)).toEqual({ ok: false, error: { code: 'too-long', days: 367 } });
    expect(parseDateRange('last 367 days', now)).toMatchObject({ ok: false, error: { code: 'too-long' } });
  });
});

describe('support request fields', () => {
  it('validates emails and phone numbers', () => {
    expect(EmailSchema.safeParse('ada@partner.example').success).toBe(true);
    expect(EmailSchema.safeParse('ada@').success).toBe(false);
    expect(PhoneSchema.safeParse('+33 1 23 45 67 89').success).toBe(true);
    expect(PhoneSchema.safeParse('123456').success).toBe(true);
    expect(PhoneSchema.safeParse('12345').success).toBe(false);
    expect(PhoneSchema.safeParse('1234567890123456').success).toBe(false);
    expect(PhoneSchema.safeParse('call me').success).toBe(false);
  });
  it('takes titles of 5 to 100 characters', () => {
    expect(TitleSchema.safeParse('abcde').success).toBe(true);
    expect(TitleSchema.safeParse('abcd').success).toBe(false);
    expect(TitleSchema.safeParse('x'.repeat(100)).success).toBe(true);
    expect(TitleSchema.safeParse('x'.repeat(101)).success).toBe(false);
  });
  it('tells order IDs from subscription IDs', () => {
    expect(purchaseRefKind('4719')).toBe('order');
    expect(purchaseRefKind('6b1e4c1a-2f0d-4c53-9a37-0d5b8e6f1a01')).toBe('subscription');
    expect(PurchaseRefSchema.safeParse('47').success).toBe(false);
    expect(PurchaseRefSchema.safeParse('order 4719').success).toBe(false);
  });
  it('reads amounts written in several ways', () => {
    expect(parseAmount('9600')).toBe(9600);
    expect(parseAmount('9,600.50')).toBe(9600.5);
    expect(parseAmount('9 600,50')).toBe(9600.5);
    expect(parseAmount('€9600')).toBe(9600);
    expect(parseAmount('USD 12.5')).toBe(12.5);
    expect(parseAmount('0')).toBeUndefined();
    expect(parseAmount('lots')).toBeUndefined();
  });
  it('writes the description with tenant, domain, order, reason and amount', () => {
    const d = supportDescription({
      tenantId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c05',
      domain: 'northwindtraders.com',
      purchaseRef: '4719',
      reason: 'Ordered twice',
      amount: 9600,
      currency: 'USD',
    });
    expect(d).toBe(
      'Customer: tenant 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c05, domain northwindtraders.com\nOrder ID: 4719\nRefund reason: Ordered twice\nAmount requested: 9600.00 USD',
    );
  });
});
