import { SqliteStore } from '../bot/storage/sqlite-store';
import { post, activity, plain } from '../bench/lib/client';
const log: string[] = [];
let on = false;
const P = SqliteStore.prototype as any;
for (const m of ['get', 'getMany', 'commit', 'acquire', 'release', 'set', 'listDue']) {
  const orig = P[m];
  P[m] = async function (...a: any[]) {
    const t = performance.now();
    const r = await orig.apply(this, a);
    if (on) {
      const size = JSON.stringify(r ?? null).length;
      const keys = m === 'getMany' ? `${a[0].length} keys ${a[0].slice(0, 4).join(',')}` : m === 'commit' ? a[0].map((w: any) => w.key).join(',') : String(a[0]);
      log.push(`${m} ${keys} -> ${size}B ${(performance.now() - t).toFixed(2)}ms`);
    }
    return r;
  };
}
(async () => {
process.env.PORT = '3991';
process.env.STORAGE_URL = 'sqlite:///tmp/trace-store.sqlite';
await import('../bot/main');
await new Promise((r) => setTimeout(r, 3000));
const url = 'http://127.0.0.1:3991';
for (let i = 0; i < 3; i++) {
  on = i === 2;
  const text = process.argv[2] ?? 'cancel order 4711 for contoso.com';
  const r = await post(url, activity(`c${i}${Date.now()}`, `u${i}`, `a${i}`, text, 'emulator'));
  if (on) console.log(plain(r.replies).slice(0, 200));
}
console.log(log.join('\n'));
process.exit(0);
})();
