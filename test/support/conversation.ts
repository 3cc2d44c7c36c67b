/** A reply as a channel shows it. */
export interface BotReply {
  type: string;
  text?: string;
  /** The card's plain-text form (fallbackText) or the message text. */
  plain: string;
  card?: { actions?: { title: string; data: Record<string, unknown> }[]; body: Record<string, unknown>[] };
}

/** Where a conversation's activities go: the assistant over HTTP (client.ts) or in this process (driver.ts). */
export interface Channel {
  post(activity: Record<string, unknown>): Promise<{ status: number; replies: BotReply[] }>;
}

/** A reply activity as the channel shows it: its text, or its card and the card's text form. */
export function toReply(a: Record<string, unknown>): BotReply {
  const attachment = (a.attachments as { content: Record<string, unknown> }[] | undefined)?.[0];
  const card = attachment?.content as (BotReply['card'] & { fallbackText?: string }) | undefined;
  return { type: String(a.type), text: a.text as string | undefined, plain: String(a.text ?? card?.fallbackText ?? ''), card };
}

/**
 * One user in one conversation: types, clicks card buttons, fills card inputs; each returns the
 * replies of the turn as one text.
 */
export class Conversation {
  private seq = 0;
  /** Every reply of the last turn. */
  last: BotReply[] = [];

  constructor(
    private readonly bot: Channel,
    readonly user: string,
    readonly id: string,
    readonly channelId: string,
    readonly locale?: string,
    readonly serviceUrl = 'http://127.0.0.1:9',
  ) {}

  private base(): Record<string, unknown> {
    return {
      id: `${this.id}-${this.user}-${process.hrtime.bigint().toString(36)}-${++this.seq}`,
      channelId: this.channelId,
      serviceUrl: this.serviceUrl,
      deliveryMode: 'expectReplies',
      from: { id: this.user, name: this.user },
      recipient: { id: 'bot', name: 'bot' },
      conversation: { id: this.id },
      ...(this.locale ? { locale: this.locale } : {}),
    };
  }

  async join(): Promise<string> {
    return this.send({ ...this.base(), type: 'conversationUpdate', membersAdded: [{ id: this.user }] });
  }

  /** The user types a message; returns all replies as one text. */
  async say(text: string): Promise<string> {
    return this.send({ ...this.base(), type: 'message', text });
  }

  /** The user clicks the card button titled `title` (on the newest card that has it). */
  async click(title: string | RegExp): Promise<string> {
    const picked = this.findChoice(title);
    if (picked) return this.submit({ ...picked.submit, choice: picked.value });
    const action = this.findAction(title);
    return this.submit(action.data);
  }

  /** A choice of a card's choice list (cards with many choices show a list and one button). */
  private findChoice(title: string | RegExp): { value: string; submit: Record<string, unknown> } | undefined {
    for (const r of [...this.last].reverse()) {
      const set = r.card?.body.find((e) => e.type === 'Input.ChoiceSet') as { choices: { title: string; value: string }[] } | undefined;
      const found = set?.choices.find((ch) =>
        typeof title === 'string' ? ch.title === title || ch.title.startsWith(`${title} — `) : title.test(ch.title),
      );
      if (found) return { value: found.value, submit: r.card!.actions![0].data };
    }
    return undefined;
  }

  /** The user fills the newest card's inputs and presses its submit button. */
  async fill(values: Record<string, string>, button?: string | RegExp): Promise<string> {
    const card = [...this.last].reverse().find((r) => r.card?.actions?.length);
    if (!card?.card?.actions) throw new Error(`no card with actions in: ${this.text()}`);
    const action = button ? this.findAction(button) : card.card.actions[card.card.actions.length - 1];
    return this.submit({ ...action.data, ...values });
  }

  findAction(title: string | RegExp): { title: string; data: Record<string, unknown> } {
    for (const r of [...this.last].reverse()) {
      const found = r.card?.actions?.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
      if (found) return found;
    }
    throw new Error(`no button ${String(title)} in: ${this.text()}`);
  }

  async submit(value: Record<string, unknown>): Promise<string> {
    return this.send({ ...this.base(), type: 'message', value });
  }

  async send(activity: Record<string, unknown>): Promise<string> {
    const { status, replies } = await this.bot.post(activity);
    if (status !== 200) throw new Error(`HTTP ${status}`);
    this.last = replies;
    return this.text();
  }

  text(): string {
    return this.last.map((r) => r.plain).join('\n');
  }
}
