import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepModelsIn, warmUnderstanding } from '../../dialogs/understand';
import { PROCEDURES } from '../../dialogs/registry';
import { build } from '../../scripts/build';

const ROOT = join(__dirname, '..', '..');

describe('intent models trained by the build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pca-trained-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are the ones the assistant reads at its start: it trains nothing more', async () => {
    const script = join(dir, 'train-intents.js');
    build(join(ROOT, 'bot', 'train-intents.ts'), script);
    const models = join(dir, 'models');
    // Built outside the project: its packages are found in the project's node_modules.
    const env = { ...process.env, INTENT_MODEL_DIR: models, NODE_PATH: join(ROOT, 'node_modules') };
    const run = spawnSync(process.execPath, [script], { cwd: ROOT, env, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const kept = readdirSync(models);
    expect(kept).toHaveLength(1);
    // The start's own reading: a model of other phrases or settings would be trained and written beside it.
    keepModelsIn(models);
    await warmUnderstanding(PROCEDURES);
    expect(readdirSync(models)).toEqual(kept);
  }, 120_000);
});
