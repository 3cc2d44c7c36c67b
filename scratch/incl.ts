import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const self = new Map<number, number>();
let at = 0; const from = Number(process.argv[3] ?? 0) * 1000, to = Number(process.argv[4] ?? 1e12) * 1000;
p.samples.forEach((id: number, i: number) => { at += p.timeDeltas[i]; if (at >= from && at < to) self.set(id, (self.get(id) ?? 0) + p.timeDeltas[i]); });
const incl = new Map<string, number>(); let busy = 0;
const name = (n: any) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
for (const [id, us] of self) {
  const n = byId.get(id); const fn = n.callFrame.functionName;
  if (fn === '(idle)' || fn === '(program)') continue;
  busy += us;
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = name(byId.get(cur)); if (seen.has(k)) continue; seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + us);
  }
}
const filt = process.argv[5] ? new RegExp(process.argv[5]) : /./;
[...incl.entries()].filter(([k]) => filt.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 70)).forEach(([k, v]) => console.log((v / busy * 100).toFixed(1).padStart(5) + '%  ' + k));
