import { emit } from 'xstate';
import { decide, rank, type Findable } from '../../domain/find/match';
import { fold } from '../../domain/find/normalize';
import { msg, type Msg } from '../../cards/view';
import type { ProcedureEvent, SayEvent } from '../procedure';
import { said } from './find-and-pick';
import { asksForList } from './list-words';

/** The things a procedure picks among once it has loaded them (its customer is found by the customer step). */
export type AmongKind = 'product' | 'order' | 'subscription' | 'offer' | 'plan' | 'deal';

/** What a typed answer names among loaded items: one, a close call, nothing, or "show them all". */
export type Among<T> = { kind: 'one'; item: T } | { kind: 'several'; items: T[] } | { kind: 'none' } | { kind: 'list' };

/** At most this many candidates are named in a close call. */
const SHOWN = 5;

/**
 * The item of a loaded list a typed text names, with the same matcher as customers: an exact
 * key (ID, order number) first, then names in part, misspelt, in another case; "list" asks for
 * every item.
 */
export function findAmong<T>(items: readonly T[], text: string, findable: (item: T) => Findable): Among<T> {
  const v = text.trim();
  if (!v) return { kind: 'none' };
  const key = fold(v);
  const byKey = items.filter((i) => findable(i).keys.some((k) => k === v || (key !== '' && fold(k) === key)));
  if (byKey.length === 1) return { kind: 'one', item: byKey[0] };
  if (byKey.length > 1) return { kind: 'several', items: byKey };
  if (asksForList(v)) return { kind: 'list' };
  const verdict = decide(rank(items, v, findable));
  if (verdict.kind === 'one') return { kind: 'one', item: verdict.match.item };
  if (verdict.kind === 'several') return { kind: 'several', items: verdict.matches.map((m) => m.item) };
  return { kind: 'none' };
}

/** The one item a typed text names clearly, else undefined (first sentences, hints). */
export function foundAmong<T>(items: readonly T[], text: string | undefined, findable: (item: T) => Findable): T | undefined {
  if (!text) return undefined;
  const a = findAmong(items, text, findable);
  return a.kind === 'one' ? a.item : undefined;
}

/** What is said when a typed text names no single item: the close call, "list", or the miss. */
export function amongMsg<T>(kind: AmongKind, among: Among<T>, text: string, nameOf: (item: T) => string): Msg {
  const what = msg(`pick.what.${kind}`);
  const query = said(text.trim());
  // One candidate, not close enough to be taken for what was typed: offered as the closest, not as "several".
  if (among.kind === 'several' && among.items.length === 1) return msg('pick.among.closest', { what, query, name: nameOf(among.items[0]) });
  if (among.kind === 'several') {
    const names = among.items.slice(0, SHOWN).map(nameOf);
    return msg('pick.among.several', { what, query, names: { list: names, quoted: true } });
  }
  if (among.kind === 'list') return msg('pick.among.list', { what });
  return msg('pick.among.none', { what, query });
}

export interface AmongOptions<T, C> {
  kind: AmongKind;
  /** The items shown at this step. */
  items: (context: C) => readonly T[];
  findable: (item: T) => Findable;
  nameOf: (item: T) => string;
}

/**
 * The last transitions of a step that picks among loaded items: whatever named no single item
 * is said as such (a close call with its candidates, "list", a miss with what may be typed).
 * The context is left as it was, so the engine's help grows with the misses in a row (an
 * example, then the choices again), as at every question. The step's own transition for a
 * picked item comes first, guarded with `foundAmong`.
 */
export function amongRefusals<T, C>(o: AmongOptions<T, C>) {
  type Args = { context: C; event: ProcedureEvent };
  const refusal = ({ context, event }: Args): SayEvent => ({
    type: 'say',
    msg: amongMsg(o.kind, findAmong(o.items(context), event.value, o.findable), event.value, o.nameOf),
  });
  // Checked against the host's context above; xstate's config types cannot say "any machine
  // whose context is C", so the host sees it as its own transition.
  return [{ actions: emit(refusal as never) }] as never[];
}
