import { OfferSchema, type CspSubscription, type Offer } from '../../domain/csp/model';
import {
  addOnsFor,
  availableActions,
  checkAddOn,
  checkOffer,
  checkOrder,
  checkQuantity,
  checkQuantityChange,
  checkReactivate,
  checkRoleAssignment,
  checkSuspend,
  checkTrial,
  linePrice,
  orderTotal,
  parseAzureRole,
  parseQuantity,
  trialEnd,
  affectedBySuspension,
} from '../../domain/csp/rules';

const offer = (o: Partial<Offer> & { id: string }): Offer => OfferSchema.parse({ name: o.id, price: { monthly: 10, annual: 100 }, ...o });
let n = 0;
const sub = (s: Partial<CspSubscription> & { offerId: string }): CspSubscription => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  customerId: 'c',
  quantity: 10,
  billing: 'monthly',
  status: 'active',
  trial: false,
  orderId: 'o',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...s,
});

const basic = offer({ id: 'basic', customerTypes: ['commercial'], trial: true });
const annualOnly = offer({ id: 'e3', price: { annual: 400 } });
const monthlyOnly = offer({ id: 'exo', price: { monthly: 4 } });
const tenant = offer({ id: 'tenant', onePerCustomer: true, minQuantity: 1, maxQuantity: 1 });
const addOn = offer({ id: 'teams', addOnFor: ['basic'], trial: true });

describe('what the catalog offers (B1)', () => {
  it('offers a commercial-only product to commercial customers only', () => {
    expect(checkOffer(basic, 'commercial', 'monthly', [])).toEqual({ ok: true });
    expect(checkOffer(basic, 'education', 'monthly', [])).toEqual({
      ok: false,
      reason: { code: 'customer-type', customerType: 'education', allowed: ['commercial'] },
    });
    expect(checkOffer(basic, 'government', 'annual', [])).toMatchObject({ ok: false, reason: { code: 'customer-type' } });
  });
  it('offers a product only with the billing frequencies it is sold with', () => {
    expect(checkOffer(annualOnly, 'commercial', 'annual', [])).toEqual({ ok: true });
    expect(checkOffer(annualOnly, 'commercial', 'monthly', [])).toEqual({
      ok: false,
      reason: { code: 'billing', billing: 'monthly', available: ['annual'] },
    });
    expect(checkOffer(monthlyOnly, 'commercial', 'annual', [])).toEqual({
      ok: false,
      reason: { code: 'billing', billing: 'annual', available: ['monthly'] },
    });
  });
  it('refuses a second subscription to a one-per-customer offer', () => {
    const owned = sub({ offerId: 'tenant' });
    expect(checkOffer(tenant, 'commercial', 'monthly', [])).toEqual({ ok: true });
    expect(checkOffer(tenant, 'commercial', 'monthly', [owned])).toEqual({
      ok: false,
      reason: { code: 'one-per-customer', subscriptionId: owned.id },
    });
    // Another customer's, or another offer's subscription does not count: the list is the customer's own.
    expect(checkOffer(tenant, 'commercial', 'monthly', [sub({ offerId: 'basic' })])).toEqual({ ok: true });
  });
  it('sends a suspended subscription to reactivation instead of a new purchase', () => {
    const suspended = sub({ offerId: 'e3', status: 'suspended', billing: 'annual' });
    expect(checkOffer(annualOnly, 'commercial', 'annual', [suspended])).toEqual({
      ok: false,
      reason: { code: 'suspended', subscriptionId: suspended.id },
    });
    expect(checkOffer(tenant, 'commercial', 'annual', [sub({ offerId: 'tenant', status: 'suspended' })])).toMatchObject({
      ok: false,
      reason: { code: 'suspended' },
    });
    // An active one of a multi-subscription offer does not block another.
    expect(checkOffer(annualOnly, 'commercial', 'annual', [sub({ offerId: 'e3' })])).toEqual({ ok: true });
  });
  it('never sells an add-on on its own', () => {
    expect(checkOffer(addOn, 'commercial', 'monthly', [])).toEqual({ ok: false, reason: { code: 'add-on', baseOfferIds: ['basic'] } });
  });
  it('requires a price for at least one billing frequency, and min <= max', () => {
    expect(OfferSchema.safeParse({ id: 'x', name: 'x', price: {} }).success).toBe(false);
    expect(OfferSchema.safeParse({ id: 'x', name: 'x', price: { monthly: 1 }, minQuantity: 5, maxQuantity: 4 }).success).toBe(false);
    expect(OfferSchema.safeParse({ id: 'x', name: 'x', price: { monthly: 1 }, minQuantity: 5, maxQuantity: 5 }).success).toBe(true);
  });
});

describe('trials', () => {
  it('gives 25 licenses for 30 days to a commercial customer, once', () => {
    expect(checkTrial(basic, 'commercial', [], [])).toEqual({ ok: true, licenses: 25, days: 30 });
    expect(checkTrial(basic, 'commercial', [], ['basic'])).toEqual({ ok: false, reason: { code: 'trial-used' } });
    expect(checkTrial(basic, 'commercial', [sub({ offerId: 'basic', trial: true, quantity: 25 })], [])).toEqual({
      ok: false,
      reason: { code: 'trial-used' },
    });
    expect(checkTrial(basic, 'commercial', [], ['other'])).toMatchObject({ ok: true });
  });
  it('gives none when the customer owns the product, even suspended', () => {
    const owned = sub({ offerId: 'basic', status: 'suspended' });
    expect(checkTrial(basic, 'commercial', [owned], [])).toEqual({ ok: false, reason: { code: 'owned', subscriptionId: owned.id } });
  });
  it('gives none to education or government customers, for add-ons, or for a product without a trial', () => {
    const everyone = offer({ id: 'exo', trial: true });
    expect(checkTrial(everyone, 'education', [], [])).toEqual({ ok: false, reason: { code: 'customer-type', customerType: 'education' } });
    expect(checkTrial(everyone, 'government', [], [])).toEqual({
      ok: false,
      reason: { code: 'customer-type', customerType: 'government' },
    });
    expect(checkTrial(addOn, 'commercial', [], [])).toEqual({ ok: false, reason: { code: 'add-on' } });
    expect(checkTrial(annualOnly, 'commercial', [], [])).toEqual({ ok: false, reason: { code: 'no-trial' } });
  });
  it('ends a trial 30 days after it starts', () => {
    expect(trialEnd(new Date('2026-01-01T10:00:00Z')).toISOString()).toBe('2026-01-31T10:00:00.000Z');
  });
});

describe('license counts', () => {
  const bounded = offer({ id: 'b', minQuantity: 3, maxQuantity: 500 });
  it('accepts the minimum and the maximum, not one beyond', () => {
    expect(checkQuantity(bounded, 3)).toEqual({ ok: true });
    expect(checkQuantity(bounded, 500)).toEqual({ ok: true });
    expect(checkQuantity(bounded, 2)).toEqual({ ok: false, reason: { code: 'below-min', min: 3, max: 500 } });
    expect(checkQuantity(bounded, 501)).toEqual({ ok: false, reason: { code: 'above-max', min: 3, max: 500 } });
  });
  it('reads a typed count and nothing else', () => {
    expect(parseQuantity('12')).toBe(12);
    expect(parseQuantity(' 12 licenses ')).toBe(12);
    expect(parseQuantity('1,000')).toBe(1000);
    expect(parseQuantity('0')).toBe(0);
    expect(parseQuantity('twelve')).toBeUndefined();
    expect(parseQuantity('12.5')).toBeUndefined();
    expect(parseQuantity('-3')).toBeUndefined();
    expect(parseQuantity('')).toBeUndefined();
  });
});

describe('the order', () => {
  const offers = new Map([basic, annualOnly, monthlyOnly, tenant, addOn].map((o) => [o.id, o]));
  it('accepts several valid lines, with a trial among them', () => {
    expect(
      checkOrder(
        [
          { offerId: 'basic', quantity: 10, trial: false },
          { offerId: 'exo', quantity: 300, trial: false },
        ],
        offers,
        'commercial',
        'monthly',
        [],
        [],
      ),
    ).toEqual({ ok: true });
    expect(checkOrder([{ offerId: 'basic', quantity: 25, trial: true }], offers, 'commercial', 'annual', [], [])).toEqual({ ok: true });
  });
  it('names the first line that breaks a rule', () => {
    expect(checkOrder([], offers, 'commercial', 'monthly', [], [])).toEqual({ ok: false, code: 'empty' });
    expect(checkOrder([{ offerId: 'exo', quantity: 301, trial: false }], offers, 'commercial', 'monthly', [], [])).toMatchObject({
      ok: false,
      offerId: 'exo',
      reason: { code: 'above-max' },
    });
    expect(checkOrder([{ offerId: 'e3', quantity: 1, trial: false }], offers, 'commercial', 'monthly', [], [])).toMatchObject({
      ok: false,
      offerId: 'e3',
      reason: { code: 'billing' },
    });
    expect(
      checkOrder(
        [
          { offerId: 'basic', quantity: 1, trial: false },
          { offerId: 'basic', quantity: 2, trial: false },
        ],
        offers,
        'commercial',
        'monthly',
        [],
        [],
      ),
    ).toMatchObject({ ok: false, reason: { code: 'duplicate' } });
    expect(checkOrder([{ offerId: 'nope', quantity: 1, trial: false }], offers, 'commercial', 'monthly', [], [])).toMatchObject({
      ok: false,
      reason: { code: 'unknown-offer' },
    });
    expect(checkOrder([{ offerId: 'basic', quantity: 10, trial: true }], offers, 'commercial', 'monthly', [], [])).toMatchObject({
      ok: false,
      reason: { code: 'trial-licenses', licenses: 25 },
    });
    expect(checkOrder([{ offerId: 'basic', quantity: 25, trial: true }], offers, 'commercial', 'monthly', [], ['basic'])).toMatchObject({
      ok: false,
      reason: { code: 'trial-used' },
    });
  });
  it('prices each line per billing period, a trial at zero', () => {
    expect(linePrice(basic, 'monthly', { quantity: 3, trial: false })).toEqual({ unit: 10, total: 30 });
    expect(linePrice(basic, 'annual', { quantity: 3, trial: false })).toEqual({ unit: 100, total: 300 });
    expect(linePrice(basic, 'monthly', { quantity: 25, trial: true })).toEqual({ unit: 0, total: 0 });
    const cents = offer({ id: 'c', price: { monthly: 7.2 } });
    const all = new Map([...offers, ['c', cents]]);
    expect(
      orderTotal(
        [
          { offerId: 'c', quantity: 3, trial: false },
          { offerId: 'basic', quantity: 1, trial: false },
        ],
        all,
        'monthly',
      ),
    ).toBe(31.6);
  });
});

describe('managing a subscription (B2)', () => {
  const offers = [basic, annualOnly, tenant, addOn];
  it('offers add-ons only where the product has them, and each once', () => {
    const base = sub({ offerId: 'basic' });
    expect(addOnsFor(base, offers, [base]).map((o) => o.id)).toEqual(['teams']);
    const attached = sub({ offerId: 'teams', parentId: base.id });
    expect(addOnsFor(base, offers, [base, attached])).toEqual([]);
    expect(addOnsFor(sub({ offerId: 'e3' }), offers, [])).toEqual([]);
    expect(availableActions(base, offers, [base])).toEqual(['add-on', 'quantity', 'suspend']);
    expect(availableActions(sub({ offerId: 'e3' }), offers, [])).toEqual(['quantity', 'suspend']);
    expect(availableActions(sub({ offerId: 'e3', status: 'suspended' }), offers, [])).toEqual(['reactivate']);
    expect(availableActions(sub({ offerId: 'basic', trial: true }), offers, [])).toEqual(['suspend']);
  });
  it("adds an add-on up to the base subscription's licenses", () => {
    const base = sub({ offerId: 'basic', quantity: 20 });
    expect(checkAddOn(base, addOn, 20, [base])).toEqual({ ok: true });
    expect(checkAddOn(base, addOn, 21, [base])).toEqual({ ok: false, reason: { code: 'above-base', baseQuantity: 20 } });
    expect(checkAddOn(base, addOn, 0, [base])).toMatchObject({ ok: false, reason: { code: 'below-min' } });
    expect(checkAddOn(sub({ offerId: 'e3' }), addOn, 1, [])).toMatchObject({ ok: false, reason: { code: 'not-an-add-on' } });
    expect(checkAddOn({ ...base, status: 'suspended' }, addOn, 1, [])).toMatchObject({ ok: false, reason: { code: 'suspended' } });
    const attached = sub({ offerId: 'teams', parentId: base.id });
    expect(checkAddOn(base, addOn, 1, [base, attached])).toEqual({
      ok: false,
      reason: { code: 'already-added', subscriptionId: attached.id },
    });
  });
  it('changes the license count within min and max, and not to the same count', () => {
    const s = sub({ offerId: 'basic', quantity: 10 });
    expect(checkQuantityChange(s, basic, 1, [s])).toEqual({ ok: true });
    expect(checkQuantityChange(s, basic, 300, [s])).toEqual({ ok: true });
    expect(checkQuantityChange(s, basic, 0, [s])).toMatchObject({ ok: false, reason: { code: 'below-min', min: 1 } });
    expect(checkQuantityChange(s, basic, 301, [s])).toMatchObject({ ok: false, reason: { code: 'above-max', max: 300 } });
    expect(checkQuantityChange(s, basic, 10, [s])).toEqual({ ok: false, reason: { code: 'same-quantity', quantity: 10 } });
    expect(checkQuantityChange({ ...s, status: 'suspended' }, basic, 12, [])).toMatchObject({ ok: false, reason: { code: 'suspended' } });
    expect(checkQuantityChange({ ...s, trial: true }, basic, 12, [])).toMatchObject({ ok: false, reason: { code: 'trial' } });
  });
  it("keeps add-ons within their base subscription's licenses", () => {
    const base = sub({ offerId: 'basic', quantity: 10 });
    const child = sub({ offerId: 'teams', parentId: base.id, quantity: 8 });
    expect(checkQuantityChange(base, basic, 8, [base, child])).toEqual({ ok: true });
    expect(checkQuantityChange(base, basic, 7, [base, child])).toEqual({ ok: false, reason: { code: 'below-add-on', addOnQuantity: 8 } });
    expect(checkQuantityChange(child, addOn, 10, [base, child])).toEqual({ ok: true });
    expect(checkQuantityChange(child, addOn, 11, [base, child])).toEqual({ ok: false, reason: { code: 'above-base', baseQuantity: 10 } });
  });
  it('suspends an active subscription with its add-ons, and reactivates an add-on only with its base', () => {
    const base = sub({ offerId: 'basic' });
    const child = sub({ offerId: 'teams', parentId: base.id });
    expect(checkSuspend(base)).toEqual({ ok: true });
    expect(checkSuspend({ ...base, status: 'suspended' })).toMatchObject({ ok: false, reason: { code: 'suspended' } });
    expect(affectedBySuspension(base, [base, child]).map((s) => s.id)).toEqual([base.id, child.id]);
    expect(checkReactivate(base, [base])).toMatchObject({ ok: false, reason: { code: 'not-suspended' } });
    expect(checkReactivate({ ...base, status: 'suspended' }, [])).toEqual({ ok: true });
    expect(checkReactivate({ ...child, status: 'suspended' }, [{ ...base, status: 'suspended' }])).toMatchObject({
      ok: false,
      reason: { code: 'base-suspended' },
    });
    expect(checkReactivate({ ...child, status: 'suspended' }, [base])).toEqual({ ok: true });
  });
});

describe('Azure management (B3)', () => {
  const azure = { id: '11111111-1111-4111-8111-111111111111', customerId: 'c', name: 'Prod' };
  const user = { id: 'u', customerId: 'c', name: 'Alex', email: 'alex@c.com' };
  const dap = { customerId: 'c', dap: true };
  it('assigns a role only with delegated admin privileges over the customer', () => {
    expect(checkRoleAssignment('c', dap, azure, user, 'Owner', [])).toEqual({ ok: true });
    expect(checkRoleAssignment('c', { customerId: 'c', dap: false }, azure, user, 'Owner', [])).toEqual({
      ok: false,
      reason: { code: 'no-dap' },
    });
    expect(checkRoleAssignment('c', undefined, azure, user, 'Owner', [])).toEqual({ ok: false, reason: { code: 'no-dap' } });
    expect(checkRoleAssignment('c', { customerId: 'other', dap: true }, azure, user, 'Owner', [])).toEqual({
      ok: false,
      reason: { code: 'no-dap' },
    });
  });
  it("needs the customer's own subscription and user, a known role, and gives a role once", () => {
    expect(checkRoleAssignment('c', dap, { ...azure, customerId: 'other' }, user, 'Owner', [])).toMatchObject({
      ok: false,
      reason: { code: 'unknown-azure-subscription' },
    });
    expect(checkRoleAssignment('c', dap, azure, { ...user, customerId: 'other' }, 'Owner', [])).toMatchObject({
      ok: false,
      reason: { code: 'unknown-user' },
    });
    expect(checkRoleAssignment('c', dap, azure, user, 'Administrator', [])).toMatchObject({ ok: false, reason: { code: 'bad-role' } });
    const existing = [{ azureSubscriptionId: azure.id, userId: 'u', role: 'Reader' as const, assignedAt: '' }];
    expect(checkRoleAssignment('c', dap, azure, user, 'Reader', existing)).toEqual({
      ok: false,
      reason: { code: 'already-assigned', role: 'Reader' },
    });
    expect(checkRoleAssignment('c', dap, azure, user, 'Contributor', existing)).toEqual({ ok: true });
  });
  it('reads a role typed in any of the four languages', () => {
    expect(parseAzureRole('owner')).toBe('Owner');
    expect(parseAzureRole(' Contributeur ')).toBe('Contributor');
    expect(parseAzureRole('läsare')).toBe('Reader');
    expect(parseAzureRole('admin')).toBeUndefined();
  });
});
