import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleServer, ChildServer } from '../support/child-server';

/**
 * The assistant as `npm start` runs it: one file with the packages bundled in (scripts/build.js).
 * A package that finds its files by path, or loads a module by a name computed at run time, works
 * from node_modules and breaks in a bundle: this start catches it before a user does.
 */
describe('the bundled assistant', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pca-built-'));
  let server: ChildServer;

  beforeAll(async () => {
    server = await new ChildServer({ STORAGE_URL: `sqlite://${join(dir, 'store.sqlite')}` }, bundleServer()).start();
  }, 60_000);

  afterAll(async () => {
    if (server?.running) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a first message, in French too, with its card', async () => {
    const base = {
      type: 'message',
      channelId: 'emulator',
      serviceUrl: 'http://127.0.0.1:9',
      deliveryMode: 'expectReplies',
      from: { id: 'ada-built' },
      recipient: { id: 'bot' },
    };
    const en = await server.post({
      ...base,
      id: 'b1',
      conversation: { id: 'built-en' },
      text: 'cancel order 4711 for contoso.com',
      locale: 'en-US',
    });
    expect(en.status).toBe(200);
    expect(en.replies.map((r) => r.plain).join('\n')).toMatch(/4711/);
    expect(en.replies.some((r) => r.card)).toBe(true);
    const fr = await server.post({
      ...base,
      id: 'b2',
      conversation: { id: 'built-fr' },
      text: 'annuler la commande 4711 pour contoso.com',
      locale: 'fr-FR',
    });
    expect(fr.replies.map((r) => r.plain).join('\n')).toMatch(/2\s400,00\s€/);
  });

  it('serves the Web Chat page and its script, read from the package at run time', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    const script = await fetch(`${server.url}/webchat.js`);
    expect(script.status).toBe(200);
    expect((await script.text()).length).toBeGreaterThan(100_000);
  });
});
