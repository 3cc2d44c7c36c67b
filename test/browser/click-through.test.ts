import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { t } from '../../cards/i18n';
import type { Locale } from '../../cards/strings';
import type { Msg } from '../../cards/view';
import { PROCEDURES } from '../../dialogs/registry';
import { TestAssistant } from '../support/client';
import { ARTIFACTS, chromiumAvailable, launchChromium } from './chromium';

const maybe = chromiumAvailable ? describe : describe.skip;
const WAIT = { timeout: 20_000 };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pattern for a text as Web Chat shows it: its Markdown turns ' into ’. */
const loose = (s: string) => escapeRegExp(s).replace(/'/g, "['’]");
const procedureTitle = (id: string, locale: Locale) => t(PROCEDURES.find((p) => p.id === id)!.title, locale);

/** A user of the local Web Chat page who answers by clicking the cards (and filling their fields). */
class CardUser {
  /** Cards in the transcript when the last expected card came: a newer one is the next question. */
  private seen = 0;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
    readonly problems: string[],
  ) {}

  text(key: string, params?: Msg['params']): string {
    return t({ key, params }, this.locale);
  }

  /** The newest card in the transcript. */
  card(): Locator {
    return this.page.locator('.ac-adaptiveCard').last();
  }

  /** Waits for a card newer than the last one expected whose text matches: the next question. */
  async expectCard(text: string | RegExp): Promise<void> {
    const pattern = typeof text === 'string' ? { source: loose(text), flags: 'i' } : { source: text.source, flags: text.flags };
    const handle = await this.page
      .waitForFunction(
        ({ seen, source, flags }) => {
          const cards = Array.from(document.querySelectorAll('.ac-adaptiveCard'));
          const re = new RegExp(source, flags);
          return cards.slice(seen).some((c) => re.test(c.textContent ?? '')) ? cards.length : 0;
        },
        { seen: this.seen, ...pattern },
        WAIT,
      )
      .catch(async (e: Error) => {
        // What the page showed instead, for whoever reads the failure.
        await this.shot(`failed-${this.locale}.png`);
        throw new Error(`no new card with ${String(text)} (screenshot test-artifacts/failed-${this.locale}.png): ${e.message}`);
      });
    this.seen = (await handle.jsonValue()) as number;
  }

  /** Picks a choice of the newest card: its button, or its entry in the list and then Send. */
  async pick(label: string): Promise<void> {
    const card = this.card();
    const name = new RegExp(`^\\s*${loose(label)}`);
    const radio = card.getByRole('radio', { name });
    if (await radio.count()) {
      await radio.first().check();
      await card.getByRole('button', { name: this.text('common.send'), exact: true }).click();
    } else {
      await card.getByRole('button', { name }).first().click();
    }
  }

  /** Fills the newest card's field and sends it. */
  async fill(value: string): Promise<void> {
    const card = this.card();
    await card.locator('input:not([type=radio]), textarea').first().fill(value);
    await card.getByRole('button', { name: this.text('common.send'), exact: true }).click();
  }

  /** A screenshot of the page with the newest card in view, or of that card alone. */
  async shot(name: string, what: 'page' | 'card' = 'page'): Promise<void> {
    await this.card().scrollIntoViewIfNeeded();
    if (what === 'card') await this.card().screenshot({ path: join(ARTIFACTS, name) });
    else await this.page.screenshot({ path: join(ARTIFACTS, name) });
  }

  /** What Web Chat logged about cards it could not render. */
  renderProblems(): string[] {
    return this.problems.filter((p) => /Adaptive ?Card|render/i.test(p));
  }
}

/**
 * The local Web Chat page in Chromium: one procedure of each family (software, CSP
 * subscriptions, ISV) completed by clicking the cards only, in English, French and Swedish.
 * Screenshots of the menu, a catalog and a summary are left in test-artifacts/.
 */
maybe('clicking through the local Web Chat page', () => {
  let bot: TestAssistant;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [bot, browser] = await Promise.all([new TestAssistant().start(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
  });

  async function open(user: string, locale: Locale, tag: string): Promise<CardUser> {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${bot.app.url}/?user=${user}&locale=${tag}`);
    const u = new CardUser(page, locale, problems);
    // The page, the greeting and the menu speak the page's language.
    await page
      .getByText(new RegExp(loose(u.text('root.greeting'))))
      .first()
      .waitFor(WAIT);
    await u.expectCard(u.text('root.menu.title'));
    return u;
  }

  it('software, in English: buys Windows Server for Contoso', async () => {
    const before = Date.now() - 1000;
    const u = await open('ada', 'en', 'en-US');
    // The page says who is signed in, and that the data is the sandbox.
    expect(await u.page.locator('#top').textContent()).toContain(u.text('webchat.signedIn', { name: 'Ada Okafor (ada)' }));
    expect(await u.page.locator('#sandbox').textContent()).toBe(u.text('webchat.sandbox'));
    await u.shot('01-menu-en.png');
    await u.pick(procedureTitle('buy-software', 'en'));
    await u.expectCard(/customer/i);
    await u.fill('contoso.com');
    await u.expectCard('Windows Server 2022 Standard');
    await u.shot('02-catalog-en.png', 'card');
    await u.pick('Windows Server 2022 Standard');
    await u.expectCard(/How many/);
    await u.fill('3');
    await u.expectCard(u.text('buy.choice.placeOrder'));
    await u.shot('03-summary-en.png', 'card');
    await u.pick(u.text('buy.choice.placeOrder'));
    await u.page
      .getByText(/Order \d+ placed: Windows Server 2022 Standard/)
      .first()
      .waitFor(WAIT);
    const placed = (await bot.app.pc.software.purchases('contoso')).filter((p) => Date.parse(p.purchasedAt) >= before);
    expect(placed.map((p) => p.quantity)).toEqual([3]);
    expect(u.renderProblems()).toEqual([]);
  });

  it("CSP subscriptions, in French: lists a customer's subscriptions", async () => {
    // sam (Sales agent): a user of their own, since the language a user first spoke is kept for them.
    const u = await open('sam', 'fr', 'fr-FR');
    await u.shot('04-menu-fr.png');
    await u.pick(procedureTitle('customer-subscriptions', 'fr'));
    await u.expectCard(/client/i);
    await u.fill('contoso.com');
    await u.page
      .getByText(/Exchange Online/)
      .first()
      .waitFor(WAIT);
    await u.shot('05-subscriptions-fr.png');
    expect(u.renderProblems()).toEqual([]);
  });

  it('ISV, in Swedish: changes the licenses of a deal', async () => {
    const u = await open('gus', 'sv', 'sv-SE');
    await u.pick(procedureTitle('isv-licenses', 'sv'));
    await u.expectCard('D-1001');
    await u.pick('D-1001');
    await u.expectCard(u.text('isv.licenses.choice.stop'));
    await u.pick(u.text('isv.licenses.choice.change', { plan: 'standard' }));
    await u.expectCard(/standard/);
    await u.fill('25');
    await u.expectCard(u.text('isv.licenses.choice.update'));
    await u.pick(u.text('isv.licenses.choice.update'));
    await u.expectCard(u.text('isv.licenses.confirm.title', { deal: 'D-1001', customer: 'Fabrikam Pty' }));
    await u.shot('06-isv-summary-sv.png', 'card');
    await u.pick(u.text('isv.licenses.choice.update'));
    await u.page
      .getByText(new RegExp(loose(u.text('isv.licenses.done.title', { deal: 'D-1001', customer: 'Fabrikam Pty' }))))
      .first()
      .waitFor(WAIT);
    expect(u.renderProblems()).toEqual([]);
  });
});
