import Keyv from 'keyv';
import { ManualClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import type { Lang } from '../../dialogs/nlu/text';
import { knownNames, type KnownNames } from '../../dialogs/understand/mask';
import { PROCEDURES } from '../../dialogs/registry';
import { understand, type Understanding } from '../../dialogs/understand';
import { EVAL_EN } from './eval/en';
import { EVAL_FR } from './eval/fr';
import { EVAL_NL } from './eval/nl';
import { EVAL_SV } from './eval/sv';
import type { EvalCase } from './eval/types';

export const EVAL_SETS: Record<Lang, readonly EvalCase[]> = { en: EVAL_EN, fr: EVAL_FR, sv: EVAL_SV, nl: EVAL_NL };

export interface Outcome {
  text: string;
  expected: string;
  got: string;
  /** The expected intent was started or answered. */
  correct: boolean;
  /** Another procedure than the expected one was started. */
  wrongProcedure: boolean;
}

export interface LangReport {
  lang: Lang;
  total: number;
  correct: number;
  wrongProcedures: number;
  outcomes: Outcome[];
}

/** The intent an understanding amounts to: a procedure id, talk.*, ask.*, "choose:a|b" or "none". */
export function intentOf(u: Understanding): string {
  switch (u.kind) {
    case 'procedure':
      return u.def.id;
    case 'talk':
      return `talk.${u.talk}`;
    case 'question':
      return `ask.${u.question.id}`;
    case 'choose':
      return `choose:${u.defs.map((d) => d.id).join('|')}`;
    case 'none':
      return 'none';
  }
}

const procedureIds = new Set(PROCEDURES.map((p) => p.id));

let demo: Promise<SandboxPartnerCenter> | undefined;

/** The demo sandbox: what the engine reads a first message against. */
export function demoSandbox(): Promise<SandboxPartnerCenter> {
  demo ??= (async () => {
    const pc = new SandboxPartnerCenter(new Keyv(), new ManualClock(new Date('2026-11-22T10:00:00Z')));
    const parsed = parseSeed(DEMO_SEED);
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    await pc.seed(parsed.seed);
    return pc;
  })();
  return demo;
}

/** The demo sandbox's names for one sentence, as the engine gathers them. */
export async function demoNames(text = ''): Promise<KnownNames> {
  return knownNames(await demoSandbox(), text);
}

/** What a first sentence amounts to for a user with every role, read against the demo sandbox. */
export async function readIntent(lang: Lang, text: string): Promise<string> {
  return intentOf(await understand(text, { procedures: PROCEDURES, allowed: () => true, lang, known: await demoNames(text) }));
}

/** Runs a language's evaluation set through the recognizer, as a user with every role would type it. */
export async function evaluate(lang: Lang, cases: readonly EvalCase[] = EVAL_SETS[lang]): Promise<LangReport> {
  const outcomes: Outcome[] = [];
  for (const [text, expected] of cases) {
    const got = await readIntent(lang, text);
    outcomes.push({ text, expected, got, correct: got === expected, wrongProcedure: procedureIds.has(got) && got !== expected });
  }
  return {
    lang,
    total: outcomes.length,
    correct: outcomes.filter((o) => o.correct).length,
    wrongProcedures: outcomes.filter((o) => o.wrongProcedure).length,
    outcomes,
  };
}

const pct = (n: number, of: number) => `${((100 * n) / Math.max(1, of)).toFixed(1)}%`;

/** The report `npm run nlu:eval` prints: accuracy per language and per intent, then every miss. */
export function formatReport(reports: readonly LangReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(
      `${r.lang}: ${pct(r.correct, r.total)} right (${r.correct}/${r.total}), ${pct(r.wrongProcedures, r.total)} wrong procedure (${r.wrongProcedures})`,
    );
  }
  lines.push('', 'per intent (right/total in en fr sv nl):');
  const intents = [...new Set(reports.flatMap((r) => r.outcomes.map((o) => o.expected)))];
  for (const intent of intents) {
    const cells = reports.map((r) => {
      const mine = r.outcomes.filter((o) => o.expected === intent);
      return `${mine.filter((o) => o.correct).length}/${mine.length}`;
    });
    lines.push(`  ${intent.padEnd(28)} ${cells.join('  ')}`);
  }
  lines.push('', 'confusions (expected -> got):');
  for (const r of reports) {
    for (const o of r.outcomes.filter((x) => !x.correct))
      lines.push(`  [${r.lang}] ${o.expected} -> ${o.got}${o.wrongProcedure ? '  (WRONG PROCEDURE)' : ''}  «${o.text}»`);
  }
  return lines.join('\n');
}
