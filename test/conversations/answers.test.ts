import { ManualClock } from '../../domain/clock';
import { InProcessAssistant } from '../support/driver';

/** What people type between the steps: labels, localized values, their language, "back". */
describe('answers understood by the engine', () => {
  let bot: InProcessAssistant;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock(new Date('2026-11-22T08:00:00Z'));
    bot = await new InProcessAssistant(clock).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const planIds = async (offer: string) => (await bot.app.pc.isv.plans(offer)).map((p) => p.planId).sort();

  it('plans: "back" after a saved plan replays nothing against Partner Center, and says what exists', async () => {
    const c = bot.conversation('gus', { channelId: 'slack', id: 'plans-back' });
    const before = await planIds('field-notes');
    expect(await c.say('create plans for field-notes')).toMatch(/1\. Add a plan/);
    expect(await c.say('Add a plan')).toMatch(/Plan ID of the new plan\?/);
    await c.say('gold');
    await c.say('Gold');
    expect(await c.say('Gold plan')).toMatch(/Save plan "gold"\?/);
    expect(await c.say('review and publish')).toMatch(/Plan "gold" is published/);
    expect(await c.say('add')).toMatch(/Plan ID of the new plan\?/);
    // One step back: to the overview, rebuilt from the moment the plan was saved.
    const back = await c.say('back');
    expect(back).toMatch(/Back one step/);
    expect(back).not.toMatch(/Save plan/);
    // Further back would cross the saved plan: refused, with what was done.
    const wall = await c.say('back');
    expect(wall).toMatch(/can't go back past a change already made in Partner Center: Plan "gold" is published/);
    expect(await planIds('field-notes')).toEqual([...before, 'gold'].sort());
    // Stopping now does not claim that nothing changed.
    expect(await c.say('cancel')).toMatch(/Stop "Create the plans/);
    const stopped = await c.say('1');
    expect(stopped).toMatch(/Already done in Partner Center, and kept: Plan "gold" is published/);
    expect(stopped).not.toMatch(/Nothing was changed/);
    expect(await planIds('field-notes')).toEqual([...before, 'gold'].sort());
  });

  it("the stop question takes its number, its label and yes/no words in the conversation's language", async () => {
    const en = bot.conversation('ada', { channelId: 'slack' });
    await en.say('cancel order 4711 for contoso.com');
    await en.say('cancel');
    expect(await en.say('2')).toMatch(/continue where we were/);
    await en.say('cancel');
    expect(await en.say('Yes, stop it')).toMatch(/Stopped\. Nothing was changed/);

    const fr = bot.conversation('ada', { channelId: 'slack', locale: 'fr-FR' });
    await fr.say('annule la commande 4711 pour contoso.com');
    expect(await fr.say('annuler')).toMatch(/Arrêter/);
    expect(await fr.say('oui')).toMatch(/Arrêté/);
  });

  it('a typed label is that answer, never another procedure; Slack follows a suggestion by its label', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    await c.say('create an offer');
    expect(await c.say('Slack Offer')).toMatch(/How about "slack-offer"\?/);
    const taken = await c.say('Use "slack-offer"');
    expect(taken).toMatch(/slack-offer/);
    expect(taken).not.toMatch(/can't be used as/);
    expect(taken).not.toMatch(/Offer ID "1"/);
  });

  it('"back" at the first question keeps the values of the first sentence', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    expect(await c.say('cancel order 4711 for contoso.com')).toMatch(/4711/);
    const back = await c.say('back');
    expect(back).toMatch(/first question/);
    expect(back).toMatch(/4711/);
  });

  it('French values at the steps: an amount with a decimal comma, a date as written in France', async () => {
    const c = bot.conversation('gus', { channelId: 'slack', locale: 'fr-FR' });
    expect(await c.say('register a deal for Contoso Pharma')).toMatch(/valeur de la transaction/);
    expect(await c.say('beaucoup')).toMatch(/par exemple 25\s000,50\s\$US/);
    expect(await c.say('25 000,50')).toMatch(/Quand pensez-vous conclure/);
    expect(await c.say('31/12/2026')).toMatch(/Inscrire cette transaction \?/);
    expect(c.text()).toMatch(/25\s000,50\s\$US/);
  });

  it('dates typed at the activity log step in French, Swedish and Dutch', async () => {
    for (const [locale, text, user] of [
      ['fr-FR', 'le mois dernier', 'gus'],
      ['fr-FR', '01/11/2026 au 20/11/2026', 'gus'],
      ['sv-SE', 'igår', 'gus'],
      ['nl-NL', 'afgelopen 7 dagen', 'gus'],
      ['nl-NL', 'van 1 november tot 20 november', 'gus'],
    ]) {
      const c = bot.conversation(user, { channelId: 'slack', locale });
      await c.say('activity log');
      const shown = await c.say(text);
      expect(shown).not.toMatch(/pas pu lire|kunde inte läsa|kon geen/);
      expect(shown).toMatch(/\d{4}/);
    }
  });

  it("the activity's locale picks the language of each turn; only an explicit choice is remembered", async () => {
    const en = bot.conversation('gus', { channelId: 'slack', locale: 'en-US' });
    expect(await en.say('status')).toMatch(/No procedure is in progress/);
    const fr = bot.conversation('gus', { channelId: 'slack', locale: 'fr-FR' });
    expect(await fr.say('statut')).toMatch(/Aucune procédure/);
    // An explicit choice wins from then on, also in a conversation with another locale.
    expect(await fr.say('speak Swedish')).toMatch(/svenska/);
    const later = bot.conversation('gus', { channelId: 'slack', locale: 'en-US' });
    expect(await later.say('status')).not.toMatch(/No procedure is in progress/);
  });

  it('after a procedure: one short line, not the whole menu again', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    const done = await c.say('activity log 2026-11-01 to 2026-11-10');
    const finished = await c.say('finish');
    expect(done).toMatch(/Activity from/);
    expect(finished).toMatch(/What next\?/);
    expect(finished).not.toMatch(/CSP software: 1/);
  });
});
