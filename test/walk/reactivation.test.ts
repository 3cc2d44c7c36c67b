import { reactivation } from '../../domain/csp/rules';
import { InProcessAssistant } from '../support/driver';

const EXO = 'a0c1e2d3-0004-4b5c-8d6e-7f8091a2b304';
const ARCHIVING = 'a0c1e2d3-0005-4b5c-8d6e-7f8091a2b305';

/** Reactivating a subscription and its add-ons (walk 2026-11, M-9). */
describe('reactivating a subscription with add-ons', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('brings back the add-ons suspended with it, and says so before and after', async () => {
    const c = bot.conversation('gus');
    await c.say('suspend a subscription of contoso.com');
    await c.say(EXO);
    expect(await c.say('1')).toMatch(/Suspended with it: Exchange Online Archiving/);
    await c.say('cancel');
    await c.say('yes');

    const r = bot.conversation('gus');
    await r.say('reactivate a subscription of contoso.com');
    const confirm = await r.say(EXO);
    expect(confirm).toMatch(/Reactivate Exchange Online \(Plan 1\)\?/);
    expect(confirm).toMatch(/Its add-ons suspended with it come back with it: Exchange Online Archiving \(add-on\)/);
    const done = await r.say('1');
    expect(done).toMatch(/Exchange Online \(Plan 1\) is active again/);
    expect(done).toMatch(/Active again with it: Exchange Online Archiving \(add-on\)/);
    expect((await bot.app.pc.csp.subscription(EXO))?.status).toBe('active');
    const archiving = await bot.app.pc.csp.subscription(ARCHIVING);
    expect(archiving?.status).toBe('active');
    expect(archiving?.suspendedWith).toBeUndefined();
  });

  it('refuses an add-on whose base is suspended before the confirmation, not after', async () => {
    const c = bot.conversation('gus');
    await c.say('suspend a subscription of contoso.com');
    await c.say(EXO);
    await c.say('1');
    await c.say('cancel');
    await c.say('yes');

    const r = bot.conversation('gus');
    await r.say('reactivate a subscription of contoso.com');
    const reply = await r.say(ARCHIVING);
    expect(reply).toMatch(/reactivate that one first/);
    expect(reply).not.toMatch(/Reactivate Exchange Online Archiving \(add-on\)\?/);
  });

  it('keeps an add-on suspended on its own suspended, and names it', () => {
    const base = {
      id: 'b',
      customerId: 'c',
      offerId: 'exo',
      quantity: 10,
      status: 'suspended' as const,
      trial: false,
      orderId: '1',
      createdAt: '2026-01-01T00:00:00Z',
    };
    const withIt = { ...base, id: 'a1', offerId: 'archiving', parentId: 'b', suspendedWith: 'b' };
    const alone = { ...base, id: 'a2', offerId: 'defender', parentId: 'b' };
    const r = reactivation(base, [base, withIt, alone]);
    expect(r.reactivated.map((s) => s.id)).toEqual(['b', 'a1']);
    expect(r.stillSuspended.map((s) => s.id)).toEqual(['a2']);
  });
});
