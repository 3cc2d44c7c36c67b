import Keyv from 'keyv';
import { ManualClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { productKey } from '../../domain/sandbox/software-sales';
import type { SupportRequestInput } from '../../domain/software/support-request';

const DAY = 86_400_000;
const NOW = new Date('2026-11-10T09:00:00Z');

async function sandbox(raw: unknown = DEMO_SEED) {
  const clock = new ManualClock(NOW);
  const pc = new SandboxPartnerCenter(new Keyv(), clock);
  const parsed = parseSeed(raw);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await pc.seed(parsed.seed);
  return { pc, clock };
}
const as = (userId: string, key: string) => ({ userId, idempotencyKey: key });
const office = { orderId: '4711', version: 'Office LTSC Professional Plus 2024', language: 'French', fileType: 'ISO, 64-bit' };

describe('the sandbox catalog and orders', () => {
  it("prices the catalog in the customer's currency with the tax basis of its market", async () => {
    const { pc } = await sandbox();
    const au = await pc.softwareSales.catalog('fabrikam');
    expect(au.find((i) => i.id === 'office-ltsc-2024')).toMatchObject({ unitPrice: 480, currency: 'AUD', taxBasis: 'including-tax' });
    expect((await pc.softwareSales.catalog('contoso')).find((i) => i.id === 'ri-d2s-v5-1y')).toMatchObject({
      kind: 'azure-reservation',
      currency: 'EUR',
      taxBasis: 'excluding-tax',
    });
    expect(await pc.softwareSales.catalog('nobody')).toEqual([]);
  });

  it('places an order once per idempotency key, as a purchase the cancellation sees', async () => {
    const { pc } = await sandbox();
    const order = { customerId: 'contoso', itemId: 'office-ltsc-2024', quantity: 2 };
    const [a, b] = await Promise.all([
      pc.softwareSales.placeOrder(order, as('ada', 'run1:order')),
      pc.softwareSales.placeOrder(order, as('ada', 'run1:order')),
    ]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: 'placed', orderId: '7001', amount: 960, currency: 'EUR', taxBasis: 'excluding-tax' });
    expect(await pc.software.purchases('contoso')).toHaveLength(9);
    expect(await pc.softwareSales.placeOrder(order, as('ada', 'run2:order'))).toMatchObject({ orderId: '7002' });
  });

  it('checks the role and the reservation market when the order is carried out', async () => {
    const { pc } = await sandbox();
    expect(await pc.softwareSales.placeOrder({ customerId: 'contoso', itemId: 'office-ltsc-2024', quantity: 1 }, as('sam', 'k1'))).toEqual({
      status: 'refused',
      reason: { code: 'forbidden', needed: ['Admin agent', 'Global admin'] },
    });
    expect(
      await pc.softwareSales.placeOrder({ customerId: 'adatum-seychelles', itemId: 'ri-d2s-v5-1y', quantity: 1 }, as('ada', 'k2')),
    ).toEqual({
      status: 'refused',
      reason: { code: 'reservation-market', market: 'SC', names: ['Seychelles'] },
    });
    expect(
      await pc.softwareSales.placeOrder({ customerId: 'tailspin', itemId: 'ri-d2s-v5-1y', quantity: 1 }, as('ada', 'k3')),
    ).toMatchObject({ status: 'placed' });
    expect(
      await pc.softwareSales.placeOrder({ customerId: 'contoso', itemId: 'office-ltsc-2024', quantity: 0 }, as('ada', 'k4')),
    ).toMatchObject({ reason: { code: 'bad-quantity' } });
    const log = await pc.activity.list(new Date(NOW.getTime() - DAY), NOW);
    expect(log.filter((r) => r.action === 'buy-software').map((r) => r.outcome)).toEqual(['refused', 'refused', 'done', 'refused']);
  });
});

describe('the sandbox keys and download links', () => {
  it('keeps one working link per choice, gives the same key each time, and records every access', async () => {
    const { pc } = await sandbox();
    const first = await pc.softwareSales.keysAndDownloads(office, as('ada', 'r:keys:1'));
    const again = await pc.softwareSales.keysAndDownloads(office, as('ada', 'r:keys:2'));
    if (first.status !== 'ok' || again.status !== 'ok') throw new Error('refused');
    expect(first.newLink).toBe(true);
    expect(again.newLink).toBe(false);
    expect(again.link.id).toBe(first.link.id);
    expect(first.keys).toEqual([productKey('4711')]);
    expect(first.linkStatus).toEqual({ usable: true, expiresAt: '2026-11-24T09:00:00.000Z', downloadsLeft: 50 });
    const english = await pc.softwareSales.keysAndDownloads({ ...office, language: 'English' }, as('ada', 'r:keys:3'));
    expect(english.status === 'ok' && english.link.id).not.toBe(first.link.id);
    const log = await pc.activity.list(new Date(NOW.getTime() - DAY), NOW);
    expect(log.filter((r) => r.action === 'software-key-access')).toHaveLength(3);
  });

  it('counts downloads to the 50th, refuses the 51st, and renews the link on request', async () => {
    const { pc } = await sandbox();
    const got = await pc.softwareSales.keysAndDownloads(office, as('ada', 'k:1'));
    if (got.status !== 'ok') throw new Error('refused');
    for (let i = 1; i < 50; i++) await pc.softwareSales.download(got.link.id);
    expect(await pc.softwareSales.download(got.link.id)).toMatchObject({ status: 'ok', downloadsLeft: 0, link: { downloads: 50 } });
    expect(await pc.softwareSales.download(got.link.id)).toEqual({
      status: 'refused',
      reason: 'downloads',
      expiresAt: '2026-11-24T09:00:00.000Z',
    });
    const renewed = await pc.softwareSales.keysAndDownloads(office, as('ada', 'k:2'));
    expect(renewed).toMatchObject({
      status: 'ok',
      newLink: true,
      replaced: { linkId: got.link.id, reason: 'downloads' },
      linkStatus: { downloadsLeft: 50 },
    });
    expect(await pc.softwareSales.links('4711')).toHaveLength(2);
  });

  it('counts downloads made at the same time one by one', async () => {
    const { pc } = await sandbox();
    const got = await pc.softwareSales.keysAndDownloads(office, as('ada', 'k:1'));
    if (got.status !== 'ok') throw new Error('refused');
    const all = await Promise.all(Array.from({ length: 51 }, () => pc.softwareSales.download(got.link.id)));
    expect(all.filter((o) => o.status === 'ok')).toHaveLength(50);
    expect(all.filter((o) => o.status === 'refused')).toHaveLength(1);
  });

  it('expires a link two weeks after it was made, not before', async () => {
    const { pc, clock } = await sandbox();
    const got = await pc.softwareSales.keysAndDownloads(office, as('ada', 'k:1'));
    if (got.status !== 'ok') throw new Error('refused');
    clock.advance(14 * DAY - 1);
    expect(await pc.softwareSales.download(got.link.id)).toMatchObject({ status: 'ok', downloadsLeft: 49 });
    clock.advance(1);
    expect(await pc.softwareSales.download(got.link.id)).toMatchObject({ status: 'refused', reason: 'time' });
    expect(await pc.softwareSales.keysAndDownloads(office, as('ada', 'k:2'))).toMatchObject({
      newLink: true,
      replaced: { reason: 'time' },
    });
  });

  it('refuses keys to anyone but an Admin agent, for unknown options, and after a cancellation, which revokes the links', async () => {
    const { pc } = await sandbox();
    expect(await pc.softwareSales.keysAndDownloads(office, as('gus', 'g'))).toEqual({
      status: 'refused',
      reason: { code: 'forbidden', needed: ['Admin agent'] },
    });
    expect(await pc.softwareSales.keysAndDownloads({ ...office, language: 'Klingon' }, as('ada', 'x'))).toMatchObject({
      reason: { code: 'unknown-option' },
    });
    expect(await pc.softwareSales.keysAndDownloads({ ...office, orderId: '4716' }, as('ada', 'suse'))).toMatchObject({
      reason: { code: 'no-downloads' },
    });
    const got = await pc.softwareSales.keysAndDownloads(office, as('ada', 'k'));
    if (got.status !== 'ok') throw new Error('refused');
    expect(await pc.software.cancel('4711', as('ada', 'c'))).toMatchObject({ status: 'cancelled', revokedLinks: 1 });
    expect(await pc.softwareSales.download(got.link.id)).toMatchObject({ status: 'refused', reason: 'revoked' });
    expect(await pc.softwareSales.keysAndDownloads(office, as('ada', 'k2'))).toEqual({ status: 'refused', reason: { code: 'cancelled' } });
    expect(await pc.softwareSales.download('no-such-link')).toEqual({ status: 'refused', reason: 'unknown' });
  });
});

describe('the sandbox support requests', () => {
  const request: SupportRequestInput = {
    customerId: 'northwind',
    tenantId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c05',
    domain: 'northwindtraders.com',
    purchaseRef: '4719',
    impact: 'moderate',
    title: 'Refund of order 4719',
    reason: 'Ordered twice',
    amount: 9600,
    currency: 'USD',
    contact: { name: 'Ada Okafor', email: 'ada@partner.example', phone: '+1 425 555 0100' },
  };
  it('numbers requests, once per key, with the description Partner Center asks for', async () => {
    const { pc } = await sandbox();
    const a = await pc.softwareSales.createSupportRequest(request, as('ada', 's1'));
    expect(await pc.softwareSales.createSupportRequest(request, as('ada', 's1'))).toEqual(a);
    const b = await pc.softwareSales.createSupportRequest(request, as('ada', 's2'));
    expect(a).toMatchObject({
      status: 'created',
      request: { number: '2611100000000001', problemType: 'CSP Purchase/Refund on behalf of customers', status: 'open' },
    });
    expect(b).toMatchObject({ request: { number: '2611100000000002' } });
    expect(a.status === 'created' && a.request.description).toMatch(
      /Order ID: 4719\nRefund reason: Ordered twice\nAmount requested: 9600.00 USD/,
    );
  });
  it('refuses a user without the role, and invalid fields, naming them', async () => {
    const { pc } = await sandbox();
    expect(await pc.softwareSales.createSupportRequest(request, as('rita', 's'))).toMatchObject({
      status: 'refused',
      reason: { code: 'forbidden' },
    });
    expect(
      await pc.softwareSales.createSupportRequest({ ...request, contact: { ...request.contact, email: 'nope' } }, as('ada', 't')),
    ).toEqual({
      status: 'refused',
      reason: { code: 'invalid', fields: ['contact.email'] },
    });
  });
});

describe('the software section of a seed', () => {
  it('is optional, and validated field by field when given', async () => {
    const { pc } = await sandbox({
      ...DEMO_SEED,
      software: {
        reservations: [{ id: 'ri-x', name: 'RI X', termYears: 3, price: 100 }],
        downloads: { 'office-ltsc-2024': { versions: ['V'], languages: ['L'], fileTypes: ['F'] } },
      },
    });
    expect((await pc.softwareSales.catalog('contoso')).filter((i) => i.kind === 'azure-reservation').map((i) => i.id)).toEqual(['ri-x']);
    expect(await pc.softwareSales.downloadOptions('office-ltsc-2024')).toEqual({ versions: ['V'], languages: ['L'], fileTypes: ['F'] });
    expect(await pc.softwareSales.downloadOptions('suse-sles-plan')).toBeUndefined();
    const bad = parseSeed({ ...DEMO_SEED, software: { reservations: [{ id: 'RI X', name: 'x', termYears: 2, price: -1 }] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.some((e) => e.startsWith('software.reservations[0].id:'))).toBe(true);
      expect(bad.errors.some((e) => e.startsWith('software.reservations[0].termYears:'))).toBe(true);
      expect(bad.errors.some((e) => e.startsWith('software.reservations[0].price:'))).toBe(true);
    }
  });
});
