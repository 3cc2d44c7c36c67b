import Keyv from 'keyv';
import { ManualClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { acceptConsent } from '../../domain/sandbox/isv';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed, type Seed } from '../../domain/sandbox/seed-schema';

const NOW = new Date('2026-11-22T08:00:00Z');
const HOUR = 3_600_000;

async function sandbox() {
  const clock = new ManualClock(NOW);
  const pc = new SandboxPartnerCenter(new Keyv(), clock);
  const parsed = parseSeed(DEMO_SEED);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  await pc.seed(parsed.seed);
  return { pc, isv: pc.isv, clock };
}

const gus = (key: string) => ({ userId: 'gus', idempotencyKey: key });

describe('sandbox ISV area', () => {
  it('seeds the demo offers with computed status and Service IDs', async () => {
    const { isv } = await sandbox();
    expect((await isv.offers()).map((o) => [o.offerId, o.status])).toEqual([
      ['crm-sync', 'live'],
      ['field-notes', 'draft'],
    ]);
    expect((await isv.plans('crm-sync')).map((p) => p.serviceId)).toEqual(['contosoisv.crm-sync.standard', 'contosoisv.crm-sync.premium']);
    expect(await isv.licenses('D-1001')).toEqual({ standard: 10 });
  });

  it('creates an offer once per idempotency key, and checks the role when it acts', async () => {
    const { pc, isv } = await sandbox();
    const offer = { offerId: 'once', alias: 'Once', licensing: { mode: 'contact-me' as const } };
    const [a, b] = await Promise.all([isv.createOffer(offer, gus('k1')), isv.createOffer(offer, gus('k1'))]);
    expect(a).toEqual(b);
    expect(a.status).toBe('done');
    expect(await isv.createOffer(offer, gus('k2'))).toEqual({
      status: 'refused',
      reason: { code: 'invalid-offer-id', problems: [{ code: 'taken' }] },
    });
    expect(await isv.createOffer({ ...offer, offerId: 'by-ada' }, { userId: 'ada', idempotencyKey: 'k3' })).toEqual({
      status: 'refused',
      reason: { code: 'forbidden', needed: ['Global admin', 'Account admin'] },
    });
    const log = await pc.activity.list(new Date(NOW.getTime() - HOUR), new Date(NOW.getTime() + HOUR));
    expect(log.filter((r) => r.action === 'isv-create-offer').map((r) => r.outcome)).toEqual(['done', 'refused', 'refused']);
  });

  it('refuses an Offer ID that breaks the rules even when called directly', async () => {
    const { isv } = await sandbox();
    const r = await isv.createOffer({ offerId: 'x'.repeat(30), alias: 'Long', licensing: { mode: 'get-it-now' } }, gus('k'));
    expect(r).toEqual({ status: 'refused', reason: { code: 'invalid-offer-id', problems: [{ code: 'too-long', length: 40, max: 39 }] } });
  });

  it('reviews: issues keep the offer in Draft; a clean review moves it to Preview; then Go live; then Live 4 hours later', async () => {
    const { isv, clock } = await sandbox();
    const noUrl = await isv.publishOffer('field-notes', {}, gus('p1'));
    expect(noUrl).toMatchObject({
      status: 'done',
      value: { issues: [{ code: 'no-plan' }, { code: 'package-url-missing' }], offer: { status: 'draft' } },
    });
    expect(await isv.goLive('field-notes', gus('g0'))).toEqual({ status: 'refused', reason: { code: 'not-preview', status: 'draft' } });
    await isv.savePlan({ offerId: 'field-notes', planId: 'team', name: 'Team', description: 'For teams.', publish: true }, gus('s1'));
    const ok = await isv.publishOffer('field-notes', { packageUrl: 'https://p.example/notes.zip' }, gus('p2'));
    expect(ok).toMatchObject({ status: 'done', value: { issues: [], offer: { status: 'preview', baseLicenseModel: 'User' } } });
    expect(await isv.publishOffer('field-notes', {}, gus('p3'))).toEqual({ status: 'refused', reason: { code: 'offer-published' } });
    expect(await isv.goLive('field-notes', gus('g1'))).toMatchObject({
      status: 'done',
      value: { status: 'going-live', goLiveAt: NOW.toISOString() },
    });
    expect(await isv.goLive('field-notes', gus('g2'))).toEqual({
      status: 'refused',
      reason: { code: 'not-preview', status: 'going-live' },
    });
    clock.advance(4 * HOUR);
    expect((await isv.offer('field-notes'))?.status).toBe('live');
  });

  it('registers deals only for a live offer with license management', async () => {
    const { isv } = await sandbox();
    const deal = { customerName: 'Adatum', value: 100, closeDate: '2027-01-01' };
    // The demo's draft offer has license management but is not live; an offer listed with Contact me has none.
    expect(await isv.registerDeal({ ...deal, offerId: 'field-notes' }, gus('d0'))).toEqual({
      status: 'refused',
      reason: { code: 'deal-offer', reason: 'not-live' },
    });
    await isv.createOffer({ offerId: 'contact-only', alias: 'Contact only', licensing: { mode: 'contact-me' } }, gus('o0'));
    expect(await isv.registerDeal({ ...deal, offerId: 'contact-only' }, gus('d00'))).toEqual({
      status: 'refused',
      reason: { code: 'deal-offer', reason: 'no-license-management' },
    });
    const r = await isv.registerDeal({ ...deal, offerId: 'crm-sync' }, gus('d1'));
    expect(r).toMatchObject({ status: 'done', value: { dealId: 'D-2001', status: 'in-progress', registeredBy: 'gus' } });
    expect(await isv.registerDeal({ ...deal, offerId: 'crm-sync' }, gus('d1'))).toEqual(r);
    expect((await isv.deals()).map((d) => d.dealId)).toEqual(['D-1001', 'D-1002', 'D-0990', 'D-2001']);
  });

  it('invites a customer: pending until the consent is accepted; licenses only then, on published plans', async () => {
    const { isv } = await sandbox();
    const inv = await isv.inviteCustomer('D-1002', { customerName: 'Northwind Traders', domain: 'NorthwindTraders.com' }, gus('i1'));
    if (inv.status !== 'done') throw new Error('invite refused');
    expect(inv.value.relationship).toMatchObject({ relationshipId: 'northwindtraders.com', status: 'pending' });
    expect(inv.value.relationship.consentLink).toBe(`http://127.0.0.1:3978/sandbox/consent/${inv.value.relationship.token}`);
    expect(await isv.updateLicenses('D-1002', { standard: 1 }, gus('l1'), {})).toEqual({
      status: 'refused',
      reason: { code: 'licenses', reason: 'consent-pending' },
    });
    expect(await acceptConsent(isv, 'no-such-token')).toBeUndefined();
    expect((await acceptConsent(isv, inv.value.relationship.token))?.status).toBe('active');
    expect((await acceptConsent(isv, inv.value.relationship.token))?.acceptedAt).toBe(NOW.toISOString());
    expect(await isv.updateLicenses('D-1002', { gold: 1 }, gus('l2'), {})).toEqual({
      status: 'refused',
      reason: { code: 'unknown-plan', planId: 'gold' },
    });
    expect(await isv.updateLicenses('D-1002', { standard: 4, premium: 2 }, gus('l3'), await isv.licenses('D-1002'))).toMatchObject({
      status: 'done',
      value: {
        changes: [
          { kind: 'add', planId: 'standard', to: 4 },
          { kind: 'add', planId: 'premium', to: 2 },
        ],
      },
    });
    expect(await isv.licenses('D-1002')).toEqual({ standard: 4, premium: 2 });
  });

  it('refuses licenses on a deal that is no longer in progress', async () => {
    const { isv } = await sandbox();
    expect(await isv.updateLicenses('D-0990', { standard: 1 }, gus('w1'), {})).toEqual({
      status: 'refused',
      reason: { code: 'licenses', reason: 'deal-not-in-progress' },
    });
  });

  it('names the bad field of an ISV seed section', () => {
    const seed = {
      ...(DEMO_SEED as unknown as Seed),
      isv: { offers: [], plans: [{ offerId: 'ghost', planId: 'p', name: 'P', description: 'D', status: 'draft' }] },
    };
    const r = parseSeed(seed);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('isv.plans[0].offerId: no offer has id "ghost"');
  });
});
