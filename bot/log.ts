/**
 * A small leveled logger. It never prints activity text, card input, tokens or secrets:
 * callers pass only what is safe to keep in a log.
 */
export type Level = 'silent' | 'error' | 'info' | 'debug';
const ORDER: Record<Level, number> = { silent: 0, error: 1, info: 2, debug: 3 };

export interface Logger {
  error(message: string, err?: unknown): void;
  info(message: string): void;
  debug(message: string): void;
}

export function createLogger(level: Level): Logger {
  const on = (l: Level) => ORDER[l] <= ORDER[level];
  return {
    error: (message, err) => on('error') && console.error(`[error] ${message}${err instanceof Error ? `: ${err.name}: ${err.message}` : ''}`),
    info: (message) => on('info') && console.log(message),
    debug: (message) => on('debug') && console.log(`[debug] ${message}`),
  };
}
