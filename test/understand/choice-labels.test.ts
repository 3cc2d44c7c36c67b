import { msg, type Prompt } from '../../cards/view';
import { matchChoice, namesChoice } from '../../dialogs/answers/choice';
import { interjection, type RoutingContext } from '../../dialogs/engine/routing';
import { PROCEDURES } from '../../dialogs/registry';
import { demoEngine, NOW } from './support';

/**
 * One reader of choices serves the answers (the conversation's language and English) and the
 * check that keeps a typed choice from starting another procedure (all four languages).
 */
const choices = [
  { value: 'submit', label: msg('support.choice.submit') },
  { value: 'changeReason', label: msg('support.choice.changeReason') },
  { value: 'changeTitle', label: msg('support.choice.changeTitle') },
];

describe('one choice reader, in the languages asked for', () => {
  it("answers read the conversation's language and English only", () => {
    expect(matchChoice('Modifier le motif du remboursement', choices, 'fr', { partial: false })).toEqual({
      kind: 'one',
      value: 'changeReason',
    });
    expect(matchChoice('Change the title', choices, 'fr', { partial: false })).toEqual({ kind: 'one', value: 'changeTitle' });
    expect(matchChoice('Ändra rubriken', choices, 'fr', { partial: false })).toEqual({ kind: 'none' });
    expect(matchChoice('Ändra rubriken', choices, 'fr', { partial: false, languages: ['sv'] })).toEqual({
      kind: 'one',
      value: 'changeTitle',
    });
  });

  it('a label typed in any of the four languages names a choice, with or without its punctuation', () => {
    for (const text of ['Modifier le motif du remboursement', 'ändra rubriken!', 'Titel wijzigen', 'create the request', 'changeReason'])
      expect({ text, names: namesChoice(choices, text) }).toEqual({ text, names: true });
    for (const text of ['create a support request for contoso', 'the title', '2'])
      expect({ text, names: namesChoice(choices, text) }).toEqual({ text, names: false });
  });
});

describe('a choice typed during a run is its answer, never another procedure', () => {
  let ctx: RoutingContext;
  const current = PROCEDURES.find((p) => p.id === 'manage-subscription')!;
  const shown: Prompt = { title: msg('support.confirm.title'), choices };

  beforeAll(async () => {
    const { pc } = await demoEngine();
    ctx = { procedures: PROCEDURES, allowed: () => true, lang: 'en', pc, now: NOW };
  });

  it("a label in another language than the conversation's is not a switch", async () => {
    const label = 'Annuler la commande 4711';
    // Where it is no choice, the sentence asks to cancel an order.
    expect(await interjection(current, shown, label, ctx)).toMatchObject({ kind: 'switch', def: { id: 'cancel-software-purchase' } });
    const confirm = { value: 'confirm', label: msg('cancel.choice.confirm', { order: '4711' }) };
    expect(await interjection(current, { ...shown, choices: [...choices, confirm] }, label, ctx)).toBeUndefined();
  });

  it('a sentence that names another procedure still is', async () => {
    expect((await interjection(current, shown, 'open a support request for a refund on order 4714', ctx))?.kind).toBe('switch');
  });
});
