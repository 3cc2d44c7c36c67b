import type { ConversationRecord, TurnInput } from '../dialogs/engine';

/**
 * A run belongs to the channel user who started it. In a conversation where several people
 * write (a Teams group chat or channel, or any conversation where several sender ids appear),
 * only that user answers its questions, clicks its cards, goes back, cancels or confirms.
 */

/** The owner of the run this input would act on, when the actor is someone else. */
export function foreignOwner(record: ConversationRecord | undefined, actorId: string, input: TurnInput): string | undefined {
  if (input.kind === 'joined') return undefined;
  const owner = record?.run?.owner;
  return owner !== undefined && owner !== actorId ? owner : undefined;
}

/** Stamps the runs the actor started (or took over from a record saved before runs had owners). */
export function claimRuns(record: ConversationRecord, actorId: string): void {
  if (record.run && record.run.owner === undefined) record.run = { ...record.run, owner: actorId };
}

/** At most this many sender ids are remembered per conversation: enough to know it is shared. */
const MAX_MEMBERS = 8;

/** The sender ids seen in the conversation, the actor included. */
export function withMember(members: readonly string[] | undefined, actorId: string): string[] {
  const list = members ?? [];
  return list.includes(actorId) ? [...list] : [...list, actorId].slice(-MAX_MEMBERS);
}

/**
 * A conversation others can read: a Teams group chat or channel, a channel's own group flag,
 * or more than one sender seen so far.
 */
export function isShared(conversation: { conversationType?: string; isGroup?: boolean } | undefined, members: readonly string[]): boolean {
  const type = conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || conversation?.isGroup === true || members.length > 1;
}
