import Keyv from 'keyv';
import { createActor, waitFor } from 'xstate';
import { promptText } from '../../cards/render-text';
import { ManualClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { isvGoLive } from '../../dialogs/procedures/isv-go-live';
import { InProcessAssistant } from '../support/driver';

/** The go-live machine takes the user's time zone through its prefill; the channel gives it. */
describe("go-live window in the user's time zone", () => {
  async function confirmText(prefill: Record<string, string>) {
    const clock = new ManualClock(new Date('2026-11-22T08:00:00Z'));
    const pc = new SandboxPartnerCenter(new Keyv(), clock);
    const parsed = parseSeed(DEMO_SEED);
    if (!parsed.ok) throw new Error('seed');
    await pc.seed(parsed.seed);
    await pc.isv.savePlan(
      { offerId: 'field-notes', planId: 'team', name: 'Team', description: 'Teams.', publish: true },
      { userId: 'gus', idempotencyKey: 'a' },
    );
    await pc.isv.publishOffer('field-notes', { packageUrl: 'https://p.example/n.zip' }, { userId: 'gus', idempotencyKey: 'b' });
    const actor = createActor(isvGoLive.createMachine({ pc, clock }), {
      input: { runId: 'r1', userId: 'gus', prefill: { offerId: 'field-notes', ...prefill } },
    });
    actor.start();
    const snap = await waitFor(actor, (s) => !s.hasTag('busy'));
    expect(String(snap.value)).toBe('confirm');
    const text = promptText(isvGoLive.prompt(snap)!, 'en');
    actor.stop();
    return text;
  }

  it('shows the window in the given IANA zone', async () => {
    expect(await confirmText({ timeZone: 'Australia/Sydney' })).toMatch(
      /between Nov 22, 2026, 11:00 PM and Nov 23, 2026, 1:00 AM \(Australia\/Sydney\)/,
    );
  });

  it('shows UTC without a zone, or with one it does not know', async () => {
    expect(await confirmText({})).toMatch(/between Nov 22, 2026, 12:00 PM UTC and Nov 22, 2026, 2:00 PM UTC/);
    expect(await confirmText({ timeZone: 'Nowhere/Town' })).toMatch(/12:00 PM UTC/);
  });

  it('takes the zone from the channel (Teams sends localTimezone)', async () => {
    const bot = await new InProcessAssistant().start();
    try {
      const c = bot.conversation('gus', { channelId: 'msteams' });
      const send = (text: string) =>
        c.send({
          type: 'message',
          id: `${c.id}-${text}`,
          channelId: 'msteams',
          serviceUrl: 'http://127.0.0.1:9',
          deliveryMode: 'expectReplies',
          from: { id: 'gus' },
          recipient: { id: 'bot' },
          conversation: { id: c.id },
          localTimezone: 'Europe/Stockholm',
          text,
        });
      await bot.app.pc.isv.savePlan(
        { offerId: 'field-notes', planId: 'team', name: 'Team', description: 'Teams.', publish: true },
        { userId: 'gus', idempotencyKey: 'a' },
      );
      await bot.app.pc.isv.publishOffer('field-notes', { packageUrl: 'https://p.example/n.zip' }, { userId: 'gus', idempotencyKey: 'b' });
      await send('isv-go-live');
      const text = c.text().includes('(Europe/Stockholm)') ? c.text() : await send('field-notes');
      expect(text).toMatch(/\(Europe\/Stockholm\)/);
    } finally {
      await bot.stop();
    }
  });
});
