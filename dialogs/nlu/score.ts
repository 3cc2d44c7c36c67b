import type { ProcedureDefinition } from '../procedure';
import { KEYWORDS } from './keywords';
import { fold } from './text';

export interface Ranked {
  def: ProcedureDefinition;
  score: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A keyword as a pattern on folded text: whole words, "stem*" for any ending. */
function pattern(keyword: string): RegExp {
  const k = fold(keyword);
  const stem = k.endsWith('*');
  const body = escape(stem ? k.slice(0, -1) : k).replace(/ /g, '\\s+');
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${body}${stem ? '[\\p{L}-]*' : ''}(?=$|[^\\p{L}\\p{N}])`, 'u');
}

const weight = (keyword: string) => {
  const words = keyword.trim().split(/\s+/).length;
  // A phrase says much more than any of its words.
  return words === 1 ? 1 : words + 0.5;
};

interface Compiled {
  def: ProcedureDefinition;
  own: { text: string; w: number }[];
  table: { re: RegExp; w: number }[];
}

const cache = new WeakMap<ProcedureDefinition, Compiled>();

/** Patterns are built once per definition, whichever list (all, or the allowed ones) it is ranked in. */
function compiled(def: ProcedureDefinition): Compiled {
  let c = cache.get(def);
  if (!c) {
    c = {
      def,
      own: def.keywords.map((k) => ({ text: fold(k), w: weight(k) })),
      table: [...new Set((KEYWORDS[def.id] ?? []).map(fold))].map((k) => ({ re: pattern(k), w: weight(k) })),
    };
    cache.set(def, c);
  }
  return c;
}

/**
 * Scores each procedure for a first sentence: its definition's own keywords (found anywhere,
 * as before), plus the multilingual table (whole words). Highest first, zero scores left out.
 */
export function rankProcedures(procedures: readonly ProcedureDefinition[], text: string): Ranked[] {
  const t = fold(text);
  const out: Ranked[] = [];
  for (const c of procedures.map(compiled)) {
    let score = 0;
    for (const k of c.own) if (k.text && t.includes(k.text)) score += k.w;
    for (const k of c.table) if (k.re.test(t)) score += k.w * 0.75;
    if (score > 0) out.push({ def: c.def, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

export type Routing =
  | { kind: 'none' }
  | { kind: 'one'; def: ProcedureDefinition; score: number }
  | { kind: 'ambiguous'; options: ProcedureDefinition[] };

/** Within this share of the best score, another procedure is a real alternative. */
const CLOSE = 0.8;

/**
 * One procedure when it clearly leads; otherwise the two or three likeliest to choose from.
 * Procedures the user may not carry out are only chosen when nothing allowed comes close: then
 * the user learns which roles the named procedure needs.
 */
export function route(procedures: readonly ProcedureDefinition[], text: string, allowed: (def: ProcedureDefinition) => boolean = () => true): Routing {
  const all = rankProcedures(procedures, text);
  if (all.length === 0) return { kind: 'none' };
  const best = all[0].score;
  const mine = all.filter((r) => allowed(r.def) && r.score >= best * CLOSE);
  const ranked = mine.length > 0 ? mine : all;
  const [top] = ranked;
  const close = ranked.filter((r) => r.score >= top.score * CLOSE).slice(0, 3);
  if (close.length === 1) return { kind: 'one', def: top.def, score: top.score };
  return { kind: 'ambiguous', options: close.map((r) => r.def) };
}
