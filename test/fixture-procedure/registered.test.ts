import { join } from 'node:path';
import { t } from '../../cards/i18n';
import { LOCALES } from '../../cards/strings';
import { PROCEDURES, register } from '../../dialogs/registry';
import { questionsOf } from '../../dialogs/understand/catalogue';
import { InProcessAssistant } from '../support/driver';
import { runWalk, unwalked, walksIn } from '../reliability/walk-table';
import { testBell } from './index';
import { WITH_BELL } from './registry';
import { walk } from './walk';

jest.setTimeout(120_000);

/**
 * A procedure written in one folder (test/fixture-procedure: machine, prompts, strings in four
 * languages, phrases, menu group, roles, first-sentence values, a question it answers) and registered with one line
 * (registry.ts) is found everywhere a procedure is: nothing else is edited.
 */
describe('a procedure registered with one line', () => {
  let bot: InProcessAssistant;
  beforeAll(async () => {
    bot = await new InProcessAssistant(undefined, WITH_BELL).start();
  });

  it('is in the menu, in its own group after the others, for the roles it names', async () => {
    const menu = await bot.conversation('ada').say('menu');
    expect(menu).toMatch(/CSP subscriptions: 5–8\nBells: 9\n/);
    expect(menu).toMatch(/9\. Ring the test bell \(Rings a bell for the customers whose name holds a word\)/);
    // Sam is a Sales agent: the bell is not his, and he is told which roles it needs.
    const sam = bot.conversation('sam');
    expect(await sam.say('menu')).not.toMatch(/Bells|Ring the test bell/);
    expect(await sam.say('ring the test bell')).toMatch(
      /Ring the test bell needs one of these Partner Center roles: Admin agent or Global admin/,
    );
  });

  it('starts from a first message in its own words, in each language, with the values the sentence gives', async () => {
    const started = await bot.conversation('ada').say('ring the test bell for Contoso');
    expect(started).toMatch(/Let's go: Ring the test bell\./);
    expect(started).toMatch(/The bell rang for Contoso Ltd and Contoso Pharma\./);
    expect(await bot.conversation('gus', { locale: 'fr-FR' }).say('sonner la cloche')).toMatch(/Pour quel client dois-je sonner \?/);
    expect(await bot.conversation('gus', { locale: 'sv-SE' }).say('ring i testklockan')).toMatch(/För vilken kund ska jag ringa\?/);
    expect(await bot.conversation('gus', { locale: 'nl-NL' }).say('luid de testbel')).toMatch(/Voor welke klant moet ik luiden\?/);
    // Its menu title typed back starts it too.
    expect(await bot.conversation('ada').say('Ring the test bell')).toMatch(/For which customer shall I ring\?/);
  });

  it('answers its own question from a first message in each language, without starting, and at a step of another procedure', async () => {
    const count = (await bot.app.pc.customers.list()).length;
    const en = await bot.conversation('ada').say('who would hear the test bell?');
    expect(en).toContain(`All ${count} customers in Partner Center can hear the bell.`);
    expect(en).not.toMatch(/For which customer shall I ring\?|Let's go/);
    expect(await bot.conversation('gus', { locale: 'fr-FR' }).say('qui va entendre la cloche ?')).toContain(
      `Les ${count} clients de Partner Center entendent tous la cloche.`,
    );
    expect(await bot.conversation('gus', { locale: 'sv-SE' }).say('vilka kunder hör klockan?')).toContain(
      `Alla ${count} kunder i Partner Center kan höra klockan.`,
    );
    expect(await bot.conversation('gus', { locale: 'nl-NL' }).say('welke klanten horen de bel?')).toContain(
      `Alle ${count} klanten in Partner Center kunnen de bel horen.`,
    );
    // Asked at a step of buying software, it is answered and the step's question comes again.
    const c = bot.conversation('ada');
    const buying = await c.say('buy software');
    const answered = await c.say('how many customers can hear the bell?');
    expect(answered).toContain(`All ${count} customers in Partner Center can hear the bell.`);
    expect(answered).toContain(buying.trim().split('\n').pop());
    // Declared in the procedure's folder: only the registry line makes it known.
    expect(questionsOf(WITH_BELL).map((q) => q.id)).toContain('bell-hearers');
    expect(questionsOf(PROCEDURES).map((q) => q.id)).not.toContain('bell-hearers');
    // Two procedures declaring one question: the recognizer could not tell whose answer to give.
    expect(() => register([...WITH_BELL, { ...testBell, id: 'test-bell-2' }])).toThrow('the question bell-hearers is declared twice');
  });

  it('answers help, why and status at its steps with its own texts, and its choices by number', async () => {
    const c = bot.conversation('gus', { locale: 'fr-FR' });
    await c.say('sonner la cloche');
    expect(await c.say('aide')).toMatch(/Tapez une partie du nom d’un client, par exemple « Contoso »\./);
    expect(await c.say('pourquoi')).toMatch(/La cloche ne sonne que pour des clients\./);
    expect(await c.say('zzz')).toMatch(/Aucun nom de client ne contient « zzz »\./);
    expect(await c.say('fabrikam')).toMatch(/La cloche a sonné pour Fabrikam/);
    expect(await c.say('statut')).toMatch(/Sonner la cloche d'essai/);
    expect(await c.say('2')).not.toMatch(/Pour quel client/);
  });

  it('has its texts in the catalogue in every language', () => {
    for (const l of LOCALES) expect(t({ key: 'bell.title' }, l)).not.toBe('bell.title');
    expect(t({ key: 'conversation.group.bells' }, 'sv')).toBe('Klockor');
  });

  it('needs a crash walk, and its walk passes: SIGKILL at every state', async () => {
    const walks = { ...walksIn(join(__dirname, '../reliability/walks')), 'test-bell': walk };
    expect(unwalked(WITH_BELL, walksIn(join(__dirname, '../reliability/walks')))).toEqual({ missing: ['test-bell'], stray: [] });
    expect(unwalked(WITH_BELL, walks)).toEqual({ missing: [], stray: [] });
    expect(unwalked(PROCEDURES, walks).stray).toEqual(['test-bell']);
    await runWalk('test-bell', walk, { procedures: WITH_BELL, entry: 'test/fixture-procedure/server.ts' });
  });
});
