import Fuse from 'fuse.js';
import { coreWords, DOMAIN, domainLabel, fold, GUID, LEADING_WORDS, nameForms, wordForms, words, type NameForms } from './normalize';
import { CLEAR, CLOSE, FLOOR, MAX_FUZZY, SCORE, SIMILAR, similarity } from './scale';

/** What an item is found by. */
export interface Findable {
  /** Exact keys, typed whole: an ID, a domain, a tenant GUID. One of them picks the item at once. */
  keys: string[];
  /** Names people type in part, in another case, misspelt or with another legal form. */
  names: readonly string[];
  /** Domains: their first label is a name too ("contoso" for contoso.com). */
  domains?: string[];
}

export interface Match<T> {
  item: T;
  /** 1 for an exact key or name; lower the less alike (0.5 is the least that is kept). */
  score: number;
  exact: boolean;
}

/** A clear match, a close call between several, or nothing. */
export type Verdict<T> = { kind: 'none' } | { kind: 'one'; match: Match<T> } | { kind: 'several'; matches: Match<T>[] };

/** The longest text searched for; typos are looked for in shorter ones only (the work stays small). */
const MAX_QUERY = 120;

/** The typed text without what wraps a name: quotes, a final period, "the customer". */
function clean(query: string): string {
  const ws = query
    .trim()
    .replace(/^["'«“]+|["'»”.!?]+$/g, '')
    .trim()
    .split(/\s+/);
  let from = 0;
  while (from < ws.length - 1 && LEADING_WORDS.has(ws[from].toLowerCase())) from++;
  return ws.slice(from).join(' ');
}

function exactKey(query: string, f: Findable): boolean {
  const q = clean(query).toLowerCase();
  const guid = GUID.exec(q)?.[0];
  const domain = DOMAIN.exec(q)?.[0];
  return f.keys.some((k) => {
    const key = k.toLowerCase();
    return key === q || (!!guid && key === guid && guid.length === q.length) || (!!domain && key === domain && domain.length === q.length);
  });
}

/** How well the typed words fit a name without typos: whole name, core name, words it starts. */
function wordScore(qw: string[], qcForms: string[], n: NameForms): { score: number; exact: boolean } {
  if (qw.length === 0) return { score: 0, exact: false };
  if (qw.join(' ') === n.full) return { score: SCORE.EXACT, exact: true };
  if (qcForms.includes(n.core.join(' '))) return { score: SCORE.CORE, exact: false };
  // Every typed word starts a word of the name, in order ("north trad", "contoso"): a part of it.
  let at = 0;
  const hit = qw.every((w) => {
    const i = n.core.findIndex((c, k) => k >= at && wordForms(w).some((f) => c.startsWith(f)));
    if (i < 0) return false;
    at = i + 1;
    return true;
  });
  if (!hit) return { score: 0, exact: false };
  const coverage = Math.min(1, qw.join('').length / Math.max(1, n.core.join('').length));
  return { score: SCORE.WORD_PREFIX + 0.1 * coverage, exact: false };
}

/**
 * The items a typed text may name, best first: exact keys, then whole or core names and domain
 * labels, then fuzzy names (typos, missing letters) through Fuse.
 */
export function rank<T>(items: readonly T[], query: string, describe: (item: T) => Findable, limit = 10): Match<T>[] {
  // No name is this long: a longer text is not searched whole (the work stays small).
  const q = clean(query.slice(0, MAX_QUERY));
  if (fold(q).length < 2) return [];
  const described = items.map((item) => ({ item, f: describe(item) }));
  const keyed = described.filter(({ f }) => exactKey(q, f));
  if (keyed.length > 0) return keyed.map(({ item }) => ({ item, score: SCORE.EXACT, exact: true }));

  const qw = words(q);
  const qc = coreWords(qw).join(' ');
  const qcForms = wordForms(qc);
  const qLabels = wordForms(qw.join(''));
  const prepared = described.map(({ item, f }) => ({ item, names: f.names.map(nameForms), labels: (f.domains ?? []).map(domainLabel) }));
  const best = new Map<number, Match<T>>();
  const keep = (i: number, score: number, exact: boolean) => {
    const old = best.get(i);
    if (score >= FLOOR && (!old || score > old.score)) best.set(i, { item: prepared[i].item, score, exact: exact || !!old?.exact });
  };
  prepared.forEach(({ names, labels }, i) => {
    for (const n of names) {
      const s = wordScore(qw, qcForms, n);
      keep(i, s.score, s.exact);
    }
    if (labels.some((l) => qLabels.includes(l))) keep(i, SCORE.DOMAIN_LABEL, false);
  });

  // Typos: compared on the names without their legal form, and on the domains' first labels.
  // Not needed when a name was found whole: a typo's score could not come close to it.
  const top = Math.max(0, ...[...best.values()].map((m) => m.score));
  if (qc.length >= 4 && qc.length <= MAX_FUZZY && top < SCORE.CORE) {
    const docs = prepared.flatMap(({ names, labels }, i) => [
      ...names.map((n) => ({ i, text: n.core.join(' ') })),
      ...labels.map((text) => ({ i, text })),
    ]);
    const fuse = new Fuse(docs, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2 });
    // Fuse finds the candidates (also inside longer names); a whole name misspelt in a few
    // places is scored by its edit distance, which Fuse undervalues for long names.
    for (const r of fuse.search(qc)) keep(r.item.i, SCORE.FUZZY * Math.max(1 - (r.score ?? 1), similarity(qc, r.item.text)), false);
    // The first words of a longer name misspelt ("exchange onlnie" for "Exchange Online (Plan 1)"):
    // compared with as many words of the name as were typed.
    const n = qc.split(' ').length;
    prepared.forEach(({ names }, i) => {
      for (const name of names) {
        if (name.core.length <= n) continue;
        const start = name.core.slice(0, n).join(' ');
        const sim = similarity(qc, start);
        if (sim >= SIMILAR) keep(i, SCORE.FUZZY * sim, false);
      }
    });
  }

  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

/** One clear match, a close call, or nothing: what a step does next. */
export function decide<T>(matches: readonly Match<T>[]): Verdict<T> {
  const [top, ...rest] = matches;
  if (!top) return { kind: 'none' };
  const exacts = matches.filter((m) => m.exact);
  if (exacts.length === 1) return { kind: 'one', match: exacts[0] };
  if (exacts.length > 1) return { kind: 'several', matches: exacts };
  const close = rest.filter((m) => m.score >= top.score - CLOSE);
  if (close.length === 0 && top.score >= CLEAR) return { kind: 'one', match: top };
  return { kind: 'several', matches: [top, ...close] };
}
