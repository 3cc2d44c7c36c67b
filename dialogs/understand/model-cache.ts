import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where trained intent models are kept between processes. Training the four languages takes
 * about half a second of CPU; reading a kept model back takes a twentieth of that, which every
 * start and every test file would otherwise pay. A model is found by the hash of everything it
 * was trained from, so a changed phrase always trains a new one.
 */
export interface ModelCache {
  read(key: string): string | undefined;
  write(key: string, model: string): void;
}

/** The key of a model: its training data and options, and the library's version. */
export function modelKey(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}

/**
 * Models kept as files in a directory (the system's temporary directory unless given). A file
 * that cannot be read or written is simply trained again: the cache only ever saves time.
 */
export function fileModelCache(dir = join(tmpdir(), 'partner-center-assistant-intents')): ModelCache {
  return {
    read(key) {
      try {
        return readFileSync(join(dir, `${key}.json`), 'utf8');
      } catch {
        return undefined;
      }
    },
    write(key, model) {
      try {
        mkdirSync(dir, { recursive: true });
        // Written beside and renamed: a process reading meanwhile sees the whole file or none.
        const part = join(dir, `${key}.${process.pid}.part`);
        writeFileSync(part, model);
        renameSync(part, join(dir, `${key}.json`));
        prune(dir);
      } catch {
        // A read-only or full disk: the next start trains again.
      }
    },
  };
}

/**
 * Models kept at most: each set of phrases ever trained leaves a file of about 2 MB, and a
 * developer's changes to the phrases would otherwise fill the directory. A process whose model
 * was pruned meanwhile has it in memory already; the next start trains it again.
 */
export const KEPT_MODELS = 12;
/** A half-written file left by a process that died while writing. */
const STALE_PART_MS = 60 * 60 * 1000;

/** Removes the oldest models beyond KEPT_MODELS, and stale half-written files. */
function prune(dir: string): void {
  const now = Date.now();
  const files = readdirSync(dir).flatMap((name) => {
    try {
      return [{ name, mtime: statSync(join(dir, name)).mtimeMs }];
    } catch {
      return [];
    }
  });
  const models = files.filter((f) => f.name.endsWith('.json')).sort((a, b) => b.mtime - a.mtime);
  const stale = files.filter((f) => f.name.endsWith('.part') && now - f.mtime > STALE_PART_MS);
  for (const f of [...models.slice(KEPT_MODELS), ...stale]) {
    try {
      unlinkSync(join(dir, f.name));
    } catch {
      // Removed by another process meanwhile.
    }
  }
}
