import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import type { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { crashWalk, type WalkOptions, type WalkReport } from './kill-walk';

/**
 * One procedure's crash walk: the conversations that reach each of its states, what Partner
 * Center must hold afterwards, and what the walk must have met. A walk is a file named after
 * its procedure's id in a walks folder (test/reliability/walks/<id>.ts exporting `walk`).
 */
export interface Walk extends Omit<WalkOptions, 'procedure' | 'check' | 'procedures' | 'entry'> {
  /** The procedure as the user knows it ("cancel a software purchase"). */
  title: string;
  /** What its redelivery after a kill does ("cancels once"). */
  redelivery: string;
  /** States no typed conversation can reach, and why. */
  unreachable: Record<string, string>;
  /** Partner Center after the last conversation; `since`: a moment before the walk began. */
  check(pc: SandboxPartnerCenter, since: Date): Promise<void>;
  /** What the walk met: the states killed in, the last replies. */
  met(report: WalkReport): void;
}

/** What the activity log says was done since `since`, as "<action> <subject>" lines in the log's order. */
export async function doneSince(pc: SandboxPartnerCenter, since: Date): Promise<string[]> {
  const log = await pc.activity.list(since, new Date(Date.now() + 60_000));
  return log.filter((r) => r.outcome === 'done').map((r) => `${r.action} ${r.subject}`);
}

/** The walks of a folder, by procedure id (the file's name). */
export function walksIn(dir: string): Record<string, Walk> {
  const walks: Record<string, Walk> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')))
    walks[file.slice(0, -'.ts'.length)] = (require(join(dir, file)) as { walk: Walk }).walk;
  return walks;
}

/** The registered procedures without a walk, and the walks of no registered procedure. */
export function unwalked(procedures: readonly ProcedureDefinition[], walks: Record<string, Walk>): { missing: string[]; stray: string[] } {
  const ids = new Set(procedures.map((p) => p.id));
  return {
    missing: [...ids].filter((id) => !walks[id]).sort(),
    stray: Object.keys(walks)
      .filter((id) => !ids.has(id))
      .sort(),
  };
}

/**
 * Runs one walk: SIGKILLs the server at every state the conversations rest in and during every
 * busy turn (kill-walk.ts), then checks Partner Center, what was met, and that every state the
 * graph has was visited but the ones said unreachable. `server`: the procedures and the server
 * entry when the procedure is not in the registry (a fixture).
 */
export async function runWalk(procedure: string, walk: Walk, server: Pick<WalkOptions, 'procedures' | 'entry'> = {}): Promise<WalkReport> {
  const since = new Date(Date.now() - 1000);
  const report = await crashWalk({ ...walk, ...server, procedure, check: (pc) => walk.check(pc, since) });
  walk.met(report);
  expect(report.states.filter((s) => !report.visited.has(s)).sort()).toEqual(Object.keys(walk.unreachable).sort());
  return report;
}
