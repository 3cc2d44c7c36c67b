import type { Activity, CloudAdapter, ConversationParameters, TurnContext } from 'botbuilder';
import { OutboundRefused, withTimeout, type OutboundPolicy } from './outbound';

/**
 * Sends activities to the acting user alone, in a one-to-one conversation the assistant opens
 * (a proactive personal message). Resolves to false when the channel cannot do it: the caller
 * then says where to get what was not shown.
 */
export type PrivateSender = (context: TurnContext, activities: Partial<Activity>[]) => Promise<boolean>;

/** Channels where the assistant can open a personal chat with a member of a group conversation. */
const CAN_OPEN_PERSONAL_CHAT = new Set(['msteams']);

export function privateSender(
  adapter: CloudAdapter,
  appId: string,
  policy: OutboundPolicy,
  onError: (err: unknown) => void,
): PrivateSender {
  return async (context, activities) => {
    const a = context.activity;
    if (!CAN_OPEN_PERSONAL_CHAT.has(a.channelId) || !a.from?.id || !a.recipient?.id || !a.serviceUrl) return false;
    const channelData = a.channelData as { tenant?: { id?: string } } | undefined;
    const tenantId = a.conversation?.tenantId ?? channelData?.tenant?.id;
    const parameters = {
      isGroup: false,
      bot: a.recipient,
      members: [{ id: a.from.id, name: a.from.name }],
      ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
    } as ConversationParameters;
    try {
      if (!policy.allows(a.serviceUrl)) throw new OutboundRefused(a.serviceUrl);
      // The audience is left to the connector (the public cloud's unless configured otherwise).
      const create = adapter.createConversationAsync(
        appId,
        a.channelId,
        a.serviceUrl,
        undefined as unknown as string,
        parameters,
        async (personal) => {
          await personal.sendActivities(activities);
        },
      );
      await withTimeout(create, policy.timeoutMs);
      return true;
    } catch (err) {
      onError(err);
      return false;
    }
  };
}
