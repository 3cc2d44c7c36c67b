import {
  checkCloseDate,
  checkDealOffer,
  checkLicenseAccess,
  licenseChanges,
  MAX_LICENSES,
  parseDealValue,
  parseLicenseCount,
} from '../../domain/isv/deal-rules';

describe('deal value', () => {
  it('reads digits with thousands separators and up to two decimals', () => {
    expect(parseDealValue('25000')).toEqual({ ok: true, value: 25000 });
    expect(parseDealValue('25,000.50')).toEqual({ ok: true, value: 25000.5 });
    expect(parseDealValue('USD 1 200')).toEqual({ ok: true, value: 1200 });
    expect(parseDealValue('$99.99')).toEqual({ ok: true, value: 99.99 });
    expect(parseDealValue('1.001')).toEqual({ ok: false, code: 'too-precise' });
    expect(parseDealValue('25,00')).toEqual({ ok: false, code: 'not-a-number' });
    expect(parseDealValue('lots')).toEqual({ ok: false, code: 'not-a-number' });
  });
  it('is more than zero and at most a billion', () => {
    expect(parseDealValue('0')).toEqual({ ok: false, code: 'not-positive' });
    expect(parseDealValue('-5')).toEqual({ ok: false, code: 'not-positive' });
    expect(parseDealValue('0.01')).toEqual({ ok: true, value: 0.01 });
    expect(parseDealValue('1000000000')).toEqual({ ok: true, value: 1e9 });
    expect(parseDealValue('1000000000.01')).toEqual({ ok: false, code: 'too-large' });
  });
});

describe('estimated close date', () => {
  const now = new Date('2026-11-22T23:59:00Z');
  it('is today or later, in UTC days', () => {
    expect(checkCloseDate('2026-11-22', now)).toEqual({ ok: true, date: '2026-11-22' });
    expect(checkCloseDate('2026-11-21', now)).toEqual({ ok: false, code: 'in-the-past' });
    expect(checkCloseDate('2027-01-01', now).ok).toBe(true);
  });
  it('is a real day written YYYY-MM-DD', () => {
    expect(checkCloseDate('2027-02-29', now)).toEqual({ ok: false, code: 'not-a-date' });
    expect(checkCloseDate('2028-02-29', now).ok).toBe(true);
    expect(checkCloseDate('22/11/2026', now)).toEqual({ ok: false, code: 'not-a-date' });
  });
});

describe('offers a deal can be registered for', () => {
  it('needs a live offer with license management', () => {
    expect(checkDealOffer('live', true)).toEqual({ ok: true });
    expect(checkDealOffer('going-live', true)).toEqual({ ok: false, code: 'not-live' });
    expect(checkDealOffer('preview', true)).toEqual({ ok: false, code: 'not-live' });
    expect(checkDealOffer('live', false)).toEqual({ ok: false, code: 'no-license-management' });
  });
});

describe('number of licenses', () => {
  it('is a whole number from 1 to the maximum', () => {
    expect(parseLicenseCount('0')).toEqual({ ok: false, code: 'too-small' });
    expect(parseLicenseCount('1')).toEqual({ ok: true, count: 1 });
    expect(parseLicenseCount(String(MAX_LICENSES))).toEqual({ ok: true, count: MAX_LICENSES });
    expect(parseLicenseCount(String(MAX_LICENSES + 1))).toEqual({ ok: false, code: 'too-large' });
    expect(parseLicenseCount('2.5')).toEqual({ ok: false, code: 'not-a-number' });
    expect(parseLicenseCount('1,000')).toEqual({ ok: true, count: 1000 });
  });
});

describe('license changes', () => {
  it('lists additions, changes and removals, and nothing for an unchanged plan', () => {
    expect(licenseChanges({ a: 10, b: 5, c: 1 }, { a: 10, b: 7, d: 3 })).toEqual([
      { kind: 'change', planId: 'b', from: 5, to: 7 },
      { kind: 'add', planId: 'd', to: 3 },
      { kind: 'remove', planId: 'c', from: 1 },
    ]);
    expect(licenseChanges({ a: 1 }, { a: 1 })).toEqual([]);
  });
});

describe('license access', () => {
  it('needs a deal in progress whose customer accepted the relationship', () => {
    expect(checkLicenseAccess({ status: 'in-progress', relationshipId: 'x' }, { status: 'active' })).toEqual({ ok: true });
    expect(checkLicenseAccess({ status: 'in-progress', relationshipId: 'x' }, { status: 'pending' })).toEqual({
      ok: false,
      code: 'consent-pending',
    });
    expect(checkLicenseAccess({ status: 'in-progress' }, undefined)).toEqual({ ok: false, code: 'no-customer' });
    expect(checkLicenseAccess({ status: 'won', relationshipId: 'x' }, { status: 'active' })).toEqual({
      ok: false,
      code: 'deal-not-in-progress',
    });
  });
});

describe('impossible dates', () => {
  it('refuses a month or day that does not exist without failing', () => {
    const now = new Date('2026-11-22T00:00:00Z');
    expect(checkCloseDate('2026-13-01', now)).toEqual({ ok: false, code: 'not-a-date' });
    expect(checkCloseDate('2026-11-31', now)).toEqual({ ok: false, code: 'not-a-date' });
  });
});
