import { createHash } from 'node:crypto';
import { createClient } from '@keyv/redis';
import { ownerId } from './lock';
import {
  decode,
  encode,
  lastPerKey,
  LockLostError,
  STORE_CALL_TIMEOUT_MS,
  StoreUnavailableError,
  withTimeout,
  type DueList,
  type HeldLock,
  type Store,
  type Write,
} from './store';

/** The few commands used here, typed loosely: node-redis' own types are generic to the hilt. */
interface RedisClient {
  isReady: boolean;
  connect(): Promise<unknown>;
  destroy(): void;
  close?(): Promise<unknown>;
  on(event: 'error' | 'ready' | 'end', listener: (err?: Error) => void): unknown;
  get(key: string): Promise<string | null>;
  mGet(keys: string[]): Promise<(string | null)[]>;
  set(key: string, value: string, options?: { NX?: true; PX?: number }): Promise<string | null>;
  unlink(key: string): Promise<number>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  ping(): Promise<string>;
  sendCommand(args: string[]): Promise<unknown>;
}

/**
 * A Lua script, called by its SHA-1: Redis keeps every script it has run, so the body goes over the
 * wire (and is hashed by Redis) only when Redis lacks it (restarted, or its scripts flushed).
 */
class Script {
  readonly sha1: string;
  constructor(readonly body: string) {
    this.sha1 = createHash('sha1').update(body).digest('hex');
  }
}

const RELEASE = new Script("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end");
/**
 * Redis' clock in ms. A call that arrives after its deadline (in Redis' time) does nothing: a
 * call the assistant gave up on (Redis hung, then resumed) must not take a lock or write a turn
 * the user was told had changed nothing.
 */
const LATE = `local t = redis.call('time')
local late = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) > tonumber(ARGV[2])`;

/**
 * Takes the lock (KEYS[1], ARGV[1] its owner, ARGV[2] the deadline, ARGV[3] its time to live)
 * unless it is held, then reads KEYS[2..]: {1, values...}, or {0} when the lock was not taken.
 */
const ACQUIRE_AND_READ = new Script(`${LATE}
if late then return {0} end
if not redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[3]) then return {0} end
if #KEYS == 1 then return {1} end
return {1, unpack(redis.call('mget', unpack(KEYS, 2)))}`);

/**
 * A commit: KEYS[1] the lock (or the first record again), KEYS[2] the due list (a sorted set),
 * ARGV[1] the lock's owner ('': no lock), ARGV[2] the deadline; then per record KEYS[i],
 * ARGV[3i-6] its value ('' deletes), ARGV[3i-5] its time to live in ms ('0': none), ARGV[3i-4]
 * when it is due ('': not listed). Redis runs a script alone, so the lock check, the writes
 * and the release are one step.
 */
const COMMIT = new Script(`${LATE}
if late then return -1 end
if ARGV[1] ~= '' then
  if redis.call('get', KEYS[1]) ~= ARGV[1] then return 0 end
  redis.call('del', KEYS[1])
end
for i = 3, #KEYS do
  local v, ttl, due = ARGV[3 * i - 6], tonumber(ARGV[3 * i - 5]), ARGV[3 * i - 4]
  if v == '' then redis.call('unlink', KEYS[i])
  elseif ttl > 0 then redis.call('set', KEYS[i], v, 'PX', ttl)
  else redis.call('set', KEYS[i], v) end
  if due ~= '' and v ~= '' then redis.call('zadd', KEYS[2], due, KEYS[i])
  else redis.call('zrem', KEYS[2], KEYS[i]) end
end
return 1`);

/** Waits between reconnection attempts: 100 ms, doubling, at most 5 s. */
export const redisBackoff = (retries: number) => Math.min(100 * 2 ** retries, 5_000);

/**
 * Redis, the shared store for several processes. Every call has a time limit; while the
 * connection is down, calls fail at once (no offline queue) and the client reconnects with
 * backoff. Keys are those keyv wrote (`<namespace>::<key>`), so that existing data stays.
 */
export class RedisStore implements Store {
  readonly kind = 'redis';
  private readonly reconnectListeners: (() => void)[] = [];
  private wasDown = false;
  /** Redis' clock minus ours, in ms (measured on every connection). */
  private clockOffsetMs = 0;

  private constructor(
    private readonly client: RedisClient,
    private readonly namespace: string,
    private readonly timeoutMs: number,
  ) {}

  static async open(
    url: string,
    namespace: string,
    options: { onError: (err: Error) => void; connectTimeoutMs?: number; callTimeoutMs?: number },
  ): Promise<RedisStore> {
    const client = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 2_000, reconnectStrategy: redisBackoff },
    }) as unknown as RedisClient;
    const store = new RedisStore(client, namespace, options.callTimeoutMs ?? STORE_CALL_TIMEOUT_MS);
    let lastError = '';
    client.on('error', (err) => {
      // Logged once per outage, not once per reconnection attempt.
      if (!store.wasDown && err) options.onError(new StoreUnavailableError(`Redis: ${err.message}`));
      store.wasDown = true;
      lastError = err?.message ?? '';
    });
    client.on('ready', () => {
      void store.measureClock();
      if (!store.wasDown) return;
      store.wasDown = false;
      for (const l of store.reconnectListeners) l();
    });
    const wait = options.connectTimeoutMs ?? 10_000;
    try {
      await withTimeout(client.connect(), wait, 'connect');
    } catch {
      client.destroy();
      throw new StoreUnavailableError(
        `cannot reach Redis at ${url.replace(/\/\/[^@]*@/, '//***@')} within ${wait / 1000} s${lastError ? ` (${lastError})` : ''}`,
      );
    }
    store.wasDown = false;
    await store.measureClock();
    return store;
  }

  private async measureClock(): Promise<void> {
    try {
      const before = Date.now();
      const [sec, usec] = (await withTimeout(this.client.sendCommand(['TIME']), this.timeoutMs, 'time')) as [string, string];
      const after = Date.now();
      this.clockOffsetMs = Number(sec) * 1000 + Math.floor(Number(usec) / 1000) - (before + after) / 2;
    } catch {
      // Measured again on the next connection.
    }
  }

  /** When a call sent now must have run, in Redis' clock. */
  private deadline(): string {
    return String(Math.ceil(Date.now() + this.clockOffsetMs + this.timeoutMs));
  }

  private key(k: string): string {
    return `${this.namespace}::${k}`;
  }

  private call<T>(what: string, run: () => Promise<T>): Promise<T> {
    if (!this.client.isReady) return Promise.reject(new StoreUnavailableError(`${what}: Redis is not connected`));
    return withTimeout(run(), this.timeoutMs, what).catch((err: Error) => {
      if (err instanceof StoreUnavailableError || err instanceof LockLostError) throw err;
      // Connection errors and the client's own (closed, offline) become "unavailable".
      throw new StoreUnavailableError(`${what}: ${err.message}`);
    });
  }

  /** Runs `script` by its SHA-1, and by its body when Redis does not have it. */
  private async run(script: Script, keys: string[], args: string[]): Promise<unknown> {
    const options = { keys, arguments: args };
    try {
      return await this.client.evalSha(script.sha1, options);
    } catch (err) {
      if (!(err instanceof Error && err.message.startsWith('NOSCRIPT'))) throw err;
      return this.client.eval(script.body, options);
    }
  }

  async get(key: string): Promise<unknown> {
    const raw = await this.call('get', () => this.client.get(this.key(key)));
    return decode(raw ?? undefined, Date.now());
  }

  async getMany(keys: string[]): Promise<unknown[]> {
    if (keys.length === 0) return [];
    const raws = await this.call('getMany', () => this.client.mGet(keys.map((k) => this.key(k))));
    const now = Date.now();
    return raws.map((r) => decode(r ?? undefined, now));
  }

  async set(key: string, value: unknown, ttlMs?: number): Promise<void> {
    await this.call('set', () => this.client.set(this.key(key), encode(value), ttlMs ? { PX: ttlMs } : undefined));
  }

  async delete(key: string): Promise<void> {
    await this.call('delete', () => this.client.unlink(this.key(key)));
  }

  async commit(writes: Write[], release?: HeldLock): Promise<void> {
    if (writes.length === 0 && !release) return;
    const list = lastPerKey(writes);
    const keys = [release ? this.lockKey(release.key) : '', this.dueKey(), ...list.map((w) => this.key(w.key))];
    const args = [
      release?.owner ?? '',
      this.deadline(),
      ...list.flatMap((w) =>
        w.value === undefined ? ['', '0', ''] : [encode(w.value), String(w.ttlMs ?? 0), w.due === undefined ? '' : String(w.due)],
      ),
    ];
    // In cluster mode KEYS[1] must be a real key: the lock's, or the first record's again.
    if (!release) keys[0] = keys[2];
    const ok = await this.call('commit', () => this.run(COMMIT, keys, args));
    if (Number(ok) === -1) throw new StoreUnavailableError('commit: Redis answered too late; nothing was written');
    if (release) {
      if (Number(ok) !== 1) throw new LockLostError(`the lock on ${release.key} expired and was taken over: nothing was written`);
      release.released = true;
    }
  }

  /** Every listed record's key, scored by when it is due. */
  private dueKey(): string {
    return `${this.namespace}:due`;
  }

  async listDue(prefix: string, until: number, limit: number): Promise<DueList> {
    const full = this.key(prefix);
    // One sorted set for the namespace (the outbox is its only user): kinds of records are told apart by prefix.
    const [members, listed] = await this.call('listDue', () =>
      Promise.all([
        this.client.sendCommand(['ZRANGEBYSCORE', this.dueKey(), '-inf', String(until), 'LIMIT', '0', String(limit)]) as Promise<string[]>,
        this.client.sendCommand(['ZCARD', this.dueKey()]) as Promise<number>,
      ]),
    );
    const keys = members.filter((m) => m.startsWith(full)).slice(0, limit);
    return { keys: keys.map((k) => k.slice(this.key('').length)), listed: Number(listed) };
  }

  private lockKey(key: string): string {
    return `${this.namespace}:lock:${key}`;
  }

  async acquire(key: string, ttlMs: number): Promise<string | undefined> {
    return (await this.acquireAndRead(key, ttlMs, [])).owner;
  }

  async acquireAndRead(key: string, ttlMs: number, keys: string[]): Promise<{ owner?: string; values?: unknown[] }> {
    const owner = ownerId();
    const r = (await this.call('acquire', () =>
      this.run(ACQUIRE_AND_READ, [this.lockKey(key), ...keys.map((k) => this.key(k))], [owner, this.deadline(), String(ttlMs)]),
    )) as (number | string | null)[];
    if (Number(r[0]) !== 1) return {};
    const now = Date.now();
    // A missing key is nil in the reply, and the array ends at the last value that is there.
    return { owner, values: keys.map((_, i) => decode(r[i + 1] ?? undefined, now)) };
  }

  async release(key: string, owner: string): Promise<void> {
    await this.call('release', () => this.run(RELEASE, [this.lockKey(key)], [owner]));
  }

  async ping(): Promise<void> {
    await this.call('ping', () => this.client.ping());
  }

  async sweep(): Promise<number> {
    // Redis expires records by itself.
    return 0;
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  async disconnect(): Promise<void> {
    try {
      if (this.client.isReady && this.client.close) await withTimeout(this.client.close(), 2_000, 'close');
      else this.client.destroy();
    } catch {
      this.client.destroy();
    }
  }
}
