import { ManualClock } from '../../domain/clock';
import type { Conversation } from '../support/conversation';
import { InProcessAssistant } from '../support/driver';

const DAY = 86_400_000;
const linkIn = (text: string) => /sandbox\/download\/([0-9a-f-]{36})/.exec(text)?.[1];

describe('software keys and downloads', () => {
  let bot: InProcessAssistant;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-11-10T09:00:00Z'));
    bot = await new InProcessAssistant(clock).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  async function keysFor4711(c: Conversation): Promise<string> {
    await c.join();
    expect(await c.click('Get software keys and downloads')).toMatch(/Whose software/);
    expect(await c.fill({ answer: 'contoso.com' })).toMatch(/Which software of Contoso Ltd\?/);
    // SUSE and Red Hat plans have nothing to download: they are named apart, not offered.
    expect(c.text()).toMatch(/Not listed: 4716 and 4717, SUSE or Red Hat plans in Azure/);
    expect(c.last.flatMap((r) => r.card?.body ?? []).some((e) => JSON.stringify(e).includes('"value":"4716"'))).toBe(false);
    expect(await c.click('Office LTSC Professional Plus 2024, order 4711')).toMatch(
      /Which language of Office LTSC Professional Plus 2024\?/,
    );
    expect(c.text()).toMatch(/Version: Office LTSC Professional Plus 2024/);
    expect(await c.click('French')).toMatch(/Which file type \/ OS/);
    // The last choice gets the keys: reading them needs no extra confirmation (walk 2026-11, minor 13).
    return c.click('ISO, 64-bit');
  }

  it('gives the key and a link, counts downloads, expires the link after 50 and renews it', async () => {
    const c = bot.conversation('ada');
    const shown = await keysFor4711(c);
    expect(shown).toMatch(/Product key: [A-Z0-9]{5}(-[A-Z0-9]{5}){4}/);
    expect(shown).toMatch(/This link works until Nov 24, 2026, 9:00 AM UTC or for 50 more downloads, whichever comes first/);
    expect(shown).toMatch(/Downloads left: 50/);
    const first = linkIn(shown)!;
    expect(first).toBeDefined();

    for (let i = 1; i <= 49; i++)
      expect(await bot.app.pc.softwareSales.download(first)).toMatchObject({ status: 'ok', downloadsLeft: 50 - i });
    expect(await bot.app.pc.softwareSales.download(first)).toMatchObject({ status: 'ok', downloadsLeft: 0 });
    expect(await bot.app.pc.softwareSales.download(first)).toMatchObject({ status: 'refused', reason: 'downloads' });

    const renewed = await c.click('Get keys and downloads again');
    expect(renewed).toMatch(/previous link for these choices had expired \(50 downloads were made\), so here is a new one/);
    const second = linkIn(renewed)!;
    expect(second).not.toBe(first);
    expect(renewed).toMatch(/50 more downloads/);
    expect(await bot.app.pc.softwareSales.download(second)).toMatchObject({ status: 'ok', downloadsLeft: 49 });

    const log = await bot.app.pc.activity.list(new Date(clock.now().getTime() - DAY), clock.now());
    expect(log.filter((r) => r.action === 'software-key-access' && r.userId === 'ada')).toHaveLength(2);
    expect(log.filter((r) => r.action === 'software-download' && r.outcome === 'done')).toHaveLength(51);
    expect(log.filter((r) => r.action === 'software-download' && r.outcome === 'refused')).toHaveLength(1);
  });

  it('keeps a link through day 14 and gives a new one once two weeks have passed, by typing', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('keys for order 4712 for contoso.com')).toMatch(/Which version of Windows Server 2022 Standard\?/);
    expect(await c.say('2')).toMatch(/Which language/);
    const shown = await c.say('german');
    expect(shown).not.toMatch(/Get the keys and the download of/);
    expect(shown).toMatch(/File type\/OS: ISO, 64-bit/);
    expect(shown).toMatch(/Version: Windows Server 2019 Standard/);
    const first = linkIn(shown);
    clock.advance(14 * DAY - 1);
    const sameLink = await c.say('Get keys and downloads again');
    expect(linkIn(sameLink)).toBe(first);
    expect(sameLink).not.toMatch(/had expired/);
    clock.advance(1);
    expect(await bot.app.pc.softwareSales.download(first!)).toMatchObject({ status: 'refused', reason: 'time' });
    const renewed = await c.say('1');
    expect(renewed).toMatch(/had expired \(two weeks have passed\)/);
    expect(linkIn(renewed)).not.toBe(first);
    expect(renewed).toMatch(/until Dec 8, 2026/);
    expect(await c.say('4')).not.toMatch(/Keys and download/);
  });

  it('lists the plans with nothing to download when going back to the products from an order named at first', async () => {
    const c = bot.conversation('ada');
    await c.join();
    expect(await c.say('keys for order 4711 for contoso.com')).toMatch(/Which language of Office LTSC Professional Plus 2024\?/);
    expect(await c.click('Another product')).toMatch(/Which software of Contoso Ltd\?/);
    expect(c.text()).toMatch(/Not listed: 4716 and 4717, SUSE or Red Hat plans in Azure/);
    expect(await c.say('4716')).toMatch(/Order 4716 is SUSE Linux Enterprise Server software plan \(Azure\): a plan that runs in Azure/);
  });

  it('refuses keys to a Sales agent, naming the Admin agent role', async () => {
    expect(await bot.conversation('sam').say('get keys and downloads for contoso.com')).toMatch(
      /Get software keys and downloads needs the Partner Center role Admin agent\. Your role: Sales agent/,
    );
  });

  it('revokes the links and keys of a cancelled purchase', async () => {
    const c = bot.conversation('ada');
    const link = linkIn(await keysFor4711(c))!;
    const cancel = bot.conversation('ada', { channelId: 'slack' });
    await cancel.say('cancel order 4711 for contoso.com');
    await cancel.say('1');
    expect(await cancel.say('1')).toMatch(/Revoked: 1 key and 1 download link/);
    expect(await bot.app.pc.softwareSales.download(link)).toMatchObject({ status: 'refused', reason: 'revoked' });
    expect(await c.click('Get keys and downloads again')).toMatch(/Order 4711 was cancelled: its keys and download links are revoked/);
    const again = bot.conversation('ada', { channelId: 'slack' });
    const list = await again.say('keys for order 4711 for contoso.com');
    expect(list).toMatch(/Order 4711 was cancelled/);
    expect(list).toMatch(/Cancelled orders \(4711\) are not listed/);
  });
});
