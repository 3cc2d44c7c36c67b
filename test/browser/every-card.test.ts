import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_VERSION, promptCard } from '../../cards/render-card';
import { msg } from '../../cards/view';
import { cardCorpus, distinctForms, type CorpusCard } from './card-corpus';
import { CardRenderer } from './card-render';
import { ARTIFACTS, chromiumAvailable, launchChromium } from './chromium';

const maybe = chromiumAvailable ? describe : describe.skip;

/** Web Chat renders Adaptive Cards up to 1.6, Teams up to 1.5: every card must fit the lower. */
const TEAMS_VERSION = '1.5';

const name = (c: { where: string; locale: string }) => `${c.where} [${c.locale}]`;

/**
 * Every card the assistant can send (every waiting state of every procedure machine, from
 * xstate/graph, and every question met walking the assistant on the demo data), in the four
 * languages: valid for the adaptivecards package at Teams' version, and drawn by the real Web
 * Chat in Chromium with nothing logged.
 */
maybe('every card', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let renderer: CardRenderer;
  let corpus: Awaited<ReturnType<typeof cardCorpus>>;
  jest.setTimeout(180_000);

  beforeAll(async () => {
    [browser, corpus] = await Promise.all([launchChromium(), cardCorpus()]);
    renderer = await CardRenderer.open(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('comes from every waiting state of every procedure machine', () => {
    expect(corpus.states.length).toBeGreaterThan(50);
    expect(corpus.uncovered).toEqual([]);
  });

  it(`declares Adaptive Cards ${CARD_VERSION} at most, and has a plain-text form`, () => {
    expect(CARD_VERSION).toBe(TEAMS_VERSION);
    const bad = corpus.cards.find((c) => c.card.version !== TEAMS_VERSION || !c.text.trim());
    expect(bad && name(bad)).toBeUndefined();
  });

  it('is parsed and validated by the adaptivecards package without a problem', async () => {
    const invalid = await renderer.firstInvalid(corpus.cards, TEAMS_VERSION);
    expect(invalid && `${name(invalid.card)}: ${invalid.problems.join('; ')}`).toBeUndefined();
  });

  it('renders in Web Chat with no warning or error (each form of card of each step, the languages in turn)', async () => {
    // Teams' forms (Universal Actions, answered copies) never reach Web Chat: validated above only.
    const failed = await renderer.firstUnrendered(distinctForms(corpus.cards.filter((c) => !c.where.includes('(Teams'))));
    expect(failed && `${name(failed.card)}: ${failed.console.join('\n') || 'an empty box'}`).toBeUndefined();
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  describe('the check itself', () => {
    const unlabeled: CorpusCard = {
      where: 'a list with no label',
      locale: 'en',
      text: 'x',
      card: {
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'Input.ChoiceSet', id: 'choice', style: 'expanded', isRequired: true, choices: [{ title: 'One', value: '1' }] }],
        actions: [{ type: 'Action.Submit', title: 'Send' }],
      },
    };
    const good = (where: string): CorpusCard => ({
      where,
      locale: 'en',
      text: 'x',
      card: promptCard(
        {
          run: 'r',
          seq: 1,
          title: msg('common.raw', { text: where }),
          choices: ['a', 'b', 'c', 'd', 'e', 'f'].map((v) => ({ value: v, label: msg('common.raw', { text: v }) })),
        },
        'en',
      ),
    });

    it('fails on a required input without a label, naming its card', async () => {
      const cards = [good('first'), good('second'), unlabeled, good('last')];
      const invalid = await renderer.firstInvalid(cards, TEAMS_VERSION);
      expect(invalid?.card.where).toBe('a list with no label');
      expect(invalid?.problems.join(' ')).toMatch(/label/i);
      const failed = await renderer.firstUnrendered(cards);
      expect(failed?.card.where).toBe('a list with no label');
      expect(failed?.console.join(' ')).toMatch(/Required inputs should have a label/);
    });

    it('fails on an element the renderers do not know', async () => {
      const unknown: CorpusCard = {
        where: 'a chart',
        locale: 'en',
        text: 'x',
        card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Chart.Pie', data: [] }] },
      };
      expect((await renderer.firstInvalid([good('ok'), unknown], TEAMS_VERSION))?.card.where).toBe('a chart');
    });

    it('passes the cards it should', async () => {
      expect(await renderer.firstInvalid([good('one'), good('two')], TEAMS_VERSION)).toBeUndefined();
      expect(await renderer.firstUnrendered([good('one'), good('two')])).toBeUndefined();
    });
  });

  it('leaves a picture of the cards as a test artefact', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const menu = corpus.cards.filter((c) => c.where.startsWith('menu') && c.locale === 'en').slice(0, 1);
    await renderer.firstUnrendered(menu);
    await renderer.screenshot(join(ARTIFACTS, 'cards-menu-en.png'));
  });
});
