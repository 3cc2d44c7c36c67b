import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Store } from './storage/store';
import type { AssistantAdapter } from './adapter';

interface DlConversation {
  userId: string;
  /** Watermark of the first activity kept here (after a restart the count goes on from the client's). */
  base: number;
  activities: Partial<Activity>[];
}

const MAX_KEPT = 500;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * A Direct Line 3.0-compatible endpoint inside the server, for the local Web Chat page:
 * tokens, conversations, posting activities, and polling for the replies.
 */
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const MAX_PAGE_LOCALES = 1000;

export class LocalDirectLine {
  private readonly conversations = new Map<string, DlConversation>();
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
    const isNew = !this.conversations.has(who.conversationId);
    const conv = this.conversation(who.conversationId, who.userId, 0);
    res.json(isNew ? 201 : 200, { conversationId: who.conversationId, token: req.header('authorization')!.slice(7), expires_in: 3600 });
    if (isNew) {
      const locale = this.pageLocales.get(who.conversationId);
      this.pageLocales.delete(who.conversationId);
      await this.deliver(conv, who.conversationId, {
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
    const conv = this.conversation(who.conversationId, who.userId, 0);
    const id = `${who.conversationId}|${String(conv.base + conv.activities.length).padStart(7, '0')}`;
    const activity: Partial<Activity> = {
      type: body.type,
      text: typeof body.text === 'string' ? body.text : undefined,
      // An event's name (the page's "webchat/join").
      name: typeof body.name === 'string' ? body.name : undefined,
      value: body.value,
      locale: typeof body.locale === 'string' ? body.locale : undefined,
      attachments: Array.isArray(body.attachments) ? body.attachments : undefined,
      channelData: body.channelData,
      id,
      from: { id: who.userId, name: 'You', role: 'user' },
      timestamp: new Date(),
    };
    this.append(conv, activity);
    res.json(200, { id });
    await this.deliver(conv, who.conversationId, activity);
  }

  private async fromBot(req: Request, res: Response): Promise<void> {
    const conv = this.conversations.get(String(req.params.id));
    const body = req.body as Partial<Activity> | undefined;
    if (!conv) return void res.json(404, { error: { code: 'NotFound', message: 'no such local conversation' } });
    if (!body || typeof body !== 'object' || typeof body.type !== 'string') return void res.json(400, { error: { code: 'BadArgument', message: 'an activity is required' } });
    const id = `${String(req.params.id)}|${String(conv.base + conv.activities.length).padStart(7, '0')}`;
    this.append(conv, { ...body, id, from: { id: 'partner-center-assistant', name: 'Partner Center Assistant', role: 'bot' }, timestamp: new Date() });
    res.json(200, { id });
  }

  private async poll(req: Request, res: Response): Promise<void> {
    const who = await this.verify(req);
    if (!who || who.conversationId !== req.params.id) return void res.json(403, { error: { code: 'BadToken', message: 'invalid token' } });
    const requested = Number((req.query as Record<string, string> | undefined)?.watermark ?? 0) || 0;
    const conv = this.conversation(who.conversationId, who.userId, requested);
    const end = conv.base + conv.activities.length;
    // A watermark past what is kept (the server restarted) gets everything kept.
    const from = requested > end ? 0 : Math.max(0, requested - conv.base);
    res.json(200, { activities: conv.activities.slice(from), watermark: String(end) });
  }

  private conversation(id: string, userId: string, base: number): DlConversation {
    let conv = this.conversations.get(id);
    if (!conv) {
      conv = { userId, base, activities: [] };
      this.conversations.set(id, conv);
    }
    return conv;
  }

  private append(conv: DlConversation, activity: Partial<Activity>): void {
    conv.activities.push(activity);
    if (conv.activities.length > MAX_KEPT) {
      const drop = conv.activities.length - MAX_KEPT;
      conv.activities.splice(0, drop);
      conv.base += drop;
    }
  }

  /** Sends an activity to the bot with expectReplies and keeps the replies for polling. */
  private async deliver(conv: DlConversation, conversationId: string, activity: Partial<Activity>): Promise<void> {
    const full = {
      ...activity,
      channelId: 'directline',
      serviceUrl: this.serviceUrl(),
      conversation: { id: conversationId },
      recipient: { id: 'partner-center-assistant', name: 'Partner Center Assistant', role: 'bot' },
      deliveryMode: 'expectReplies',
    } as Activity;
    const response = await this.adapter.processLocal(full, this.logic);
    const replies = ((response?.body as { activities?: Partial<Activity>[] } | undefined)?.activities ?? []).filter((a) => a.type !== 'typing');
    for (const r of replies) {
      this.append(conv, {
        ...r,
        id: `${conversationId}|${String(conv.base + conv.activities.length).padStart(7, '0')}`,
        from: { id: 'partner-center-assistant', name: 'Partner Center Assistant', role: 'bot' },
        timestamp: new Date(),
      });
    }
  }
}
