/**
 * Whether a turn's cost grows with the sandbox's data: one assistant process under the
 * benchmark's load, phase after phase (walks, orders placed and cancelled, walks again),
 * each phase's turns/s and p99, and with `--profile` the CPU profile of each phase.
 * `node --import tsx bench/growth.ts [--profile] [--seconds S] [--phases walk,change,walk,first]`
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CANCELLATION_WALK, FIRST_MESSAGE, ORDER_PLACED_AND_CANCELLED, runLoad, type Scenario } from './lib/load';
import { memoryOf, startServer } from './lib/processes';
import { mainThreadProfile, summarizeProfile } from './lib/profile';

const SCENARIOS: Record<string, Scenario> = { walk: CANCELLATION_WALK, first: FIRST_MESSAGE, change: ORDER_PLACED_AND_CANCELLED };

/** CPU time the process has used (user + system, all its threads), in ms: not skewed by other load on the machine. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime, fields 14 and 15 of stat, in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const mb = (bytes: number | undefined) => ((bytes ?? 0) / 1024 / 1024).toFixed(0);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      profile: { type: 'boolean', default: false },
      seconds: { type: 'string', default: '8' },
      phases: { type: 'string', default: 'walk,change,walk,first,change,walk,first' },
      connections: { type: 'string', default: '50' },
      keep: { type: 'boolean', default: false },
      top: { type: 'string', default: '25' },
      env: { type: 'string', default: '' },
    },
  });
  const seconds = Number(values.seconds);
  const dir = mkdtempSync(join(tmpdir(), 'pca-growth-'));
  const profDir = join(dir, 'profiles');
  const extraEnv = Object.fromEntries(
    values
      .env!.split(',')
      .filter(Boolean)
      .map((kv) => kv.split('=') as [string, string]),
  );
  const server = await startServer(
    'assistant',
    'bot/main.ts',
    { STORAGE_URL: `sqlite://${join(dir, 'store.sqlite')}`, ...extraEnv },
    values.profile ? { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir], tsx: true } : {},
  );
  const windows: { name: string; from: number; to: number }[] = [];
  try {
    console.log(`load before: ${loadavg()[0].toFixed(2)}`);
    let i = 0;
    for (const phase of values.phases!.split(',')) {
      const scenario = SCENARIOS[phase];
      const from = performance.now() - server.spawnedAt;
      const cpuBefore = cpuMs(server.pid);
      const r = await runLoad({
        url: server.url,
        scenario,
        conversations: 1000,
        connections: Number(values.connections),
        durationSec: seconds,
        channelId: 'emulator',
        tag: `p${i++}${phase}`,
      });
      const to = performance.now() - server.spawnedAt;
      const cpu = (cpuMs(server.pid) - cpuBefore) / Math.max(1, r.turns);
      windows.push({ name: `${i} ${phase}`, from, to });
      console.log(
        `${i} ${phase.padEnd(7)} ${r.turnsPerSec.toFixed(0).padStart(5)} turns/s  p50 ${r.p50} ms  p99 ${r.p99} ms  max ${r.max} ms  CPU ${cpu.toFixed(2)} ms/turn  failed ${r.failed}  RSS ${mb(memoryOf(server.pid, 'VmRSS'))} MB (peak ${mb(server.peakRss())})  load ${loadavg()[0].toFixed(2)}`,
      );
      for (const s of r.samples) console.log(`   ${s}`);
    }
    console.log(`peak RSS ${mb(server.peakRss())} MB`);
  } finally {
    await server.stop();
  }
  if (values.profile) {
    const file = mainThreadProfile(profDir)!;
    for (const w of windows) {
      const s = summarizeProfile(file, { fromMs: w.from + 200, toMs: w.to - 200, top: Number(values.top) });
      console.log(`\n== phase ${w.name}: busy ${(s.totalMs - s.idleMs).toFixed(0)} of ${s.totalMs.toFixed(0)} ms`);
      for (const m of s.byModule.slice(0, 12)) console.log(`  ${(m.share * 100).toFixed(1).padStart(5)}%  ${m.name}`);
      console.log('  --');
      for (const f of s.byFunction) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
    }
  }
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
