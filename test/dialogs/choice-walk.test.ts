import Keyv from 'keyv';
import { createActor, waitFor, type AnyActorRef, type AnyStateMachine } from 'xstate';
import { getStateNodes } from 'xstate/graph';
import { t } from '../../cards/i18n';
import { msg, type Prompt } from '../../cards/view';
import { choiceOf, fold, type Lang } from '../../dialogs/answers';
import { dropPrompt, menuPrompt, resumePrompt, switchPrompt, whichPrompt } from '../../dialogs/engine/menu';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import { PROCEDURES } from '../../dialogs/registry';
import { ManualClock } from '../../domain/clock';
import { checkRoles } from '../../domain/rules/roles';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';

/**
 * Every choice of every question, answered the ways people answer: its number, its whole
 * label, and a part of its label that fits no other choice, in English, French, Swedish and
 * Dutch. The questions are found by walking each procedure machine from its start through
 * every choice (the states come from the machine's graph, xstate/graph); each must read as
 * the value the machine expects for that choice.
 */
const LANGS: Lang[] = ['en', 'fr', 'sv', 'nl'];
/** Values a first sentence may carry, so that the walk reaches the steps after the customer. */
const PREFILL: Record<string, Record<string, string>> = {
  'cancel-software-purchase': { customer: 'contoso.com' },
  'keys-and-downloads': { customer: 'contoso.com' },
  'buy-software': { customer: 'fabrikam.com.au' },
  'support-request': { customer: 'contoso.com' },
  'new-subscription': { customer: 'contoso.com' },
  'manage-subscription': { customer: 'contoso.com' },
  'azure-management': { customer: 'contoso.com' },
  'activity-log': { range: 'last 7 days' },
};
/** Typed answers to the questions without choices, so that the walk goes on to the steps after them. */
const TYPED: Record<string, string> = {
  'isv.offer.askOfferId': 'walk-offer',
  'isv.offer.askAlias': 'Walk offer',
  'isv.deal.askCustomer': 'Contoso Pharma',
  'isv.deal.askValue': '1000',
  'isv.deal.askCloseDate': '2026-12-31',
  'support.askPurchase': '4714',
  'support.askAmount': '100',
  'support.askTitle': 'Refund of order 4714',
  'support.askReason': 'Ordered twice.',
  'support.askContact': 'Ada Okafor, ada@partner.example, +1 425 555 0100',
  'custsubs.askCustomer': 'contoso',
  'isv.plans.askPlanId': 'walk',
  'isv.plans.askPlanName': 'Walk',
  'isv.plans.askPlanDescription': 'A plan of the walk.',
  'isv.publish.askUrl': 'https://packages.example.com/walk.zip',
  'isv.invite.askDomain': 'walk.example.com',
  'isv.licenses.askCount': '5',
  'buy.askQuantity': '2',
  'newsub.askQuantity': '10',
  'managesub.askQuantity': '12',
  'managesub.askAddOnQuantity': '1',
  'log.askRange': 'last 7 days',
};
const MAX_STEPS = 40;

type Form = { how: string; lang: Lang; text: string };

/** A run of the label's words that names only this choice (none when every part is shared). */
function partOf(p: Prompt, index: number, lang: Lang): string | undefined {
  const words = fold(t(p.choices![index].label, lang)).split(' ');
  for (let len = 1; len < words.length; len++) {
    for (let s = 0; s + len <= words.length; s++) {
      const part = words.slice(s, s + len).join(' ');
      if (part.replace(/[^\p{L}\p{N}]/gu, '').length < 4) continue;
      const r = choiceOf(p, part, lang);
      if (r.kind === 'one' && r.value === p.choices![index].value) return part;
    }
  }
  return undefined;
}

/** The forms a user could type for each choice of a question. */
function formsOf(p: Prompt, index: number): Form[] {
  const forms: Form[] = [];
  const numbersRead = choiceOf(p, '1', 'en').kind !== 'none';
  const partsRead = !p.input && !p.fields?.length && !p.expects;
  for (const lang of LANGS) {
    if (numbersRead) forms.push({ how: 'number', lang, text: String(index + 1) });
    forms.push({ how: 'label', lang, text: t(p.choices![index].label, lang) });
    if (partsRead) {
      const part = partOf(p, index, lang);
      if (part) forms.push({ how: 'part', lang, text: part });
    }
  }
  return forms;
}

interface Checked {
  questions: number;
  answers: number;
  parts: number;
  failures: string[];
}

/** Reads every form of every choice; a label shared by two choices must say so rather than pick one. */
function check(where: string, p: Prompt, out: Checked): void {
  out.questions++;
  p.choices!.forEach((c, i) => {
    const sameLabel = (lang: Lang) => p.choices!.filter((o) => fold(t(o.label, lang)) === fold(t(c.label, lang))).length > 1;
    for (const f of formsOf(p, i)) {
      const r = choiceOf(p, f.text, f.lang);
      out.answers++;
      if (f.how === 'part') out.parts++;
      const ok =
        r.kind === 'one'
          ? r.value === c.value
          : f.how === 'label' && sameLabel(f.lang) && r.kind === 'several' && r.values.includes(c.value);
      if (!ok) out.failures.push(`${where}: ${f.how} "${f.text}" (${f.lang}) gave ${JSON.stringify(r)}, expected ${c.value}`);
    }
  });
}

async function sandbox(): Promise<SandboxPartnerCenter> {
  const pc = new SandboxPartnerCenter(new Keyv(), new ManualClock(new Date('2026-11-30T10:00:00Z')));
  const seed = parseSeed(DEMO_SEED);
  if (!seed.ok) throw new Error(seed.errors.join('; '));
  await pc.seed(seed.seed);
  return pc;
}

const settled = (a: AnyActorRef) => waitFor(a, (s) => !s.hasTag('busy') || s.status !== 'active', { timeout: 10_000 });

/** Breadth first through the choices: every question reached is checked once per step. */
async function walk(def: ProcedureDefinition, out: Checked): Promise<Set<string>> {
  const pc = await sandbox();
  const clock = new ManualClock(new Date('2026-11-30T10:00:00Z'));
  const machine: AnyStateMachine = def.createMachine({ pc, clock });
  const user = (DEMO_SEED.users ?? []).find((u) => checkRoles((u.roles ?? []) as never, def.permission).allowed)!;
  const seen = new Set<string>();
  const start = createActor(machine, { input: { runId: `walk-${def.id}`, userId: user.id, prefill: PREFILL[def.id] ?? {} } });
  start.start();
  await settled(start);
  const queue: unknown[] = [start.getPersistedSnapshot()];
  start.stop();
  while (queue.length && seen.size < MAX_STEPS) {
    const snapshot = queue.shift();
    const actor = createActor(machine, { snapshot: snapshot as never });
    actor.start();
    const snap = actor.getSnapshot();
    const step = def.stepKey(snap);
    const p = snap.status === 'active' ? def.prompt(snap) : undefined;
    actor.stop();
    if (!p || seen.has(step)) continue;
    seen.add(step);
    const typed = TYPED[step];
    if (!p.choices?.length && typed === undefined) continue;
    if (p.choices?.length) check(`${def.id} ${step}`, p, out);
    for (const value of p.choices?.length ? p.choices.map((c) => c.value) : [typed]) {
      const next = createActor(machine, { snapshot: snapshot as never });
      next.start();
      next.send({ type: 'ANSWER', value });
      await settled(next);
      if (next.getSnapshot().status === 'active') queue.push(next.getPersistedSnapshot());
      next.stop();
    }
  }
  return seen;
}

describe('every choice of every question is understood in the four languages', () => {
  it.each(PROCEDURES.map((p) => [p.id, p] as const))('%s', async (_id, def) => {
    const out: Checked = { questions: 0, answers: 0, parts: 0, failures: [] };
    const steps = await walk(def, out);
    // The walk starts at the machine's own states: each step it reached is one of them.
    const states = getStateNodes(def.createMachine({ pc: await sandbox(), clock: new ManualClock(new Date()) }).root).map((n) =>
      n.path.join('.'),
    );
    expect(states.length).toBeGreaterThan(1);
    expect(steps.size).toBeGreaterThan(0);
    // Every step walked is a waiting state of the machine's graph.
    const names = new Set(states.map((s) => s.split('.').pop()));
    expect([...steps].filter((step) => !names.has(step.split('.').pop())).sort()).toEqual([]);
    expect(out.failures).toEqual([]);
    expect(out.questions).toBeGreaterThan(0);
  });

  it('the assistant\'s own questions: stop, resume, switch, menu and "which"', () => {
    const out: Checked = { questions: 0, answers: 0, parts: 0, failures: [] };
    const title = msg('isv.plans.title');
    check('stop', dropPrompt(title), out);
    check('resume', resumePrompt(title, 'isv.plans.askPlanId'), out);
    check('switch', switchPrompt(msg('log.title'), title, 'show the activity log'), out);
    check('which', whichPrompt(PROCEDURES.slice(0, 3) as ProcedureDefinition[]), out);
    const gus = { id: 'gus', name: 'Gustav Lind', email: '', roles: ['Global admin', 'Account admin'] } as never;
    check('menu', menuPrompt(PROCEDURES, gus), out);
    expect(out.failures).toEqual([]);
    expect(out.parts).toBeGreaterThan(0);
  });

  it('yes and no answer the yes/no questions of the assistant in each language', () => {
    const stop = dropPrompt(msg('isv.plans.title'));
    for (const [text, lang, value] of [
      ['1', 'en', 'yes'],
      ['oui', 'fr', 'yes'],
      ['Oui, arrêter', 'fr', 'yes'],
      ['ja', 'sv', 'yes'],
      ['nee', 'nl', 'no'],
      ['No, continue', 'en', 'no'],
      ['Yes, stop it', 'en', 'yes'],
    ] as [string, Lang, string][]) {
      expect(choiceOf(stop, text, lang)).toEqual({ kind: 'one', value });
    }
  });
});
