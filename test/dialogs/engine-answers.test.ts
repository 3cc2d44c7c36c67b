import Keyv from 'keyv';
import { toLocale } from '../../cards/i18n';
import { replyText } from '../../cards/render-text';
import { recognizers } from '../../dialogs/answers/recognizers';
import { ConversationEngine, type ConversationRecord } from '../../dialogs/engine';
import { PROCEDURES } from '../../dialogs/registry';
import { ManualClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';

/**
 * The engine in-process (no HTTP): what people type between the steps is read once, against
 * the question on screen, and the procedure gets one canonical value.
 */
let pc: SandboxPartnerCenter;
let engine: ConversationEngine;

beforeEach(async () => {
  const clock = new ManualClock(new Date('2026-11-22T08:00:00Z'));
  pc = new SandboxPartnerCenter(new Keyv(), clock);
  const seed = parseSeed(DEMO_SEED);
  if (!seed.ok) throw new Error(seed.errors.join('; '));
  await pc.seed(seed.seed);
  engine = new ConversationEngine(PROCEDURES, { pc, clock });
});
afterAll(() => recognizers.stop());

/** One conversation; a language chosen by the user is kept for its next turns, as the turn loop does. */
class Chat {
  record?: ConversationRecord;
  constructor(
    private readonly user: string,
    private locale = 'en-US',
  ) {}

  async say(text: string): Promise<string> {
    const r = await engine.turn(this.record, { kind: 'message', text }, { channelUserId: this.user, locale: this.locale });
    this.record = r.record;
    if (r.chosenLocale) this.locale = r.chosenLocale;
    return r.replies.map((x) => replyText(x, toLocale(this.locale))).join('\n');
  }
}

const planIds = async (offer: string) => (await pc.isv.plans(offer)).map((p) => p.planId).sort();

describe('"back" never crosses a change made in Partner Center', () => {
  it('plans: back after a saved plan creates nothing, and says what exists', async () => {
    const c = new Chat('gus');
    const before = await planIds('field-notes');
    expect(await c.say('create plans for field-notes')).toMatch(/1\. Add a plan/);
    expect(await c.say('Add a plan')).toMatch(/Plan ID of the new plan\?/);
    await c.say('gold');
    await c.say('Gold');
    expect(await c.say('Gold plan')).toMatch(/Save plan "gold"\?/);
    expect(await c.say('review and publish')).toMatch(/Plan "gold" is published/);
    expect(c.record?.run?.wall?.at).toBe(5);
    expect(await c.say('add')).toMatch(/Plan ID of the new plan\?/);
    const back = await c.say('back');
    expect(back).toMatch(/Back one step/);
    expect(back).not.toMatch(/Save plan/);
    expect(back).toMatch(/1\. Add a plan/);
    const wall = await c.say('back');
    expect(wall).toMatch(/can't go back past a change already made in Partner Center: Plan "gold" is published/);
    // The review's reproduction: "publish" after going back must not become a Plan ID.
    expect(await c.say('add')).toMatch(/Plan ID of the new plan\?/);
    expect(await c.say('back')).toMatch(/Back one step/);
    expect(await planIds('field-notes')).toEqual([...before, 'gold'].sort());
    expect(await c.say('cancel')).toMatch(/Stop "Create the plans/);
    const stopped = await c.say('1');
    expect(stopped).toMatch(/Already done in Partner Center, and kept: Plan "gold" is published/);
    expect(stopped).not.toMatch(/Nothing was changed/);
    expect(await planIds('field-notes')).toEqual([...before, 'gold'].sort());
  });

  it('"back" at the first question keeps the values of the first sentence', async () => {
    const c = new Chat('ada');
    expect(await c.say('cancel order 4711 for contoso.com')).toMatch(/Order 4711 can be cancelled/);
    const back = await c.say('back');
    expect(back).toMatch(/This is the first question/);
    expect(back).toMatch(/Order 4711 can be cancelled/);
  });
});

describe('choices at every prompt', () => {
  it('the stop question takes its number, its label and yes/no words', async () => {
    const c = new Chat('ada');
    await c.say('cancel order 4711 for contoso.com');
    expect(await c.say('cancel')).toMatch(/Stop "Cancel a software purchase"\?/);
    expect(await c.say('2')).toMatch(/continue where we were/);
    await c.say('cancel');
    expect(await c.say('No, continue')).toMatch(/continue where we were/);
    await c.say('cancel');
    expect(await c.say('Yes, stop it')).toMatch(/Stopped\. Nothing was changed/);

    const fr = new Chat('ada', 'fr-FR');
    await fr.say('annule la commande 4711 pour contoso.com');
    expect(await fr.say('annuler')).toMatch(/Arrêter/);
    expect(await fr.say('oui')).toMatch(/Arrêté/);
  });

  it('a typed label is that answer, in the user language or English, never another procedure', async () => {
    const c = new Chat('ada', 'fr-FR');
    expect(await c.say('annule la commande 4711 pour contoso.com')).toMatch(/4711/);
    expect(await c.say("J'ai lu ce message")).toMatch(/Annuler cette commande|Annuler la commande/);
    const en = new Chat('ada');
    await en.say('cancel order 4711 for contoso.com');
    expect(await en.say('i have READ this')).toMatch(/Cancel this purchase\?/);
  });

  it('follows an Offer ID suggestion by its label', async () => {
    const c = new Chat('gus');
    await c.say('create an offer');
    expect(await c.say('Slack Offer')).toMatch(/How about "slack-offer"\?/);
    const taken = await c.say('Use "slack-offer"');
    expect(taken).not.toMatch(/can't be used as/);
    expect(taken).toMatch(/alias/i);
  });

  it("menu titles in the user's language start their procedure", async () => {
    const c = new Chat('ada', 'fr-FR');
    expect(await c.say('Annuler un achat de logiciel')).toMatch(/C'est parti/);
  });
});

describe('values in four languages', () => {
  it('a French amount with a decimal comma, and a date as written in France', async () => {
    const c = new Chat('gus', 'fr-FR');
    expect(await c.say('register a deal for Contoso Pharma')).toMatch(/valeur de la transaction/);
    expect(await c.say('beaucoup')).toMatch(/par exemple 25\s000,50\s\$US/);
    expect(await c.say('25 000,50')).toMatch(/Quand pensez-vous conclure/);
    const summary = await c.say('31/12/2026');
    expect(summary).toMatch(/Inscrire cette transaction/);
    expect(summary).toMatch(/25\s000,50\s\$US/);
    expect(await c.say('oui')).toMatch(/D-\d+/);
  });

  it.each([
    ['fr-FR', 'le mois dernier', /1 oct\. 2026 au 31 oct\. 2026/],
    ['fr-FR', '01/11/2026 au 20/11/2026', /1 nov\. 2026 au 20 nov\. 2026/],
    ['sv-SE', 'igår', /21 nov\. 2026/],
    ['nl-NL', 'afgelopen 7 dagen', /16 nov 2026 tot 22 nov 2026/],
    ['nl-NL', 'van 1 november tot 20 november', /1 nov 2026 tot 20 nov 2026/],
  ])('dates at the activity log step (%s "%s")', async (locale, text, shown) => {
    const c = new Chat('gus', locale);
    await c.say('activity log');
    expect(await c.say(text)).toMatch(shown);
  });

  it('"1e3" is not a license count, and the bounds are said', async () => {
    const c = new Chat('ada');
    await c.say('buy software for Wingtip');
    expect(await c.say('Windows Server 2022 Standard')).toMatch(/How many licenses/);
    expect(await c.say('1e3')).toMatch(/"1e3" is not a whole number from 1 to 10,000/);
    expect(await c.say('three')).toMatch(/Place this order\?/);
  });
});

describe('language', () => {
  it("each turn speaks its activity's language; only an explicit choice sticks", async () => {
    const en = new Chat('gus', 'en-US');
    expect(await en.say('status')).toMatch(/No procedure is in progress/);
    const fr = new Chat('gus', 'fr-FR');
    expect(await fr.say('statut')).toMatch(/Aucune procédure/);
    expect(await fr.say('tala svenska')).toMatch(/svenska/);
    expect(await fr.say('status')).not.toMatch(/No procedure|Aucune/);
  });
});

describe('after a procedure', () => {
  it('one short line, not the whole menu again', async () => {
    const c = new Chat('gus');
    expect(await c.say('activity log 2026-11-01 to 2026-11-10')).toMatch(/Activity from/);
    const finished = await c.say('Finish');
    expect(finished).toMatch(/What next\?/);
    expect(finished).not.toMatch(/CSP software: 1/);
  });
});

describe('card forms', () => {
  it('reads a form field like a typed answer, and leaves out only the field that does not fit', async () => {
    const c = new Chat('gus', 'fr-FR');
    await c.say('register a deal');
    const run = c.record!.run!;
    const submit = (fields: Record<string, string>) =>
      engine.turn(c.record, { kind: 'submit', run: run.id, seq: c.record!.run!.seq, fields }, { channelUserId: 'gus', locale: 'fr-FR' });
    const r = await submit({ customerName: 'Contoso Pharma', value: 'beaucoup', closeDate: '31/12/2026' });
    c.record = r.record;
    const text = r.replies.map((x) => replyText(x, 'fr')).join('\n');
    expect(text).toMatch(/« beaucoup » n'est pas un montant/);
    expect(text).toMatch(/valeur de la transaction pour Contoso Pharma/);
    expect(await c.say('25 000,50')).toMatch(/Inscrire cette transaction|Pour quelle offre/);
  });
});
