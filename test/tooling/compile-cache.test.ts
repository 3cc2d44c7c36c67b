import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HOOK = join(__dirname, '..', '..', 'scripts', 'compile-cache.js');

/**
 * Runs `main.js` of `dir` in a process of its own with the code cache on (saved at its end),
 * and prints what it printed and what the cache did: the hook replaces Node's compile step, so
 * it is tried the way a start uses it, not inside the test runner's module system.
 */
function plain(dir: string): string {
  return spawnSync(process.execPath, [join(dir, 'main.js')], { encoding: 'utf8' }).stdout.trim();
}

function run(dir: string): { out: string; rejected: number } {
  const script = `
    const vm = require('node:vm');
    let rejected = 0;
    const Script = vm.Script;
    vm.Script = function (...args) { const s = new Script(...args); if (s.cachedDataRejected) rejected++; return s; };
    const save = require(${JSON.stringify(HOOK)}).enableCompileCache(${JSON.stringify(join(dir, 'cache.bin'))});
    vm.Script = Script;
    // As Node runs a main module: its file loaded as the process's main.
    require('node:module').runMain(${JSON.stringify(join(dir, 'main.js'))});
    save();
    console.error('rejected=' + rejected);
  `;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return { out: r.stdout.trim(), rejected: Number(/rejected=(\d+)/.exec(r.stderr)?.[1]) };
}

describe('the start’s code cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pca-compile-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs modules as Node does, and never serves the code of a source that changed, even of the same length', () => {
    writeFileSync(
      join(dir, 'main.js'),
      `const part = require('./part');
       console.log([part.word(), require.resolve('./part') === __dirname + '/part.js', typeof module.exports, require.main === module, part.main].join(' '));`,
    );
    writeFileSync(join(dir, 'part.js'), `exports.word = () => 'alpha'; exports.main = require.main === module;`);
    expect(plain(dir)).toBe('alpha true object true false');
    expect(run(dir).out).toBe('alpha true object true false');
    const written = statSync(join(dir, 'cache.bin')).mtimeMs;
    // Read back: the same output, nothing rejected, and nothing written again.
    expect(run(dir)).toEqual({ out: 'alpha true object true false', rejected: 0 });
    expect(statSync(join(dir, 'cache.bin')).mtimeMs).toBe(written);
    // The same length, another word: V8 alone would take the old code (it checks the length).
    writeFileSync(join(dir, 'part.js'), `exports.word = () => 'omega'; exports.main = require.main === module;`);
    expect(run(dir).out).toBe('omega true object true false');
    expect(run(dir).out).toBe('omega true object true false');
  });

  it('leaves a file it cannot read as CommonJS to Node, and a broken cache file is only a slower start', () => {
    writeFileSync(join(dir, 'main.js'), `console.log(require('./esm.mjs').default === undefined ? 'no default' : 'loaded');`);
    writeFileSync(join(dir, 'esm.mjs'), `export default 1;`);
    writeFileSync(join(dir, 'cache.bin'), 'not a cache');
    const r = spawnSync(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(HOOK)}).enableCompileCache(${JSON.stringify(join(dir, 'cache.bin'))}); require(${JSON.stringify(join(dir, 'main.js'))});`,
      ],
      { encoding: 'utf8' },
    );
    expect(plain(dir)).toBe('loaded');
    expect(r.stdout.trim()).toBe('loaded');
  });
});
