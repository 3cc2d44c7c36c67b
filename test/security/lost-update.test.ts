import { etagOf } from '../../domain/etag';
import { TestAssistant } from '../support/client';

const STANDARD = 'a0c1e2d3-0003-4b5c-8d6e-7f8091a2b303';

/**
 * Review 2026-11 finding 4: a second person's "Update licenses" silently reverted the first
 * person's confirmed change (lost update). Changes are now made against the version the user
 * confirmed; when Partner Center's data moved on, nothing is applied and the new state shown.
 */
describe('finding 4: no lost updates', () => {
  let bot: TestAssistant;
  beforeEach(async () => {
    bot = await new TestAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('ISV licenses: the second confirmation does not undo the first; it is refused, then made on the new state', async () => {
    const a = bot.conversation('gus', { channelId: 'slack' });
    const b = bot.conversation('gus', { channelId: 'slack' });
    await a.say('manage licenses for D-1001');
    await b.say('manage licenses for D-1001');
    const before = await bot.app.pc.isv.licenses('D-1001');
    expect(before).toEqual({ standard: 10 });

    await a.say('standard 20');
    expect(await a.say('update licenses')).toMatch(/standard: from 10 to 20 licenses/);
    expect(await a.say('yes')).toMatch(/are updated/);
    expect(await bot.app.pc.isv.licenses('D-1001')).toEqual({ standard: 20 });

    await b.say('premium 5');
    expect(await b.say('update licenses')).toMatch(/premium: add 5 licenses/);
    const refused = await b.say('yes');
    expect(refused).toMatch(/data changed after you saw that summary/);
    expect(refused).not.toMatch(/are updated/);
    expect(await bot.app.pc.isv.licenses('D-1001')).toEqual({ standard: 20 });
    // The new state is shown, with B's own change kept on it: confirming again adds premium only.
    const summary = await b.say('update licenses');
    expect(summary).toMatch(/premium: add 5 licenses/);
    expect(summary).not.toMatch(/standard/);
    expect(await b.say('yes')).toMatch(/are updated/);
    expect(await bot.app.pc.isv.licenses('D-1001')).toEqual({ standard: 20, premium: 5 });
  });

  it('subscription quantity: a change confirmed on an old summary is refused and the subscription shown as it is now', async () => {
    const a = bot.conversation('ada');
    const b = bot.conversation('ada');
    for (const c of [a, b]) {
      await c.join();
      await c.click('Manage a subscription');
      await c.fill({ answer: 'Contoso Ltd' });
      await c.click('Microsoft 365 Business Standard');
      await c.click('Change the number of licenses');
    }
    expect(await a.fill({ answer: '25' })).toMatch(/Licenses: 20 → 25/);
    expect(await b.fill({ answer: '30' })).toMatch(/Licenses: 20 → 30/);
    expect(await a.click('Change to 25 licenses')).toMatch(/now has 25 licenses/);
    const refused = await b.click('Change to 30 licenses');
    expect(refused).toMatch(/data changed after you saw that summary/);
    expect((await bot.app.pc.csp.subscription(STANDARD))?.quantity).toBe(25);
  });

  it('ISV plan: two people publishing one draft plan: the second confirmation is refused and the plans shown as they are now', async () => {
    const pc = bot.app.pc;
    await pc.isv.savePlan(
      { offerId: 'field-notes', planId: 'basic', name: 'Basic', description: 'Notes for one team.', publish: false },
      { userId: 'gus', idempotencyKey: 'seed-basic' },
    );
    const a = bot.conversation('gus', { channelId: 'slack' });
    const b = bot.conversation('gus', { channelId: 'slack', locale: 'fr-FR' });
    for (const c of [a, b]) {
      expect(await c.say('create plans for field-notes')).toMatch(/basic — Basic/);
      expect(await c.say('publish basic')).toMatch(/Publi(sh|er le) plan . ?basic/);
    }
    expect(await a.say('publish')).toMatch(/Plan "basic" is published/);
    const refused = await b.say('publish');
    // In B's language, and the plans as they are now (basic published).
    expect(refused).toMatch(
      /Les données de l'Espace partenaires ont changé depuis que vous avez vu ce récapitulatif .*Voici l'état actuel :\n/,
    );
    expect(refused).toMatch(/basic — Basic \(publié\)/);
    const log = await pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
    expect(log.filter((e) => e.action === 'isv-publish-plan').map((e) => [e.outcome, e.detail])).toEqual(
      expect.arrayContaining([
        ['done', undefined],
        ['refused', 'changed'],
      ]),
    );
  });

  it('ISV offer: a package URL confirmed on an old summary does not overwrite the one another person saved meanwhile', async () => {
    const pc = bot.app.pc;
    // A draft plan: the review finds an issue, so the first attempt leaves the offer a draft with its package URL.
    await pc.isv.savePlan(
      { offerId: 'field-notes', planId: 'basic', name: 'Basic', description: 'Notes for one team.', publish: false },
      { userId: 'gus', idempotencyKey: 'seed-basic' },
    );
    const a = bot.conversation('gus', { channelId: 'slack' });
    const b = bot.conversation('gus', { channelId: 'slack' });
    for (const [c, url] of [
      [a, 'https://packages.example.com/a.zip'],
      [b, 'https://packages.example.com/b.zip'],
    ] as const) {
      expect(await c.say('publish field-notes')).toMatch(/must carry the Service ID of each plan/);
      expect(await c.say('carried')).toMatch(/Where is the package stored\?/);
      expect(await c.say(url)).toMatch(/Base license model: User/);
    }
    expect(await a.say('publish')).toMatch(/The review found issues in offer "field-notes"/);
    expect((await pc.isv.offer('field-notes'))?.packageUrl).toBe('https://packages.example.com/a.zip');

    const refused = await b.say('publish');
    expect(refused).toMatch(/data changed after you saw that summary/);
    expect(refused).not.toMatch(/review found issues/);
    // The state now: the package URL A saved is offered to keep.
    expect(refused).toMatch(/Keep https:\/\/packages\.example\.com\/a\.zip/);
    expect((await pc.isv.offer('field-notes'))?.packageUrl).toBe('https://packages.example.com/a.zip');
    // Confirmed again on the new state, the change is made.
    expect(await b.say('https://packages.example.com/b.zip')).toMatch(/Base license model: User/);
    expect(await b.say('publish')).toMatch(/The review found issues in offer "field-notes"/);
    expect((await pc.isv.offer('field-notes'))?.packageUrl).toBe('https://packages.example.com/b.zip');
  });

  it('ISV deal: a customer linked by another person meanwhile is not replaced by an invitation confirmed on an old summary', async () => {
    const pc = bot.app.pc;
    const a = bot.conversation('gus', { channelId: 'slack' });
    const b = bot.conversation('gus', { channelId: 'slack', locale: 'sv-SE' });
    expect(await a.say('invite the customer of D-1002')).toMatch(/Northwind/);
    expect(await b.say('invite the customer of D-1002')).toMatch(/Northwind/);
    expect(await a.say('fabrikam.com.au')).toMatch(/Fabrikam/);
    expect(await b.say('northwindtraders.com')).toMatch(/northwindtraders\.com/);
    await a.say('yes');
    expect((await pc.isv.deal('D-1002'))?.relationshipId).toBe('fabrikam.com.au');

    const refused = await b.say('yes');
    expect(refused).toMatch(/Uppgifterna i Partnercenter har ändrats sedan du såg sammanfattningen .*Så här ser det ut nu:/);
    // The deal as it is now: its customer is the one A linked.
    expect(refused).toMatch(/Fabrikam/);
    expect((await pc.isv.deal('D-1002'))?.relationshipId).toBe('fabrikam.com.au');
    expect(await pc.isv.relationship('northwindtraders.com')).toBeUndefined();
  });

  it('the port: a change whose version no longer matches is refused and changes nothing', async () => {
    const pc = bot.app.pc;
    const basis = await pc.isv.licenses('D-1001');
    await pc.isv.updateLicenses('D-1001', { standard: 12 }, { userId: 'gus', idempotencyKey: 'p-1' }, basis);
    expect(await pc.isv.updateLicenses('D-1001', { standard: 10, premium: 1 }, { userId: 'gus', idempotencyKey: 'p-2' }, basis)).toEqual({
      status: 'refused',
      reason: { code: 'changed', licenses: { standard: 12 } },
    });
    expect(await pc.isv.licenses('D-1001')).toEqual({ standard: 12 });

    // Subscriptions: the side effect names the version it was computed from (ifMatch).
    const seen = await pc.csp.subscription(STANDARD);
    expect(await pc.csp.changeQuantity(STANDARD, 22, { userId: 'ada', idempotencyKey: 'q-1', ifMatch: etagOf(seen) })).toMatchObject({
      status: 'done',
    });
    for (const change of [
      () => pc.csp.changeQuantity(STANDARD, 40, { userId: 'ada', idempotencyKey: 'q-2', ifMatch: etagOf(seen) }),
      () => pc.csp.suspend(STANDARD, { userId: 'ada', idempotencyKey: 's-1', ifMatch: etagOf(seen) }),
    ]) {
      expect(await change()).toEqual({ status: 'refused', reason: { code: 'changed' } });
    }
    expect(await pc.csp.subscription(STANDARD)).toMatchObject({ quantity: 22, status: 'active' });
  });
});
