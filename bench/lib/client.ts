/** A channel's side of the Bot Framework protocol with expectReplies: the replies come back in the HTTP response. */
export interface Reply {
  type: string;
  text?: string;
  attachments?: { content?: { fallbackText?: string } }[];
}

export function activity(conversationId: string, userId: string, id: string, text: string, channelId = 'slack'): Record<string, unknown> {
  return {
    type: 'message',
    id,
    channelId,
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    from: { id: userId, name: userId },
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: conversationId },
    text,
  };
}

export async function post(baseUrl: string, body: Record<string, unknown>): Promise<{ status: number; replies: Reply[] }> {
  const res = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = res.status === 200 ? ((await res.json()) as { activities?: Reply[] }) : {};
  return { status: res.status, replies: json.activities ?? [] };
}

export function plain(replies: Reply[]): string {
  return replies
    .filter((r) => r.type === 'message')
    .map((r) => r.text ?? r.attachments?.[0]?.content?.fallbackText ?? '')
    .join('\n');
}

/** One user in one conversation, typing; each turn may go to a different server. */
export class TypingUser {
  private seq = 0;
  constructor(
    readonly conversationId: string,
    readonly userId: string,
    readonly channelId = 'slack',
  ) {}

  async say(baseUrl: string, text: string): Promise<string> {
    const { status, replies } = await post(
      baseUrl,
      activity(this.conversationId, this.userId, `${this.conversationId}-${++this.seq}`, text, this.channelId),
    );
    if (status !== 200) throw new Error(`HTTP ${status} for "${text}"`);
    return plain(replies);
  }
}
