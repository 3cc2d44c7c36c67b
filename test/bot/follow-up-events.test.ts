import { TestAssistant } from '../support/client';
import { startChannel } from '../support/recording-channel';

const DAY = 86_400_000;

/** What the customer does on the sandbox's page: the page's Accept button (a form POST). */
async function accept(url: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: '' });
  expect(res.status).toBe(200);
  return res.text();
}

describe('follow-ups on what the customer does', () => {
  let bot: TestAssistant;
  let channel: Awaited<ReturnType<typeof startChannel>>;
  beforeEach(async () => {
    channel = await startChannel();
    bot = await new TestAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
    await channel.close();
  });

  it('A7: the customer accepts the consent invitation: the conversation that invited hears it, in French, with a button', async () => {
    const c = bot.conversation('gus', { locale: 'fr-FR', serviceUrl: channel.url });
    const other = bot.conversation('gus', { locale: 'fr-FR', serviceUrl: channel.url });
    await other.say('statut des offres');
    await c.say('inviter le client de D-1002');
    expect(await c.say('northwindtraders.com')).toMatch(/northwindtraders\.com/);
    const invited = await c.say('oui');
    expect(invited).toMatch(/Je vous préviendrai ici dès que Northwind Traders aura accepté/);
    const link = /(http:\/\/\S+\/sandbox\/consent\/[\w-]+)/.exec(invited)![1];
    expect(channel.requests).toHaveLength(0);

    await accept(link);
    await channel.waitForRequests(1);
    const [sent] = channel.delivered;
    expect(sent.path).toContain(`/v3/conversations/${encodeURIComponent(c.id)}/activities`);
    expect(sent.body.text).toMatch(
      /^Suivi : Northwind Traders a accepté l’invitation à donner son consentement pour la transaction D-1002/,
    );
    const button = (sent.body as { attachments?: { content: { buttons: { title: string; value: string }[] } }[] }).attachments?.[0].content
      .buttons[0];
    expect(button).toEqual(expect.objectContaining({ title: 'Gérer les licences', value: 'manage licenses for D-1002' }));
    // The button's text leads on: licenses can now be managed.
    expect(await c.say(button!.value)).not.toMatch(/n’a pas encore accepté|has not accepted/);
    // Accepting again sends nothing more.
    await accept(link);
    expect(await bot.app.followUps.poll()).toBe(0);
    expect(channel.requests).toHaveLength(1);
    // A French first sentence loads the French language model (slow on a busy machine).
  }, 90_000);

  it('B3: the customer accepts the reseller relationship: the run continues by itself, in Swedish', async () => {
    const c = bot.conversation('ada', { channelId: 'slack', locale: 'sv-SE', serviceUrl: channel.url });
    await c.say('azure management for northwind');
    const requested = await c.say('1');
    expect(requested).toMatch(/jag fortsätter här av mig själv/);
    const link = /(http:\/\/\S+\/sandbox\/relationship\/[0-9a-f]+)/.exec(requested)![1];

    await accept(link);
    // The run's two replies: what happened, and its next question.
    await channel.waitForRequests(2);
    const texts = channel.delivered.map((r) => r.body.text ?? '').join('\n');
    expect(channel.delivered.every((r) => r.path.includes(`/v3/conversations/${encodeURIComponent(c.id)}/activities`))).toBe(true);
    expect(texts).toMatch(/Northwind Traders har accepterat inbjudan: du har nu delegerade administratörsbehörigheter/);
    // The next question came by itself (which user gets a role); the conversation goes on from there.
    expect(texts).toMatch(/Lee Gu/);
    expect(await c.say('leeg@northwindtraders.com')).toMatch(/Lee Gu/);
    expect(await c.say('owner')).toMatch(/Roll: Ägare/);
  });

  it('B3: a run that finished before the customer accepted gets the message with what to say next', async () => {
    const c = bot.conversation('ada', { channelId: 'slack', serviceUrl: channel.url });
    await c.say('azure management for northwind');
    const requested = await c.say('1');
    const link = /(http:\/\/\S+\/sandbox\/relationship\/[0-9a-f]+)/.exec(requested)![1];
    await c.say('cancel');
    await c.say('yes');
    await accept(link);
    await channel.waitForRequests(1);
    expect(channel.delivered.map((r) => r.body.text)).toEqual([
      expect.stringMatching(
        /^Follow-up: Northwind Traders accepted your reseller relationship request.*"manage azure for Northwind Traders"/,
      ),
    ]);
  });

  it('C3: a download link, 2 days before it expires and at 45 of its 50 downloads, in Dutch', async () => {
    const c = bot.conversation('ada', { locale: 'nl-NL', channelId: 'slack', serviceUrl: channel.url });
    await c.say('sleutels voor bestelling 4711 voor contoso.com');
    let shown = c.text();
    for (const answer of ['1', '1', '1', '1', '1']) {
      if (/sandbox\/download\//.test(shown)) break;
      shown = await c.say(answer);
    }
    const link = /(http:\/\/\S+\/sandbox\/download\/[0-9a-f-]{36})/.exec(shown)![1];

    // 11 days later: nothing yet. 12 days and a minute: 2 days before the two weeks are over.
    bot.app.clock.advance(11 * DAY);
    expect(await bot.app.followUps.poll()).toBe(0);
    bot.app.clock.advance(DAY + 60_000);
    expect(await bot.app.followUps.poll()).toBe(1);
    expect(channel.delivered[0].body.text).toMatch(
      /^Opvolging: de downloadkoppeling voor Office LTSC Professional Plus 2024 \(bestelling 4711\) werkt niet meer vanaf/,
    );

    // Opening the link shows its page; its button (a POST) is the download that counts.
    for (let i = 1; i <= 44; i++) expect((await fetch(link, { method: 'POST' })).status).toBe(200);
    expect(channel.requests).toHaveLength(1);
    expect((await fetch(link, { method: 'POST' })).status).toBe(200);
    await channel.waitForRequests(2);
    expect(channel.delivered[1].body.text).toMatch(/is 45 keer gebruikt; na 50 downloads werkt ze niet meer/);
    expect(channel.delivered[1].path).toContain(encodeURIComponent(c.id));
  });
});
