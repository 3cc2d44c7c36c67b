import { TestAssistant } from '../support/client';

/**
 * Review 2026-11 finding 2: in a group chat or channel, any member answered and confirmed
 * another user's procedure, with that user's roles.
 */
describe('finding 2: a run belongs to the user who started it', () => {
  let bot: TestAssistant;
  beforeEach(async () => {
    bot = await new TestAssistant().start();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const group = (id: string) => ({ channelId: 'msteams', id });

  it("refuses another member's clicks and confirmation, names the owner, and logs the attempt", async () => {
    const ada = bot.conversation('ada', group('19:groupchat-1@thread.v2'));
    const hana = bot.conversation('hana', group('19:groupchat-1@thread.v2'));
    expect(await ada.say('cancel order 4712 for contoso.com')).toMatch(/Order 4712 can be cancelled/);
    const refused = await hana.submit(ada.findAction('I have read this').data);
    expect(refused).toMatch(/Ada Okafor started "Cancel a software purchase" in this conversation, so only Ada Okafor can answer/);
    expect(refused).toMatch(/one-to-one chat/);
    // The run did not move: the owner's card is still the current one.
    expect(await ada.click('I have read this')).toMatch(/Cancel this purchase\?/);
    expect(await hana.submit(ada.findAction(/^Cancel order 4712/).data)).toMatch(/only Ada Okafor can answer/);
    expect(await hana.say('yes')).toMatch(/only Ada Okafor/);
    expect((await bot.app.pc.software.purchase('4712'))?.status).toBe('active');
    const log = await bot.app.pc.activity.list(new Date(Date.now() - 60_000), new Date(Date.now() + 60_000));
    expect(log.filter((e) => e.action === 'foreign-run').map((e) => [e.userName, e.outcome, e.detail])).toEqual([
      ['Hana Berg', 'refused', 'run of ada'],
      ['Hana Berg', 'refused', 'run of ada'],
      ['Hana Berg', 'refused', 'run of ada'],
    ]);
    expect(await ada.click(/^Cancel order 4712/)).toMatch(/Order 4712 .* is cancelled/);
  });

  it('refuses a Teams adaptiveCard/action invoke from a stranger', async () => {
    const ada = bot.conversation('ada', group('19:abc@thread.tacv2;messageid=1'));
    const stranger = bot.conversation('29:stranger', group('19:abc@thread.tacv2;messageid=1'));
    await ada.say('cancel order 4711 for contoso.com');
    const data = ada.findAction('I have read this').data;
    const base = {
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9',
      deliveryMode: 'expectReplies',
      recipient: { id: 'bot' },
      conversation: { id: stranger.id, conversationType: 'channel', isGroup: true },
    };
    const reply = await stranger.send({
      ...base,
      id: 'inv-1',
      type: 'invoke',
      name: 'adaptiveCard/action',
      from: { id: '29:stranger' },
      value: { action: { type: 'Action.Execute', data } },
    });
    expect(reply).toMatch(/only Ada Okafor can answer/);
    expect(await ada.click('I have read this')).toMatch(/Cancel this purchase\?/);
  });

  it('"back" and "cancel" by another member change nothing; the refusal is in the actor\'s language', async () => {
    const ada = bot.conversation('ada', group('19:groupchat-2@thread.v2'));
    const gus = bot.conversation('gus', { ...group('19:groupchat-2@thread.v2'), locale: 'fr-FR' });
    await ada.say('cancel order 4712 for contoso.com');
    await ada.click('I have read this');
    expect(await gus.say('back')).toMatch(/Ada Okafor a lancé « Annuler un achat de logiciel » dans cette conversation/);
    expect(await gus.say('cancel')).toMatch(/seul\(e\) Ada Okafor/);
    expect(await ada.say('status')).toMatch(/Cancel a software purchase/);
    expect(await ada.click(/^Cancel order 4712/)).toMatch(/Order 4712 .* is cancelled/);
  });

  it("another member starts their own run once the owner's run has ended", async () => {
    const ada = bot.conversation('ada', group('19:groupchat-3@thread.v2'));
    const gus = bot.conversation('gus', group('19:groupchat-3@thread.v2'));
    await ada.say('cancel order 4712 for contoso.com');
    expect(await ada.say('cancel')).toMatch(/Stop|stop|cancel/i);
    await ada.say('yes');
    expect(await gus.say('status')).not.toMatch(/only Ada/);
    expect(await gus.say('view the activity log')).toMatch(/For which dates/);
    expect(await ada.say('last 7 days')).toMatch(/only Gustav Lind can answer/);
  });
});
