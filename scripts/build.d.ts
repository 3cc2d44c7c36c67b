/** The build's exports (scripts/build.js), for the TypeScript that calls them: tests and the benchmark. */

/** Builds dist/main.js (and the trained intents) when a source is newer than the build; true when it built. */
export function ensureBuilt(): boolean;
/** Bundles `entry`, with the packages it requires, into `outfile`. */
export function build(entry?: string, outfile?: string): void;
/** Node's arguments in `npm start`, without `node`: its flags, then scripts/start.js. */
export function startArgs(): string[];
/** Node's own flags in `npm start` (what comes before scripts/start.js). */
export function startNodeArgs(): string[];
/** dist/main.js. */
export const OUT: string;
