import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { ISV_DEMO_SEED } from '../../domain/sandbox/isv-seed';
import { TestAssistant } from '../support/client';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium for this test`);
const maybe = available ? describe : describe.skip;

/** The demo data with the offer field-notes already in Preview, so that it can go live at once. */
function seedWithPreviewOffer(dir: string): string {
  const offers = (ISV_DEMO_SEED.offers ?? []).map((o) =>
    o.offerId === 'field-notes'
      ? {
          ...o,
          baseLicenseModel: 'User' as const,
          packageUrl: 'https://packages.contosoisv.example/field-notes/1.0.0.zip',
          previewAt: '1 day ago',
        }
      : o,
  );
  const file = join(dir, 'seed.json');
  writeFileSync(file, JSON.stringify({ ...DEMO_SEED, isv: { ...ISV_DEMO_SEED, offers } }));
  return file;
}

/** A newcomer in the local Web Chat: go live, move the sandbox clock 4 hours, and the follow-up shows in the page. */
maybe('the go-live follow-up in the local Web Chat, with the sandbox clock', () => {
  let bot: TestAssistant;
  let browser: BrowserContext;
  let dir: string;
  jest.setTimeout(120_000);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pca-clock-'));
    bot = await new TestAssistant({ SANDBOX_SEED: seedWithPreviewOffer(dir) }).start();
    // A fresh profile of its own (launchPersistentContext is how Playwright takes --user-data-dir).
    browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      viewport: { width: 1000, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('goes live, moves the clock 4 hours on /sandbox/clock, and the follow-up appears in the chat', async () => {
    const chat = await browser.newPage();
    await chat.goto(`${bot.app.url}/?user=gus&locale=en-US`);
    await chat.getByText('Hello! I am the Partner Center Assistant.').first().waitFor({ timeout: 30_000 });
    const box = chat.getByRole('textbox').first();
    await box.fill('go live field-notes');
    await box.press('Enter');
    // The question is a card (typing answers it); the procedure's start is a text message.
    await chat
      .getByText(/Make an offer live \(ISV\)/)
      .first()
      .waitFor({ timeout: 20_000 });
    await box.fill('yes');
    await box.press('Enter');
    await chat.getByText('yes', { exact: true }).first().waitFor({ timeout: 20_000 });
    for (let i = 0; i < 200 && (await bot.app.pc.isv.offer('field-notes'))?.status !== 'going-live'; i++) await chat.waitForTimeout(100);
    expect((await bot.app.pc.isv.offer('field-notes'))?.status).toBe('going-live');
    expect(await chat.getByText(/is now live on AppSource/).count()).toBe(0);

    const clock = await browser.newPage();
    await clock.goto(`${bot.app.url}/sandbox/clock`);
    await clock.getByRole('button', { name: '+4 hours' }).click();
    await clock.getByText('1 follow-up was sent.').waitFor({ timeout: 20_000 });

    await chat.bringToFront();
    // Web Chat shows straight quotes as typographic ones.
    await chat
      .getByText(/Follow-up: offer .field-notes. is now live on AppSource/)
      .first()
      .waitFor({ timeout: 20_000 });
    await chat.getByRole('button', { name: 'Register a deal' }).first().waitFor({ timeout: 10_000 });
    if (process.env.SCREENSHOT) await chat.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    expect((await bot.app.pc.isv.offer('field-notes'))?.status).toBe('live');
  });
});
