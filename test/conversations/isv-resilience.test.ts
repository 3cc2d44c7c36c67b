import { InProcessAssistant } from '../support/driver';

describe('ISV procedures across restarts and double clicks', () => {
  let bot: InProcessAssistant;
  beforeEach(async () => {
    bot = await new InProcessAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('creates the offer once when Create is clicked twice, and answers the old card politely', async () => {
    const c = bot.conversation('gus');
    await c.say('create offer twice');
    await c.say('Twice');
    await c.say('get it now');
    expect(c.text()).toMatch(/Create this offer\?/);
    const create = c.findAction('Create the offer');
    const [a, b] = await Promise.all([c.submit(create.data), c.submit(create.data)]);
    expect([a, b].filter((t) => /Offer "twice" is created/.test(t))).toHaveLength(1);
    expect([a, b].filter((t) => /already been answered/.test(t))).toHaveLength(1);
    const log = await bot.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
    expect(log.filter((r) => r.action === 'isv-create-offer')).toHaveLength(1);
  });

  it('loses nothing of a deal being registered across a server restart', async () => {
    const c = bot.conversation('gus');
    await c.say('register a deal for Tailspin Toys');
    await c.say('4,000');
    await bot.restart();
    expect(await c.say('2030-02-01')).toMatch(/Register this deal\?/);
    expect(c.text()).toMatch(/Customer: Tailspin Toys/);
    expect(c.text()).toMatch(/\$4,000\.00/);
    await bot.restart();
    expect(await c.click('Register the deal')).toMatch(/Deal D-2001 for Tailspin Toys is registered/);
  });
});
