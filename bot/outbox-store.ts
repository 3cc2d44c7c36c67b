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
 * The outbox's records on the shared store, through its interface: items, the list of pending
 * ids, and the follow-ups waiting for an event. Whatever must change together (an item and its
 * place in the list; raised follow-ups and the end of their wait) is one atomic commit, written
 * while the list's lock is held and releasing it in the same step.
 */
export class OutboxStore {
  constructor(private readonly store: Store) {}

  async add(request: FollowUpRequest, due: number, wallNow: number): Promise<OutboxItem> {
    const [item] = await this.addAll([request], due, wallNow);
    return item;
  }

  /**
   * The pending items due at `now` (the list says when each is due, so only those are read),
   * the listed ids that are finished or gone (a sender stopped before taking them out), and how
   * many the list holds.
   */
  async due(now: number): Promise<{ items: OutboxItem[]; stale: string[]; listed: number }> {
    const entries = ((await this.store.get(INDEX)) as IndexEntry[] | undefined) ?? [];
    const ids = entries.filter(([, due]) => due <= now).map(([id]) => id);
    if (ids.length === 0) return { items: [], stale: [], listed: entries.length };
    const found = (await this.store.getMany(ids.map((id) => `outbox:${id}`))) as (OutboxItem | undefined)[];
    return {
      items: found.filter((i): i is OutboxItem => !!i && i.status === 'pending'),
      stale: ids.filter((_, i) => found[i]?.status !== 'pending'),
      listed: entries.length,
    };
  }

  async get(id: string): Promise<OutboxItem | undefined> {
    return (await this.store.get(`outbox:${id}`)) as OutboxItem | undefined;
  }

  save(item: OutboxItem): Promise<void> {
    return this.store.set(`outbox:${item.id}`, item, item.status === 'pending' ? undefined : KEEP_DONE_MS);
  }

  /** Takes these finished items out of the pending list; returns how many stay in it. */
  async prune(finished: string[]): Promise<number | undefined> {
    if (finished.length === 0) return undefined;
    return this.locked(INDEX, async (held) => {
      const entries = ((await this.store.get(INDEX)) as IndexEntry[] | undefined) ?? [];
      const keep = entries.filter(([id]) => !finished.includes(id));
      if (keep.length !== entries.length) await this.store.commit([{ key: INDEX, value: keep }], held);
      return keep.length;
    });
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
    const count = await this.locked(key, async () => {
      const list = (((await this.store.get(key)) as Watch[] | undefined) ?? []).filter((w) => w.until > wallNow);
      if (list.length === 0) return 0;
      await this.addAll(
        list.map((w) => w.request),
        due,
        wallNow,
        [{ key, value: undefined }],
      );
      return list.length;
    });
    return count ?? 0;
  }

  /** New items, their places in the pending list and `also`: one commit under the list's lock. */
  private async addAll(requests: FollowUpRequest[], due: number, wallNow: number, also: Write[] = []): Promise<OutboxItem[]> {
    const items: OutboxItem[] = requests.map((r) => ({
      ...r,
      id: randomUUID(),
      due,
      createdAt: wallNow,
      attempts: 0,
      nextAttempt: 0,
      status: 'pending',
    }));
    await this.locked(INDEX, async (held) => {
      const entries = ((await this.store.get(INDEX)) as IndexEntry[] | undefined) ?? [];
      await this.store.commit(
        [
          ...items.map((i) => ({ key: `outbox:${i.id}`, value: i })),
          { key: INDEX, value: [...entries, ...items.map((i): IndexEntry => [i.id, i.due])] },
          ...also,
        ],
        held,
      );
    });
    return items;
  }

  private async locked<T>(key: string, task: (held: HeldLock) => Promise<T>): Promise<T> {
    const r = await withLock(this.store, `outbox-list:${key}`, INDEX_LOCK, task);
    if (r === LOCK_BUSY) throw new Error(`the outbox list ${key} is busy`);
    return r;
  }
}
