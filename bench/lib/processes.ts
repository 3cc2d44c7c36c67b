import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as builder from '../../scripts/build';

export const ROOT = resolve(__dirname, '..', '..');

export interface Server {
  name: string;
  url: string;
  pid: number;
  /** Milliseconds from spawn to the "listening" line. */
  listeningAfterMs: number;
  spawnedAt: number;
  child: ChildProcess;
  output(): string;
  /** Peak resident set size of the process so far (Linux), in bytes. */
  peakRss(): number | undefined;
  stop(): Promise<void>;
}

/**
 * How a bot is started. Every bot runs compiled, as `npm start` runs the assistant: the
 * assistant through `scripts/start.js` (built beforehand, as `npm ci` leaves it), a baseline
 * from its own bundle made the same way. `tsx` runs the TypeScript itself (for profiles: their
 * frames then name the project's files).
 */
function command(name: string, entry: string, tsx: boolean): string[] {
  // The assistant keeps npm start's Node flags (its heap tuning) under tsx too: a profile is of the process users run.
  if (tsx) return [...(entry === 'bot/main.ts' ? builder.startNodeArgs() : []), '--import', 'tsx', entry];
  if (entry === 'bot/main.ts') {
    builder.ensureBuilt();
    return builder.startArgs();
  }
  const out = join(ROOT, 'dist', 'bench', `${name}-${process.pid}.js`);
  builder.build(join(ROOT, entry), out);
  return ['--no-deprecation', out];
}

/**
 * Starts a bot as its own Node process and resolves once it prints the address it listens on.
 */
export function startServer(
  name: string,
  entry: string,
  env: Record<string, string>,
  options: { nodeArgs?: string[]; timeoutMs?: number; tsx?: boolean } = {},
): Promise<Server> {
  const args = command(name, entry, options.tsx ?? false);
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...args], {
    cwd: ROOT,
    // REDIS_URL would win over STORAGE_URL: only the caller's choice counts.
    env: { ...process.env, REDIS_URL: '', LOG_LEVEL: 'error', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let exited = false;
  const exit = new Promise<void>((ok) =>
    child.once('exit', () => {
      exited = true;
      ok();
    }),
  );
  return new Promise<Server>((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`${name} did not start within ${options.timeoutMs ?? 30_000} ms:\n${out}`));
    }, options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.length > 100_000) out = out.slice(-50_000);
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (!m) return;
      child.stdout?.off('data', onData);
      clearTimeout(timer);
      const url = m[1];
      ok({
        name,
        url,
        pid: child.pid!,
        spawnedAt,
        listeningAfterMs: performance.now() - spawnedAt,
        child,
        output: () => out,
        peakRss: () => peakRss(child.pid!),
        stop: async () => {
          if (!exited) child.kill('SIGTERM');
          const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
          await exit;
          clearTimeout(killer);
          if (args[1]?.includes(`${join('dist', 'bench')}`)) for (const f of [args[1], `${args[1]}.map`]) rmSync(f, { force: true });
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`${name} exited (${code}) before listening:\n${out}`));
    });
  });
}

export function peakRss(pid: number): number | undefined {
  return memoryOf(pid, 'VmHWM');
}

/** A process's memory in bytes from /proc: `VmRSS` now, `VmHWM` at its peak; undefined once it is gone. */
export function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
