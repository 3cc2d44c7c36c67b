import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROCEDURES } from '../../dialogs/registry';
import { findValues, prefillFor } from '../../dialogs/nlu/extract';
import { parseCommand, parseLanguage, isBareLanguage } from '../../dialogs/commands';
import { guessLang } from '../../dialogs/nlu/text';

const now = new Date('2026-11-22T10:00:00Z');
const byId = (id: string) => PROCEDURES.find((p) => p.id === id)!;

describe('the values a first sentence can give a procedure', () => {
  it('hands a procedure only prefill keys its machine reads', () => {
    const root = join(__dirname, '../../dialogs/procedures');
    const folders: Record<string, string> = { 'cancel-software-purchase': 'cancel-purchase', 'keys-and-downloads': 'keys-downloads' };
    for (const { id, prefillKeys: keys = [] } of PROCEDURES) {
      const source = readFileSync(join(root, folders[id] ?? id, 'machine.ts'), 'utf8');
      for (const key of keys)
        expect({ id, key, read: new RegExp(`(prefill\\?\\.|\\bp\\.)${key}\\b`).test(source) }).toEqual({ id, key, read: true });
    }
  });
});

describe('reading the values of a first sentence', () => {
  it('takes the order, the domain, a tenant GUID and a named customer', () => {
    expect(findValues('cancel order 4711 for contoso.com', 'en', now)).toMatchObject({
      orderId: '4711',
      domain: 'contoso.com',
      customer: 'contoso.com',
    });
    expect(findValues('annuleer bestelling 4711 voor 1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c05', 'nl', now)).toMatchObject({
      orderId: '4711',
      customer: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c05',
    });
    expect(findValues('ajoute 20 licences du plan gold pour Fabrikam', 'fr', now)).toMatchObject({
      count: 20,
      planId: 'gold',
      customer: 'Fabrikam',
    });
    expect(findValues('add twenty licenses to the gold plan for Northwind Traders', 'en', now)).toMatchObject({
      count: 20,
      planId: 'gold',
      customer: 'Northwind Traders',
    });
  });

  it('reads billing frequency in the four languages', () => {
    expect(findValues('new annual subscription for Contoso', 'en', now).billing).toBe('annual');
    expect(findValues('nouvel abonnement mensuel', 'fr', now).billing).toBe('monthly');
    expect(findValues('ny prenumeration årsvis', 'sv', now).billing).toBe('annual');
    expect(findValues('nieuw maandelijks abonnement', 'nl', now).billing).toBe('monthly');
  });

  it('reads dates and ranges with the recognizers, looking back from today', () => {
    expect(findValues('activity log from November 1 to November 20', 'en', now).range).toBe('2026-11-01 to 2026-11-20');
    expect(findValues("journal d'activité du 1er novembre au 20 novembre", 'fr', now).range).toBe('2026-11-01 to 2026-11-20');
    expect(findValues('activiteitenlogboek van 1 november tot 20 november', 'nl', now).range).toBe('2026-11-01 to 2026-11-20');
    // No Swedish model: the English one still reads the shared month names.
    expect(findValues('aktivitetslogg 1 november till 20 november', 'sv', now).range).toBe('2026-11-01 to 2026-11-20');
    expect(findValues('activity log last week', 'en', now).range).toBe('2026-11-09 to 2026-11-15');
    expect(findValues('activity log on December 3', 'en', now).range).toBe('2025-12-03');
  });

  it('reads a sentence in the language it is written in, whatever the conversation speaks', () => {
    expect(guessLang("journal d'activité du 1er novembre au 20 novembre", 'en')).toBe('fr');
    expect(guessLang('activiteitenlogboek van 1 november tot 20 november', 'en')).toBe('nl');
    expect(guessLang('aktivitetslogg från 1 november till 20 november', 'en')).toBe('sv');
    expect(guessLang('show the activity log', 'fr')).toBe('en');
    expect(guessLang('4711', 'nl')).toBe('nl');
    expect(prefillFor(byId('activity-log'), "journal d'activité du 1er novembre au 20 novembre", 'en', now)).toEqual({
      range: '2026-11-01 to 2026-11-20',
    });
  });

  it('prefills a procedure with the generic values it reads, its own extraction taking precedence', () => {
    expect(prefillFor(byId('new-subscription'), 'new annual subscription for Fabrikam', 'en', now)).toEqual({
      customer: 'Fabrikam',
      billing: 'annual',
    });
    expect(prefillFor(byId('activity-log'), "journal d'activité du 1er novembre au 20 novembre", 'fr', now)).toEqual({
      range: '2026-11-01 to 2026-11-20',
    });
    expect(prefillFor(byId('cancel-software-purchase'), 'cancel order 4711 for contoso.com', 'en', now)).toEqual({
      orderId: '4711',
      customer: 'contoso.com',
    });
  });
});

describe('commands and language names', () => {
  it('knows back in the four languages', () => {
    for (const w of ['back', 'retour', 'tillbaka', 'terug']) expect(parseCommand(w)).toBe('back');
  });

  it('tells a bare language name from a request to speak it', () => {
    expect(isBareLanguage('French')).toBe(true);
    expect(isBareLanguage('speak French')).toBe(false);
    expect(parseLanguage('speak French')).toBe('fr');
  });
});
