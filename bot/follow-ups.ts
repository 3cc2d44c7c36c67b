import { randomUUID } from 'node:crypto';
import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import type { Store } from './storage/store';
import { OutboundRefused } from './outbound';
import type { StoreLock } from './storage/lock';

interface FollowUp {
  id: string;
  due: number;
  reference: Partial<ConversationReference>;
  activities: Partial<Activity>[];
}

const BUCKET_MS = 60_000;
const POLL_MS = 5_000;
const bucketOf = (t: number) => Math.floor(t / BUCKET_MS);

/**
 * Messages the assistant sends later on its own ("the cancellation now shows on the
 * dashboard"). They live in the store, in one bucket per minute, so that they survive a
 * restart and any instance can send them; a lock makes sure only one does.
 */
export class FollowUps {
  private timer?: NodeJS.Timeout;
  private lastBucket?: number;

  constructor(
    private readonly kv: Store,
    private readonly lock: StoreLock,
    private readonly adapter: CloudAdapter,
    private readonly appId: string,
    private readonly onError: (err: unknown) => void,
  ) {}

  async schedule(reference: Partial<ConversationReference>, due: Date, activities: Partial<Activity>[]): Promise<void> {
    const f: FollowUp = { id: randomUUID(), due: due.getTime(), reference, activities };
    await this.kv.set(`followup:${f.id}`, f);
    const key = `followups:${bucketOf(f.due)}`;
    // The bucket's list is read and written under the store's lock, so that no id is lost.
    const owner = await this.acquire(key);
    try {
      const ids = ((await this.kv.get(key)) as string[] | undefined) ?? [];
      await this.kv.set(key, [...ids, f.id]);
    } finally {
      if (owner) await this.lock.release(key, owner);
    }
  }

  start(): void {
    this.timer = setInterval(() => void this.poll(Date.now()).catch(this.onError), POLL_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Sends what is due at `now`; returns how many were sent. */
  async poll(now: number): Promise<number> {
    const last = bucketOf(now);
    // After a stop, look back a day at most.
    const first = this.lastBucket ?? last - (24 * 60 * 60 * 1000) / BUCKET_MS;
    let sent = 0;
    for (let b = first; b <= last; b++) {
      const key = `followups:${b}`;
      const ids = (await this.kv.get(key)) as string[] | undefined;
      if (!ids?.length) continue;
      const remaining: string[] = [];
      for (const id of ids) {
        const f = (await this.kv.get(`followup:${id}`)) as FollowUp | undefined;
        if (!f) continue;
        if (f.due > now) {
          remaining.push(id);
          continue;
        }
        const owner = await this.lock.acquire(`followup:${id}`, 60_000);
        if (!owner) {
          remaining.push(id);
          continue;
        }
        try {
          await this.adapter.continueConversationAsync(this.appId, f.reference as ConversationReference, async (context) => {
            await context.sendActivities(f.activities);
          });
          await this.kv.delete(`followup:${id}`);
          sent++;
        } catch (err) {
          this.onError(err);
          // An address the assistant may not call will not become one: the follow-up is dropped.
          if (err instanceof OutboundRefused) await this.kv.delete(`followup:${id}`);
          else remaining.push(id);
        } finally {
          await this.lock.release(`followup:${id}`, owner);
        }
      }
      const owner = await this.acquire(key);
      try {
        const current = ((await this.kv.get(key)) as string[] | undefined) ?? [];
        const keep = current.filter((id) => remaining.includes(id) || !ids.includes(id));
        if (keep.length) await this.kv.set(key, keep);
        else await this.kv.delete(key);
      } finally {
        if (owner) await this.lock.release(key, owner);
      }
    }
    this.lastBucket = last;
    return sent;
  }

  private async acquire(key: string): Promise<string | undefined> {
    for (let i = 0; i < 50; i++) {
      const owner = await this.lock.acquire(key, 10_000);
      if (owner) return owner;
      await new Promise((r) => setTimeout(r, 20));
    }
    return undefined;
  }
}
