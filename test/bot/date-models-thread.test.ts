import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Recognizers-Text's models run on their worker thread only (dialogs/answers/recognizers.ts).
 * Loaded on the event loop's thread as well, the suite costs every process 20 to 35 MB and 0.6 s at
 * start for models that never run there: the assistant's modules must not load it.
 */
describe('the date and number models', () => {
  it("are not loaded on the event loop's thread by the assistant's modules", () => {
    const root = resolve(__dirname, '../..');
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--no-deprecation',
        '-e',
        "require('./bot/app'); console.log(Object.keys(require.cache).filter((k) => k.includes('recognizers-text')).join(','))",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('');
  });
});
