import { SqliteStore } from '../bot/storage/sqlite-store';
import { post, activity, plain } from '../bench/lib/client';
const log: string[] = [];
let on = false;
const P = SqliteStore.prototype as any;
for (const m of ['get', 'getMany', 'commit', 'acquire', 'release', 'set', 'listDue']) {
  const orig = P[m];
  P[m] = async function (...a: any[]) {
    const r = await orig.apply(this, a);
    if (on) {
      const size = JSON.stringify(r ?? null).length;
      const keys = m === 'getMany' ? `${a[0].length} keys ${a[0].slice(0, 3).join(',')}` : m === 'commit' ? a[0].map((w: any) => `${w.key}(${JSON.stringify(w.value ?? null).length}B)`).join(',') : String(a[0]);
      log.push(`  ${m} ${keys} -> ${size}B`);
    }
    return r;
  };
}
(async () => {
process.env.PORT = '3991';
process.env.STORAGE_URL = 'sqlite:///tmp/trace-store2.sqlite';
await import('../bot/main');
await new Promise((r) => setTimeout(r, 3000));
const url = 'http://127.0.0.1:3991';
const steps = ['cancel a software purchase', 'contoso.com', 'Office LTSC Professional Plus 2024', '4711', '1', 'cancel', 'yes'];
for (let round = 0; round < 2; round++) for (const [i, text] of steps.entries()) {
  on = round === 1;
  if (on) log.push(`> ${text}`);
  const r = await post(url, activity(`walk${round}`, `u${round}`, `a${round}-${i}`, text, 'emulator'));
  if (on) log.push('  < ' + plain(r.replies).slice(0, 80).replace(/\n/g, ' | '));
}
console.log(log.join('\n'));
process.exit(0);
})();
