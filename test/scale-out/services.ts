import { spawnSync } from 'node:child_process';

/**
 * The shared stores the scale-out tests need. On a developer's machine a missing service
 * skips its tests with a warning; in CI (CI=true) it fails them, so that a missing service
 * is never mistaken for a pass.
 */
export interface Service {
  name: string;
  url: string;
  reachable: boolean;
}

function tcpReachable(url: string, defaultPort: number): boolean {
  const u = new URL(url);
  const host = u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
  const port = Number(u.port || defaultPort);
  // Decided before the tests are declared (jest declares them synchronously), hence a child process.
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `const s=require('net').connect(${port},${JSON.stringify(host)});s.on('connect',()=>process.exit(0));s.on('error',()=>process.exit(1));s.setTimeout(2000,()=>process.exit(1));`,
    ],
    { timeout: 5000 },
  );
  return probe.status === 0;
}

export function service(name: 'Redis' | 'PostgreSQL'): Service {
  const url =
    name === 'Redis'
      ? (process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379')
      : (process.env.TEST_POSTGRES_URL ?? 'postgres://127.0.0.1:5432/test');
  const reachable = tcpReachable(url, name === 'Redis' ? 6379 : 5432);
  if (!reachable && process.env.CI !== 'true') {
    console.warn(`${name} is not reachable at ${url}: its scale-out tests are skipped on this machine (they run, and fail, in CI).`);
  }
  return { name, url, reachable };
}

/** `describe`, or `describe.skip` outside CI when the service is missing. */
export function describeWith(s: Service): jest.Describe {
  return s.reachable || process.env.CI === 'true' ? describe : describe.skip;
}

/** Fails loudly (in CI) when the service cannot be reached. */
export function requireReachable(s: Service): void {
  if (!s.reachable) throw new Error(`${s.name} is not reachable at ${s.url}: CI=true requires it for the scale-out tests`);
}

/** A name unique to this test run, usable as a key prefix or an SQL table name. */
export function runTag(prefix: string): string {
  return `${prefix}_${process.pid.toString(36)}_${Date.now().toString(36)}_${Math.floor(Math.random() * 36 ** 4).toString(36)}`;
}

type PgConnection = { connect(): Promise<void>; query(sql: string): Promise<{ rows: Record<string, unknown>[] }>; end(): Promise<void> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { Client: PgClient } = require('pg') as {
  Client: new (o: { connectionString: string; connectionTimeoutMillis: number }) => PgConnection;
};

/** The configured URL, or the first of the usual local users (postgres, root) that may connect. */
export async function connectable(base: string): Promise<string> {
  const u = new URL(base);
  const candidates = u.username ? [base] : ['postgres', 'root'].map((user) => Object.assign(new URL(base), { username: user }).toString());
  const errors: string[] = [];
  for (const url of candidates) {
    const c = new PgClient({ connectionString: url, connectionTimeoutMillis: 3000 });
    try {
      await c.connect();
      await c.query('SELECT 1');
      return url;
    } catch (e) {
      errors.push(`${url}: ${(e as Error).message}`);
    } finally {
      await c.end().catch(() => undefined);
    }
  }
  throw new Error(`PostgreSQL: no user may connect:\n${errors.join('\n')}`);
}
