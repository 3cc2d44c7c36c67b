import type { Msg, Param, Prompt, Reply } from './view';

/**
 * Secrets in the view model (product keys, download, consent and relationship links) are
 * marked with `{ secret }`: here they are found, and replaced for conversations others read.
 */

function paramHas(p: Param): boolean {
  if (typeof p !== 'object') return false;
  if ('secret' in p) return true;
  if ('key' in p) return msgHas(p);
  if ('lines' in p) return p.lines.some(paramHas);
  return false;
}

function msgHas(m: Msg | undefined): boolean {
  return !!m?.params && Object.values(m.params).some(paramHas);
}

function promptHas(p: Prompt): boolean {
  return (
    msgHas(p.title) ||
    (p.lines ?? []).some(msgHas) ||
    (p.facts ?? []).some((f) => msgHas(f.label) || paramHas(f.value)) ||
    (p.choices ?? []).some((c) => msgHas(c.label) || msgHas(c.detail)) ||
    (p.table?.rows ?? []).some((r) => r.some(paramHas))
  );
}

/** Whether the reply shows anything only its user may see. */
export function hasSecret(r: Reply): boolean {
  return r.kind === 'say' ? msgHas(r.msg) : promptHas(r.prompt);
}

function hideParam(p: Param, hidden: Msg): Param {
  if (typeof p !== 'object') return p;
  if ('secret' in p) return hidden;
  if ('key' in p) return hideMsg(p, hidden);
  if ('lines' in p) return { lines: p.lines.map((line) => hideParam(line, hidden)) };
  return p;
}

function hideMsg(m: Msg, hidden: Msg): Msg;
function hideMsg(m: Msg | undefined, hidden: Msg): Msg | undefined;
function hideMsg(m: Msg | undefined, hidden: Msg): Msg | undefined {
  if (!m?.params) return m;
  return { ...m, params: Object.fromEntries(Object.entries(m.params).map(([k, v]) => [k, hideParam(v, hidden)])) };
}

/** The prompt with every secret replaced by `hidden`. */
export function hidePromptSecrets<P extends Prompt>(p: P, hidden: Msg): P {
  return {
    ...p,
    title: hideMsg(p.title, hidden),
    ...(p.lines ? { lines: p.lines.map((l) => hideMsg(l, hidden)) } : {}),
    ...(p.facts ? { facts: p.facts.map((f) => ({ label: hideMsg(f.label, hidden), value: hideParam(f.value, hidden) })) } : {}),
    ...(p.choices
      ? {
          choices: p.choices.map((c) => ({
            ...c,
            label: hideMsg(c.label, hidden),
            ...(c.detail ? { detail: hideMsg(c.detail, hidden) } : {}),
          })),
        }
      : {}),
    ...(p.table ? { table: { columns: p.table.columns, rows: p.table.rows.map((r) => r.map((v) => hideParam(v, hidden))) } } : {}),
  };
}

/** The reply with every secret replaced by `hidden`. */
export function hideSecrets(r: Reply, hidden: Msg): Reply {
  return r.kind === 'say' ? { kind: 'say', msg: hideMsg(r.msg, hidden) } : { kind: 'prompt', prompt: hidePromptSecrets(r.prompt, hidden) };
}
