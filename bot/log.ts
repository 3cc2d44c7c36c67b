import { createHash } from 'node:crypto';
import pino from 'pino';

/**
 * Structured JSON logs (pino): one object a line, with a level, a time and named fields, so an
 * operator's log store can filter by turn, procedure or duration. Callers pass only what is safe
 * to keep: never message text, card input, tokens or secrets; conversation and user ids go through
 * `hashId` so a log line can be correlated without naming anyone.
 */
export type Level = 'silent' | 'error' | 'info' | 'debug';

export type LogFields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  error(message: string, err?: unknown, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  /** A logger whose lines all carry these fields (a turn id, say). */
  child(fields: LogFields): Logger;
}

export interface LoggerOptions {
  /** Human-readable lines instead of JSON: on when stdout is a terminal, unless LOG_FORMAT says otherwise. */
  pretty?: boolean;
  /** Where lines go (tests capture them); standard output by default. */
  destination?: NodeJS.WritableStream;
}

export function createLogger(level: Level, options: LoggerOptions = {}): Logger {
  const pretty = options.pretty ?? false;
  const stream = pretty ? prettyStream(options.destination) : (options.destination ?? pino.destination({ dest: 1, sync: false }));
  const base = pino(
    {
      level: level === 'silent' ? 'silent' : level,
      base: { service: 'partner-center-assistant' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
  return wrap(base);
}

function wrap(p: pino.Logger): Logger {
  return {
    error: (message, err, fields) => p.error({ ...fields, ...(err === undefined ? {} : { error: describeError(err) }) }, message),
    warn: (message, fields) => p.warn(fields ?? {}, message),
    info: (message, fields) => p.info(fields ?? {}, message),
    debug: (message, fields) => p.debug(fields ?? {}, message),
    child: (fields) => wrap(p.child(fields)),
  };
}

/** The error's kind and message, and its stack: never the objects it carries (a request may hold a token). */
function describeError(err: unknown): { type: string; message: string; stack?: string } {
  if (err instanceof Error) return { type: err.name, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
  return { type: typeof err, message: String(err).slice(0, 200) };
}

function prettyStream(destination?: NodeJS.WritableStream): NodeJS.WritableStream {
  // pino-pretty is a development dependency: a production image logs JSON without it.
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (o: object) => NodeJS.WritableStream;
    return pretty({
      colorize: true,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,service',
      ...(destination ? { destination } : {}),
    });
  } catch {
    return destination ?? process.stdout;
  }
}

/** A stable, non-reversible short form of an id (conversation, user) for logs and metrics. */
export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 12);
}
