import { ManualClock } from '../../domain/clock';
import { InProcessAssistant } from '../support/driver';

const STANDARD = 'a0c1e2d3-0003-4b5c-8d6e-7f8091a2b303';

/** The activity log: names instead of ids, translated, key accesses and downloads first (walk 2026-11, M-14). */
describe('activity log: what it shows', () => {
  let bot: InProcessAssistant;
  const clock = new ManualClock(new Date('2026-11-10T09:00:00Z'));
  beforeAll(async () => {
    bot = await new InProcessAssistant(clock).start();
    const ada = bot.conversation('ada', { channelId: 'slack' });
    await ada.say('keys for order 4711 for contoso.com');
    await ada.say('2');
    const shown = await ada.say('ISO, 64-bit');
    const link = /sandbox\/download\/([0-9a-f-]{36})/.exec(shown)![1];
    clock.advance(60_000);
    await bot.app.pc.softwareSales.download(link);
    await bot.app.pc.csp.changeQuantity(STANDARD, 22, { userId: 'sam', idempotencyKey: 'walk-quantity' });
    // A refused start is recorded under the procedure's id.
    await bot.conversation('hana', { channelId: 'slack' }).say('show the activity log for the last 7 days');
  });
  afterAll(async () => {
    await bot.stop();
  });

  it('lists key accesses and downloads first, and every other activity on request, by name', async () => {
    const gus = bot.conversation('gus', { channelId: 'slack' });
    const log = await gus.say('activity log 2026-11-01 to 2026-11-10');
    expect(log).toMatch(/Listed: key accesses and downloads only \(2 other entries in that period: "Show all activity" lists them too\)/);
    expect(log).toMatch(/\| Key access \|/);
    expect(log).toMatch(/\| Download link holder \| Download \|/);
    expect(log).not.toMatch(/License count changed/);
    expect(log).toMatch(/1\. Show all activity \(4\)/);
    const all = await gus.say('1');
    expect(all).toMatch(/\| Sam [^|]*\| License count changed \|/);
    expect(all).toMatch(/\| Hana Berg \| Activity log \| — \| — \| refused/);
    for (const id of ['change-subscription-quantity', 'activity-log', 'keys-and-downloads', 'software-download'])
      expect(all).not.toMatch(new RegExp(`\\| ${id} \\|`));
  });

  it("is in the reader's language, the link holder too", async () => {
    const log = await bot.conversation('rita', { channelId: 'slack', locale: 'nl-NL' }).say('activity log 2026-11-01 to 2026-11-10');
    expect(log).toMatch(/Software gedownload door: wie de downloadkoppeling had\./);
    expect(log).toMatch(/\| Houder van de downloadkoppeling \| Download \|/);
    expect(log).not.toMatch(/Download link holder/);
  });
});
