import { parseSettings } from '../../bot/settings';
import { TestAssistant } from '../support/client';

interface DlActivity {
  type: string;
  text?: string;
  from?: { role?: string };
  attachments?: { content?: { fallbackText?: string } }[];
}

const textOf = (a: DlActivity) => a.text ?? a.attachments?.[0]?.content?.fallbackText ?? '';

/** The local Web Chat page's side of Direct Line: a token, a conversation, messages, polling. */
class DirectLinePage {
  token = '';
  conversationId = '';
  watermark = '0';
  constructor(public base: string) {}

  private async call(method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(`${this.base}/v3/directline${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async open(user: string): Promise<void> {
    const t = (await (await this.call('POST', '/tokens/generate', { user: { id: user } })).json()) as {
      token: string;
      conversationId: string;
    };
    this.token = t.token;
    this.conversationId = t.conversationId;
    expect((await this.call('POST', '/conversations')).status).toBe(201);
  }

  async say(text: string): Promise<void> {
    expect(
      (await this.call('POST', `/conversations/${this.conversationId}/activities`, { type: 'message', text, from: { id: 'x' } })).status,
    ).toBe(200);
  }

  /** Polls as the page does until a reply of the bot matches (replies come after the post is answered). */
  async until(pattern: RegExp): Promise<string> {
    let seen = '';
    for (let i = 0; i < 200 && !pattern.test(seen); i++) {
      seen += (await this.poll())
        .filter((a) => a.from?.role === 'bot')
        .map(textOf)
        .join('\n');
      if (!pattern.test(seen)) await new Promise((ok) => setTimeout(ok, 50));
    }
    return seen;
  }

  /** What the page gets on its next poll. */
  async poll(): Promise<DlActivity[]> {
    const res = await this.call('GET', `/conversations/${this.conversationId}/activities?watermark=${this.watermark}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: DlActivity[]; watermark: string };
    this.watermark = body.watermark;
    return body.activities;
  }
}

async function moveClock(url: string, minutes: number): Promise<string> {
  const res = await fetch(`${url}/sandbox/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `amount=${minutes}&unit=minutes`,
  });
  expect(res.status).toBe(200);
  return res.text();
}

describe('the local Web Chat across a restart', () => {
  it("keeps the page's conversation, and a follow-up that falls due after the restart reaches the page", async () => {
    const bot = await new TestAssistant().start();
    try {
      const page = new DirectLinePage(bot.app.url);
      await page.open('ada');
      await page.say('cancel order 4711 for contoso.com');
      await page.until(/Important/i);
      await page.say('1');
      await page.until(/Cancel order 4711/i);
      await page.say('1');
      expect(await page.until(/is cancelled/)).toMatch(/is cancelled/);

      await bot.restart();
      // The open page polls the new server (same store) with its token and watermark.
      page.base = bot.app.url;
      expect(await page.poll()).toEqual([]);
      expect(await moveClock(bot.app.url, 20)).toMatch(/1 follow-up was sent/);
      const after = await page.poll();
      expect(after.map(textOf)).toEqual([expect.stringMatching(/cancellation of order 4711 for Contoso Ltd should now show/)]);
    } finally {
      await bot.stop();
    }
  });
});

describe('the sandbox clock', () => {
  it('is refused with an app id (403, says why)', async () => {
    const bot = await new TestAssistant({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'x' }).start();
    try {
      const get = await fetch(`${bot.app.url}/sandbox/clock`);
      expect(get.status).toBe(403);
      expect(await get.text()).toMatch(/can only be moved in local mode/);
      const post = await fetch(`${bot.app.url}/sandbox/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'amount=4&unit=hours',
      });
      expect(post.status).toBe(403);
      expect(bot.app.clock.offsetMs).toBe(0);
    } finally {
      await bot.stop();
    }
  });

  it('starts with the offset of SANDBOX_CLOCK_OFFSET, refuses bad moves with a message, and keeps moves across a restart', async () => {
    const bot = await new TestAssistant({ SANDBOX_CLOCK_OFFSET: '2h' }).start();
    try {
      expect(bot.app.clock.offsetMs).toBe(2 * 3_600_000);
      const bad = await fetch(`${bot.app.url}/sandbox/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'amount=-3&unit=hours',
      });
      expect(bad.status).toBe(400);
      expect(await bad.text()).toMatch(/whole number of minutes, hours or days/);
      await moveClock(bot.app.url, 60);
      expect(bot.app.clock.offsetMs).toBe(3 * 3_600_000);
      await bot.restart();
      expect(bot.app.clock.offsetMs).toBe(3 * 3_600_000);
      const reset = await fetch(`${bot.app.url}/sandbox/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'reset=1',
      });
      expect(reset.status).toBe(200);
      expect(bot.app.clock.offsetMs).toBe(2 * 3_600_000);
    } finally {
      await bot.stop();
    }
  });
});

describe('SANDBOX_CLOCK_OFFSET', () => {
  it('takes minutes, hours or days, and only in local mode', () => {
    expect(parseSettings({ SANDBOX_CLOCK_OFFSET: '-2d' }).SANDBOX_CLOCK_OFFSET).toBe(-2 * 86_400_000);
    expect(parseSettings({ SANDBOX_CLOCK_OFFSET: '90m' }).SANDBOX_CLOCK_OFFSET).toBe(90 * 60_000);
    expect(parseSettings({}).SANDBOX_CLOCK_OFFSET).toBe(0);
    expect(() => parseSettings({ SANDBOX_CLOCK_OFFSET: 'soon' })).toThrow(
      /SANDBOX_CLOCK_OFFSET: must be a whole number of minutes, hours or days/,
    );
    expect(() =>
      parseSettings({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'x', SANDBOX_CLOCK_OFFSET: '4h' }),
    ).toThrow(/SANDBOX_CLOCK_OFFSET: can only be set in local mode/);
  });
});
