import Keyv from 'keyv';
import { createActor, type AnyStateMachine, type AnyStateNode } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import { promptCard } from '../../cards/render-card';
import { promptText } from '../../cards/render-text';
import { LOCALES, type Locale } from '../../cards/strings';
import { msg, type ShownPrompt } from '../../cards/view';
import { answeredCard } from '../../bot/turn-loop';
import { ConversationEngine, type ConversationRecord, type TurnInput } from '../../dialogs/engine';
import { PROCEDURES } from '../../dialogs/registry';
import { systemClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';

/** One card the assistant can send, with where it comes from (for the failure message). */
export interface CorpusCard {
  where: string;
  locale: Locale;
  card: Record<string, unknown>;
  /** The plain-text form of the same prompt (Slack and other text channels). */
  text: string;
}

/** A step where a run waits for the user: not final, not busy, not passed through by an eventless transition. */
const waits = (n: AnyStateNode) => n.type === 'atomic' && !n.tags.includes('busy') && (n.always?.length ?? 0) === 0;

function stateValueOf(n: AnyStateNode): string | Record<string, unknown> {
  const path = n.path;
  return path.slice(0, -1).reduceRight<string | Record<string, unknown>>((acc, key) => ({ [key]: acc }), path[path.length - 1]);
}

function statePaths(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [k, ...statePaths(v).map((p) => `${k}.${p}`)]);
}

/** Every waiting state of every procedure machine, from xstate/graph: "procedure:state". */
export function waitingStates(machines: Map<string, AnyStateMachine>): string[] {
  return [...machines].flatMap(([id, m]) =>
    getStateNodes(m.root)
      .filter(waits)
      .map((n) => `${id}:${n.path.join('.')}`),
  );
}

/**
 * Answers tried at a step that asks for a typed value: customers, orders, quantities, dates,
 * contacts of the demo data. Only the answers that lead somewhere new are followed.
 */
const TYPED_ANSWERS = [
  'contoso.com',
  'northwind',
  'fabrikam',
  'wingtip',
  'lakesideschools.edu',
  'tailspin',
  'adatum',
  '4711',
  '4712',
  '4714',
  '4719',
  '2',
  '12',
  'last 7 days',
  '2026-11-01 to 2026-11-20',
  'ada@partner.example',
  '+1 425 555 0100',
  'https://contoso.com/offer',
  'Megan Bowen',
  'Contoso Production',
  'Refund of the order',
  'The customer ordered the wrong edition by mistake.',
  'Contoso Analytics',
  'yes',
];

/** Values a card's form fields are filled with, by kind. */
const FIELD_VALUES: Record<string, string> = {
  text: 'Contoso Analytics',
  number: '3',
  email: 'ada@partner.example',
  url: 'https://contoso.com/offer',
  tel: '+1 425 555 0100',
  date: new Date().toISOString().slice(0, 10),
};

const USERS = ['ada', 'gus', 'sam', 'rita', 'hana'];
/** Expanding one step (procedure, state, question) more often finds no new card. */
const MAX_DEPTH = 24;

interface Node {
  record: ConversationRecord;
  prompt: ShownPrompt;
  depth: number;
}

/**
 * Every card the assistant can send, in the four languages:
 * - the question of every waiting state of every procedure machine (xstate/graph), with the
 *   run's starting context;
 * - every question met by walking the assistant itself (the engine, on the demo data) from its
 *   menu and from each procedure's start, clicking every choice and trying typical typed
 *   answers: menus, catalogs with the data, summaries, refusals with their next steps, receipts.
 * Returns the cards and the waiting states that gave none (neither way).
 */
export async function cardCorpus(): Promise<{
  cards: CorpusCard[];
  prompts: { where: string; prompt: ShownPrompt }[];
  uncovered: string[];
  states: string[];
}> {
  const pc = new SandboxPartnerCenter(new Keyv(), systemClock);
  const seed = parseSeed(DEMO_SEED);
  if (!seed.ok) throw new Error(seed.errors.join('; '));
  await pc.seed(seed.seed);
  const deps = { pc, clock: systemClock };
  const machines = new Map(PROCEDURES.map((d) => [d.id, d.createMachine(deps)]));
  const states = waitingStates(machines);
  const covered = new Set<string>();
  const prompts = new Map<string, { where: string; prompt: ShownPrompt }>();
  const add = (where: string, prompt: ShownPrompt) => {
    const { run: _run, seq: _seq, ...shape } = prompt;
    const k = JSON.stringify(shape);
    if (!prompts.has(k)) prompts.set(k, { where, prompt });
  };

  // 1. The graph: every waiting state, resolved with the context a run starts with.
  for (const def of PROCEDURES) {
    const machine = machines.get(def.id)!;
    const initial = createActor(machine, { input: { runId: 'graph', userId: 'ada', prefill: {} } }).getSnapshot();
    for (const n of getStateNodes(machine.root).filter(waits)) {
      const snap = machine.resolveState({ value: stateValueOf(n) as never, context: initial.context });
      // biome-ignore lint/suspicious/noImplicitAnyLet: assigned in the try below; its type is the procedure's prompt
      let prompt;
      try {
        prompt = def.prompt(snap);
        // Steps whose question is built from data the run loaded (dates, amounts) cannot be
        // shown from the starting context: the walk below shows them with their data.
        if (prompt) promptCard({ ...prompt, run: 'graph', seq: 1 }, 'en');
      } catch {
        continue;
      }
      if (!prompt) continue;
      const where = `${def.id}:${n.path.join('.')}`;
      covered.add(where);
      add(`${where} (graph)`, { ...prompt, run: 'graph', seq: 1 });
    }
  }

  // 2. The walk: the assistant's own turns, from the menu and from each procedure's start.
  const engine = new ConversationEngine(PROCEDURES, deps);
  const expanded = new Set<string>();
  for (const user of USERS) {
    const who = { channelUserId: user, locale: 'en-US' };
    const queue: Node[] = [];
    const step = async (record: ConversationRecord | undefined, input: TurnInput, depth: number) => {
      const result = await engine.turn(record, input, who);
      const run = result.record.run;
      const where = run ? `${run.procedure}:${run.step}` : 'menu';
      // The state the run rests in, from its saved snapshot.
      if (run) for (const path of statePaths((run.snapshot as { value?: unknown }).value)) covered.add(`${run.procedure}:${path}`);
      const shown = result.replies.flatMap((r) => (r.kind === 'prompt' ? [r.prompt] : []));
      for (const p of shown) add(`${where} as ${user}`, p);
      const last = shown[shown.length - 1];
      if (!last || depth >= MAX_DEPTH) return;
      const signature = `${user}|${where}|${last.title.key}|${(last.choices ?? []).map((c) => c.value).join(',')}|${last.input?.id ?? ''}`;
      if (expanded.has(signature)) return;
      expanded.add(signature);
      queue.push({ record: result.record, prompt: last, depth: depth + 1 });
    };
    await step(undefined, { kind: 'joined' }, 0);
    for (const def of PROCEDURES) await step(undefined, { kind: 'message', text: def.id }, 0);
    while (queue.length) {
      const { record, prompt, depth } = queue.shift()!;
      for (const c of prompt.choices ?? []) await step(record, { kind: 'submit', run: prompt.run, seq: prompt.seq, value: c.value }, depth);
      if (prompt.input || prompt.fields?.length) for (const text of TYPED_ANSWERS) await step(record, { kind: 'message', text }, depth);
      if (prompt.fields?.length) {
        const fields = Object.fromEntries(prompt.fields.map((f) => [f.id, f.value ?? FIELD_VALUES[f.kind]]));
        await step(record, { kind: 'submit', run: prompt.run, seq: prompt.seq, fields }, depth);
      }
    }
  }

  const cards: CorpusCard[] = [];
  for (const { where, prompt } of prompts.values()) {
    for (const locale of LOCALES)
      cards.push({
        where,
        locale,
        card: { ...promptCard(prompt, locale), fallbackText: promptText(prompt, locale) },
        text: promptText(prompt, locale),
      });
    // What Teams gets: Universal Actions, and the read-only copy once the question is answered.
    const text = promptText(prompt, 'en');
    cards.push({
      where: `${where} (Teams)`,
      locale: 'en',
      card: { ...promptCard(prompt, 'en', { execute: true }), fallbackText: text },
      text,
    });
    cards.push({
      where: `${where} (Teams, answered)`,
      locale: 'en',
      card: answeredCard({ prompt, answer: msg('common.raw', { text: 'an answer' }) }, 'en'),
      text,
    });
  }
  return { cards, prompts: [...prompts.values()], uncovered: states.filter((s) => !covered.has(s)), states };
}

/** A card's form without its words and with repeated items once: what a renderer may trip on. */
function shape(x: unknown, key = ''): unknown {
  if (typeof x === 'string')
    return ['type', 'style', 'weight', 'size', 'color', 'spacing', 'width', 'version'].includes(key) ? x : x.length > 0;
  if (Array.isArray(x)) return [...new Set(x.map((e) => JSON.stringify(shape(e))))].sort();
  if (x && typeof x === 'object')
    return Object.fromEntries(
      Object.entries(x)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, shape(v, k)]),
    );
  return x;
}

/**
 * One card of each form per step: drawing the same form with other words or data in Web Chat
 * shows nothing more, and Web Chat takes ~25 ms a card. The language drawn turns with each form,
 * so every language is drawn (the adaptivecards package validates every card in every language).
 */
export function distinctForms<T extends CorpusCard>(cards: T[]): T[] {
  const groups = new Map<string, T[]>();
  for (const c of cards) {
    const k = `${c.where.split(' ')[0]}|${JSON.stringify(shape(c.card))}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return [...groups.values()].map((group, i) => group.find((c) => c.locale === LOCALES[i % LOCALES.length]) ?? group[0]);
}
