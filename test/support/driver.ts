import Keyv from 'keyv';
import { supportsCards, textFlavour } from '../../bot/channel';
import { toLocale } from '../../cards/i18n';
import { promptCard } from '../../cards/render-card';
import { promptText, replyText } from '../../cards/render-text';
import type { Locale } from '../../cards/strings';
import type { Reply } from '../../cards/view';
import { ConversationEngine, type ConversationRecord, type TurnInput } from '../../dialogs/engine';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import { PROCEDURES } from '../../dialogs/registry';
import { OffsetClock, systemClock, type Clock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { Conversation, toReply, type BotReply, type Channel } from './conversation';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * The assistant in this process, without HTTP: the engine over a sandbox seeded with the demo
 * data, fed the activities a channel would send and answering with the activities the turn loop
 * would send (cards where the channel shows them, text elsewhere). A turn takes milliseconds
 * instead of a round trip through the server; what needs the server itself (follow-ups, locks,
 * stores, channels' authentication, pages) is tested over HTTP with TestAssistant (client.ts).
 */
export class InProcessAssistant implements Channel {
  /** `url`: the address a local `npm start` has, which the sandbox's links name. */
  app!: { pc: SandboxPartnerCenter; clock: OffsetClock; url: string };
  private engine!: ConversationEngine;
  private readonly records = new Map<string, ConversationRecord>();
  /** The language a user asked for ("speak French"), which wins over the activity's. */
  private readonly chosen = new Map<string, Locale>();
  private counter = 0;
  /** One turn at a time per conversation, as the turn loop's queue and lock make it. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly clock: Clock = systemClock,
    private readonly procedures: readonly ProcedureDefinition[] = PROCEDURES,
    private readonly seed: unknown = DEMO_SEED,
  ) {}

  async start(): Promise<this> {
    const clock = new OffsetClock(this.clock);
    const pc = new SandboxPartnerCenter(new Keyv(), clock);
    const parsed = parseSeed(this.seed);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    await pc.seed(parsed.seed);
    this.app = { pc, clock, url: pc.csp.publicUrl };
    return this.restart().then(() => this);
  }

  /** A new engine on the same records and sandbox, as a restarted server finds them. */
  async restart(): Promise<void> {
    // In local mode a user the directory does not know is the demo's default user, as in `npm start`.
    this.engine = new ConversationEngine(this.procedures, { pc: this.app.pc, clock: this.app.clock }, { defaultUserId: 'ada' });
  }

  async stop(): Promise<void> {
    this.records.clear();
  }

  conversation(user: string, options: { channelId?: string; id?: string; locale?: string } = {}): Conversation {
    return new Conversation(this, user, options.id ?? `conv-${++this.counter}`, options.channelId ?? 'emulator', options.locale);
  }

  /** What is kept of a conversation between turns. */
  saved(c: Conversation): ConversationRecord | undefined {
    return this.records.get(`${c.channelId}/${c.id}`);
  }

  post(activity: Record<string, unknown>): Promise<{ status: number; replies: BotReply[] }> {
    const key = `${String(activity.channelId)}/${(activity.conversation as { id: string }).id}`;
    const turn = (this.queues.get(key) ?? Promise.resolve()).then(() => this.turn(activity));
    this.queues.set(
      key,
      turn.catch(() => undefined),
    );
    return turn;
  }

  private async turn(activity: Record<string, unknown>): Promise<{ status: number; replies: BotReply[] }> {
    const channelId = String(activity.channelId);
    const userId = String((activity.from as { id: string }).id);
    const key = `${channelId}/${(activity.conversation as { id: string }).id}`;
    const locale = this.chosen.get(userId) ?? toLocale((activity.locale as string | undefined) ?? 'en');
    const input = inputOf(activity);
    if (!input) return { status: 200, replies: [] };
    const result = await this.engine.turn(this.records.get(key), input, {
      channelUserId: userId,
      locale,
      timeZone: validTimeZone(activity.localTimezone),
    });
    // Kept as a store keeps it: as JSON, so that what does not survive saving does not survive here.
    this.records.set(key, JSON.parse(JSON.stringify(result.record)) as ConversationRecord);
    if (result.chosenLocale) this.chosen.set(userId, toLocale(result.chosenLocale));
    const replyLocale = toLocale(result.chosenLocale ?? locale);
    return { status: 200, replies: render(result.replies, replyLocale, channelId).map(toReply) };
  }
}

/**
 * The engine's input for an activity these tests send: a typed text, a card's submit, a member
 * joining. (bot/activity-input.ts, the gate for whatever a channel sends, loads botbuilder, which
 * costs most of a second per test file; it is tested over HTTP, in test/bot and test/reliability.)
 */
function inputOf(activity: Record<string, unknown>): TurnInput | undefined {
  if (activity.type === 'conversationUpdate') return { kind: 'joined' };
  if (activity.type !== 'message') return undefined;
  const value = activity.value as { pca: { run: string; seq: number }; choice?: string } | undefined;
  if (!value) return { kind: 'message', text: String(activity.text).trim() };
  const { pca, choice, ...rest } = value;
  const fields = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)]));
  return { kind: 'submit', run: pca.run, seq: pca.seq, value: choice, fields };
}

/** As the turn loop renders replies for the channel (bot/turn-loop.ts). */
function render(replies: Reply[], locale: Locale, channelId: string): Record<string, unknown>[] {
  const flavour = textFlavour(channelId);
  return replies.flatMap((r): Record<string, unknown>[] => {
    if (r.kind === 'say') {
      const text = replyText(r, locale, flavour);
      return text ? [{ type: 'message', text }] : [];
    }
    const text = promptText(r.prompt, locale, flavour);
    if (!supportsCards(channelId)) return [{ type: 'message', text }];
    return [
      { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD, content: { ...promptCard(r.prompt, locale), fallbackText: text } }] },
    ];
  });
}

function validTimeZone(zone: unknown): string | undefined {
  if (typeof zone !== 'string') return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}
