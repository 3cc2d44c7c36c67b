import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { TestAssistant } from '../support/client';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium for this test`);
const maybe = available ? describe : describe.skip;

/** The local Web Chat page, in a real browser: a newcomer completes a cancellation. */
maybe('the local Web Chat page', () => {
  let bot: TestAssistant;
  let browser: Browser;
  jest.setTimeout(90_000);

  beforeAll(async () => {
    bot = await new TestAssistant().start();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
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
    await bot.stop();
  });

  it('greets, and completes a cancellation with typed text and card buttons', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${bot.app.url}/`);
    await page.getByText('Hello! I am the Partner Center Assistant.').first().waitFor({ timeout: 30_000 });
    const box = page.getByRole('textbox').first();
    await box.fill('cancel order 4711 for contoso.com');
    await box.press('Enter');
    await page.getByRole('button', { name: 'I have read this' }).last().click({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Cancel order 4711' }).last().click({ timeout: 20_000 });
    await page.getByText('Order 4711 (Office LTSC Professional Plus 2024) is cancelled.').first().waitFor({ timeout: 20_000 });
    if (process.env.SCREENSHOT) await page.screenshot({ path: process.env.SCREENSHOT, fullPage: true });
    expect((await bot.app.pc.software.purchase('4711'))?.status).toBe('cancelled');
  });
});
