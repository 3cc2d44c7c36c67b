import { ActivityTypes, TurnContext, type Activity } from 'botbuilder';
import { z } from 'zod';
import { ANSWER_VERB } from '../cards/render-card';
import type { TurnInput } from '../dialogs/engine';

const MAX_TEXT = 4000;
/** The event the Web Chat page sends once connected (bot/webchat-page.ts). */
export const JOIN_EVENT = 'webchat/join';

/** What a card submit must carry: the run and step it belongs to, and its answer. */
const SubmitSchema = z.object({
  pca: z.object({ run: z.string().min(1).max(100), seq: z.number().int().nonnegative() }),
  choice: z.string().max(500).optional(),
});

const FieldValue = z.union([z.string().max(MAX_TEXT), z.number(), z.boolean()]).transform(String);

export type ParsedInput =
  | { ok: true; input: TurnInput }
  | { ok: false; reason: 'bad-submit' | 'too-long' }
  | { ok: false; reason: 'ignore' };

/** Turns one activity into the engine's typed input, or says why it can't. */
export function toTurnInput(activity: Partial<Activity>): ParsedInput {
  // The Web Chat page says it joined once connected, with its locale (the standard welcome
  // event): the greeting and menu then speak the page's language.
  if (activity.type === ActivityTypes.Event)
    return activity.name === JOIN_EVENT ? { ok: true, input: { kind: 'joined' } } : { ok: false, reason: 'ignore' };
  if (activity.type === ActivityTypes.ConversationUpdate) {
    // Direct Line announces the member before the page can say its locale: the page's event greets instead.
    if (activity.channelId === 'directline') return { ok: false, reason: 'ignore' };
    const botId = activity.recipient?.id;
    const joined = (activity.membersAdded ?? []).some((m) => m && m.id !== botId);
    return joined ? { ok: true, input: { kind: 'joined' } } : { ok: false, reason: 'ignore' };
  }
  if (activity.type === ActivityTypes.Invoke) {
    if (activity.name !== 'adaptiveCard/action') return { ok: false, reason: 'ignore' };
    const action = (activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
    // Only the cards' own answer verb answers a question (a "refresh" must never count as one).
    if (action?.verb !== undefined && action.verb !== ANSWER_VERB) return { ok: false, reason: 'ignore' };
    return toSubmit(action?.data);
  }
  if (activity.type !== ActivityTypes.Message) return { ok: false, reason: 'ignore' };
  if (activity.value !== undefined && activity.value !== null) return toSubmit(activity.value);
  if (typeof activity.text !== 'string') return { ok: false, reason: 'bad-submit' };
  if (activity.text.length > MAX_TEXT) return { ok: false, reason: 'too-long' };
  // Teams puts "<at>Assistant</at>" in front of what the user typed.
  const text = activity.recipient?.id
    ? (TurnContext.removeRecipientMention(activity as Activity)?.trim() ?? activity.text)
    : activity.text.trim();
  return { ok: true, input: { kind: 'message', text } };
}

function toSubmit(value: unknown): ParsedInput {
  const parsed = SubmitSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'bad-submit' };
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (k === 'pca' || k === 'choice' || k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    const f = FieldValue.safeParse(v);
    if (f.success) fields[k] = f.data;
  }
  return { ok: true, input: { kind: 'submit', run: parsed.data.pca.run, seq: parsed.data.pca.seq, value: parsed.data.choice, fields } };
}
