import { InProcessAssistant } from '../test/support/driver';
(async () => {
  const bot = await new InProcessAssistant().start();
  const text = process.argv[2] ?? 'cancel order 4711 for contoso.com';
  let i = 0;
  const run = async (n: number) => { for (let k = 0; k < n; k++) { const c = bot.conversation('ada', { channelId: 'emulator', id: `x${i++}` }); await c.say(text); } };
  await run(500);
  const t = performance.now();
  await run(3000);
  console.log('turn', ((performance.now() - t) / 3000 * 1000).toFixed(0), 'us');
  process.exit(0);
})();
