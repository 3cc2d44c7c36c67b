import Database from 'better-sqlite3';
import { copyFileSync } from 'node:fs';
const src = '/tmp/pca-growth-5DAJk1/store.sqlite';
copyFileSync(src, '/tmp/sq3.sqlite');
const variants: Record<string, string[]> = { default: [], cache64: ['cache_size = -65536'], mmap: ['mmap_size = 268435456'], both: ['cache_size = -65536', 'mmap_size = 268435456'] };
const dbs = Object.fromEntries(Object.entries(variants).map(([k, ps]) => { const db = new Database('/tmp/sq3.sqlite'); db.pragma('journal_mode = WAL'); for (const p of ps) db.pragma(p); return [k, db]; }));
const keys = (dbs.default.prepare("SELECT key FROM kv").pluck().all() as string[]);
console.log(keys.length, 'keys', keys.slice(0, 3));
const stmts = Object.fromEntries(Object.entries(dbs).map(([k, db]) => [k, db.prepare('SELECT value FROM kv WHERE key = ? AND (expires IS NULL OR expires > ?)').pluck()]));
const res: Record<string, number[]> = {};
for (let round = 0; round < 6; round++) for (const k of Object.keys(stmts)) {
  const t = performance.now(); let bytes = 0;
  for (let i = 0; i < 20000; i++) { const v = stmts[k].get(keys[(i * 7919) % keys.length], Date.now()) as string; bytes += v?.length ?? 0; }
  (res[k] ??= []).push((performance.now() - t) / 20000 * 1000);
}
for (const [k, v] of Object.entries(res)) console.log(k.padEnd(8), v.map((x) => x.toFixed(1)).join(' '), 'us/get');
