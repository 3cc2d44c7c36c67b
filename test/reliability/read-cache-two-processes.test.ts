import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SESSION_KEYS } from '../../domain/sandbox/store';
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

  it('reads what a read session starts with as the turn takes its lock, not in a trip of its own', async () => {
    const bot = await new TestAssistant().start();
    try {
      const gets = jest.spyOn(bot.app.kv, 'get');
      const takes = jest.spyOn(bot.app.kv, 'acquireAndRead');
      const c = bot.conversation('ada');
      expect(await c.say('cancel order 4711 for contoso.com')).toMatch(/4711/);
      expect(await c.click('I have read this')).toMatch(/Cancel order 4711/);
      expect(takes).toHaveBeenCalledTimes(2);
      for (const [, , keys] of takes.mock.calls) expect(keys).toEqual(expect.arrayContaining([...SESSION_KEYS]));
      expect(gets.mock.calls.filter(([key]) => SESSION_KEYS.includes(key))).toEqual([]);
    } finally {
      await bot.stop();
    }
  });
});
