import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROCEDURES } from '../../dialogs/registry';
import { intentExamples } from '../../dialogs/understand/catalogue';
import { fileModelCache, KEPT_MODELS, type ModelCache } from '../../dialogs/understand/model-cache';
import { IntentRecognizer, type IntentExamples } from '../../dialogs/understand/recognizer';

/** A cache in memory that counts what it was asked. */
function countingCache(): ModelCache & { reads: number; writes: number; models: Map<string, string> } {
  const models = new Map<string, string>();
  return {
    models,
    reads: 0,
    writes: 0,
    read(key) {
      this.reads++;
      return models.get(key);
    },
    write(key, model) {
      this.writes++;
      models.set(key, model);
    },
  };
}

const SENTENCES: [lang: 'en' | 'fr' | 'sv' | 'nl', text: string][] = [
  ['en', 'cancel order 4711 for contoso'],
  ['fr', 'nouvel abonement pour fabrikam'],
  ['sv', 'visa aktivitetsloggen'],
  ['nl', 'licenties toewijzen voor de deal'],
  ['en', 'hello there'],
];

describe('kept intent models', () => {
  const examples = intentExamples(PROCEDURES);

  it('a model read back ranks every sentence exactly as the trained one', async () => {
    const cache = countingCache();
    const trained = await IntentRecognizer.train(examples, cache);
    expect(cache.writes).toBe(1);
    const restored = await IntentRecognizer.train(examples, cache);
    expect(cache.writes).toBe(1);
    expect(cache.reads).toBe(2);
    for (const [lang, text] of SENTENCES) {
      expect(await restored.classify(text, lang)).toEqual(await trained.classify(text, lang));
    }
  });

  it('a changed phrase trains a new model instead of reading the kept one', async () => {
    const cache = countingCache();
    await IntentRecognizer.train(examples, cache);
    const changed: IntentExamples[] = examples.map((e, i) =>
      i === 0 ? { ...e, phrases: { ...e.phrases, en: [...(e.phrases.en ?? []), 'drop that licence order now'] } } : e,
    );
    await IntentRecognizer.train(changed, cache);
    expect(cache.writes).toBe(2);
    expect(cache.models.size).toBe(2);
  });

  it('a damaged model file is trained again and replaced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pca-model-'));
    try {
      const small: IntentExamples[] = [
        { intent: 'a', phrases: { en: ['cancel the order', 'drop my order'] } },
        { intent: 'b', phrases: { en: ['buy some software', 'purchase office'] } },
      ];
      const cache = fileModelCache(dir);
      await IntentRecognizer.train(small, cache);
      const [file] = readdirSync(dir);
      writeFileSync(join(dir, file), '{"not": "a model"');
      const again = await IntentRecognizer.train(small, cache);
      expect((await again.classify('cancel my order', 'en')).ranked[0].intent).toBe('a');
      expect(readdirSync(dir)).toEqual([file]);
      expect(() => JSON.parse(readFileSync(join(dir, file), 'utf8'))).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the newest models only, and removes half-written files left long ago', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pca-model-'));
    try {
      const cache = fileModelCache(dir);
      const hourAgo = (Date.now() - 2 * 60 * 60 * 1000) / 1000;
      writeFileSync(join(dir, 'left.123.part'), 'half');
      utimesSync(join(dir, 'left.123.part'), hourAgo, hourAgo);
      writeFileSync(join(dir, 'fresh.456.part'), 'being written');
      for (let i = 0; i < KEPT_MODELS + 3; i++) {
        cache.write(`model-${String(i).padStart(2, '0')}`, '{}');
        // Each older than the next, as files written one after another are.
        const t = (Date.now() - (KEPT_MODELS + 3 - i) * 1000) / 1000;
        utimesSync(join(dir, `model-${String(i).padStart(2, '0')}.json`), t, t);
      }
      cache.write('newest', '{}');
      const models = readdirSync(dir).filter((f) => f.endsWith('.json'));
      expect(models).toHaveLength(KEPT_MODELS);
      expect(models).toContain('newest.json');
      expect(models).not.toContain('model-00.json');
      expect(cache.read('newest')).toBe('{}');
      expect(readdirSync(dir)).not.toContain('left.123.part');
      expect(readdirSync(dir)).toContain('fresh.456.part');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
