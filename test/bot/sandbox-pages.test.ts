import { TestAssistant } from '../support/client';

/** The sandbox's pages for the customer's side (walk 2026-11, minor 13 and 14, ISV consent page). */
describe('sandbox pages', () => {
  let bot: TestAssistant;
  beforeAll(async () => {
    bot = await new TestAssistant().start();
  });
  afterAll(async () => {
    await bot.stop();
  });
  const get = async (path: string) => {
    const res = await fetch(`${bot.app.url}${path}`);
    return { status: res.status, text: await res.text() };
  };
  const post = async (path: string) => {
    const res = await fetch(`${bot.app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    return { status: res.status, text: await res.text() };
  };

  it('opening a download link uses no download; its button does', async () => {
    const keys = await bot.app.pc.softwareSales.keysAndDownloads(
      { orderId: '4711', version: 'Office LTSC Professional Plus 2024', language: 'French', fileType: 'ISO, 64-bit' },
      { userId: 'ada', idempotencyKey: 'walk-keys' },
    );
    if (keys.status !== 'ok') throw new Error('no keys');
    const path = `/sandbox/download/${keys.link.id}`;
    const opened = await get(path);
    expect(opened.status).toBe(200);
    expect(opened.text).toMatch(/50 downloads left on this link/);
    expect((await get(path)).text).toMatch(/50 downloads left/);
    const downloaded = await post(path);
    expect(downloaded.status).toBe(200);
    expect(downloaded.text).toMatch(/49 downloads left/);
    expect((await bot.app.pc.softwareSales.links('4711'))[0].downloads).toBe(1);
  });

  it("says a cancelled purchase's link is gone for good, not to ask for a new one", async () => {
    const keys = await bot.app.pc.softwareSales.keysAndDownloads(
      { orderId: '4712', version: 'Windows Server 2022 Standard', language: 'English', fileType: 'ISO, 64-bit' },
      { userId: 'ada', idempotencyKey: 'walk-keys-2' },
    );
    if (keys.status !== 'ok') throw new Error('no keys');
    await bot.app.pc.software.cancel('4712', { userId: 'ada', idempotencyKey: 'walk-cancel' });
    const page = await get(`/sandbox/download/${keys.link.id}`);
    expect(page.status).toBe(410);
    expect(page.text).toMatch(/the purchase was cancelled, so it has no keys or downloads any more/);
    expect(page.text).not.toMatch(/new link/);
  });

  it("shows the relationship page from the customer's side", async () => {
    const req = await bot.app.pc.csp.requestRelationship('northwind', { userId: 'ada', idempotencyKey: 'walk-rel' });
    if (req.status !== 'requested') throw new Error('no invitation');
    expect((await get(`/sandbox/relationship/${req.token}`)).text).toMatch(
      /As the global administrator of Northwind Traders, accept the invitation/,
    );
    const accepted = await post(`/sandbox/relationship/${req.token}`);
    expect(accepted.text).toMatch(/You accepted for Northwind Traders: the partner is now your Partner of Record/);
    expect(accepted.text).not.toMatch(/you are now their Partner of Record/);
    expect((await get('/sandbox/relationship/zzzzzzzz')).status).toBe(404);
  });

  it('names the publisher on the consent page, and knows no unknown token', async () => {
    const inv = await bot.app.pc.isv.inviteCustomer(
      'D-1002',
      { customerName: 'Northwind Traders', domain: 'northwindtraders.com' },
      { userId: 'gus', idempotencyKey: 'walk-invite' },
    );
    if (inv.status !== 'done') throw new Error('no invitation');
    const consent = await get(`/sandbox/consent/${inv.value.relationship.token}`);
    expect(consent.status).toBe(200);
    expect(consent.text).toMatch(/Publisher contosoisv invites Northwind Traders \(northwindtraders\.com\)/);
    expect((await get('/sandbox/consent/zzzzzz')).status).toBe(404);
  });
});
