import Keyv from 'keyv';
import { ManualClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { TestAssistant } from '../support/client';

/**
 * Review 2026-11 finding 11: a refusal was stored as the effect's outcome, so the same run
 * kept saying "you no longer hold a role" after the role was back.
 */
describe('finding 11: a refusal is not replayed as the outcome of later attempts', () => {
  it("the same idempotency key acts once the refusal's reason is gone, and still only once", async () => {
    const pc = new SandboxPartnerCenter(new Keyv(), new ManualClock(new Date('2026-11-10T09:00:00Z')));
    const seed = parseSeed(DEMO_SEED);
    if (!seed.ok) throw new Error(seed.errors.join());
    await pc.seed(seed.seed);
    const effect = { userId: 'ada', idempotencyKey: 'run-1:cancel:4711' };
    await pc.directory.setRoles('ada', []);
    expect(await pc.software.cancel('4711', effect)).toMatchObject({ status: 'refused', reason: { code: 'forbidden' } });
    await pc.directory.setRoles('ada', ['Admin agent']);
    const done = await pc.software.cancel('4711', effect);
    expect(done).toMatchObject({ status: 'cancelled', orderId: '4711' });
    // The key now holds the change: a repeat returns it and does nothing twice.
    expect(await pc.software.cancel('4711', effect)).toEqual(done);
    const log = await pc.activity.list(new Date('2026-11-01'), new Date('2026-11-11'));
    expect(log.filter((e) => e.action === 'cancel-software-purchase').map((e) => e.outcome)).toEqual(['refused', 'done']);
  });

  it('in a conversation: confirm refused, role back, confirm again in the same run cancels', async () => {
    const bot = await new TestAssistant().start();
    try {
      const ada = bot.conversation('ada');
      await ada.say('cancel order 4711 for contoso.com');
      await ada.click('I have read this');
      await bot.app.pc.directory.setRoles('ada', []);
      expect(await ada.click(/^Cancel order 4711/)).toMatch(/no longer hold a role/);
      await bot.app.pc.directory.setRoles('ada', ['Admin agent']);
      // "Choose another order" offers the product's orders again.
      await ada.click('Choose another order');
      await ada.click(/^Order 4711/);
      await ada.click('I have read this');
      const reply = await ada.click(/^Cancel order 4711/);
      expect(reply).toMatch(/Order 4711 .* is cancelled/);
    } finally {
      await bot.stop();
    }
  });
});
