import Ajv from 'ajv';
import { unzipSync } from 'fflate';
import Keyv from 'keyv';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ConversationEngine } from '../../dialogs/engine';
import { PROCEDURES } from '../../dialogs/registry';
import { systemClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { pngInfo } from '../../scripts/teams/png';
import { MANIFEST_VERSION, teamsPackage } from '../../scripts/teams/package';
import schema from './manifest-1.25.subset.schema.json';

const BOT = '6f1c2a9e-3b4d-4c5e-8f70-1a2b3c4d5e6f';
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

/** The pixels of an 8-bit RGBA PNG without filters (as scripts/teams/png.ts writes them). */
function pixels(buf: Buffer): number[][] {
  const { width, height } = pngInfo(buf);
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    if (buf.subarray(at + 4, at + 8).toString('ascii') === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const out: number[][] = [];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) out.push([...raw.subarray(y * (1 + width * 4) + 1 + x * 4, y * (1 + width * 4) + 5 + x * 4)]);
  return out;
}

describe('the Teams app package', () => {
  const { zip, manifest } = teamsPackage({ botId: BOT, publicUrl: 'https://assistant.contoso.example', version: '1.2.3' });
  const files = unzipSync(zip);

  it('holds the manifest and the two icons at its root', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(Buffer.from(files['manifest.json']).toString('utf8'))).toEqual(manifest);
  });

  it(`has a manifest valid for the Teams manifest schema ${MANIFEST_VERSION}`, () => {
    expect(validate(manifest) ? [] : errors()).toEqual([]);
  });

  it('names the bot, its scopes and the valid domain from the settings', () => {
    const bot = (manifest.bots as { botId: string; scopes: string[] }[])[0];
    expect(manifest.id).toBe(BOT);
    expect(bot.botId).toBe(BOT);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(manifest.validDomains).toEqual(['assistant.contoso.example']);
    expect(manifest.version).toBe('1.2.3');
  });

  it('has a 192x192 color icon and a 32x32 outline icon in white on transparency', () => {
    const color = Buffer.from(files['color.png']);
    const outline = Buffer.from(files['outline.png']);
    expect(pngInfo(color)).toEqual({ width: 192, height: 192, rgba: true });
    expect(pngInfo(outline)).toEqual({ width: 32, height: 32, rgba: true });
    const px = pixels(outline);
    expect(px.every(([r, g, b, a]) => a === 0 || (r === 255 && g === 255 && b === 255))).toBe(true);
    expect(px.filter(([, , , a]) => a > 0).length).toBeGreaterThan(30);
    expect(new Set(pixels(color).map((p) => p.join())).size).toBeGreaterThan(1);
  });

  it('offers commands from the procedure registry, each of which starts its procedure', async () => {
    const bot = (manifest.bots as { commandLists: { commands: { title: string; description: string }[] }[] }[])[0];
    const commands = bot.commandLists[0].commands;
    expect(commands.length).toBe(10);
    const pc = new SandboxPartnerCenter(new Keyv(), systemClock);
    const seed = parseSeed(DEMO_SEED);
    if (!seed.ok) throw new Error(seed.errors.join('; '));
    await pc.seed(seed.seed);
    const engine = new ConversationEngine(PROCEDURES, { pc, clock: systemClock });
    for (const c of commands) {
      // gus holds the roles of the ISV procedures; ada those of CSP software.
      const started = await Promise.all(
        ['ada', 'gus'].map((user) => engine.turn(undefined, { kind: 'message', text: c.title }, { channelUserId: user, locale: 'en-US' })),
      );
      expect({ command: c.title, procedure: started.map((r) => r.record.run?.procedure).find(Boolean) }).toEqual({
        command: c.title,
        procedure: expect.any(String),
      });
    }
  });

  it('is refused by the schema when it is broken', () => {
    expect(validate({ ...manifest, id: 'not-a-guid' })).toBe(false);
    expect(validate({ ...manifest, manifestVersion: '1.0' })).toBe(false);
    expect(validate({ ...manifest, bots: [{ botId: BOT, scopes: ['everywhere'] }] })).toBe(false);
  });
});

describe('npm run package:teams', () => {
  it('writes the zip for the bot of MicrosoftAppId, and refuses without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pca-teams-'));
    try {
      const env = {
        ...process.env,
        MicrosoftAppId: BOT,
        MicrosoftAppPassword: 'x',
        PUBLIC_URL: 'https://bot.example.org',
        TEAMS_APP_VERSION: '2.0.0',
        DOTENV_CONFIG_PATH: join(dir, 'none.env'),
      };
      const tsx = join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx');
      execFileSync(tsx, [join(__dirname, '..', '..', 'scripts', 'package-teams.ts')], { cwd: dir, env, stdio: 'pipe' });
      const files = unzipSync(readFileSync(join(dir, 'dist', 'teams', 'partner-center-assistant.zip')));
      const m = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8'));
      expect(validate(m) ? [] : errors()).toEqual([]);
      expect([m.id, m.version, m.validDomains]).toEqual([BOT, '2.0.0', ['bot.example.org']]);
      const { MicrosoftAppId: _none, ...without } = env;
      expect(() =>
        execFileSync(tsx, [join(__dirname, '..', '..', 'scripts', 'package-teams.ts')], { cwd: dir, env: without, stdio: 'pipe' }),
      ).toThrow(/MicrosoftAppId/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
