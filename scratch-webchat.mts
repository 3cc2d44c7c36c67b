import { launchChromium } from './test/browser/chromium.ts';
const [locale, out, ...steps] = process.argv.slice(2);
const { context, close } = await launchChromium();
const page = await context.newPage();
await page.setViewportSize({ width: 900, height: 1400 });
await page.goto(`http://127.0.0.1:3980/?locale=${locale}`);
await page.waitForSelector('[data-id="webchat-sendbox-input"]', { timeout: 20000 });
for (const step of steps) {
  if (step.startsWith('click:')) await page.getByRole('button', { name: step.slice(6), exact: true }).last().click();
  else { await page.fill('[data-id="webchat-sendbox-input"]', step); await page.keyboard.press('Enter'); }
  await page.waitForTimeout(2500);
}
await page.screenshot({ path: out, fullPage: false });
const text = await page.locator('[role="log"], .webchat__basic-transcript').first().innerText().catch(() => '');
console.log(text.slice(-2500));
await close();
