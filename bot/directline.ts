import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Store, Write } from './storage/store';
import type { AssistantAdapter } from './adapter';
import { KeyedQueue } from './keyed-queue';

interface DlConversation {
  userId: string;
  /** Watermark of the first activity kept here (after a restart the count goes on from the client's). */
  base: number;
  activities: Partial<Activity>[];
  /** When it was last written, in ms (for a look at the store). */
  touched?: number;
}

/** Activities kept per conversation: the page polls for what is new, a reload shows the latest ones. */
const MAX_KEPT = 100;
/** Conversations kept; beyond that the oldest is forgotten. */
export const MAX_CONVERSATIONS = 500;
/** A conversation nobody used for this long expires from the store. */
export const CONVERSATION_TTL_MS = 7 * 24 * 3_600_000;
/** Conversations held in memory besides the store (the ones being polled). */
const CACHED = 50;
const INDEX = 'directline:index';
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const MAX_PAGE_LOCALES = 1000;
/** What of a user's activity is kept for the page (the bot gets it whole): a part larger than this is not. */
const MAX_KEPT_PART = 4096;
/** The text kept for the page: the bot answers a longer one that it is too long. */
const MAX_KEPT_TEXT = 4100;

const small = (v: unknown): unknown => (v === undefined || JSON.stringify(v).length <= MAX_KEPT_PART ? v : undefined);

/**
 * The copy of a user's activity that the conversation keeps: bounded, so that a few large posts
 * cannot make every poll of the conversation megabytes long. Web Chat's own id is always kept.
 */
function keptCopy(a: Partial<Activity>): Partial<Activity> {
  const clientActivityID = (a.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
  const channelData =
    small(a.channelData) ?? (typeof clientActivityID === 'string' && clientActivityID.length <= 100 ? { clientActivityID } : undefined);
  return {
    ...a,
    text: a.text?.slice(0, MAX_KEPT_TEXT),
    value: small(a.value),
    attachments: small(a.attachments) as Activity['attachments'] | undefined,
    channelData,
  };
}

/**
 * A Direct Line 3.0-compatible endpoint inside the server, for the local Web Chat page:
 * tokens, conversations, posting activities, and polling for the replies.
 */
export class LocalDirectLine {
  /**
   * The conversations live in the store (`directline:conv:<id>`, expiring when idle), so that
   * the page's conversation and the follow-ups sent to it survive a restart; a few are cached.
   */
  private readonly cache = new Map<string, DlConversation>();
  private readonly queue = new KeyedQueue();
  /** Locales of pages that asked for a token and have not started their conversation yet. */
  private readonly pageLocales = new Map<string, string>();
  private secret?: Buffer;

  constructor(
    private readonly adapter: AssistantAdapter,
    private readonly logic: (context: TurnContext) => Promise<void>,
    private readonly kv: Store,
    private readonly serviceUrl: () => string,
  ) {}

  register(server: Server): void {
    server.post('/v3/directline/tokens/generate', async (req: Request, res: Response) => this.generate(req, res));
    server.post('/v3/directline/tokens/refresh', async (req: Request, res: Response) => this.refresh(req, res));
    server.post('/v3/directline/conversations', async (req: Request, res: Response) => this.startConversation(req, res));
    server.get('/v3/directline/conversations/:id', async (req: Request, res: Response) => this.startConversation(req, res));
    server.post('/v3/directline/conversations/:id/activities', async (req: Request, res: Response) => this.post(req, res));
    server.get('/v3/directline/conversations/:id/activities', async (req: Request, res: Response) => this.poll(req, res));
    // The connector side: where the bot sends messages on its own (follow-ups) for these conversations.
    server.post('/v3/conversations/:id/activities', async (req: Request, res: Response) => this.fromBot(req, res));
    server.post('/v3/conversations/:id/activities/:replyTo', async (req: Request, res: Response) => this.fromBot(req, res));
  }

  /** Tokens name the conversation and the user; they stay valid across a restart. */
  private async sign(conversationId: string, userId: string): Promise<string> {
    if (!this.secret) {
      let stored = (await this.kv.get('directline:secret')) as string | undefined;
      if (!stored) {
        stored = randomBytes(32).toString('hex');
        await this.kv.set('directline:secret', stored);
      }
      this.secret = Buffer.from(stored, 'hex');
    }
    const payload = `${conversationId}.${userId}`;
    return `${payload}.${createHmac('sha256', this.secret).update(payload).digest('base64url')}`;
  }

  private async verify(req: Request): Promise<{ conversationId: string; userId: string } | undefined> {
    const header = req.header('authorization') ?? '';
    const token = /^Bearer (.+)$/.exec(header)?.[1];
    if (!token) return undefined;
    const [conversationId, userId] = token.split('.');
    if (!conversationId || !userId || !ID.test(conversationId) || !ID.test(userId)) return undefined;
    return (await this.sign(conversationId, userId)) === token ? { conversationId, userId } : undefined;
  }

  private async generate(req: Request, res: Response): Promise<void> {
    const body = (req.body ?? {}) as { user?: { id?: unknown }; locale?: unknown };
    const requested = typeof body.user?.id === 'string' ? body.user.id : '';
    const userId = ID.test(requested) ? requested : `dl_${randomUUID().replace(/-/g, '')}`;
    const conversationId = randomUUID().replace(/-/g, '');
    // The page's language, so that the greeting and the menu that open the conversation speak it.
    if (typeof body.locale === 'string' && LOCALE.test(body.locale)) {
      if (this.pageLocales.size >= MAX_PAGE_LOCALES) this.pageLocales.delete(this.pageLocales.keys().next().value as string);
      this.pageLocales.set(conversationId, body.locale);
    }
    res.json(200, { conversationId, token: await this.sign(conversationId, userId), expires_in: 3600 });
  }

  private async refresh(req: Request, res: Response): Promise<void> {
    const who = await this.verify(req);
    if (!who) return void res.json(403, { error: { code: 'BadToken', message: 'invalid token' } });
    res.json(200, { conversationId: who.conversationId, token: await this.sign(who.conversationId, who.userId), expires_in: 3600 });
  }

  private async startConversation(req: Request, res: Response): Promise<void> {
    const who = await this.verify(req);
    if (!who) return void res.json(403, { error: { code: 'BadToken', message: 'invalid token' } });
    const isNew = !(await this.load(who.conversationId));
    const conv = await this.conversation(who.conversationId, who.userId, 0);
    res.json(isNew ? 201 : 200, { conversationId: who.conversationId, token: req.header('authorization')!.slice(7), expires_in: 3600 });
    if (isNew) {
      const locale = this.pageLocales.get(who.conversationId);
      this.pageLocales.delete(who.conversationId);
      await this.deliver(who.conversationId, conv.userId, {
        type: 'conversationUpdate',
        ...(locale ? { locale } : {}),
        membersAdded: [{ id: who.userId, name: 'You' }],
        from: { id: who.userId, name: 'You' },
      });
    }
  }

  private async post(req: Request, res: Response): Promise<void> {
    const who = await this.verify(req);
    if (!who || who.conversationId !== req.params.id) return void res.json(403, { error: { code: 'BadToken', message: 'invalid token' } });
    const body = req.body as Partial<Activity> | undefined;
    if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string') {
      return void res.json(400, { error: { code: 'BadArgument', message: 'an activity with a type is required' } });
    }
    await this.conversation(who.conversationId, who.userId, 0);
    const activity: Partial<Activity> = {
      type: body.type,
      text: typeof body.text === 'string' ? body.text : undefined,
      // An event's name (the page's "webchat/join").
      name: typeof body.name === 'string' ? body.name : undefined,
      value: body.value,
      locale: typeof body.locale === 'string' ? body.locale : undefined,
      attachments: Array.isArray(body.attachments) ? body.attachments : undefined,
      channelData: body.channelData,
      from: { id: who.userId, name: 'You', role: 'user' },
      timestamp: new Date(),
    };
    const id = await this.append(who.conversationId, who.userId, [keptCopy(activity)]);
    res.json(200, { id: id[0] });
    await this.deliver(who.conversationId, who.userId, { ...activity, id: id[0] });
  }

  private async fromBot(req: Request, res: Response): Promise<void> {
    const conversationId = String(req.params.id);
    const conv = ID.test(conversationId) ? await this.load(conversationId) : undefined;
    const body = req.body as Partial<Activity> | undefined;
    if (!conv) return void res.json(404, { error: { code: 'NotFound', message: 'no such local conversation' } });
    if (!body || typeof body !== 'object' || typeof body.type !== 'string')
      return void res.json(400, { error: { code: 'BadArgument', message: 'an activity is required' } });
    const followUpId = (body.channelData as { followUpId?: unknown } | undefined)?.followUpId;
    // A follow-up sent again (its first send's answer was lost) shows once.
    if (
      typeof followUpId === 'string' &&
      conv.activities.some((a) => (a.channelData as { followUpId?: unknown } | undefined)?.followUpId === followUpId)
    ) {
      return void res.json(200, { id: `${conversationId}|dup` });
    }
    const [id] = await this.append(conversationId, conv.userId, [
      { ...body, from: { id: 'partner-center-assistant', name: 'Partner Center Assistant', role: 'bot' }, timestamp: new Date() },
    ]);
    res.json(200, { id });
  }

  private async poll(req: Request, res: Response): Promise<void> {
    const who = await this.verify(req);
    if (!who || who.conversationId !== req.params.id) return void res.json(403, { error: { code: 'BadToken', message: 'invalid token' } });
    const requested = Number((req.query as Record<string, string> | undefined)?.watermark ?? 0) || 0;
    const conv = await this.conversation(who.conversationId, who.userId, requested);
    const end = conv.base + conv.activities.length;
    // A watermark past what is kept (the server restarted) gets everything kept.
    const from = requested > end ? 0 : Math.max(0, requested - conv.base);
    res.json(200, { activities: conv.activities.slice(from), watermark: String(end) });
  }

  private async load(id: string): Promise<DlConversation | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const stored = (await this.kv.get(`directline:conv:${id}`)) as DlConversation | undefined;
    if (stored) this.remember(id, stored);
    return stored;
  }

  private remember(id: string, conv: DlConversation): void {
    this.cache.delete(id);
    this.cache.set(id, conv);
    for (const old of this.cache.keys()) {
      if (this.cache.size <= CACHED) break;
      this.cache.delete(old);
    }
  }

  /** The conversation, made (and counted against the maximum) when new. */
  private async conversation(id: string, userId: string, base: number): Promise<DlConversation> {
    const found = await this.load(id);
    if (found) return found;
    return this.queue.run(id, async () => {
      const again = await this.load(id);
      if (again) return again;
      const conv: DlConversation = { userId, base, activities: [], touched: Date.now() };
      await this.save(id, conv);
      await this.enlist(id);
      return conv;
    });
  }

  /** Keeps the list of conversations within the maximum: the oldest ones are forgotten. */
  private async enlist(id: string): Promise<void> {
    await this.queue.run(INDEX, async () => {
      const ids = ((await this.kv.get(INDEX)) as string[] | undefined) ?? [];
      const all = [...ids.filter((i) => i !== id), id];
      const dropped = all.slice(0, Math.max(0, all.length - MAX_CONVERSATIONS));
      for (const old of dropped) this.cache.delete(old);
      // The forgotten conversations and the new list in one step.
      const writes: Write[] = dropped.map((old) => ({ key: `directline:conv:${old}`, value: undefined }));
      await this.kv.commit([...writes, { key: INDEX, value: all.slice(dropped.length), ttlMs: CONVERSATION_TTL_MS }]);
    });
  }

  private async save(id: string, conv: DlConversation): Promise<void> {
    this.remember(id, conv);
    await this.kv.set(`directline:conv:${id}`, conv, CONVERSATION_TTL_MS);
  }

  /** Appends activities (one writer per conversation at a time), numbering them; returns their ids. */
  private append(conversationId: string, userId: string, activities: Partial<Activity>[]): Promise<string[]> {
    return this.queue.run(conversationId, async () => {
      const current = (await this.load(conversationId)) ?? { userId, base: 0, activities: [] };
      const list = [...current.activities];
      const ids: string[] = [];
      for (const a of activities) {
        const id = `${conversationId}|${String(current.base + list.length).padStart(7, '0')}`;
        ids.push(id);
        list.push({ ...a, id });
      }
      const drop = Math.max(0, list.length - MAX_KEPT);
      await this.save(conversationId, { ...current, base: current.base + drop, activities: list.slice(drop), touched: Date.now() });
      return ids;
    });
  }

  /** Sends an activity to the bot with expectReplies and keeps the replies for polling. */
  private async deliver(conversationId: string, userId: string, activity: Partial<Activity>): Promise<void> {
    const full = {
      ...activity,
      channelId: 'directline',
      serviceUrl: this.serviceUrl(),
      conversation: { id: conversationId },
      recipient: { id: 'partner-center-assistant', name: 'Partner Center Assistant', role: 'bot' },
      deliveryMode: 'expectReplies',
    } as Activity;
    const response = await this.adapter.processLocal(full, this.logic);
    const replies = ((response?.body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? []).filter(
      (a) => a.type !== 'typing',
    );
    if (replies.length)
      await this.append(
        conversationId,
        userId,
        replies.map((r) => ({
          ...r,
          from: { id: 'partner-center-assistant', name: 'Partner Center Assistant', role: 'bot' },
          timestamp: new Date(),
        })),
      );
  }
}
