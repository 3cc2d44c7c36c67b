import { TestAssistant } from '../support/client';
import { startChannel } from '../support/recording-channel';

const MINUTE = 60_000;

describe('follow-ups when Partner Center is slow', () => {
  it('says, 15 minutes after a cancellation, that the dashboard shows it, also after a restart', async () => {
    const channel = await startChannel();
    const bot = await new TestAssistant().start();
    try {
      const c = bot.conversation('ada', { serviceUrl: channel.url });
      await c.say('cancel order 4711 for contoso.com');
      await c.say('1');
      expect(await c.say('1')).toMatch(/is cancelled/);
      expect(await bot.app.followUps.poll(Date.now() + 14 * MINUTE)).toBe(0);
      await bot.restart();
      expect(await bot.app.followUps.poll(Date.now() + 16 * MINUTE)).toBe(1);
      const sent = channel.delivered.map((r) => r.body.text ?? '');
      expect(sent).toEqual([
        expect.stringMatching(/cancellation of order 4711 for Contoso Ltd should now show on the Partner Center dashboard/),
      ]);
      expect(channel.delivered[0].path).toContain(`/v3/conversations/${encodeURIComponent(c.id)}/activities`);
      // Sent once: a later poll finds nothing more.
      expect(await bot.app.followUps.poll(Date.now() + 30 * MINUTE)).toBe(0);
    } finally {
      await bot.stop();
      await channel.close();
    }
  });

  it('channel down, then back: tried again while the server runs, sent exactly once, no apology in the conversation', async () => {
    let down = true;
    const channel = await startChannel(() => (down ? 503 : 200));
    const bot = await new TestAssistant().start();
    try {
      const c = bot.conversation('ada', { serviceUrl: channel.url });
      await c.say('cancel order 4711 for contoso.com');
      await c.say('1');
      expect(await c.say('1')).toMatch(/is cancelled/);
      const due = Date.now() + 16 * MINUTE;
      // The channel answers 503: nothing sent, and the next attempt waits (backoff).
      expect(await bot.app.followUps.poll(due)).toBe(0);
      expect(channel.requests.length).toBeGreaterThan(0);
      expect(await bot.app.followUps.poll(due)).toBe(0);
      down = false;
      // Once the backoff is over (here: a minute later on the system clock), it goes out.
      expect(await bot.app.followUps.poll(due, Date.now() + MINUTE)).toBe(1);
      expect(await bot.app.followUps.poll(due, Date.now() + 60 * MINUTE)).toBe(0);
      expect(channel.delivered.map((r) => r.body.text)).toEqual([expect.stringMatching(/cancellation of order 4711/)]);
      // Every request carried the follow-up (no "Sorry, something went wrong" was posted instead).
      expect(channel.requests.every((r) => /cancellation of order 4711/.test(r.body.text ?? ''))).toBe(true);
      expect(new Set(channel.requests.map((r) => r.body.channelData?.followUpId)).size).toBe(1);
    } finally {
      await bot.stop();
      await channel.close();
    }
  }, 60_000);

  it('gives up after the maximum age: written in the audit trail, nothing said in the conversation', async () => {
    const channel = await startChannel(() => 503);
    const bot = await new TestAssistant().start();
    try {
      const c = bot.conversation('ada', { serviceUrl: channel.url });
      await c.say('cancel order 4711 for contoso.com');
      await c.say('1');
      expect(await c.say('1')).toMatch(/is cancelled/);
      const due = Date.now() + 16 * MINUTE;
      expect(await bot.app.followUps.poll(due)).toBe(0);
      const tried = channel.requests.length;
      // A day later it is still failing: given up.
      expect(await bot.app.followUps.poll(due, Date.now() + 25 * 60 * MINUTE)).toBe(0);
      const afterGiveUp = channel.requests.length;
      expect(afterGiveUp).toBeGreaterThan(tried);
      // Nothing more is tried.
      expect(await bot.app.followUps.poll(due, Date.now() + 50 * 60 * MINUTE)).toBe(0);
      expect(channel.requests.length).toBe(afterGiveUp);
      expect(channel.requests.every((r) => /cancellation of order 4711/.test(r.body.text ?? ''))).toBe(true);
      const now = new Date();
      const log = await bot.app.pc.activity.list(new Date(now.getTime() - 60 * MINUTE), new Date(now.getTime() + 60 * MINUTE));
      expect(log.filter((r) => r.action === 'follow-up-given-up')).toEqual([
        expect.objectContaining({ outcome: 'failed', subject: 'cancel.followUp.visible' }),
      ]);
    } finally {
      await bot.stop();
      await channel.close();
    }
  }, 60_000);
});
