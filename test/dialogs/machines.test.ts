import Keyv from 'keyv';
import { createActor, type AnyStateMachine, type StateNode } from 'xstate';
import { toDirectedGraph } from 'xstate/graph';
import { ManualClock } from '../../domain/clock';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { hasText } from '../../cards/i18n';
import { PROCEDURES } from '../../dialogs/registry';
import type { ProcedureDefinition } from '../../dialogs/procedure';

type Node = StateNode<any, any>;

const clock = new ManualClock(new Date('2026-11-20T10:00:00Z'));
const deps = { pc: new SandboxPartnerCenter(new Keyv(), clock), clock };

/**
 * Steps known to lack an English help text. They belong to the procedures' string files;
 * the test fails when one of them gets its text (remove it here) or a new gap appears.
 */
const KNOWN_HELP_GAPS = new Set<string>([
  'cancel.refused.help',
  'cancel.supportRequest.help',
  'isv.golive.refused.help',
  'isv.statusProc.offer.help',
  'isv.statusProc.deal.help',
]);

/**
 * Steps whose question is built from what the run loaded (an order's keys, a log page, the
 * offer picked): with the start's context their prompt is rightly empty. Conversation tests
 * show their questions; any other step must have one from the start's context.
 */
const NEEDS_LOADED_DATA = new Set<string>([
  'isv-status.offer',
  'isv-status.deal',
  'buy-software.confirm',
  'keys-downloads.showKeys',
  'activity-log.show',
]);

/** Every state node of a machine, with the ids of the nodes its transitions can lead to. */
function graphOf(machine: AnyStateMachine): Map<string, { node: Node; next: Set<string> }> {
  const nodes = new Map<string, { node: Node; next: Set<string> }>();
  const visit = (n: Node) => {
    const next = new Set<string>();
    for (const transitions of n.transitions.values()) for (const t of transitions) for (const target of t.target ?? []) next.add(target.id);
    for (const t of n.always ?? []) for (const target of t.target ?? []) next.add(target.id);
    // Entering a compound state enters its initial child.
    if (n.type === 'compound' && n.initial) for (const target of n.initial.target) next.add(target.id);
    nodes.set(n.id, { node: n, next });
    for (const child of Object.values(n.states)) visit(child as Node);
  };
  visit(machine.root as Node);
  return nodes;
}

/** Ids of the nodes reachable from the root: a transition of a parent is taken from each of its children. */
function reachable(machine: AnyStateMachine): Set<string> {
  const graph = graphOf(machine);
  const seen = new Set<string>([machine.root.id]);
  const queue = [machine.root.id];
  while (queue.length) {
    const id = queue.shift()!;
    const entry = graph.get(id)!;
    const targets = new Set(entry.next);
    for (let p = entry.node.parent; p; p = p.parent) for (const t of graph.get(p.id)!.next) targets.add(t);
    for (const t of targets) {
      // Entering a node enters its ancestors too.
      for (let n: Node | undefined = graph.get(t)!.node; n && !seen.has(n.id); n = n.parent) {
        seen.add(n.id);
        queue.push(n.id);
      }
    }
  }
  return seen;
}

const atomic = (machine: AnyStateMachine) =>
  [...graphOf(machine).values()].map((e) => e.node).filter((n) => n.type === 'atomic' || n.type === 'final');

/** A node where the run waits for the user: not final, not busy, not passed through by an eventless transition. */
const waits = (n: Node) => n.type === 'atomic' && !n.tags.includes('busy') && (n.always?.length ?? 0) === 0;

function stateValueOf(n: Node): string | Record<string, unknown> {
  const path = n.path;
  return path.slice(0, -1).reduceRight<string | Record<string, unknown>>((acc, key) => ({ [key]: acc }), path[path.length - 1]);
}

describe.each(PROCEDURES.map((d) => [d.id, d] as [string, ProcedureDefinition]))('the %s machine', (_id, def) => {
  const machine = def.createMachine(deps);

  it('is built by xstate/graph into a graph that holds every state node', () => {
    const graph = toDirectedGraph(machine);
    const ids = new Set<string>();
    const walk = (g: typeof graph) => {
      ids.add(g.id);
      g.children.forEach(walk);
    };
    walk(graph);
    for (const n of atomic(machine)) expect(ids).toContain(n.id);
  });

  it('reaches every state from its start', () => {
    const seen = reachable(machine);
    const unreachable = atomic(machine)
      .filter((n) => !seen.has(n.id))
      .map((n) => n.id);
    expect(unreachable).toEqual([]);
  });

  it('has a question and an English help text at every step where it waits for the user', () => {
    const initial = createActor(machine, { input: { runId: 'graph-test', userId: 'ada', prefill: {} } }).getSnapshot();
    const noPrompt: string[] = [];
    const noHelp: string[] = [];
    for (const n of atomic(machine).filter(waits)) {
      const snap = machine.resolveState({ value: stateValueOf(n) as never, context: initial.context });
      let prompt: unknown;
      try {
        prompt = def.prompt(snap);
      } catch {
        prompt = undefined;
      }
      if ((!prompt || typeof prompt !== 'object' || !('title' in prompt)) && !NEEDS_LOADED_DATA.has(n.id)) noPrompt.push(n.id);
      const key = `${def.stepKey(snap)}.help`;
      if (!hasText(key, 'en') && !KNOWN_HELP_GAPS.has(key)) noHelp.push(key);
    }
    expect({ noPrompt, noHelp }).toEqual({ noPrompt: [], noHelp: [] });
  });
});

it('lists no help gap that has since been filled', () => {
  expect([...KNOWN_HELP_GAPS].filter((k) => hasText(k, 'en'))).toEqual([]);
});

describe('the graph walk itself', () => {
  const { setup } = jest.requireActual('xstate') as typeof import('xstate');
  const sample = setup({}).createMachine({
    id: 'sample',
    initial: 'a',
    states: {
      a: { on: { NEXT: 'b' } },
      b: { initial: 'b1', states: { b1: { always: 'b2' }, b2: {} }, on: { DONE: 'c' } },
      c: { type: 'final' },
      island: { on: { BACK: 'a' } },
    },
  });

  it('finds the states no transition leads to, and follows parents, initial children and eventless transitions', () => {
    const seen = reachable(sample);
    expect(
      atomic(sample)
        .filter((n) => !seen.has(n.id))
        .map((n) => n.id),
    ).toEqual(['sample.island']);
  });

  it('tells the waiting steps from the passed-through ones', () => {
    expect(
      atomic(sample)
        .filter(waits)
        .map((n) => n.id),
    ).toEqual(['sample.a', 'sample.b.b2', 'sample.island']);
  });
});
