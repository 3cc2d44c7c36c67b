import { recognizers } from '../../dialogs/answers/recognizers';
import { TestAssistant } from '../support/client';

/**
 * One long message must not hold the server: the text is cut before any recognizer runs, the
 * recognizers run on their own thread within a time budget, and /healthz keeps answering.
 * (The one timed test the issue asks for; speed itself is measured by `npm run bench`.)
 *
 * The bound is 200 ms, or, on a machine busy with other suites, a few times what the same
 * message cut to a normal length takes in the same try: the review's parser took 2.6 to 18 s for
 * one such message, which no load makes fit, while a 230 ms answer on a loaded CI core is not it.
 */
describe('finding 1: one long message does not hold the server (bounded work per message)', () => {
  let bot: TestAssistant;
  beforeAll(async () => {
    bot = await new TestAssistant().start();
    await recognizers.warm();
  });
  afterAll(async () => {
    await bot.stop();
    await recognizers.stop();
  });

  /** Polls /healthz while `work` runs; returns the slowest answer and how many there were. */
  async function whileHealthPolled(work: () => Promise<unknown>): Promise<{ slowest: number; answered: number; failed: number }> {
    let done = false;
    let slowest = 0;
    let answered = 0;
    let failed = 0;
    const poll = (async () => {
      while (!done) {
        const started = performance.now();
        const res = await fetch(`${bot.app.url}/healthz`).catch(() => undefined);
        if (res?.ok) answered++;
        else failed++;
        slowest = Math.max(slowest, performance.now() - started);
        await new Promise((ok) => setTimeout(ok, 5));
      }
    })();
    await new Promise((ok) => setTimeout(ok, 20));
    await work();
    done = true;
    await poll;
    return { slowest, answered, failed };
  }

  /** How many short messages' time a long one may take when the machine is loaded. */
  const LOADED_FACTOR = 4;

  const WORDS = `cancel order ${'one hundred and twenty '.repeat(100)}`.slice(0, 2000);
  const FRENCH = `journal d'activité ${'deux mille trois cent vingt et un '.repeat(70)}`.slice(0, 2000);
  const DIGITS = '1'.repeat(2000);
  const SPACED = `activity log ${'1 '.repeat(1000)}`.slice(0, 2000);

  it.each([
    ['number words as a first sentence', 'ada', 'en-US', [] as string[], WORDS],
    ['French number words as a first sentence', 'gus', 'fr-FR', [], FRENCH],
    ['2,000 digits as a first sentence', 'ada', 'en-US', [], DIGITS],
    ['2,000 characters of numbers and dates', 'gus', 'nl-NL', [], SPACED],
    ['2,000 digits as a quantity', 'ada', 'en-US', ['buy software for fabrikam.com.au', '1'], DIGITS],
    ['number words as a date range', 'gus', 'fr-FR', ['activity log'], FRENCH],
  ])('%s is answered in under 200 ms (or a few short messages) while /healthz answers', async (_name, user, locale, before, text) => {
    // Up to three tries, each in fresh conversations: a machine busy with other work may slow
    // one of them, while a parser that one message can hold (seconds before the cut) fails all three.
    const tries: { took: number; slowestHealth: number; bound: number }[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const short = await timedReply(user, locale, before, text.slice(0, 40));
      const c = bot.conversation(user, { channelId: 'slack', locale });
      for (const b of before) await c.say(b);
      let took = 0;
      let reply = '';
      const health = await whileHealthPolled(async () => {
        const started = performance.now();
        reply = await c.say(text);
        took = performance.now() - started;
      });
      expect(reply.length).toBeGreaterThan(0);
      expect(health.failed).toBe(0);
      expect(health.answered).toBeGreaterThan(0);
      const bound = Math.max(200, LOADED_FACTOR * short);
      tries.push({ took, slowestHealth: health.slowest, bound });
      if (took < bound && health.slowest < bound) break;
    }
    const best = tries.reduce((a, b) =>
      Math.max(a.took, a.slowestHealth) - a.bound <= Math.max(b.took, b.slowestHealth) - b.bound ? a : b,
    );
    expect(best.took).toBeLessThan(best.bound);
    expect(best.slowestHealth).toBeLessThan(best.bound);
  });

  /** How long the same message cut to 40 characters takes, in a fresh conversation, right now. */
  async function timedReply(user: string, locale: string, before: string[], text: string): Promise<number> {
    const c = bot.conversation(user, { channelId: 'slack', locale });
    for (const b of before) await c.say(b);
    const started = performance.now();
    await c.say(text);
    return performance.now() - started;
  }
});
