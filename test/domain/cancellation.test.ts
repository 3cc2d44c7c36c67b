import { cancellationCredit, checkCancellation, CANCELLATION_WINDOW_DAYS } from '../../domain/rules/cancellation';
import type { SoftwareProduct, SoftwarePurchase } from '../../domain/model';

const DAY = 86_400_000;
const T = Date.parse('2026-01-01T10:00:00Z');
const at = (ms: number) => new Date(T + ms);
const purchase = (over: Partial<SoftwarePurchase> = {}): SoftwarePurchase => ({
  orderId: 'o1',
  customerId: 'c1',
  productId: 'p1',
  quantity: 1,
  amount: 365,
  purchasedAt: new Date(T).toISOString(),
  status: 'active',
  needsSupportRequest: false,
  ...over,
});
const product = (over: Partial<SoftwareProduct> = {}): SoftwareProduct => ({
  id: 'p1',
  name: 'P',
  publisher: 'Microsoft',
  kind: 'perpetual',
  vendor: 'Microsoft',
  price: 365,
  ...over,
});

describe('the 60-day cancellation window', () => {
  it('allows up to and including T + 60 days, and never after', () => {
    expect(checkCancellation(purchase(), product(), at(60 * DAY))).toMatchObject({ ok: true, daysLeft: 0 });
    expect(checkCancellation(purchase(), product(), at(60 * DAY + 1))).toMatchObject({
      ok: false,
      refusal: { code: 'window-passed', windowDays: 60 },
    });
  });
  it('counts days left, a started day included', () => {
    expect(checkCancellation(purchase(), product(), at(0))).toMatchObject({ ok: true, daysLeft: 60 });
    expect(checkCancellation(purchase(), product(), at(59 * DAY))).toMatchObject({ ok: true, daysLeft: 1 });
    expect(checkCancellation(purchase(), product(), at(59 * DAY + 1))).toMatchObject({ ok: true, daysLeft: 1 });
  });
  it('keeps windows as data per kind of purchase', () => {
    expect(CANCELLATION_WINDOW_DAYS.perpetual).toBe(60);
    const nce = product({ kind: 'new-commerce-software-subscription', termDays: 365 });
    expect(checkCancellation(purchase(), nce, at(7 * DAY)).ok).toBe(true);
    expect(checkCancellation(purchase(), nce, at(7 * DAY + 1)).ok).toBe(false);
  });
  it('never cancels SUSE or Red Hat plans, even on day one', () => {
    for (const vendor of ['SUSE', 'Red Hat'] as const) {
      expect(checkCancellation(purchase(), product({ kind: 'azure-software-plan', vendor }), at(1))).toEqual({
        ok: false,
        refusal: { code: 'never-cancellable', vendor },
      });
    }
  });
  it('refuses an order already cancelled, or dated in the future', () => {
    expect(checkCancellation(purchase({ status: 'cancelled' }), product(), at(DAY))).toMatchObject({
      ok: false,
      refusal: { code: 'already-cancelled' },
    });
    expect(checkCancellation(purchase(), product(), at(-1))).toMatchObject({ ok: false, refusal: { code: 'not-yet-purchased' } });
  });
  it('passes on the need for a support request', () => {
    expect(checkCancellation(purchase({ needsSupportRequest: true }), product(), at(DAY))).toMatchObject({
      ok: true,
      needsSupportRequest: true,
    });
  });
});

describe('the cancellation credit', () => {
  it('is 100% for perpetual software', () => {
    expect(cancellationCredit(purchase({ amount: 2400 }), product(), 'EUR', at(59 * DAY))).toEqual({
      amount: 2400,
      currency: 'EUR',
      basis: 'full',
    });
  });
  it('is prorated in whole days of the unused term for subscriptions', () => {
    const sub = product({ kind: 'software-subscription', termDays: 365 });
    expect(cancellationCredit(purchase({ amount: 365 }), sub, 'USD', at(10 * DAY))).toMatchObject({
      amount: 355,
      basis: 'prorated',
      unusedDays: 355,
      termDays: 365,
    });
    // A started day is not yet a used day.
    expect(cancellationCredit(purchase({ amount: 365 }), sub, 'USD', at(10 * DAY + DAY - 1))).toMatchObject({ amount: 355 });
    expect(cancellationCredit(purchase({ amount: 1000 }), sub, 'USD', at(0))).toMatchObject({ amount: 1000, unusedDays: 365 });
    expect(
      cancellationCredit(purchase({ amount: 100 }), product({ kind: 'software-subscription', termDays: 3 }), 'USD', at(1 * DAY)),
    ).toMatchObject({ amount: 66.67 });
  });
});
