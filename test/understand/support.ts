import Keyv from 'keyv';
import { ManualClock } from '../../domain/clock';
import { ROLES } from '../../domain/model';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { ConversationEngine, type ConversationRecord, type TurnResult } from '../../dialogs/engine';
import { PROCEDURES } from '../../dialogs/registry';
import type { Msg, Reply } from '../../cards/view';

export const NOW = new Date('2026-11-22T10:00:00Z');

/** The engine over a freshly seeded demo sandbox, driven in-process; "all" is a user with every role. */
export async function demoEngine(): Promise<{ engine: ConversationEngine; pc: SandboxPartnerCenter }> {
  const clock = new ManualClock(NOW);
  const pc = new SandboxPartnerCenter(new Keyv(), clock);
  const parsed = parseSeed(DEMO_SEED);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  await pc.seed(parsed.seed);
  await pc.directory.setRoles('gus', [...ROLES]);
  return { engine: new ConversationEngine(PROCEDURES, { pc, clock }), pc };
}

export async function say(
  engine: ConversationEngine,
  text: string,
  user = 'gus',
  locale = 'en',
  saved?: ConversationRecord,
): Promise<TurnResult> {
  return engine.turn(saved, { kind: 'message', text }, { channelUserId: user, locale });
}

/** The keys of what was said, and of each question's title, in order. */
export function keys(r: TurnResult): string[] {
  return r.replies.map((x: Reply) => (x.kind === 'say' ? x.msg.key : `prompt:${x.prompt.title.key}`));
}

export function said(r: TurnResult, key: string): Msg | undefined {
  for (const x of r.replies) if (x.kind === 'say' && x.msg.key === key) return x.msg;
  return undefined;
}
