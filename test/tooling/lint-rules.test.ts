import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * `npm test` runs Biome (lint + format) and the layer rules before jest: these tests show that
 * each of the three really refuses what it is there to refuse, so a green run means something.
 */
const root = resolve(__dirname, '../..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** Biome with the project's configuration, on one file written in a scratch copy of the tree. */
function biome(path: string, source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'biome-'));
  try {
    const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'));
    delete config.$schema;
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
    mkdirSync(join(dir, dirname(path)), { recursive: true });
    writeFileSync(join(dir, path), source);
    // The same flags as `npm run lint:style`, on this one file.
    const flags = String(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['lint:style'])
      .split(/\s+/)
      .slice(2, -1);
    return spawnSync(bin('biome'), ['check', ...flags, path], { cwd: dir, encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('style and layers are enforced', () => {
  it('Biome accepts a well-formed file', () => {
    expect(biome('domain/ok.ts', 'export const answer = (n: number): number => n + 1;\n').status).toBe(0);
  });

  it('Biome fails on a lint error', () => {
    const r = biome('domain/bad.ts', 'export function f(a: any): any {\n  return a;\n}\n');
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/noExplicitAny/);
  });

  it('Biome fails on a format difference', () => {
    const r = biome('domain/ugly.ts', 'export const answer   =  (n:number):number=>n+1\n');
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/format/i);
  });

  describe('layer rules', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'layers-'));
      cpSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'commonjs', moduleResolution: 'node' } }));
      for (const d of ['bot', 'dialogs', 'domain', 'cards']) mkdirSync(join(dir, d));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const cruise = () =>
      spawnSync(bin('depcruise'), ['bot', 'dialogs', 'domain', 'cards', '--config', '.dependency-cruiser.cjs'], {
        cwd: dir,
        encoding: 'utf8',
      });

    it('pass when arrows point down', () => {
      writeFileSync(join(dir, 'domain/rule.ts'), 'export const rule = 1;\n');
      writeFileSync(join(dir, 'dialogs/step.ts'), "import { rule } from '../domain/rule';\nexport const step = rule;\n");
      writeFileSync(join(dir, 'bot/app.ts'), "import { step } from '../dialogs/step';\nexport const app = step;\n");
      writeFileSync(join(dir, 'cards/card.ts'), 'export const card = 1;\n');
      const r = cruise();
      expect(r.stdout + r.stderr).toMatch(/no dependency violations/);
      expect(r.status).toBe(0);
    });

    it('fail when domain imports an upper layer', () => {
      writeFileSync(
        join(dir, 'domain/rule.ts'),
        "import { step } from '../dialogs/step';\nexport const rule = 1;\nexport const again = step;\n",
      );
      const r = cruise();
      expect(r.status).not.toBe(0);
      expect(r.stdout).toMatch(/domain-is-plain/);
      expect(r.stdout).toMatch(/no-cycles/);
    });

    it('fail when cards import dialogs', () => {
      writeFileSync(join(dir, 'domain/rule.ts'), 'export const rule = 1;\n');
      writeFileSync(join(dir, 'cards/card.ts'), "import { step } from '../dialogs/step';\nexport const card = step;\n");
      const r = cruise();
      expect(r.status).not.toBe(0);
      expect(r.stdout).toMatch(/cards-are-pure/);
    });
  });
});
