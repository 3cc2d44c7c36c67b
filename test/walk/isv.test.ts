import Keyv from 'keyv';
import { createActor, waitFor } from 'xstate';
import { ManualClock } from '../../domain/clock';
import { sameCustomer } from '../../domain/isv/deal-rules';
import { checkPackageUrl, isPublicHost } from '../../domain/isv/offer-rules';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { isvDeal } from '../../dialogs/procedures/isv-deal';
import { t } from '../../cards/i18n';
import type { Msg } from '../../cards/view';
import { InProcessAssistant } from '../support/driver';

/** ISV licensing: what the assistant says and asks (walk 2026-11: M9, M11, M14 and the minor findings). */
describe('ISV licensing: true answers, nothing asked that does not apply', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it("warns before a deal is linked to another company's relationship", async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    await c.say('invite the customer of D-1002');
    const confirm = await c.say('Fabrikam Pty');
    expect(confirm).toMatch(/Use Fabrikam Pty for deal D-1002\?/);
    expect(confirm).toMatch(
      /Careful: deal D-1002 is for Northwind Traders, and this relationship is with Fabrikam Pty\. Linked, the deal's licenses go to Fabrikam Pty's tenant/,
    );
    expect(sameCustomer('Northwind Traders', 'Northwind Traders Ltd.')).toBe(true);
    expect(sameCustomer('Contoso Pharma', 'contoso pharma, inc')).toBe(true);
    expect(sameCustomer('Northwind Traders', 'Fabrikam Pty')).toBe(false);
  });

  it('"why" at the go-live refusal gives the rule', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    expect(await c.say('go live field-notes')).toMatch(/can't go live: only an offer in Preview can, and this one is Draft/);
    const why = await c.say('why');
    expect(why).toMatch(/Partner Center lets only an offer in Preview go live/);
    expect(why).not.toMatch(/no particular rule/);
  });

  it('"why" and "help" at the menu give an answer and an example the user may start', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    expect(await c.say('why')).toMatch(/No question is asked yet/);
    const help = await c.say('help');
    expect(help).not.toMatch(/cancel order 4711/);
    expect(help).toMatch(/in your own words, e\.g\. "[^"]+"\. At any step you can type help, why, back, status or cancel\./);
  });

  it('asks for no plans or Service IDs for an offer without license management', async () => {
    await bot.app.pc.isv.createOffer(
      { offerId: 'contact-only', alias: 'Contact only', licensing: { mode: 'contact-me' } },
      { userId: 'gus', idempotencyKey: 'walk-offer' },
    );
    const c = bot.conversation('gus', { channelId: 'slack' });
    expect(await c.say('create plans for contact-only')).toMatch(
      /Offer "contact-only" doesn't manage licenses through Microsoft, so it has no plans and no Service IDs/,
    );
    expect(
      await bot.app.pc.isv.savePlan(
        { offerId: 'contact-only', planId: 'basic', name: 'Basic', description: 'Basic plan.', publish: false },
        { userId: 'gus', idempotencyKey: 'walk-plan' },
      ),
    ).toEqual({
      status: 'refused',
      reason: { code: 'no-license-management' },
    });
    const p = bot.conversation('gus', { channelId: 'slack' });
    const publish = await p.say('publish contact-only');
    expect(publish).not.toMatch(/Service IDs/);
    expect(publish).toMatch(/Where is the package stored\?/);
    const review = await p.say('https://packages.example.com/contact-only.zip');
    expect(review).toMatch(/Review and publish offer "contact-only"\?/);
    expect(await p.say('1')).not.toMatch(/no plans yet/);
  });

  it("refuses a package URL on localhost or another host Partner Center can't reach", async () => {
    for (const url of [
      'https://localhost/x.zip',
      'https://127.0.0.1/x.zip',
      'https://10.1.2.3/x.zip',
      'https://192.168.1.20/x.zip',
      'https://[::1]/x.zip',
      'https://packages/x.zip',
      'https://files.local/x.zip',
      'https://app.localhost/x.zip',
    ]) {
      expect({ url, check: checkPackageUrl(url) }).toEqual({ url, check: { ok: false, code: 'not-public' } });
    }
    expect(checkPackageUrl('https://packages.example.com/notes.zip').ok).toBe(true);
    expect(isPublicHost('contoso.blob.core.windows.net')).toBe(true);
    const c = bot.conversation('gus', { channelId: 'slack' });
    await c.say('publish field-notes');
    await c.say('1');
    expect(await c.say('https://localhost/x.zip')).toMatch(
      /"https:\/\/localhost\/x\.zip" is not on the internet: Partner Center downloads the package from its address/,
    );
  });

  it('shows a summary before a draft plan is published from the plans overview', async () => {
    await bot.app.pc.isv.savePlan(
      { offerId: 'field-notes', planId: 'team', name: 'Team', description: 'Notes shared by a team.', publish: false },
      { userId: 'gus', idempotencyKey: 'walk-draft' },
    );
    const c = bot.conversation('gus', { channelId: 'slack' });
    expect(await c.say('create plans for field-notes')).toMatch(/2\. Publish draft plan team/);
    const summary = await c.say('2');
    expect(summary).toMatch(/Publish plan "team"\?/);
    expect(summary).toMatch(/Service ID: contosoisv\.field-notes\.team/);
    expect((await bot.app.pc.isv.plans('field-notes'))[0].status).toBe('draft');
    expect(await c.say('1')).toMatch(/Plan "team" is published/);
    expect((await bot.app.pc.isv.plans('field-notes'))[0].status).toBe('published');
  });
});

describe('ISV licensing: receipts, status and examples', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('says what was done after "Update licenses", not what to do', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    await c.say('manage licenses of D-1001');
    await c.say('premium 5');
    await c.say('update');
    const done = await c.say('yes');
    expect(done).toMatch(/premium: 5 licenses added/);
    expect(done).not.toMatch(/premium: add 5 licenses/);
  });

  it("gives typed examples with the offer's own plans, as the deal holds them", async () => {
    await bot.app.pc.isv.updateLicenses(
      'D-1001',
      { premium: 3 },
      { userId: 'gus', idempotencyKey: 'walk-premium-only' },
      await bot.app.pc.isv.licenses('D-1001'),
    );
    const c = bot.conversation('gus', { channelId: 'slack' });
    const overview = await c.say('manage licenses of D-1001');
    expect(overview).toMatch(/You can also type e\.g\. "standard 25" or "remove premium"\./);
  });

  it('repeats a pending consent link in the status of the deal, and says when an offer going live is live', async () => {
    const inv = await bot.app.pc.isv.inviteCustomer(
      'D-1002',
      { customerName: 'Northwind Traders', domain: 'northwindtraders.com' },
      { userId: 'gus', idempotencyKey: 'walk-inv' },
    );
    if (inv.status !== 'done') throw new Error('no invitation');
    const status = bot.conversation('gus', { channelId: 'slack' });
    await status.say('isv status');
    const deal = await status.say('D-1002');
    expect(deal).toContain(inv.value.relationship.consentLink);
    await bot.app.pc.isv.savePlan(
      { offerId: 'field-notes', planId: 'team', name: 'Team', description: 'Teams.', publish: true },
      { userId: 'gus', idempotencyKey: 'a' },
    );
    await bot.app.pc.isv.publishOffer('field-notes', { packageUrl: 'https://p.example/n.zip' }, { userId: 'gus', idempotencyKey: 'b' });
    await bot.app.pc.isv.goLive('field-notes', { userId: 'gus', idempotencyKey: 'c' });
    expect(await bot.conversation('gus', { channelId: 'slack' }).say('isv status')).toMatch(
      /Offer field-notes \(Field Notes\): Going live, live from /,
    );
  });

  it('offers only offers in Preview to go live, and names the others', async () => {
    await bot.app.pc.isv.savePlan(
      { offerId: 'field-notes', planId: 'team', name: 'Team', description: 'Teams.', publish: true },
      { userId: 'gus', idempotencyKey: 'a' },
    );
    await bot.app.pc.isv.publishOffer('field-notes', { packageUrl: 'https://p.example/n.zip' }, { userId: 'gus', idempotencyKey: 'b' });
    const chooser = await bot.conversation('gus', { channelId: 'slack' }).say('isv-go-live');
    expect(chooser).toMatch(/Only an offer in Preview can go live; not listed: crm-sync\./);
    expect(chooser).toMatch(/^1\. .*field-notes/m);
    expect(chooser).not.toMatch(/^\d\. .*crm-sync/m);
  });

  it('suggests an Offer ID without accents, and its examples are not IDs already taken', async () => {
    const c = bot.conversation('gus', { channelId: 'slack' });
    await c.say('create an offer');
    expect(await c.say('fältsync')).toMatch(/How about "faltsync"\?/);
    expect(await c.say('help')).not.toMatch(/crm-sync/);
  });
});

describe('registering a deal for an offer that is not live', () => {
  async function saidFor(prepare: (pc: SandboxPartnerCenter) => Promise<void>): Promise<string[]> {
    const clock = new ManualClock(new Date('2026-11-22T08:00:00Z'));
    const pc = new SandboxPartnerCenter(new Keyv(), clock);
    const parsed = parseSeed(DEMO_SEED);
    if (!parsed.ok) throw new Error('seed');
    await pc.seed(parsed.seed);
    await prepare(pc);
    const said: string[] = [];
    const actor = createActor(isvDeal.createMachine({ pc, clock }), {
      input: { runId: 'r1', userId: 'gus', prefill: { offerId: 'field-notes', customerName: 'Contoso Pharma' } },
    });
    actor.on('say', (e: { msg: Msg }) => said.push(t(e.msg, 'en')));
    actor.start();
    await waitFor(actor, (s) => !s.hasTag('busy'));
    actor.stop();
    return said;
  }

  it('says why: a draft offer is not live yet, and must go live first; and which offer the deal is for instead', async () => {
    expect(await saidFor(async () => undefined)).toEqual([
      'A deal can be registered only for a live offer, and "field-notes" is Draft: make it live first ("go live field-notes"), then register the deal.',
      'The deal below is for "crm-sync", your only offer that can take one now.',
    ]);
  });

  it('says when an offer going live should be live', async () => {
    const said = await saidFor(async (pc) => {
      await pc.isv.savePlan(
        { offerId: 'field-notes', planId: 'team', name: 'Team', description: 'Teams.', publish: true },
        { userId: 'gus', idempotencyKey: 'a' },
      );
      await pc.isv.publishOffer('field-notes', { packageUrl: 'https://p.example/n.zip' }, { userId: 'gus', idempotencyKey: 'b' });
      await pc.isv.goLive('field-notes', { userId: 'gus', idempotencyKey: 'c' });
    });
    expect(said).toContain(
      'A deal can be registered only for a live offer: "field-notes" is going live and should be live from Nov 22, 2026, 12:00 PM UTC. Register the deal then.',
    );
  });
});
