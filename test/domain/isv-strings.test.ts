import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isvStrings } from '../../cards/strings/isv';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();

describe('ISV strings', () => {
  const en = isvStrings.en;

  it.each(['fr', 'sv', 'nl'] as const)('%s has exactly the English keys, with the same placeholders', (locale) => {
    const other = isvStrings[locale];
    if (!other) return expect(other).toBeDefined();
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(en)) expect([k, placeholders(other[k] ?? '')]).toEqual([k, placeholders(v)]);
  });

  it('has an English text for every literal key the ISV procedures use', () => {
    const root = join(__dirname, '../../dialogs/procedures');
    const keys = new Set<string>();
    for (const dir of readdirSync(root).filter((d) => d.startsWith('isv-'))) {
      for (const f of readdirSync(join(root, dir))) {
        for (const m of readFileSync(join(root, dir, f), 'utf8').matchAll(/'(isv\.[\w.-]+)'/g)) keys.add(m[1]);
      }
    }
    expect(keys.size).toBeGreaterThan(100);
    expect([...keys].filter((k) => !(k in en))).toEqual([]);
  });
});
