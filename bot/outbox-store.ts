import { randomUUID } from 'node:crypto';
import type { Activity, ConversationReference } from 'botbuilder';
import { withLock, LOCK_BUSY, type HeldLock } from './storage/lock';
import type { Store, Write } from './storage/store';

/** A condition checked when a follow-up falls due: it is sent only while it holds. */
export type FollowUpCheck = { kind: 'download-link-usable'; linkId: string };

/** A run waiting for an event from outside: it continues by itself, and its replies are sent. */
export interface ExternalContinuation {
  run: string;
  name: string;
  /** The conversation's language when the run asked to be woken (unless the user chose one since). */
  locale?: string;
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
 * One follow-up in the outbox (`outbox:<id>`), listed by the store under `due` while pending. `due` is on the sandbox's clock (it can be
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

const ITEM = 'outbox:';
/** Pending items are listed by the store itself, each by its due time (the record's `due`). */
const itemWrite = (item: OutboxItem, ttlMs?: number): Write => ({
  key: `${ITEM}${item.id}`,
  value: item,
  ...(item.status === 'pending' ? { due: item.due } : { ttlMs: ttlMs ?? KEEP_DONE_MS }),
});
/** Where the pending list was one record (`[id, due]` pairs), before the store listed them: read once and moved. */
const LEGACY_INDEX = 'outbox:index';
const LIST_LOCK = { ttlMs: 10_000, waitMs: 10_000 };
/** Pending items read per poll at most (the earliest due first); the rest wait for the next poll. */
const DUE_PER_POLL = 1_000;
/** Finished items are kept this long (what was sent or given up can be looked at), then expire. */
const KEEP_DONE_MS = 7 * 24 * 3_600_000;
/** A waiting follow-up whose event never comes is dropped after this long. */
export const WATCH_MAX_MS = 30 * 24 * 3_600_000;
const MAX_WATCHES_PER_EVENT = 20;

/**
 * The outbox's records on the shared store, through its interface: items (each listed by the
 * store under its due time while pending, so that scheduling one never rewrites a shared list),
 * and the follow-ups waiting for an event. Whatever must change together (raised follow-ups and
 * the end of their wait) is one atomic commit, written while the wait list's lock is held.
 */
export class OutboxStore {
  private legacyMoved = false;

  constructor(private readonly store: Store) {}

  async add(request: FollowUpRequest, due: number, wallNow: number): Promise<OutboxItem> {
    const [item] = await this.addAll([request], due, wallNow);
    return item;
  }

  /**
   * The pending items due at `now` (the store lists them by due time, so only those are read),
   * the listed ids that are finished or gone (a sender stopped before taking them out), and how
   * many are listed.
   */
  async due(now: number): Promise<{ items: OutboxItem[]; stale: string[]; listed: number }> {
    if (!this.legacyMoved) await this.moveLegacyIndex();
    const { keys, listed } = await this.store.listDue(ITEM, now, DUE_PER_POLL);
    if (keys.length === 0) return { items: [], stale: [], listed };
    const found = (await this.store.getMany(keys)) as (OutboxItem | undefined)[];
    return {
      items: found.filter((i): i is OutboxItem => !!i && i.status === 'pending'),
      stale: keys.filter((_, i) => found[i]?.status !== 'pending').map((k) => k.slice(ITEM.length)),
      listed,
    };
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    return (await this.store.get(`${ITEM}${id}`)) as OutboxItem | undefined;
  }

  /** Saves an item: listed while pending, kept a while once finished. */
  save(item: OutboxItem): Promise<void> {
    return this.store.commit([itemWrite(item)]);
  }

  /**
   * Takes listed items that are finished or gone off the list (a sender stopped between its
   * send and its save, a record expired); an item saved as finished is off it already.
   */
  async prune(stale: string[]): Promise<void> {
    if (stale.length === 0) return;
    const found = (await this.store.getMany(stale.map((id) => `${ITEM}${id}`))) as (OutboxItem | undefined)[];
    const writes = stale.flatMap((id, i): Write[] => {
      const item = found[i];
      if (!item) return [{ key: `${ITEM}${id}`, value: undefined }];
      // Pending again (claimed and retried meanwhile): it stays listed.
      return item.status === 'pending' ? [] : [itemWrite(item)];
    });
    await this.store.commit(writes);
  }

  /** How many items are listed (pending). */
  async listed(): Promise<number> {
    return (await this.store.listDue(ITEM, 0, 1)).listed;
  }

  /**
   * Claims one item for sending: the store's atomic lock (SQLite upsert, Redis SET NX,
   * PostgreSQL upsert) with a lifetime longer than a send may take. A killed holder's claim
   * lapses (at once on SQLite, whose lock recognises a dead process).
   */
  claim(id: string, ttlMs: number): Promise<string | undefined> {
    return this.store.acquire(`outbox-send:${id}`, ttlMs);
  }

  release(id: string, owner: string): Promise<void> {
    return this.store.release(`outbox-send:${id}`, owner);
  }

  async watch(event: string, request: FollowUpRequest, wallNow: number): Promise<void> {
    const key = `watch:${event}`;
    await this.locked(key, async (held) => {
      const list = (((await this.store.get(key)) as Watch[] | undefined) ?? []).filter((w) => w.until > wallNow);
      // One conversation waits once for one event: watching again replaces the earlier wait.
      const others = list.filter(
        (w) =>
          w.request.reference.conversation?.id !== request.reference.conversation?.id ||
          w.request.reference.channelId !== request.reference.channelId,
      );
      await this.store.commit(
        [{ key, value: [...others, { request, until: wallNow + WATCH_MAX_MS }].slice(-MAX_WATCHES_PER_EVENT), ttlMs: WATCH_MAX_MS }],
        held,
      );
    });
  }

  /**
   * Puts the follow-ups waiting for this event into the outbox, due at `due`, and ends their
   * wait, in one atomic step: each is raised once, and a crash loses none.
   */
  async raise(event: string, due: number, wallNow: number): Promise<number> {
    const key = `watch:${event}`;
    const count = await this.locked(key, async (held) => {
      const list = (((await this.store.get(key)) as Watch[] | undefined) ?? []).filter((w) => w.until > wallNow);
      if (list.length === 0) return 0;
      await this.addAll(
        list.map((w) => w.request),
        due,
        wallNow,
        [{ key, value: undefined }],
        held,
      );
      return list.length;
    });
    return count ?? 0;
  }

  /** New items (listed by their due time) and `also`: one commit, releasing `held` when given. */
  private async addAll(
    requests: FollowUpRequest[],
    due: number,
    wallNow: number,
    also: Write[] = [],
    held?: HeldLock,
  ): Promise<OutboxItem[]> {
    const items: OutboxItem[] = requests.map((r) => ({
      ...r,
      id: randomUUID(),
      due,
      createdAt: wallNow,
      attempts: 0,
      nextAttempt: 0,
      status: 'pending',
    }));
    await this.store.commit([...items.map((i) => itemWrite(i)), ...also], held);
    return items;
  }

  /** Pending items listed the old way (one list record) are listed by the store, once, and that record goes. */
  private async moveLegacyIndex(): Promise<void> {
    await this.locked(LEGACY_INDEX, async (held) => {
      const entries = (await this.store.get(LEGACY_INDEX)) as [id: string, due: number][] | undefined;
      if (!entries) return;
      const found = (await this.store.getMany(entries.map(([id]) => `${ITEM}${id}`))) as (OutboxItem | undefined)[];
      const pending = found.filter((i): i is OutboxItem => i?.status === 'pending');
      await this.store.commit([...pending.map((i) => itemWrite(i)), { key: LEGACY_INDEX, value: undefined }], held);
    });
    this.legacyMoved = true;
  }

  private async locked<T>(key: string, task: (held: HeldLock) => Promise<T>): Promise<T> {
    const r = await withLock(this.store, `outbox-list:${key}`, LIST_LOCK, task);
    if (r === LOCK_BUSY) throw new Error(`the outbox list ${key} is busy`);
    return r;
  }
}
