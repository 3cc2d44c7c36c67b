import { assign, emit, enqueueActions, fromPromise, setup } from 'xstate';
import { findCustomer } from '../../../domain/find/customers';
import type { ActivityRecord, Customer } from '../../../domain/model';
import { parseDateRange, type DateRange, type DateRangeError } from '../../../domain/software/date-range';
import type { ProcedureDeps, ProcedureEvent, RunInput, RunOutput, SayEvent } from '../../procedure';
import { msg, type Msg } from '../../../cards/view';
import { answerIs } from '../answer-words';

export const PAGE_SIZE = 10;
/** The log kept in a conversation is capped: a narrower range shows the rest. */
export const MAX_ENTRIES = 1000;

export interface LogEntry extends ActivityRecord {
  customerName?: string;
}

export interface LogContext {
  runId: string;
  userId: string;
  rangeText?: string;
  range?: DateRange;
  entries?: LogEntry[];
  truncated?: boolean;
  page: number;
  /** The log's purpose is who accessed keys or downloaded software: those are shown first, everything else on request. */
  all?: boolean;
  /** A customer named ("who downloaded keys for contoso"): only their activity is shown. */
  customerQuery?: string;
  /** The customers that name fits (several when it fits several), once the log is read. */
  customers?: { id: string; name: string }[];
}

/** The entries the log is for: key accesses and downloads. */
export const KEY_AND_DOWNLOAD_ACTIONS = new Set(['software-key-access', 'software-download']);
export const isKeyOrDownload = (e: Pick<LogEntry, 'action'>): boolean => KEY_AND_DOWNLOAD_ACTIONS.has(e.action);
/** What the table shows: key accesses and downloads, or every entry once asked. */
export const visibleEntries = (ctx: LogContext): LogEntry[] =>
  ctx.all ? (ctx.entries ?? []) : (ctx.entries ?? []).filter(isKeyOrDownload);

export function rangeErrorMsg(e: DateRangeError): Msg {
  switch (e.code) {
    case 'unreadable':
      return msg('log.range.unreadable');
    case 'bad-date':
      return msg('log.range.badDate', { value: e.value });
    case 'start-after-end':
      return msg('log.range.startAfterEnd', { start: { date: e.start }, end: { date: e.end } });
    case 'future':
      return msg('log.range.future', { day: { date: e.day } });
    case 'too-long':
      return msg('log.range.tooLong', { days: e.days });
  }
}

export const pageCount = (ctx: LogContext) => Math.max(1, Math.ceil(visibleEntries(ctx).length / PAGE_SIZE));

/** English words for the page choices; labels in every language are read by the engine (dialogs/answers). */
const SAY: Record<string, string[]> = {
  next: ['next', 'next page', 'more'],
  previous: ['previous', 'previous page', 'back'],
  'other-range': ['other-range', 'other dates', 'another range'],
  finish: ['finish', 'done', 'end'],
  all: ['all', 'show all', 'show all activity', 'everything', 'all activity'],
  'keys-only': ['keys-only', 'keys and downloads', 'only keys and downloads', 'key accesses and downloads'],
  'every-customer': ['every-customer', 'all customers', 'every customer'],
};

export function createActivityLogMachine({ pc, clock }: ProcedureDeps) {
  const read = (event: ProcedureEvent) =>
    event.fields?.start?.trim()
      ? parseDateRange({ start: event.fields.start, end: event.fields.end }, clock.now())
      : parseDateRange(event.value, clock.now());
  return setup({
    types: {
      context: {} as LogContext,
      events: {} as ProcedureEvent,
      input: {} as RunInput,
      output: {} as RunOutput,
      emitted: {} as SayEvent,
    },
    actors: {
      loadLog: fromPromise(async ({ input }: { input: { from: string; to: string; customerQuery?: string } }) => {
        const all = await pc.activity.list(new Date(input.from), new Date(input.to));
        const list = await pc.customers.list();
        const names = new Map(list.map((c) => [c.id, c.name]));
        const customers = input.customerQuery ? customersNamed(input.customerQuery, list) : undefined;
        const ids = new Set(customers?.map((c) => c.id));
        // A name that fits no one filters nothing: everyone's activity is shown, and said so.
        const records = customers?.length ? all.filter((r) => r.customerId && ids.has(r.customerId)) : all;
        records.sort((a, b) => a.at.localeCompare(b.at));
        const entries: LogEntry[] = records
          .slice(0, MAX_ENTRIES)
          .map((r) => ({ ...r, customerName: r.customerId ? (names.get(r.customerId) ?? r.customerId) : undefined }));
        return { entries, truncated: records.length > MAX_ENTRIES, customers };
      }),
    },
  }).createMachine({
    id: 'activity-log',
    context: ({ input }) => ({
      runId: input.runId,
      userId: input.userId,
      rangeText: input.prefill?.range,
      customerQuery: input.prefill?.customer,
      page: 0,
    }),
    initial: 'start',
    states: {
      start: {
        always: [
          {
            guard: ({ context }) => !!context.rangeText && parseDateRange(context.rangeText, clock.now()).ok,
            target: 'loading',
            actions: assign({ range: ({ context }) => (parseDateRange(context.rangeText!, clock.now()) as { range: DateRange }).range }),
          },
          {
            guard: ({ context }) => !!context.rangeText,
            target: 'askRange',
            actions: emit(({ context }) => {
              const r = parseDateRange(context.rangeText!, clock.now());
              return { type: 'say' as const, msg: r.ok ? msg('common.empty') : rangeErrorMsg(r.error) };
            }),
          },
          { target: 'askRange' },
        ],
      },
      askRange: {
        on: {
          ANSWER: [
            {
              guard: ({ event }) => read(event).ok,
              target: 'loading',
              actions: assign({ range: ({ event }) => (read(event) as { range: DateRange }).range, page: 0 }),
            },
            {
              actions: emit(({ event }) => {
                const r = read(event);
                return { type: 'say' as const, msg: r.ok ? msg('common.empty') : rangeErrorMsg(r.error) };
              }),
            },
          ],
        },
      },
      loading: {
        tags: 'busy',
        invoke: {
          src: 'loadLog',
          input: ({ context }) => ({ from: context.range!.from, to: context.range!.to, customerQuery: context.customerQuery }),
          onDone: {
            target: 'show',
            actions: enqueueActions(({ context, event, enqueue }) => {
              const { entries, truncated, customers } = event.output;
              // A name that fits no customer (any more): everyone's activity, said so, and the name let go.
              const unknown = customers?.length === 0;
              if (unknown) enqueue.emit({ type: 'say', msg: msg('log.customer.none', { text: context.customerQuery ?? '' }) });
              enqueue.assign({
                entries,
                truncated,
                customers: unknown ? undefined : customers,
                customerQuery: unknown ? undefined : context.customerQuery,
                page: 0,
              });
            }),
          },
          onError: { target: 'askRange', actions: emit({ type: 'say', msg: msg('common.partnerCenterError') }) },
        },
      },
      show: {
        on: {
          ANSWER: [
            {
              guard: ({ context, event }) => answerIs(event.value, ...SAY.next) && context.page + 1 < pageCount(context),
              actions: assign({ page: ({ context }) => context.page + 1 }),
            },
            {
              guard: ({ context, event }) => answerIs(event.value, ...SAY.previous) && context.page > 0,
              actions: assign({ page: ({ context }) => context.page - 1 }),
            },
            {
              guard: ({ event }) => answerIs(event.value, ...SAY['other-range']),
              target: 'askRange',
              actions: assign({ entries: undefined, range: undefined, page: 0 }),
            },
            { guard: ({ event }) => answerIs(event.value, ...SAY.finish), target: 'done' },
            { guard: ({ event }) => answerIs(event.value, ...SAY.all), actions: assign({ all: true, page: 0 }) },
            { guard: ({ event }) => answerIs(event.value, ...SAY['keys-only']), actions: assign({ all: false, page: 0 }) },
            {
              guard: ({ context, event }) => !!context.customerQuery && answerIs(event.value, ...SAY['every-customer']),
              target: 'loading',
              actions: assign({ customerQuery: undefined, customers: undefined, page: 0 }),
            },
            // A new range typed here is read as such.
            {
              guard: ({ event }) => read(event).ok,
              target: 'loading',
              actions: assign({ range: ({ event }) => (read(event) as { range: DateRange }).range, page: 0 }),
            },
            { actions: emit({ type: 'say', msg: msg('common.pickOne') }) },
          ],
        },
      },
      done: { type: 'final' },
    },
    output: ({ context }) => ({ outcome: context.entries ? 'done' : 'abandoned' }),
  });
}

export type ActivityLogMachine = ReturnType<typeof createActivityLogMachine>;

/** The customers a name fits ("contoso": both Contosos), none when it fits no one. */
function customersNamed(query: string, list: readonly Customer[]) {
  const verdict = findCustomer(query, list);
  const found = verdict.kind === 'one' ? [verdict.match.item] : verdict.kind === 'several' ? verdict.matches.map((m) => m.item) : [];
  return found.map((c) => ({ id: c.id, name: c.name }));
}
