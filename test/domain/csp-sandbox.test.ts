import Keyv from 'keyv';
import { ManualClock } from '../../domain/clock';
import { CSP_DEMO_SEED } from '../../domain/sandbox/csp-demo';
import { acceptRelationship } from '../../domain/sandbox/csp';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';

const NOW = new Date('2026-11-20T10:00:00Z');
const SUSPENDED = 'a0c1e2d3-0002-4b5c-8d6e-7f8091a2b302';
const STANDARD = 'a0c1e2d3-0003-4b5c-8d6e-7f8091a2b303';
const EXO = 'a0c1e2d3-0004-4b5c-8d6e-7f8091a2b304';
const ARCHIVING = 'a0c1e2d3-0005-4b5c-8d6e-7f8091a2b305';
const CONTOSO_PROD = 'b1d2e3f4-0001-4a5b-9c6d-7e8f9a0b1c01';
const NORTHWIND_AZURE = 'b1d2e3f4-0003-4a5b-9c6d-7e8f9a0b1c03';

async function sandbox() {
  const parsed = parseSeed(DEMO_SEED);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const pc = new SandboxPartnerCenter(new Keyv(), new ManualClock(NOW));
  await pc.seed(parsed.seed);
  return pc;
}
const as = (userId: string, key: string) => ({ userId, idempotencyKey: key });

describe('sandbox CSP subscriptions', () => {
  it('seeds the catalog, subscriptions, users and Azure subscriptions of the demo data', async () => {
    const pc = await sandbox();
    expect((await pc.csp.offers()).length).toBe(CSP_DEMO_SEED.offers.length);
    expect((await pc.csp.subscriptions('contoso')).map((s) => s.status)).toContain('suspended');
    expect(await pc.csp.trialsUsed('fabrikam')).toEqual(['power-bi-pro']);
    expect((await pc.csp.subscription('a0c1e2d3-0006-4b5c-8d6e-7f8091a2b306'))?.endsAt).toBe('2026-12-10T10:00:00.000Z');
    expect((await pc.csp.relationship('contoso')).dap).toBe(true);
    expect((await pc.csp.relationship('northwind')).dap).toBe(false);
    expect(await pc.csp.customerUsers('northwind')).toHaveLength(2);
  });

  it('names the bad field of a CSP seed section', () => {
    const bad = { ...DEMO_SEED, csp: { ...CSP_DEMO_SEED, subscriptions: [{ ...CSP_DEMO_SEED.subscriptions![0], offerId: 'nope' }] } };
    const parsed = parseSeed(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toContain('csp.subscriptions[0].offerId: no offer has id "nope"');
  });

  it('submits an order of two products once, and records it', async () => {
    const pc = await sandbox();
    const lines = [
      { offerId: 'm365-business-basic', quantity: 10, trial: false },
      { offerId: 'exchange-online-p1', quantity: 5, trial: false },
    ];
    const first = await pc.csp.placeOrder('northwind', 'monthly', lines, as('sam', 'run1:submit'));
    const again = await pc.csp.placeOrder('northwind', 'monthly', lines, as('sam', 'run1:submit'));
    expect(first.status).toBe('submitted');
    expect(again).toEqual(first);
    expect(await pc.csp.subscriptions('northwind')).toHaveLength(2);
    const log = await pc.activity.list(new Date(NOW.getTime() - 1000), new Date(NOW.getTime() + 1000));
    expect(log.filter((r) => r.action === 'new-subscription' && r.outcome === 'done')).toHaveLength(1);
  });

  it('checks the role when the order is carried out', async () => {
    const pc = await sandbox();
    const out = await pc.csp.placeOrder(
      'northwind',
      'monthly',
      [{ offerId: 'm365-business-basic', quantity: 1, trial: false }],
      as('hana', 'k'),
    );
    expect(out).toEqual({ status: 'refused', reason: { code: 'forbidden', needed: ['Admin agent', 'Sales agent', 'Global admin'] } });
    expect(await pc.csp.subscriptions('northwind')).toHaveLength(0);
  });

  it('refuses what the catalog does not offer the customer', async () => {
    const pc = await sandbox();
    const one = (customer: string, offerId: string, billing: 'monthly' | 'annual' = 'monthly', quantity = 1) =>
      pc.csp.placeOrder(
        customer,
        billing,
        [{ offerId, quantity, trial: false }],
        as('ada', `${customer}:${offerId}:${billing}:${quantity}`),
      );
    expect(await one('lakeside-school', 'm365-business-basic')).toMatchObject({
      status: 'refused',
      reason: { reason: { code: 'customer-type' } },
    });
    expect(await one('contoso', 'purview-tenant-plan')).toMatchObject({
      status: 'refused',
      reason: { reason: { code: 'one-per-customer' } },
    });
    expect(await one('contoso', 'project-plan-3')).toMatchObject({
      status: 'refused',
      reason: { reason: { code: 'suspended', subscriptionId: SUSPENDED } },
    });
    expect(await one('contoso', 'm365-e3')).toMatchObject({ status: 'refused', reason: { reason: { code: 'billing' } } });
    expect(await one('contoso', 'm365-e3', 'annual')).toMatchObject({ status: 'submitted' });
    expect(await one('contoso', 'dynamics-bc-essentials', 'annual', 2)).toMatchObject({
      status: 'refused',
      reason: { reason: { code: 'below-min', min: 3 } },
    });
  });

  it('starts a trial of 25 licenses for 30 days once per customer and product', async () => {
    const pc = await sandbox();
    const trial = [{ offerId: 'power-bi-pro', quantity: 25, trial: true }];
    const first = await pc.csp.placeOrder('northwind', 'monthly', trial, as('ada', 'a'));
    expect(first).toMatchObject({
      status: 'submitted',
      subscriptions: [{ offerId: 'power-bi-pro', quantity: 25, trial: true, endsAt: '2026-12-20T10:00:00.000Z' }],
    });
    expect(await pc.csp.placeOrder('northwind', 'monthly', trial, as('ada', 'b'))).toMatchObject({
      status: 'refused',
      reason: { reason: { code: 'trial-used' } },
    });
    expect(
      await pc.csp.placeOrder('city-of-redmond', 'monthly', [{ offerId: 'exchange-online-p1', quantity: 25, trial: true }], as('ada', 'c')),
    ).toMatchObject({
      status: 'refused',
      reason: { reason: { code: 'customer-type' } },
    });
  });
});

describe('sandbox subscription management', () => {
  it('adds add-on licenses, changes a quantity, suspends and reactivates', async () => {
    const pc = await sandbox();
    const addOn = await pc.csp.addAddOn(STANDARD, 'teams-premium', 20, as('ada', 'r:addon'));
    expect(addOn).toMatchObject({ status: 'done', subscription: { offerId: 'teams-premium', quantity: 20, parentId: STANDARD } });
    expect(await pc.csp.addAddOn(STANDARD, 'teams-premium', 1, as('ada', 'r2:addon'))).toMatchObject({
      status: 'refused',
      reason: { code: 'already-added' },
    });
    expect(await pc.csp.changeQuantity(STANDARD, 19, as('ada', 'r:q1'))).toMatchObject({
      status: 'refused',
      reason: { code: 'below-add-on', addOnQuantity: 20 },
    });
    expect(await pc.csp.changeQuantity(STANDARD, 30, as('ada', 'r:q2'))).toMatchObject({ status: 'done', subscription: { quantity: 30 } });
    const suspended = await pc.csp.suspend(EXO, as('ada', 'r:s'));
    expect(suspended).toMatchObject({
      status: 'done',
      subscription: { status: 'suspended' },
      also: [{ id: ARCHIVING, status: 'suspended' }],
    });
    expect((await pc.csp.subscription(ARCHIVING))?.status).toBe('suspended');
    expect(await pc.csp.reactivate(ARCHIVING, as('ada', 'r:ra'))).toMatchObject({ status: 'refused', reason: { code: 'base-suspended' } });
    expect(await pc.csp.reactivate(EXO, as('ada', 'r:rb'))).toMatchObject({ status: 'done', subscription: { status: 'active' } });
  });

  it('checks the role at the change, and acts once per key', async () => {
    const pc = await sandbox();
    expect(await pc.csp.suspend(STANDARD, as('rita', 'x'))).toMatchObject({ status: 'refused', reason: { code: 'forbidden' } });
    expect((await pc.csp.subscription(STANDARD))?.status).toBe('active');
    await pc.csp.suspend(STANDARD, as('gus', 'y'));
    await pc.csp.reactivate(STANDARD, as('gus', 'z'));
    // The same key again returns the first outcome and does not suspend a second time.
    expect(await pc.csp.suspend(STANDARD, as('gus', 'y'))).toMatchObject({ status: 'done' });
    expect((await pc.csp.subscription(STANDARD))?.status).toBe('active');
  });
});

describe('sandbox relationships and Azure roles', () => {
  it('requests a relationship, which the customer accepts, granting DAP', async () => {
    const pc = await sandbox();
    expect(await pc.csp.assignRole('northwind', NORTHWIND_AZURE, 'northwind-lee', 'Owner', as('ada', 'a1'))).toMatchObject({
      status: 'refused',
      reason: { code: 'no-dap' },
    });
    const req = await pc.csp.requestRelationship('northwind', as('ada', 'q1'));
    if (req.status !== 'requested') throw new Error(req.status);
    expect(req.link).toBe(`http://127.0.0.1:3978/sandbox/relationship/${req.token}`);
    // Asking again (another run) shows the same open invitation.
    expect(await pc.csp.requestRelationship('northwind', as('ada', 'q2'))).toMatchObject({ token: req.token });
    expect((await pc.csp.relationship('northwind')).dap).toBe(false);
    expect(await acceptRelationship(pc.csp, 'not-a-token')).toEqual({ status: 'unknown-token' });
    expect(await acceptRelationship(pc.csp, req.token)).toEqual({
      status: 'accepted',
      customerId: 'northwind',
      customerName: 'Northwind Traders',
    });
    expect((await pc.csp.relationship('northwind')).dap).toBe(true);
    expect(await pc.csp.requestRelationship('northwind', as('ada', 'q3'))).toEqual({ status: 'already-granted' });
    expect(await pc.csp.assignRole('northwind', NORTHWIND_AZURE, 'northwind-lee', 'Owner', as('ada', 'a2'))).toMatchObject({
      status: 'assigned',
    });
  });

  it("assigns a role once, to the customer's own user, for the right roles only", async () => {
    const pc = await sandbox();
    expect(await pc.csp.assignRole('contoso', CONTOSO_PROD, 'contoso-alex', 'Contributor', as('sam', 'b0'))).toMatchObject({
      status: 'refused',
      reason: { code: 'forbidden', needed: ['Admin agent', 'Global admin'] },
    });
    expect(await pc.csp.requestRelationship('northwind', as('sam', 'b00'))).toMatchObject({
      status: 'refused',
      reason: { code: 'forbidden' },
    });
    expect(await pc.csp.assignRole('contoso', CONTOSO_PROD, 'contoso-alex', 'Contributor', as('gus', 'b1'))).toMatchObject({
      status: 'assigned',
    });
    expect(await pc.csp.assignRole('contoso', CONTOSO_PROD, 'contoso-alex', 'Contributor', as('gus', 'b2'))).toMatchObject({
      status: 'refused',
      reason: { code: 'already-assigned' },
    });
    expect(await pc.csp.assignRole('contoso', CONTOSO_PROD, 'northwind-lee', 'Reader', as('gus', 'b3'))).toMatchObject({
      status: 'refused',
      reason: { code: 'unknown-user' },
    });
    expect(await pc.csp.roleAssignments(CONTOSO_PROD)).toHaveLength(1);
  });
});
