import { assign, emit } from 'xstate';
import { decide, rank, type Findable } from '../../domain/find/match';
import type { ProcedureEvent, SayEvent } from '../procedure';
import { msg, type Msg } from '../../cards/view';
import { asksForList, asksForMore } from './list-words';

/** What the search actor of a step hands back. */
export interface Searched<T> {
  kind: 'none' | 'one' | 'several' | 'list';
  items: T[];
  /** "list" (and "none", which brings the first page for help): the next page, its position, the count. */
  continuation?: string;
  from?: number;
  total?: number;
}

/** Where a find-and-pick step is: kept in the machine's context under `pick`. */
export interface PickSlot<T> {
  /** The candidates on screen: a close call, or a page of the whole list. */
  items?: T[];
  /** The items are a page of the whole list (not search results). */
  list?: boolean;
  from?: number;
  total?: number;
  continuation?: string;
  /** Searches in a row that found nothing: the help grows with each. */
  misses?: number;
  /** A page to ask for next ("more", from the position `from`), or the start of the list. */
  want?: { list: true; continuation?: string; from?: number };
}

export interface PickHost<T> {
  pick?: PickSlot<T>;
}

/** The value of the "next page" choice of a listed step. */
export const MORE = 'more';

export interface PickMessages<T> {
  tooShort: Msg;
  /**
   * Nothing matched `query`: said with help that grows with the misses in a row (1: what may be
   * typed; 2: an example from the user's own items; 3 and more: the list follows). `first` is
   * the first item of the whole list, undefined when there is none at all.
   */
  missed: (query: string, misses: number, first: T | undefined) => Msg;
}

export interface PickOptions<T, C> {
  /** The step's state names: they are the procedure's step keys (help, why, name). */
  states: { ask: string; finding: string; choose: string };
  /** The name of the search actor the machine provides (input: query | list + continuation). */
  actor: string;
  next: string;
  take: (item: T) => Partial<C>;
  findable: (item: T) => Findable;
  messages: PickMessages<T>;
  /** Where the typed query lives in the context (a first sentence may have set it). */
  queryOf: (context: C) => string | undefined;
  withQuery: (query: string | undefined) => Partial<C>;
  /** The typed query is forgotten after a miss (the procedure asks afresh). */
  clearQueryOnMiss?: boolean;
}

const tooShort = (value: string) => value.trim().length < 2;

/** What the user typed, as it is quoted back: short enough for one line. */
export const said = (query: string | undefined) => (query ?? '').slice(0, 80);

/** The item a typed answer names among those on screen: its value (ID), or a clear match by name. */
function chosen<T>(items: readonly T[], value: string, findable: (item: T) => Findable, idOf: (item: T) => string): T | undefined {
  const v = value.trim();
  const byId = items.find((i) => idOf(i) === v);
  if (byId) return byId;
  const verdict = decide(rank(items, v, findable));
  return verdict.kind === 'one' ? verdict.match.item : undefined;
}

/**
 * One find-and-pick step as three states to spread into a procedure machine: ask (a typed
 * query, or "list"), finding (the search, busy), choose (a close call or a page of the list).
 * Zero results: said, with help that grows (what to type, then an example, then the list);
 * one: taken; several: a short list; "list": every item, a page at a time with "more".
 * The machine receives the option's value at the choose state; a typed name is matched there too.
 */
export function findAndPick<T extends { id: string }, C extends PickHost<T>>(o: PickOptions<T, C>) {
  type Args = { context: C; event: ProcedureEvent };
  type DoneArgs = { context: C; event: { output: Searched<T> } };
  const { ask, finding, choose } = o.states;
  const idOf = (i: T) => i.id;
  const taken = (item: T) => ({ ...o.take(item), pick: undefined });
  const misses = (context: C) => context.pick?.misses ?? 0;
  const missed = say(
    ({ context, event }: DoneArgs): SayEvent => ({
      type: 'say',
      msg: o.messages.missed(said(o.queryOf(context)), misses(context) + 1, event.output.items[0]),
    }),
  );
  const search = (context: C, value: string) => ({ ...o.withQuery(value.trim()), pick: { misses: context.pick?.misses } });
  const forget = o.clearQueryOnMiss ? o.withQuery(undefined) : {};

  const states = {
    [ask]: {
      on: {
        ANSWER: [
          {
            guard: ({ event }: Args) => asksForList(event.value),
            target: finding,
            actions: assign({ pick: () => ({ want: { list: true } }) }),
          },
          { guard: ({ event }: Args) => tooShort(event.value), actions: emit({ type: 'say', msg: o.messages.tooShort }) },
          {
            target: finding,
            actions: put(({ context, event }: Args) => search(context, event.value)),
          },
        ],
      },
    },
    [finding]: {
      tags: 'busy',
      invoke: {
        src: o.actor,
        input: ({ context }: { context: C }) => (context.pick?.want ? { ...context.pick.want } : { query: o.queryOf(context) ?? '' }),
        onDone: [
          {
            guard: ({ event }: DoneArgs) => event.output.kind === 'one',
            target: o.next,
            actions: put(({ event }: DoneArgs) => taken(event.output.items[0])),
          },
          {
            guard: ({ event }: DoneArgs) => event.output.kind === 'several',
            target: choose,
            actions: put(({ event }: DoneArgs) => ({ pick: { items: event.output.items } })),
          },
          {
            guard: ({ event }: DoneArgs) => event.output.kind === 'list' && event.output.items.length > 0,
            target: choose,
            actions: put(({ event }: DoneArgs) => ({ pick: listed(event.output) })),
          },
          {
            // The third miss in a row: the list itself.
            guard: ({ context, event }: DoneArgs) => event.output.kind === 'none' && misses(context) >= 2 && event.output.items.length > 0,
            target: choose,
            actions: [missed, put(({ context, event }: DoneArgs) => ({ pick: { ...listed(event.output), misses: misses(context) + 1 } }))],
          },
          {
            target: ask,
            actions: [missed, put(({ context }: DoneArgs) => ({ ...forget, pick: { misses: misses(context) + 1 } }))],
          },
        ],
        onError: {
          target: ask,
          actions: [
            emit({ type: 'say', msg: msg('common.partnerCenterError') }),
            put(({ context }: { context: C }) => ({ ...forget, pick: { misses: context.pick?.misses } })),
          ],
        },
      },
    },
    [choose]: {
      on: {
        ANSWER: [
          {
            guard: ({ context, event }: Args) => !!chosen(context.pick?.items ?? [], event.value, o.findable, idOf),
            target: o.next,
            actions: put(({ context, event }: Args) => taken(chosen(context.pick?.items ?? [], event.value, o.findable, idOf)!)),
          },
          {
            guard: ({ context, event }: Args) => !!context.pick?.continuation && (event.value.trim() === MORE || asksForMore(event.value)),
            target: finding,
            actions: put(({ context }: Args) => {
              const on = context.pick;
              return {
                pick: {
                  ...on,
                  want: { list: true as const, continuation: on?.continuation, from: (on?.from ?? 0) + (on?.items?.length ?? 0) },
                },
              };
            }),
          },
          {
            guard: ({ event }: Args) => asksForList(event.value),
            target: finding,
            actions: assign({ pick: () => ({ want: { list: true } }) }),
          },
          {
            guard: ({ event }: Args) => tooShort(event.value) || asksForMore(event.value),
            actions: emit({ type: 'say', msg: msg('common.pickOne') }),
          },
          // Another name typed here is a new search.
          {
            target: finding,
            actions: put(({ context, event }: Args) => search(context, event.value)),
          },
        ],
      },
    },
  };
  // The fragment is checked against PickHost above; xstate's config types cannot say "any machine
  // whose context extends PickHost", so the host sees it as its own state config.
  return states as unknown as Record<string, never>;
}

/** assign and emit over the host's context, which only the generic PickHost part of is known here. */
const put = <A>(update: (args: A) => object) => assign(update as never);
const say = <A>(event: (args: A) => SayEvent) => emit(event as never);

function listed<T>(output: Searched<T>): PickSlot<T> {
  return { items: output.items, list: true, from: output.from ?? 0, total: output.total, continuation: output.continuation };
}
