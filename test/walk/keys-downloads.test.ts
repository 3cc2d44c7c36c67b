import { InProcessAssistant } from '../support/driver';

/** Keys and downloads: Azure plans said, language names in the reader's language, no extra confirmation (walk 2026-11, C3). */
describe('keys and downloads', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('says that SUSE and Red Hat plans have no keys, instead of leaving them out silently', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    const reply = await c.say('keys for order 4716 for contoso.com');
    expect(reply).toMatch(
      /Order 4716 is SUSE Linux Enterprise Server software plan \(Azure\): a plan that runs in Azure, with no product keys or downloads/,
    );
    expect(reply).toMatch(/Not listed: 4716 and 4717, SUSE or Red Hat plans in Azure, with no keys or downloads/);
  });

  it('gives the keys once the last choice is made, with no "Get the keys?" confirmation', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    await c.say('keys for order 4711 for contoso.com');
    await c.say('French');
    const shown = await c.say('ISO, 64-bit');
    expect(shown).not.toMatch(/Get the keys and the download of/);
    expect(shown).toMatch(/Product key/);
  });

  it("names download languages in the reader's language and understands them typed", async () => {
    const c = bot.conversation('ada', { channelId: 'slack', locale: 'fr-FR' });
    const languages = await c.say('keys for order 4711 for contoso.com');
    expect(languages).toMatch(/Quelle langue d'Office LTSC Professional Plus 2024 \?/);
    expect(languages).toMatch(/^\d\. Français$/m);
    expect(languages).toMatch(/^\d\. Suédois$/m);
    expect(languages).toMatch(/^\d\. Portugais brésilien$/m);
    expect(languages).not.toMatch(/^\d\. Swedish$/m);
    // A download language typed by its French name.
    expect(await c.say('allemand')).toMatch(/Quel type de fichier\/système d'exploitation d'Office LTSC/);
    expect(c.text()).toMatch(/Langue\s?: Allemand/);
  });
});
