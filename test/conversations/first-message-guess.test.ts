import { ManualClock } from '../../domain/clock';
import { InProcessAssistant } from '../support/driver';

/**
 * A long first message the recognizer leans to one procedure for, not surely enough to start it
 * unasked: that procedure is offered with one click ("Did you mean …?"), the sentence's values
 * kept, and the whole menu a click away. Never a "did not understand" before it.
 */
describe('a first message offered as a guess', () => {
  const SENTENCE =
    "Hello, le responsable IT de Lakeside School District vient de valider le devis, faut qu'on leur prenne une licence SQL Server";
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant(new ManualClock(new Date('2026-11-10T09:00:00Z'))).start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('is asked about, then started with the values of the sentence on "oui"', async () => {
    const c = bot.conversation('ada', { locale: 'fr-FR' });
    const offered = await c.say(SENTENCE);
    expect(offered).toMatch(/Vouliez-vous dire « Acheter des logiciels ou des réservations Azure » \?/);
    expect(offered).not.toMatch(/Désolé, je n.ai pas compris|Je ne suis pas sûr/);
    const started = await c.say('oui');
    expect(started).toMatch(/C'est parti : Acheter des logiciels ou des réservations Azure/);
    // The customer named in the sentence was taken (an education customer: the rule that it cannot buy software is said).
    expect(started).toMatch(/Lakeside School District/);
  });

  it('offers the procedure by its title after "Oui :", not as a capital after a comma', async () => {
    const c = bot.conversation('ada', { locale: 'fr-FR' });
    await c.say(SENTENCE);
    expect(c.findAction(/^Oui/).title).toBe('Oui : Acheter des logiciels ou des réservations Azure');
    expect(await c.click('Oui : Acheter des logiciels ou des réservations Azure')).toMatch(/C'est parti : Acheter des logiciels/);
  });

  it('shows the whole menu on "Non, afficher le menu"', async () => {
    const c = bot.conversation('ada', { locale: 'fr-FR' });
    await c.say(SENTENCE);
    expect(await c.click('Non, afficher le menu')).toMatch(/Que voulez-vous faire \?/);
  });

  it('a short request is still started at once', async () => {
    const c = bot.conversation('ada');
    expect(await c.say('buy software for fabrikam')).toMatch(/Let's go: Buy software or Azure reservations/);
  });
});
