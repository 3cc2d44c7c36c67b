import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAssistant } from '../support/client';

describe('the sandbox read cache, two processes on one store', () => {
  it("shows a turn started after the other process's cancellation the order as cancelled", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pca-cache-'));
    const env = { STORAGE_URL: `sqlite://${join(dir, 'shared.sqlite')}` };
    const one = await new TestAssistant(env).start();
    const two = await new TestAssistant(env).start();
    try {
      // Process one has read the order, its customer and its product.
      expect(await one.conversation('ada').say('cancel order 4711 for contoso.com')).toMatch(/4711/);
      const c2 = two.conversation('ada');
      await c2.say('cancel order 4711 for contoso.com');
      await c2.click('I have read this');
      expect(await c2.click('Cancel order 4711')).toMatch(/is cancelled/);
      const again = await one.conversation('ada').say('cancel order 4711 for contoso.com');
      expect(again).toMatch(/already (been )?cancelled/);
      expect(again).not.toMatch(/can be cancelled/);
    } finally {
      await one.stop();
      await two.stop();
    }
  });
});
