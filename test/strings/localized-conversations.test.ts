import { InProcessAssistant } from '../support/driver';

/** Intl separates thousands with no-break spaces in French and Swedish; the expectations use plain ones. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('cancelling a purchase in French, Swedish and Dutch', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('speaks French from the activity locale, with French numbers and money, through to the cancellation', async () => {
    const c = bot.conversation('ada', { locale: 'fr-FR' });
    const notice = plain(await c.say('annuler la commande 4711 pour contoso.com'));
    expect(notice).toMatch(/C'est parti : Annuler un achat de logiciel\./);
    expect(notice).toMatch(/La commande 4711 peut être annulée : il reste 50 jours, jusqu'au /);
    expect(notice).toMatch(/Logiciel perpétuel : un crédit de 100 %, soit 2 400,00 €, sur votre prochaine facture mensuelle\./);
    expect(await c.say('aide')).toMatch(/Choisissez « J'ai lu ce message » pour continuer/);
    expect(await c.say('pourquoi')).toMatch(/L'Espace partenaires vous demande de confirmer/);
    const summary = plain(await c.click("J'ai lu ce message"));
    expect(summary).toMatch(/Annuler cet achat \?/);
    expect(summary).toMatch(/ID de commande : 4711/);
    expect(summary).toMatch(/Crédit prévu : 2 400,00 €/);
    const done = plain(await c.click('Annuler la commande 4711'));
    expect(done).toMatch(/La commande 4711 \(Office LTSC Professional Plus 2024\) est annulée\./);
    expect(done).toMatch(/jusqu'à 15 minutes à apparaître dans le tableau de bord de l'Espace partenaires/);
    // French counts 0 as singular.
    expect(done).toMatch(/Révoqués : 1 clé et 0 lien de téléchargement\./);
    expect((await bot.app.pc.software.purchase('4711'))?.status).toBe('cancelled');
  });

  it('speaks Swedish by typing alone, and keeps its words for the commands', async () => {
    const c = bot.conversation('ada', { locale: 'sv-SE', channelId: 'slack' });
    expect(await c.say('avbryt order 4712 för contoso.com')).toMatch(/Order 4712 kan avbrytas: 1 dag kvar, till och med /);
    expect(await c.say('läge')).toMatch(/Du är i "Avbryt ett programvaruköp", vid steget: bekräfta det viktiga meddelandet\./);
    expect(await c.say('1')).toMatch(/Avbryta det här köpet\?/);
    const done = plain(await c.say('1'));
    expect(done).toMatch(/Order 4712 \(Windows Server 2022 Standard\) är avbruten\./);
    expect(done).toMatch(/Återkallade: 1 nyckel och 0 nedladdningslänkar\./);
    expect(done).toMatch(/En kredit på 100 %, dvs\. 1 069,00 €, visas på din nästa månadsfaktura\./);
  });

  it('speaks Dutch: the refusals with their reasons and dates, and stopping a procedure', async () => {
    const c = bot.conversation('ada', { locale: 'nl-NL' });
    const refused = await c.say('annuleer bestelling 4714 voor Contoso Ltd');
    expect(refused).toMatch(
      /Bestelling 4714 valt buiten de annuleringsperiode van 60 dagen, die op \d{1,2} [a-z]{3,4}\.? \d{4}, \d{2}:\d{2} UTC is afgelopen/,
    );
    // Another order of the same product: Office's other order, not the product list.
    expect(await c.say('1')).toMatch(/Welke bestelling van Office LTSC Professional Plus 2024\?/);
    expect(await c.say('4716')).toMatch(/Bestelling 4716 is een softwareabonnement van SUSE in Azure/);
    expect(await c.say('annuleren')).toMatch(/"Een softwareaankoop annuleren" stoppen\?/);
    expect(await c.say('ja')).toMatch(/Gestopt\. Er is niets gewijzigd in Partnercentrum\./);
    expect((await bot.app.pc.software.purchase('4716'))?.status).toBe('active');
  });

  it("names the missing role in the reader's language, the role itself as Partner Center knows it", async () => {
    const c = bot.conversation('sam', { locale: 'nl-NL' });
    expect(await c.say('annuleer een softwareaankoop')).toMatch(
      /"Een softwareaankoop annuleren" vereist de Partnercentrum-rol Admin agent\. Uw rol: Sales agent\./,
    );
  });

  it('switches language when asked, mid-procedure, without losing the answers', async () => {
    const c = bot.conversation('ada');
    expect(await c.say('cancel order 4711 for contoso.com')).toMatch(/Order 4711 can be cancelled/);
    const switched = plain(await c.say('tala svenska'));
    expect(switched).toMatch(/Från och med nu pratar jag svenska med dig\./);
    expect(switched).toMatch(/Permanent programvara: en kredit på 100 %, dvs\. 2 400,00 €/);
    expect(await c.say('läge')).toMatch(/Du är i "Avbryt ett programvaruköp", vid steget: bekräfta det viktiga meddelandet\./);
  });
});
