import autocannon from 'autocannon';

/** What one walk remembers between its turns (an order id read from a reply, say). */
export type WalkContext = Record<string, string>;

/**
 * What a simulated user types, and what the reply must say for the turn to count as right.
 * Either may depend on what the walk read from earlier replies (`capture`).
 */
export interface Step {
  text: string | ((walk: WalkContext) => string);
  expect: RegExp | ((walk: WalkContext) => RegExp);
  /** Reads what later steps need from this step's reply (the body of the HTTP response). */
  capture?: (body: string, walk: WalkContext) => void;
}

/** A sequence of turns one user walks again and again; `fresh`: each walk in a new conversation. */
export interface Scenario {
  name: string;
  steps: Step[];
  fresh?: boolean;
}

/**
 * The cancellation procedure up to its confirmation, dropped there ("cancel", "yes"), so that the
 * same order can be walked again and again: seven real turns.
 */
export const CANCELLATION_WALK: Scenario = {
  name: 'cancellation walk',
  steps: [
    { text: 'cancel a software purchase', expect: /Which customer bought the software/ },
    { text: 'contoso.com', expect: /Which product of Contoso Ltd/ },
    { text: 'Office LTSC Professional Plus 2024', expect: /Which order of Office LTSC/ },
    { text: '4711', expect: /Order 4711 can be cancelled/ },
    { text: '1', expect: /Cancel this purchase\?/ },
    { text: 'cancel', expect: /What you have entered so far will be lost/ },
    { text: 'yes', expect: /Nothing was changed in Partner Center/ },
  ],
};

/**
 * A first message that names everything: the router picks the procedure, the customer and the
 * order are looked up, and the notice comes back; every walk in a new conversation.
 */
export const FIRST_MESSAGE: Scenario = {
  name: 'first message',
  fresh: true,
  steps: [{ text: 'cancel order 4711 for contoso.com', expect: /Order 4711 can be cancelled/ }],
};

/**
 * A change committed and undone: an order placed (a new order id each time), then that order
 * cancelled, both carried out in the sandbox Partner Center.
 */
export const ORDER_PLACED_AND_CANCELLED: Scenario = {
  name: 'order placed and cancelled',
  fresh: true,
  steps: [
    { text: 'buy software for contoso.com', expect: /What do you want to buy for Contoso Ltd/ },
    { text: 'Office LTSC Professional Plus 2024', expect: /How many licenses/ },
    { text: '1', expect: /Place this order\?/ },
    {
      text: '1',
      expect: /Order \d+ placed/,
      capture: (body, walk) => {
        walk.order = /Order (\d+) placed/.exec(body)?.[1] ?? '';
      },
    },
    { text: (w) => `cancel order ${w.order} for contoso.com`, expect: (w) => new RegExp(`Order ${w.order} can be cancelled`) },
    { text: '1', expect: /Cancel this purchase\?/ },
    { text: '1', expect: (w) => new RegExp(`Order ${w.order} \\(Office LTSC Professional Plus 2024\\) is cancelled`) },
  ],
};

export const ECHO_WALK: Scenario = { name: 'echo', steps: [{ text: 'hello there', expect: /Echo: hello there/ }] };

/** The waterfall's three prompts, each reply checked exactly. */
export const WATERFALL_WALK: Scenario = {
  name: 'waterfall',
  steps: [
    { text: 'cancel a software purchase', expect: /Which customer bought the software\?/ },
    { text: 'Contoso', expect: /Which product of Contoso\?/ },
    { text: 'Office LTSC Professional Plus 2024', expect: /Thanks: Contoso, Office LTSC Professional Plus 2024\./ },
  ],
};

export interface LoadOptions {
  /** Several URLs: the clients are spread over them (client i talks to url i mod n). */
  url: string | string[];
  scenario: Scenario;
  /** A walk is one conversation's; consecutive walks use the next conversation of the pool. */
  conversations: number;
  connections: number;
  durationSec: number;
  channelId: string;
  /** Makes this run's conversation ids its own. */
  tag: string;
}

export interface LoadResult {
  turns: number;
  turnsPerSec: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Non-2xx answers, socket errors, time-outs and replies that did not say what the step expects. */
  failed: number;
  samples: string[];
}

/**
 * `connections` clients, each walking the scenario in one conversation after another over a pool
 * of `conversations` ids (so a conversation is never used by two clients at once), with
 * expectReplies delivery; every reply is checked. Every bot gets exactly this: the same
 * clients, activity shape, channel, locale and duration.
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  let walks = 0;
  let activityIds = 0;
  let wrong = 0;
  const samples: string[] = [];
  const steps = o.scenario.steps;
  const requests = steps.map((step, i) => ({
    method: 'POST' as const,
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
      if (i === 0) {
        const walk = walks++;
        context.conversation = o.scenario.fresh ? `${o.tag}-w${walk}` : `${o.tag}-c${walk % o.conversations}`;
        context.user = `${o.tag}-u${walk % o.conversations}`;
        context.walk = {};
      }
      const conversationId = context.conversation as string;
      const text = typeof step.text === 'function' ? step.text(context.walk as WalkContext) : step.text;
      return {
        ...req,
        body: JSON.stringify({
          type: 'message',
          id: `${conversationId}-a${++activityIds}`,
          channelId: o.channelId,
          serviceUrl: 'http://127.0.0.1:9',
          deliveryMode: 'expectReplies',
          from: { id: context.user, name: 'Bench user' },
          recipient: { id: 'bot', name: 'bot' },
          conversation: { id: conversationId },
          locale: 'en-US',
          text,
        }),
      };
    },
    onResponse: (status: number, body: string, context: Record<string, unknown>) => {
      const walk = (context.walk ?? {}) as WalkContext;
      const expected = typeof step.expect === 'function' ? step.expect(walk) : step.expect;
      if (status === 200 && expected.test(body)) {
        step.capture?.(body, walk);
        return;
      }
      wrong++;
      if (samples.length < 3) samples.push(`step ${i + 1}: HTTP ${status} ${body.slice(0, 600)}`);
    },
  }));
  const result = await autocannon({
    // autocannon takes an array too (its types say only a string).
    url: o.url as string,
    connections: o.connections,
    duration: o.durationSec,
    requests: requests as unknown as autocannon.Request[],
    timeout: 30,
  });
  const failed = wrong + result.errors + result.timeouts;
  const turns = result.requests.total;
  return {
    turns,
    turnsPerSec: (turns - failed) / o.durationSec,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    failed,
    samples,
  };
}
