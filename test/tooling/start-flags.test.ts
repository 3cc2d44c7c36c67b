import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNodeArgs } from '../../scripts/build';

const ROOT = join(__dirname, '..', '..');

/**
 * The heap tuning measured in BENCHMARKS.md is in `npm start`; the Docker image starts Node
 * itself and must run the assistant the same way, not with Node's defaults.
 */
describe("the assistant's Node flags", () => {
  it('are the same in the Docker image as in npm start', () => {
    const cmd = /^CMD (\[.*\])\s*$/m.exec(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
    expect(cmd).not.toBeNull();
    const args = JSON.parse(cmd![1]) as string[];
    expect(args[0]).toBe('node');
    expect(args.at(-1)).toBe('dist/main.js');
    expect(args.slice(1, -1)).toEqual(startNodeArgs());
  });
});
