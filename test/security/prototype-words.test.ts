import { isBareLanguage, parseLanguage } from '../../dialogs/commands';
import { TestAssistant } from '../support/client';

/** Review 2026-11 finding 10: the word "constructor" (and Object's other member names) failed the turn. */
describe('finding 10: "constructor" as a value', () => {
  it('is no language', () => {
    for (const word of ['constructor', 'toString', 'hasOwnProperty', 'valueOf', '__proto__', 'isPrototypeOf']) {
      expect(parseLanguage(word)).toBeUndefined();
      expect(isBareLanguage(word)).toBe(false);
    }
    expect(parseLanguage('speak French')).toBe('fr');
  });

  describe('over HTTP', () => {
    let bot: TestAssistant;
    beforeAll(async () => {
      bot = await new TestAssistant().start();
    });
    afterAll(async () => {
      await bot.stop();
    });

    it.each(['constructor', 'toString', 'valueOf'])(
      '"%s" as a first message, an Offer ID and a customer name gets an answer',
      async (word) => {
        const first = bot.conversation('gus');
        expect(await first.say(word)).not.toMatch(/something went wrong/);
        const offer = bot.conversation('gus');
        await offer.say('create an offer');
        expect(await offer.say(word)).not.toMatch(/something went wrong/);
        const cancel = bot.conversation('ada');
        await cancel.say('cancel a software purchase');
        expect(await cancel.say(word)).toMatch(/No customer matches|customer/i);
        expect(cancel.text()).not.toMatch(/something went wrong/);
      },
    );
  });
});
