import { InProcessAssistant } from '../test/support/driver';
import { understandFirstMessage, firstMessage } from '../dialogs/engine/routing';
import { PROCEDURES } from '../dialogs/registry';
import { knownNames } from '../dialogs/understand';
import { prefillFor } from '../dialogs/nlu/extract';
(async () => {
  const bot = await new InProcessAssistant().start();
  const pc = bot.app.pc as any;
  const text = process.argv[2] ?? 'cancel order 4711 for contoso.com';
  const ctx = { procedures: PROCEDURES, allowed: () => true, lang: 'en' as const, pc, now: new Date() };
  const def = PROCEDURES.find((p) => p.id.includes('cancel'))!;
  const time = async (name: string, f: () => Promise<unknown> | unknown, n = 2000) => {
    for (let i = 0; i < 200; i++) await f();
    const t = performance.now();
    for (let i = 0; i < n; i++) await f();
    console.log(name.padEnd(20), ((performance.now() - t) / n * 1000).toFixed(0), 'us');
  };
  await time('knownNames', () => knownNames(pc, text));
  await time('understandFirst', () => understandFirstMessage(text, ctx));
  await time('firstMessage', () => firstMessage(def, text, 'en', new Date(), pc));
  await time('prefillFor', () => prefillFor(def, text, 'en', new Date()));
  let i = 0;
  await time('whole turn', async () => { const c = bot.conversation('ada', { channelId: 'emulator', id: `x${i++}` }); await c.say(text); }, 1000);
  process.exit(0);
})();
