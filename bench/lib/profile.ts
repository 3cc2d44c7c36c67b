import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './processes';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  totalMs: number;
  idleMs: number;
  byModule: { name: string; ms: number; share: number }[];
  byFunction: { name: string; ms: number; share: number }[];
}

/** Where a frame's code lives: a package, a project folder, Node itself. */
function moduleOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const rel = relative(ROOT, path);
  if (!rel.startsWith('..'))
    return (
      rel
        .split('/')
        .slice(0, rel.includes('/') ? 1 : 0)
        .join('/') || rel
    );
  return path;
}

/**
 * The main thread's profile in `dir` (Node names them CPU.<date>.<time>.<pid>.<thread>.<n>): tsx's
 * loader thread writes one too, which a turn never runs on.
 */
export function mainThreadProfile(dir: string): string | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  const main = files.find((f) => f.split('.')[4] === '0') ?? files[0];
  return main ? join(dir, main) : undefined;
}

/**
 * Self time per module and per function of a `--cpu-prof` profile, busy time only, for the
 * samples between `fromMs` and `toMs` after the profile started (all by default).
 */
export function summarizeProfile(file: string, options: { top?: number; fromMs?: number; toMs?: number } = {}): ProfileSummary {
  const top = options.top ?? 20;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  if (profile.samples && profile.timeDeltas) {
    let at = 0;
    const from = (options.fromMs ?? 0) * 1000;
    const to = (options.toMs ?? Infinity) * 1000;
    profile.samples.forEach((id, i) => {
      const delta = profile.timeDeltas![i] ?? 0;
      at += delta;
      if (at >= from && at < to) selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
    });
  } else {
    const perHit =
      (profile.endTime - profile.startTime) /
      Math.max(
        1,
        profile.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0),
      );
    for (const n of profile.nodes) selfUs.set(n.id, (n.hitCount ?? 0) * perHit);
  }
  let idle = 0;
  let total = 0;
  const modules = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id);
    if (!node) continue;
    total += us;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') {
      idle += us;
      continue;
    }
    const mod = name === '(garbage collector)' ? '(garbage collector)' : moduleOf(node.callFrame.url);
    modules.set(mod, (modules.get(mod) ?? 0) + us);
    const fn =
      `${name || '(anonymous)'} ${node.callFrame.url ? `${relative(ROOT, node.callFrame.url.replace(/^file:\/\//, ''))}:${node.callFrame.lineNumber + 1}` : ''}`.trim();
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const busy = total - idle;
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / busy }));
  return { totalMs: total / 1000, idleMs: idle / 1000, byModule: rank(modules), byFunction: rank(functions) };
}
