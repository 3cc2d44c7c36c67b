import autocannon from 'autocannon';

/** What a simulated user types, and what the reply must contain for the turn to count as right. */
export interface Step {
  text: string;
  expect: RegExp;
}

/**
 * A walk through the cancellation procedure up to its confirmation, dropped there
 * ("cancel", "yes"), so that it can be walked again and again: seven real turns.
 */
export const CANCELLATION_WALK: Step[] = [
  { text: 'cancel a software purchase', expect: /Which customer bought the software/ },
  { text: 'contoso.com', expect: /Which product of Contoso Ltd/ },
  { text: 'Office LTSC Professional Plus 2024', expect: /Which order of Office LTSC/ },
  { text: '4711', expect: /Order 4711 can be cancelled/ },
  { text: '1', expect: /Cancel this purchase\?/ },
  { text: 'cancel', expect: /What you have entered so far will be lost/ },
  { text: 'yes', expect: /Nothing was changed in Partner Center/ },
];

export const ECHO_STEP: Step[] = [{ text: 'hello there', expect: /Echo: hello there/ }];
export const WATERFALL_STEP: Step[] = [{ text: 'Contoso', expect: /Which customer bought the software\?|Which product of Contoso\?|Thanks: Contoso, Contoso\./ }];

export interface LoadOptions {
  /** Several URLs: the clients are spread over them (client i talks to url i mod n). */
  url: string | string[];
  steps: Step[];
  /** A walk of `steps` is one conversation's; consecutive walks use the next conversation of the pool. */
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
 * `connections` clients, each walking `steps` in one conversation after another over a pool of
 * `conversations` ids (so a conversation is never used by two clients at once), with
 * expectReplies delivery; every reply is checked.
 */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  let walks = 0;
  let activityIds = 0;
  let wrong = 0;
  const samples: string[] = [];
  const requests = o.steps.map((step, i) => ({
    method: 'POST' as const,
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
      if (i === 0) context.k = walks++ % o.conversations;
      const k = context.k as number;
      const conversationId = `${o.tag}-c${k}`;
      return {
        ...req,
        body: JSON.stringify({
          type: 'message',
          id: `${conversationId}-a${++activityIds}`,
          channelId: o.channelId,
          serviceUrl: 'http://127.0.0.1:9',
          deliveryMode: 'expectReplies',
          from: { id: `${o.tag}-u${k}`, name: 'Bench user' },
          recipient: { id: 'bot', name: 'bot' },
          conversation: { id: conversationId },
          locale: 'en-US',
          text: step.text,
        }),
      };
    },
    onResponse: (status: number, body: string) => {
      if (status === 200 && step.expect.test(body)) return;
      wrong++;
      if (samples.length < 3) samples.push(`step ${i + 1} "${step.text}": HTTP ${status} ${body.slice(0, 300)}`);
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
