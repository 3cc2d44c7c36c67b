import { ManualClock } from '../../domain/clock';
import { createActor, waitFor } from 'xstate';
import { t } from '../../cards/i18n';
import { createActivityLogMachine } from '../../dialogs/procedures/activity-log/machine';
import { InProcessAssistant } from '../support/driver';

describe('activity log', () => {
  let bot: InProcessAssistant;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-11-10T09:00:00Z'));
    bot = await new InProcessAssistant(clock).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  /** Ada gets the keys of order 4711 and the link is used 12 times. */
  async function keyAccessAndDownloads(): Promise<void> {
    const ada = bot.conversation('ada', { channelId: 'slack' });
    await ada.say('keys for order 4711 for contoso.com');
    await ada.say('2');
    const shown = await ada.say('ISO, 64-bit');
    const link = /sandbox\/download\/([0-9a-f-]{36})/.exec(shown)![1];
    clock.advance(60_000);
    for (let i = 0; i < 12; i++) await bot.app.pc.softwareSales.download(link);
  }

  it('shows who accessed keys and downloaded software for a typed range, as a table, paged', async () => {
    await keyAccessAndDownloads();
    const gus = bot.conversation('gus', { channelId: 'slack' });
    const log = await gus.say('activity log 2026-11-01 to 2026-11-10');
    expect(log).toMatch(/Activity from Nov 1, 2026 to Nov 10, 2026: 13 entries/);
    expect(log).toMatch(/1 key access and 12 downloads in that period/);
    expect(log).toMatch(/Keys accessed by: Ada Okafor\./);
    expect(log).toMatch(/Software downloaded by: whoever held the download link\./);
    expect(log).toMatch(/Date \(UTC\) \| User \| Activity \| Customer \| Order \/ request \| Outcome/);
    expect(log).toMatch(/Nov 10, 2026, 9:00 AM UTC \| Ada Okafor \| Key access \| Contoso Ltd \| 4711 \| done/);
    expect(log).toMatch(/Page 1 of 2 \(entries 1 to 10\)/);
    expect(log.match(/\| Download \|/g)).toHaveLength(9);
    const next = await gus.say('1');
    expect(next).toMatch(/Page 2 of 2 \(entries 11 to 13\)/);
    expect(next.match(/\| Download \|/g)).toHaveLength(3);
    expect(await gus.say('Previous page')).toMatch(/Page 1 of 2/);
  });

  it("shows only the activity of a customer named, and everyone's on request", async () => {
    await keyAccessAndDownloads();
    const gus = bot.conversation('gus', { channelId: 'slack' });
    const contoso = await gus.say('who downloaded keys for contoso ltd between 2026-11-01 and 2026-11-10');
    expect(contoso).toMatch(/Activity for Contoso Ltd from Nov 1, 2026 to Nov 10, 2026: 13 entries/);
    const fabrikam = bot.conversation('gus', { channelId: 'slack' });
    const none = await fabrikam.say('who downloaded keys for fabrikam between 2026-11-01 and 2026-11-10');
    expect(none).toMatch(/Activity for Fabrikam Pty from Nov 1, 2026 to Nov 10, 2026: 0 entries/);
    expect(none).toMatch(/Nobody accessed keys/);
    const everyone = await fabrikam.say('all customers');
    expect(everyone).toMatch(/Activity from Nov 1, 2026 to Nov 10, 2026: 13 entries/);
    expect(everyone).not.toMatch(/All customers/);
  });

  it("shows everyone's activity, said so, when the name kept for the log fits no customer any more", async () => {
    await keyAccessAndDownloads();
    const machine = createActivityLogMachine({ pc: bot.app.pc, clock });
    const said: string[] = [];
    const run = createActor(machine, {
      input: { runId: 'r1', userId: 'gus', prefill: { customer: 'Nobody Anymore Ltd', range: '2026-11-01 to 2026-11-10' } },
    });
    run.on('say', (e) => said.push(t(e.msg, 'en')));
    run.start();
    const shown = await waitFor(run, (s) => s.matches('show'));
    expect(said).toEqual(['No customer matches "Nobody Anymore Ltd": the activity of every customer is shown.']);
    expect(shown.context.entries).toHaveLength(13);
    expect(shown.context.customers).toBeUndefined();
    run.stop();
  });

  it('names every customer a name fits, in Dutch', async () => {
    await keyAccessAndDownloads();
    const gus = bot.conversation('gus', { channelId: 'slack', locale: 'nl-NL' });
    const log = await gus.say('wie heeft sleutels gedownload voor contoso van 2026-11-01 tot 2026-11-10');
    expect(log).toMatch(/Activiteit voor Contoso Ltd en Contoso Pharma van 1 nov 2026 tot 10 nov 2026: 13 vermeldingen/);
    expect(await gus.say('alle klanten')).toMatch(/Activiteit van 1 nov 2026 tot 10 nov 2026: 13 vermeldingen/);
  });

  it('renders the table as a card of column sets, and takes the dates from the card', async () => {
    await keyAccessAndDownloads();
    const rita = bot.conversation('rita');
    await rita.join();
    expect(await rita.click('View the activity log')).toMatch(/For which dates/);
    const shown = await rita.fill({ start: '2026-11-10', end: '' });
    expect(shown).toMatch(/Activity from Nov 10, 2026 to Nov 10, 2026: 13 entries/);
    const card = rita.last.find((r) => r.card?.body.some((e) => e.type === 'ColumnSet'))!.card!;
    const rows = card.body.filter((e) => e.type === 'ColumnSet') as { columns: { items: { text: string }[] }[] }[];
    expect(rows).toHaveLength(11);
    expect(rows[0].columns.map((c) => c.items[0].text)).toEqual([
      'Date (UTC)',
      'User',
      'Activity',
      'Customer',
      'Order / request',
      'Outcome',
    ]);
    expect(rows[1].columns.map((c) => c.items[0].text)).toEqual([
      'Nov 10, 2026, 9:00 AM UTC',
      'Ada Okafor',
      'Key access',
      'Contoso Ltd',
      '4711',
      'done',
    ]);
  });

  it('validates the range: start before end, nothing in the future, real dates', async () => {
    const gus = bot.conversation('gus', { channelId: 'slack' });
    expect(await gus.say('show the activity log')).toMatch(/For which dates/);
    expect(await gus.say('2026-11-09 to 2026-11-01')).toMatch(/The start \(Nov 9, 2026\) is after the end \(Nov 1, 2026\)/);
    expect(await gus.say('2026-11-01 to 2026-11-11')).toMatch(/Nov 11, 2026 is in the future/);
    expect(await gus.say('2026-02-30')).toMatch(/"2026-02-30" is not a date that exists/);
    expect(await gus.say('yesterday-ish')).toMatch(
      /"yesterday-ish" is not a date range I can read\. Type one, for example "2026-11-01 to 2026-11-20"/,
    );
    expect(gus.text()).toMatch(/For which dates/);
    expect(await gus.say('2026-10-01 to 2026-10-31')).toMatch(/Activity from Oct 1, 2026 to Oct 31, 2026: 0 entries/);
    expect(gus.text()).toMatch(/Nobody accessed keys/);
    expect(await gus.say('last 7 days')).toMatch(/Activity from Nov 4, 2026 to Nov 10, 2026/);
  });

  it('is refused to a Helpdesk agent, naming the roles that may see it', async () => {
    expect(await bot.conversation('hana').say('activity log 2026-11-01 to 2026-11-10')).toMatch(
      /View the activity log needs one of these Partner Center roles: Global admin, Account admin, Referral admin, or Marketing content admin\. Your role: Helpdesk agent/,
    );
  });
});
