import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';
import type Keyv from 'keyv';
import { withLock, LOCK_BUSY, type StoreLock } from './storage/lock';

/** A condition checked when a follow-up falls due: it is sent only while it holds. */
export type FollowUpCheck = { kind: 'download-link-usable'; linkId: string };

/** A run waiting for an event from outside: it continues by itself, and its replies are sent. */
export interface ExternalContinuation {
  run: string;
  name: string;
}

/** What to send, where, and under which conditions. */
export interface FollowUpRequest {
  reference: Partial<ConversationReference>;
  /** The message, already in the conversation's language. */
  activities: Partial<Activity>[];
  check?: FollowUpCheck;
  external?: ExternalContinuation;
  /** What it is about, for the log and the audit trail (no user text). */
  topic: string;
}

/**
 * One follow-up in the outbox (`outbox:<id>`). `due` is on the sandbox's clock (it can be
 * moved); attempts, the next attempt and the age are on the system clock, like the channel.
 */
export interface OutboxItem extends FollowUpRequest {
  id: string;
  due: number;
  createdAt: number;
  attempts: number;
  nextAttempt: number;
  firstFailureAt?: number;
  lastError?: string;
  status: 'pending' | 'sent' | 'given-up' | 'skipped';
  doneAt?: number;
  /** The replies of an external continuation once its turn ran: a retry sends these, it does not run the turn again. */
  rendered?: boolean;
}

/** A follow-up waiting for an event (`watch:<event>`), with the time after which it is dropped. */
interface Watch {
  request: FollowUpRequest;
  until: number;
}

/** The pending list (`outbox:index`): each pending item's id and when it is due. */
const INDEX = 'outbox:index';
type IndexEntry = [id: string, due: number];
const INDEX_LOCK = { ttlMs: 10_000, waitMs: 10_000 };
/** Finished items are kept this long (what was sent or given up can be looked at), then expire. */
const KEEP_DONE_MS = 7 * 24 * 3_600_000;
/** A waiting follow-up whose event never comes is dropped after this long. */
export const WATCH_MAX_MS = 30 * 24 * 3_600_000;
const MAX_WATCHES_PER_EVENT = 20;

/**
 * The outbox's records on the shared store, through its ordinary interface (keyv) and its
 * lock: items, the list of pending ids, and the follow-ups waiting for an event.
 */
export class OutboxStore {
  constructor(
    private readonly kv: Keyv,
    private readonly lock: StoreLock,
  ) {}

  async add(request: FollowUpRequest, due: number, wallNow: number): Promise<OutboxItem> {
    const item: OutboxItem = { ...request, id: randomUUID(), due, createdAt: wallNow, attempts: 0, nextAttempt: 0, status: 'pending' };
    // The item first, then its id in the list: a crash in between leaves only an unreferenced record.
    await this.kv.set(`outbox:${item.id}`, item);
    await this.locked(INDEX, async () => {
      const entries = ((await this.kv.get(INDEX)) as IndexEntry[] | undefined) ?? [];
      await this.kv.set(INDEX, [...entries, [item.id, item.due]]);
    });
    return item;
  }

  /**
   * The pending items due at `now` (the list says when each is due, so only those are read),
   * and the listed ids that are finished or gone (a sender stopped before taking them out).
   */
  async due(now: number): Promise<{ items: OutboxItem[]; stale: string[] }> {
    const entries = ((await this.kv.get(INDEX)) as IndexEntry[] | undefined) ?? [];
    const ids = entries.filter(([, due]) => due <= now).map(([id]) => id);
    if (ids.length === 0) return { items: [], stale: [] };
    const found = (await this.kv.get(ids.map((id) => `outbox:${id}`))) as (OutboxItem | undefined)[];
    return {
      items: found.filter((i): i is OutboxItem => !!i && i.status === 'pending'),
      stale: ids.filter((_, i) => found[i]?.status !== 'pending'),
    };
  }

  get(id: string): Promise<OutboxItem | undefined> {
    return this.kv.get(`outbox:${id}`) as Promise<OutboxItem | undefined>;
  }

  async save(item: OutboxItem): Promise<void> {
    await this.kv.set(`outbox:${item.id}`, item, item.status === 'pending' ? undefined : KEEP_DONE_MS);
  }

  /** Takes these finished items out of the pending list. */
  async prune(finished: string[]): Promise<void> {
    if (finished.length === 0) return;
    await this.locked(INDEX, async () => {
      const entries = ((await this.kv.get(INDEX)) as IndexEntry[] | undefined) ?? [];
      const keep = entries.filter(([id]) => !finished.includes(id));
      if (keep.length !== entries.length) await this.kv.set(INDEX, keep);
    });
  }

  /**
   * Claims one item for sending: the store's atomic lock (SQLite upsert, Redis SET NX,
   * PostgreSQL upsert) with a lifetime longer than a send may take. A killed holder's claim
   * lapses (at once on SQLite, whose lock recognises a dead process).
   */
  claim(id: string, ttlMs: number): Promise<string | undefined> {
    return this.lock.acquire(`outbox-send:${id}`, ttlMs);
  }

  release(id: string, owner: string): Promise<void> {
    return this.lock.release(`outbox-send:${id}`, owner);
  }

  async watch(event: string, request: FollowUpRequest, wallNow: number): Promise<void> {
    const key = `watch:${event}`;
    await this.locked(key, async () => {
      const list = (((await this.kv.get(key)) as Watch[] | undefined) ?? []).filter((w) => w.until > wallNow);
      // One conversation waits once for one event: watching again replaces the earlier wait.
      const others = list.filter((w) => w.request.reference.conversation?.id !== request.reference.conversation?.id || w.request.reference.channelId !== request.reference.channelId);
      await this.kv.set(key, [...others, { request, until: wallNow + WATCH_MAX_MS }].slice(-MAX_WATCHES_PER_EVENT), WATCH_MAX_MS);
    });
  }

  /**
   * Hands the follow-ups waiting for this event to `enqueue`, then forgets them: each is raised
   * once. They are enqueued before they are forgotten, so that a crash in between loses none.
   */
  async raise(event: string, wallNow: number, enqueue: (request: FollowUpRequest) => Promise<unknown>): Promise<number> {
    const key = `watch:${event}`;
    const count = await this.locked(key, async () => {
      const list = (((await this.kv.get(key)) as Watch[] | undefined) ?? []).filter((w) => w.until > wallNow);
      for (const w of list) await enqueue(w.request);
      await this.kv.delete(key);
      return list.length;
    });
    return count ?? 0;
  }

  private async locked<T>(key: string, task: () => Promise<T>): Promise<T | undefined> {
    const r = await withLock(this.lock, `outbox-list:${key}`, INDEX_LOCK, task);
    if (r === LOCK_BUSY) throw new Error(`the outbox list ${key} is busy`);
    return r;
  }
}
