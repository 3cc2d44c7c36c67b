/**
 * Compiles the assistant into one file, dist/main.js (esbuild, which tsx brings), so that
 * `npm start` runs plain JavaScript: no TypeScript compiled at every start. Run on install
 * (postinstall) and again by `npm start` whenever a source file is newer than the build.
 */
const { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'dist', 'main.js');
const SOURCES = ['bot', 'dialogs', 'domain', 'cards'];
const CONFIG = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.js'];

function newest(path) {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  let m = s.mtimeMs;
  for (const e of readdirSync(path)) m = Math.max(m, newest(join(path, e)));
  return m;
}

function stale() {
  const built = statSync(OUT, { throwIfNoEntry: false });
  if (!built) return true;
  const sources = Math.max(...SOURCES.map((d) => newest(join(ROOT, d))), ...CONFIG.map((f) => newest(join(ROOT, f))));
  return sources > built.mtimeMs;
}

/**
 * What stays in node_modules, loaded as it is: native drivers and their optional companions,
 * and what is found by its path at run time (Web Chat's script, served as a file; the date
 * recognizers, loaded in a worker thread; the development log formatter).
 */
const EXTERNAL = [
  'better-sqlite3',
  'pg-native',
  'dtrace-provider',
  'botframework-webchat',
  '@microsoft/recognizers-text-suite',
  'pino-pretty',
];

/**
 * Bundles `entry`, with the packages it requires, into `outfile`: a start then reads one file
 * instead of finding and reading some 1,500 (a third of the time to the first answer). Written
 * to a temporary name and renamed, so that a process starting meanwhile never loads half a file.
 */
function build(entry = join(ROOT, 'bot', 'main.ts'), outfile = OUT) {
  const esbuild = require(require.resolve('esbuild', { paths: [dirname(require.resolve('tsx'))] }));
  const result = esbuild.buildSync({
    entryPoints: [entry],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: EXTERNAL,
    sourcemap: true,
    logLevel: 'error',
  });
  mkdirSync(dirname(outfile), { recursive: true });
  for (const f of result.outputFiles) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
}

/**
 * Trains the intent models ahead, where the assistant reads them: its first start after an install
 * or a change then reads them (a twentieth of the time) instead of training them before it listens.
 */
function trainIntents() {
  const entry = join(ROOT, 'bot', 'train-intents.ts');
  const outfile = join(ROOT, 'dist', 'train-intents.js');
  build(entry, outfile);
  const run = require('node:child_process').spawnSync(process.execPath, [outfile], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) console.warn('The intent models will be trained at the first start.');
}

/** Node's arguments in `npm start` (package.json): `node <flags> scripts/start.js`, without `node`. */
function startArgs() {
  const start = require(join(ROOT, 'package.json')).scripts.start;
  const [node, ...args] = start.split(/\s+/);
  if (node !== 'node' || !args.includes('scripts/start.js')) throw new Error(`npm start is not "node ... scripts/start.js": ${start}`);
  return args;
}

/** Node's flags in `npm start`: what comes before scripts/start.js. */
function startNodeArgs() {
  const args = startArgs();
  return args.slice(0, args.indexOf('scripts/start.js'));
}

/**
 * Starts the built assistant once and stops it (on a store of its own, in a temporary
 * directory): V8's code cache of what a start loads is kept when it stops
 * (scripts/compile-cache.js), so that the first real start skips most of the compiling too.
 */
function warmStart() {
  const { mkdtempSync, rmSync } = require('node:fs');
  const { tmpdir } = require('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'pca-warm-'));
  const script = [
    "const { spawn } = require('node:child_process');",
    'const child = spawn(process.execPath, [...JSON.parse(process.argv[2]), process.argv[1]], { stdio: ["ignore", "pipe", "inherit"] });',
    "let out = '';",
    "child.stdout.on('data', (c) => { out += c; if (/listening on/.test(out)) child.kill('SIGTERM'); });",
    "const timer = setTimeout(() => child.kill('SIGKILL'), 60000);",
    "child.on('exit', () => { clearTimeout(timer); process.exit(/listening on/.test(out) ? 0 : 1); });",
  ].join('\n');
  // With npm start's own Node flags: V8 refuses a code cache made under other flags.
  const args = JSON.stringify(startNodeArgs());
  const run = require('node:child_process').spawnSync(process.execPath, ['-e', script, join(__dirname, 'start.js'), args], {
    cwd: ROOT,
    stdio: 'inherit',
    // A start of its own: no port taken, no shared store touched, whatever .env says.
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      STORAGE_URL: `sqlite://${join(dir, 'warm.sqlite')}`,
      REDIS_URL: '',
      PARTNER_CENTER: 'sandbox',
      LOG_LEVEL: 'error',
    },
  });
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) console.warn('The first start will compile what it loads (no code cache kept).');
  return run.status === 0;
}

/** Builds unless the build is newer than every source; true when it built. */
function ensureBuilt() {
  if (!stale()) return false;
  build();
  trainIntents();
  return true;
}

module.exports = { ensureBuilt, build, startArgs, startNodeArgs, OUT };
if (require.main === module) {
  const t0 = Date.now();
  build();
  console.log(`Built ${OUT.slice(ROOT.length + 1)} in ${Date.now() - t0} ms`);
  trainIntents();
  const t1 = Date.now();
  if (warmStart()) console.log(`Started and stopped once to keep the compiled code, in ${Date.now() - t1} ms`);
}
