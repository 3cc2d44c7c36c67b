import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const target = new RegExp(process.argv[3]);
const byId = new Map<number, any>(p.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n: any) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<number, number>(); let busy = 0;
p.samples.forEach((id: number, i: number) => { self.set(id, (self.get(id) ?? 0) + p.timeDeltas[i]); const f = byId.get(id).callFrame.functionName; if (f !== '(idle)' && f !== '(program)') busy += p.timeDeltas[i]; });
const depth = Number(process.argv[4] ?? 3);
const agg = new Map<string, number>();
for (const [id, us] of self) {
  const chain: string[] = []; let found = false;
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n = byId.get(cur); const nm = name(n);
    if (!found && target.test(nm)) { found = true; chain.push(nm); continue; }
    if (found) { if (!/node:internal|runMicrotasks|processTicks|__awaiter|fulfilled|step |(anon) :0/.test(nm)) chain.push(nm); if (chain.length > depth) break; }
  }
  if (found) { const k = chain.join(' <- '); agg.set(k, (agg.get(k) ?? 0) + us); }
}
[...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, v]) => console.log((v / busy * 100).toFixed(1).padStart(5) + '%  ' + k));
