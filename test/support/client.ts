import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp, type App } from '../../bot/app';
import { parseSettings } from '../../bot/settings';
import type { Clock } from '../../domain/clock';
import { Conversation, toReply, type BotReply } from './conversation';

export { Conversation, type BotReply } from './conversation';

/**
 * A started assistant on a fresh SQLite file, spoken to over HTTP with expectReplies,
 * as a channel would.
 */
export class TestAssistant {
  app!: App;
  private readonly dir = mkdtempSync(join(tmpdir(), 'pca-test-'));
  private counter = 0;

  constructor(
    private readonly env: Record<string, string> = {},
    private readonly clock?: Clock,
  ) {}

  async start(): Promise<this> {
    const settings = parseSettings({
      PORT: '0',
      LOG_LEVEL: 'silent',
      STORAGE_URL: `sqlite://${join(this.dir, 'assistant.sqlite')}`,
      ...this.env,
    });
    this.app = await startApp(settings, { clock: this.clock });
    return this;
  }

  /** Stops the server and starts a new one on the same store. */
  async restart(): Promise<void> {
    await this.app.close();
    await this.start();
  }

  async stop(): Promise<void> {
    await this.app.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  conversation(user: string, options: { channelId?: string; id?: string; locale?: string; serviceUrl?: string } = {}): Conversation {
    return new Conversation(
      this,
      user,
      options.id ?? `conv-${++this.counter}-${Date.now()}`,
      options.channelId ?? 'emulator',
      options.locale,
      options.serviceUrl,
    );
  }

  async post(activity: Record<string, unknown>): Promise<{ status: number; replies: BotReply[] }> {
    const res = await fetch(`${this.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    const body = res.status === 200 ? ((await res.json()) as { activities?: Record<string, unknown>[] }) : {};
    const replies = (body.activities ?? []).filter((a) => a.type === 'message').map(toReply);
    return { status: res.status, replies };
  }
}
