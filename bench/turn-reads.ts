/**
 * What one turn reads from the store, in this process: the first message of the benchmark
 * ("cancel order 4711 for contoso.com") over SQLite, with the sandbox's read sessions and
 * without (the engine given a port without `session`), in alternating rounds. Prints the store
 * reads and the CPU time per turn of each. `node --import tsx bench/turn-reads.ts [--turns N] [--rounds R]`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSeed } from '../bot/app';
import { createStoreBackend } from '../bot/storage/store-backend';
import { SqliteStore } from '../bot/storage/sqlite-store';
import { systemClock } from '../domain/clock';
import { SandboxPartnerCenter } from '../domain/sandbox/sandbox';
import { ConversationEngine } from '../dialogs/engine';
import { PROCEDURES } from '../dialogs/registry';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { turns: { type: 'string', default: '300' }, rounds: { type: 'string', default: '4' } } });
  const dir = mkdtempSync(join(tmpdir(), 'pca-reads-'));
  const kv = new SqliteStore(join(dir, 'store.sqlite'), 'pca');
  let reads = 0;
  const counted = Object.assign(Object.create(kv) as SqliteStore, {
    get: (key: string) => {
      reads++;
      return kv.get(key);
    },
    getMany: (keys: string[]) => {
      reads++;
      return kv.getMany(keys);
    },
  });
  const pc = new SandboxPartnerCenter(counted, systemClock, createStoreBackend(kv));
  await pc.seed(await loadSeed(undefined));
  // The same port without read sessions: every read goes to the store.
  const uncached = new Proxy(pc, { get: (t, k) => (k === 'session' ? undefined : Reflect.get(t, k)) });
  const engines = {
    session: new ConversationEngine(PROCEDURES, { pc, clock: systemClock }),
    none: new ConversationEngine(PROCEDURES, { pc: uncached, clock: systemClock }),
  };
  const turns = Number(values.turns);
  const totals = { session: { reads: 0, cpuUs: 0, turns: 0 }, none: { reads: 0, cpuUs: 0, turns: 0 } };
  for (let round = 0; round <= Number(values.rounds); round++)
    for (const name of ['none', 'session'] as const) {
      const before = { reads, cpu: process.cpuUsage() };
      for (let i = 0; i < turns; i++) {
        const r = await engines[name].turn(
          undefined,
          { kind: 'message', text: 'cancel order 4711 for contoso.com' },
          { channelUserId: 'ada' },
        );
        if (!r.replies.length) throw new Error('no reply');
      }
      const cpu = process.cpuUsage(before.cpu);
      // The first round warms up (models, JIT): not counted.
      if (round === 0) continue;
      totals[name].reads += reads - before.reads;
      totals[name].cpuUs += cpu.user + cpu.system;
      totals[name].turns += turns;
    }
  for (const [name, t] of Object.entries(totals))
    console.log(
      `${name.padEnd(8)} store reads/turn ${(t.reads / t.turns).toFixed(1)}  CPU ${(t.cpuUs / t.turns / 1000).toFixed(3)} ms/turn`,
    );
  await kv.disconnect();
  rmSync(dir, { recursive: true, force: true });
}

void main();
