import { acceptRelationship } from '../../domain/sandbox/csp';
import { InProcessAssistant } from '../support/driver';

const CONTOSO_PROD = 'b1d2e3f4-0001-4a5b-9c6d-7e8f9a0b1c01';
const NORTHWIND_AZURE = 'b1d2e3f4-0003-4a5b-9c6d-7e8f9a0b1c03';

describe('Azure management for the customer (B3)', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('without delegated privileges: requests the relationship, waits for the customer, then gives a role, by typing alone', async () => {
    const c = bot.conversation('ada', { channelId: 'slack' });
    const noDap = await c.say('azure management for northwind');
    expect(noDap).toMatch(/You don't have delegated administrative privileges over Northwind Traders/);
    expect(noDap).toMatch(/names you its Partner of Record/);
    const requested = await c.say('1');
    expect(requested).toMatch(/Send this invitation to Northwind Traders' global administrator/);
    expect(requested).toMatch(/accept the invitation and authorize you as their Partner of Record/);
    const link = /Invitation link: (\S+)/.exec(requested)?.[1] ?? '';
    expect(link).toMatch(/\/sandbox\/relationship\/[0-9a-f]+$/);
    expect(await c.say('check again')).not.toMatch(/accepted the invitation:/);
    expect(c.text()).toMatch(/Northwind Traders has not accepted the invitation yet/);

    const token = link.split('/').pop()!;
    expect(await acceptRelationship(bot.app.pc.csp, token)).toMatchObject({ status: 'accepted', customerId: 'northwind' });
    const accepted = await c.say('1');
    expect(accepted).toMatch(/Northwind Traders has accepted the invitation: you now have delegated administrative privileges/);
    // One Azure subscription: it is taken without asking.
    expect(accepted).toMatch(/Which of Northwind Traders' users gets a role on Northwind Azure plan\?/);
    expect(await c.say('nobody')).toMatch(/"nobody" is not one of this customer's users/);
    expect(await c.say('leeg@northwindtraders.com')).toMatch(/Which role for Lee Gu on Northwind Azure plan\?/);
    expect(await c.say('administrator')).toMatch(/Please choose Owner, Contributor or Reader/);
    const confirm = await c.say('owner');
    expect(confirm).toMatch(/Give this role\?/);
    expect(confirm).toMatch(/Role: Owner/);
    expect(await c.say('1')).toMatch(/Lee Gu now has the Owner role on Northwind Azure plan/);
    expect(await bot.app.pc.csp.roleAssignments(NORTHWIND_AZURE)).toMatchObject([{ userId: 'northwind-lee', role: 'Owner' }]);
  });

  it('with delegated privileges: gives a role straight away, with cards, and not twice', async () => {
    const c = bot.conversation('gus');
    await c.join();
    expect(await c.click('Let a customer manage their Azure subscription')).toMatch(/Which customer should manage/);
    expect(await c.fill({ answer: 'contoso.com' })).toMatch(/Which Azure subscription of Contoso Ltd\?/);
    expect(await c.click('Contoso Production')).toMatch(/Which of Contoso Ltd's users/);
    expect(await c.click('Megan Bowen')).toMatch(/Which role for Megan Bowen on Contoso Production\?/);
    expect(await c.click('Contributor')).toMatch(/Give this role\?/);
    expect(await c.click('Give the Contributor role')).toMatch(/Megan Bowen now has the Contributor role on Contoso Production/);

    const again = bot.conversation('gus');
    await again.say('azure management for contoso.com');
    await again.say('Contoso Production');
    await again.say('Megan Bowen');
    await again.say('Contributor');
    expect(await again.say('1')).toMatch(/Megan Bowen already has the Contributor role on Contoso Production/);
    expect(await bot.app.pc.csp.roleAssignments(CONTOSO_PROD)).toHaveLength(1);
  });

  it('can finish after sending the invitation, and shows the same open invitation next time', async () => {
    const c = bot.conversation('ada');
    await c.say('azure management for northwind');
    const first = await c.say('request');
    const link = /Invitation link: (\S+)/.exec(first)?.[1];
    expect(await c.say('2')).toMatch(/The invitation to Northwind Traders is sent/);
    const next = await bot.conversation('ada').say('manage azure for northwind');
    expect(next).toMatch(/An invitation is already waiting for the customer's answer/);
    expect(/Invitation link: (\S+)/.exec(next)?.[1]).toBe(link);
  });

  it('is for Admin agents and Global admins only, also at the side effect', async () => {
    expect(await bot.conversation('sam').say('azure management for contoso.com')).toMatch(
      /needs one of these Partner Center roles: Admin agent or Global admin/,
    );
    const c = bot.conversation('ada');
    await c.say('azure management for northwind');
    await bot.app.pc.directory.setRoles('ada', ['Sales agent']);
    expect(await c.say('1')).toMatch(/you no longer hold a role that allows this \(Admin agent and Global admin\)/);
    expect((await bot.app.pc.csp.relationship('northwind')).pending).toBeUndefined();
  });
});
