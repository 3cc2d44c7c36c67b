import { launchChromium } from '../test/browser/chromium';
(async () => {
  const url = process.argv[2]; const out = process.argv[3]; const msgs = process.argv.slice(4);
  const { context, close } = await launchChromium();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-id="webchat-sendbox-input"], input[type=text], textarea', { timeout: 20000 });
  await page.waitForTimeout(2500);
  for (const m of msgs) {
    if (m.startsWith('click:')) { await page.getByRole('button', { name: m.slice(6) }).last().click(); }
    else { const box = page.locator('[data-id="webchat-sendbox-input"]').first(); await box.fill(m); await box.press('Enter'); }
    await page.waitForTimeout(2500);
  }
  await page.screenshot({ path: out, fullPage: false });
  await close();
})();
