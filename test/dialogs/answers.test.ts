import { matchChoice, ordinalOf, readDate, readDateRange, readNumber, readTyped, readYesNo, type Lang } from '../../dialogs/answers';
import { recognizers } from '../../dialogs/answers/recognizers';
import { t } from '../../cards/i18n';
import { msg, type Choice } from '../../cards/view';
// The labels below are procedures' texts: they join the catalogue with the registry.
import '../../dialogs/registry';

/** Answers as people type them, in the four languages: one canonical value each. */
const NOW = new Date('2026-11-30T10:00:00Z');

afterAll(() => recognizers.stop());

describe('numbers and amounts', () => {
  it.each<[string, Lang, number]>([
    ['25 000,50', 'fr', 25000.5],
    ['25\u202f000,50', 'fr', 25000.5],
    ['25.000,50', 'nl', 25000.5],
    ['25.000,50', 'fr', 25000.5],
    ['25 000,50', 'sv', 25000.5],
    ['25,000.50', 'en', 25000.5],
    ['25000.50', 'fr', 25000.5],
    ['1,5', 'fr', 1.5],
    ['1,5', 'sv', 1.5],
    ['1,5', 'nl', 1.5],
    ['1,000', 'en', 1000],
    ['1.000', 'nl', 1000],
    ['12', 'sv', 12],
    [' 7 ', 'en', 7],
    ['10 licenses', 'en', 10],
    ['10 licences', 'fr', 10],
    ['10 licenser', 'sv', 10],
    ['10 licenties', 'nl', 10],
    ['3 st', 'sv', 3],
    ['3 st tack', 'sv', 3],
    ['5 stuks', 'nl', 5],
    ['12 pcs', 'en', 12],
    ['10 licenses please', 'en', 10],
    ['4 postes svp', 'fr', 4],
    ['tre st', 'sv', 3],
    ['twenty', 'en', 20],
    ['one hundred and twenty', 'en', 120],
    ['vingt-cinq', 'fr', 25],
    ['quatre-vingt-dix', 'fr', 90],
    ['deux mille trois cents', 'fr', 2300],
    ['tjugofem', 'sv', 25],
    ['tre', 'sv', 3],
    ['trettiotvå', 'sv', 32],
    ['vijfentwintig', 'nl', 25],
    ['twaalf', 'nl', 12],
    ['twelve', 'fr', 12],
  ])('"%s" (%s) is %d', (text, lang, value) => {
    expect(readNumber(text, lang)).toBe(value);
  });

  it.each<[string, Lang]>([
    ['1e3', 'en'],
    ['0x10', 'en'],
    ['１０', 'en'],
    ['12abc', 'fr'],
    ['1,2,3', 'en'],
    ['', 'en'],
    ['contoso', 'en'],
  ])('"%s" (%s) is not a number', (text, lang) => {
    expect(readNumber(text, lang)).toBeUndefined();
  });

  it('refuses "1e3" as a license count and says the bounds, in the user language', async () => {
    const r = await readTyped({ kind: 'integer', min: 1, max: 100000 }, '1e3', 'fr', NOW);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(t(r.refusal, 'fr')).toMatch(/de 1 à 100\s000/);
    const big = await readTyped({ kind: 'integer', min: 1, max: 10 }, '11', 'sv', NOW);
    if (big && !big.ok) expect(t(big.refusal, 'sv')).toMatch(/från 1 till 10/);
    expect(big?.ok).toBe(false);
  });

  it('reads an amount with its currency sign and gives it with a decimal point', async () => {
    expect(await readTyped({ kind: 'amount', currency: 'USD' }, '25 000,50 $US', 'fr', NOW)).toEqual({ ok: true, value: '25000.5' });
    expect(await readTyped({ kind: 'amount', currency: 'EUR' }, '€ 1.440,00', 'nl', NOW)).toEqual({ ok: true, value: '1440' });
    expect(await readTyped({ kind: 'amount', currency: 'USD' }, 'USD 1200', 'en', NOW)).toEqual({ ok: true, value: '1200' });
    const zero = await readTyped({ kind: 'amount', currency: 'USD' }, '0', 'en', NOW);
    expect(zero?.ok).toBe(false);
    const refused = await readTyped({ kind: 'amount', currency: 'USD' }, 'beaucoup', 'fr', NOW);
    if (refused && !refused.ok) expect(t(refused.refusal, 'fr')).toMatch(/par exemple 25\s000,50\s\$US/);
  });

  it.each<[string, string, Lang, string]>([
    ['1 200 kr', 'SEK', 'sv', '1200'],
    ['1 200 kr.', 'DKK', 'en', '1200'],
    ['$1,200', 'CAD', 'en', '1200'],
    ['1200 eur', 'EUR', 'nl', '1200'],
    ['US$ 1,200.50', 'USD', 'en', '1200.5'],
    ['25.000,50 dollar', 'USD', 'nl', '25000.5'],
    ['1 200 kronor', 'SEK', 'sv', '1200'],
    ['25 000 dollars US', 'USD', 'fr', '25000'],
    ['25k', 'USD', 'en', '25000'],
    ['12.5k usd', 'USD', 'en', '12500'],
    ['1,5 M€', 'EUR', 'fr', '1500000'],
    ['2 mio', 'USD', 'nl', '2000000'],
  ])('takes "%s" where %s is asked', async (text, currency, lang, value) =>
    expect(await readTyped({ kind: 'amount', currency }, text, lang, NOW)).toEqual({ ok: true, value }),
  );

  it.each<[string, string, Lang, RegExp]>([
    [
      '€ 25.000,50',
      'USD',
      'nl',
      /"€ 25\.000,50" is in EUR, en dit bedrag wordt gevraagd in USD\. Typ het in USD, bijvoorbeeld US\$\s25\.000,50\./,
    ],
    ['25000 SEK', 'USD', 'en', /"25000 SEK" is in SEK, and this amount is asked in USD\. Type it in USD, for example \$25,000\.50\./],
    ['1 200 kr', 'EUR', 'sv', /"1 200 kr" är i kr, och beloppet ska anges i EUR\. Skriv det i EUR, till exempel 25\s000,50\s€\./],
    ['£300', 'EUR', 'fr', /« £300 » est en GBP, et ce montant est demandé en EUR\./],
    ['$1,069', 'EUR', 'en', /is in \$, and this amount is asked in EUR/],
    ['25000 euros', 'USD', 'fr', /« 25000 euros » est en EUR, et ce montant est demandé en USD\./],
    ['25k€', 'USD', 'nl', /"25k€" is in EUR, en dit bedrag wordt gevraagd in USD\./],
  ])('refuses "%s" where %s is asked, saying which currency it needs', async (text, currency, lang, said) => {
    const r = await readTyped({ kind: 'amount', currency, max: 1_000_000 }, text, lang, NOW);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(t(r.refusal, lang)).toMatch(said);
  });

  it('does not take a word for a currency: "5 mil" is no amount', async () => {
    const r = await readTyped({ kind: 'amount', currency: 'USD' }, '5 mil', 'en', NOW);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(t(r.refusal, 'en')).toMatch(/"5 mil" is not an amount I can read/);
  });
});

describe('yes and no', () => {
  it.each(['yes', 'Yes!', 'ok', 'oui', 'Oui merci', "d'accord", 'ja', 'Ja tack', 'ja graag', 'jawel'])('"%s" is yes', (text) =>
    expect(readYesNo(text)).toBe(true),
  );
  it.each(['no', 'non', 'Nej', 'nee', 'nope'])('"%s" is no', (text) => expect(readYesNo(text)).toBe(false));
  it.each(['maybe', 'peut-être', 'kanske', 'misschien', 'yes no'])('"%s" is neither', (text) => expect(readYesNo(text)).toBeUndefined());
});

describe('dates', () => {
  it.each<[string, Lang, string]>([
    ['2026-12-31', 'en', '2026-12-31'],
    ['12/31/2026', 'en', '2026-12-31'],
    ['31/12/2026', 'fr', '2026-12-31'],
    ['31-12-2026', 'nl', '2026-12-31'],
    ['31.12.2026', 'sv', '2026-12-31'],
    ['tomorrow', 'en', '2026-12-01'],
    ['demain', 'fr', '2026-12-01'],
    ['imorgon', 'sv', '2026-12-01'],
    ['i morgon', 'sv', '2026-12-01'],
    ['morgen', 'nl', '2026-12-01'],
    ['20 décembre', 'fr', '2026-12-20'],
    ['1er décembre 2026', 'fr', '2026-12-01'],
    ['den 20 december', 'sv', '2026-12-20'],
    ['20 december 2026', 'nl', '2026-12-20'],
    ['December 20', 'en', '2026-12-20'],
    ['March 3', 'en', '2027-03-03'],
  ])('"%s" (%s) is %s', async (text, lang, day) => {
    expect(await readDate(text, lang, NOW, 'future')).toBe(day);
  });

  it.each<[string, Lang, string, string]>([
    ['yesterday', 'en', '2026-11-29', '2026-11-29'],
    ['hier', 'fr', '2026-11-29', '2026-11-29'],
    ['igår', 'sv', '2026-11-29', '2026-11-29'],
    ['i går', 'sv', '2026-11-29', '2026-11-29'],
    ['gisteren', 'nl', '2026-11-29', '2026-11-29'],
    ['last month', 'en', '2026-10-01', '2026-10-31'],
    ['le mois dernier', 'fr', '2026-10-01', '2026-10-31'],
    ['förra månaden', 'sv', '2026-10-01', '2026-10-31'],
    ['vorige maand', 'nl', '2026-10-01', '2026-10-31'],
    ['last week', 'en', '2026-11-23', '2026-11-29'],
    ['la semaine dernière', 'fr', '2026-11-23', '2026-11-29'],
    ['förra veckan', 'sv', '2026-11-23', '2026-11-29'],
    ['vorige week', 'nl', '2026-11-23', '2026-11-29'],
    ['this month', 'en', '2026-11-01', '2026-11-30'],
    ['i månaden', 'sv', '2026-11-01', '2026-11-30'],
    ['i veckan', 'sv', '2026-11-30', '2026-11-30'],
    ['förra månad', 'sv', '2026-10-01', '2026-10-31'],
    ['last 7 days', 'en', '2026-11-24', '2026-11-30'],
    ['the past two weeks', 'en', '2026-11-17', '2026-11-30'],
    ['7 derniers jours', 'fr', '2026-11-24', '2026-11-30'],
    ['les sept derniers jours', 'fr', '2026-11-24', '2026-11-30'],
    ['senaste 7 dagarna', 'sv', '2026-11-24', '2026-11-30'],
    ['de senaste sju dagarna', 'sv', '2026-11-24', '2026-11-30'],
    ['afgelopen 7 dagen', 'nl', '2026-11-24', '2026-11-30'],
    ['laatste 7 dagen', 'nl', '2026-11-24', '2026-11-30'],
    ['2026-11-01 to 2026-11-20', 'en', '2026-11-01', '2026-11-20'],
    ['11/01/2026 - 11/20/2026', 'en', '2026-11-01', '2026-11-20'],
    ['from november 1 to november 20', 'en', '2026-11-01', '2026-11-20'],
    ['01/11/2026 au 29/11/2026', 'fr', '2026-11-01', '2026-11-29'],
    ['du 2026-11-01 au 2026-11-29', 'fr', '2026-11-01', '2026-11-29'],
    ['du 1er au 20 novembre', 'fr', '2026-11-01', '2026-11-20'],
    ['du 1er novembre au 20 novembre', 'fr', '2026-11-01', '2026-11-20'],
    ['2026-11-01 till 2026-11-20', 'sv', '2026-11-01', '2026-11-20'],
    ['från 1 november till 20 november', 'sv', '2026-11-01', '2026-11-20'],
    ['1/11/2026 till 20/11/2026', 'sv', '2026-11-01', '2026-11-20'],
    ['van 1 november tot 20 november', 'nl', '2026-11-01', '2026-11-20'],
    ['1-11-2026 tot 20-11-2026', 'nl', '2026-11-01', '2026-11-20'],
    ['november', 'en', '2026-11-01', '2026-11-30'],
    ['octobre 2026', 'fr', '2026-10-01', '2026-10-31'],
  ])('"%s" (%s) is %s to %s', async (text, lang, start, end) => {
    expect(await readDateRange(text, lang, NOW)).toEqual({ start, end });
  });

  it('gives a range as "start to end", a single day alone, and refuses with examples in the language', async () => {
    expect(await readTyped({ kind: 'date-range' }, 'le mois dernier', 'fr', NOW)).toEqual({ ok: true, value: '2026-10-01 to 2026-10-31' });
    expect(await readTyped({ kind: 'date-range' }, 'igår', 'sv', NOW)).toEqual({ ok: true, value: '2026-11-29' });
    const r = await readTyped({ kind: 'date-range' }, 'bientôt', 'fr', NOW);
    expect(r?.ok).toBe(false);
    if (r && !r.ok) expect(t(r.refusal, 'fr')).toMatch(/le mois dernier/);
    const nl = await readTyped({ kind: 'date' }, 'ooit', 'nl', NOW);
    if (nl && !nl.ok) expect(t(nl.refusal, 'nl')).toMatch(/morgen/);
  });
});

describe('choices', () => {
  const choices: Choice[] = [
    { value: 'draft', label: msg('isv.plans.choice.draft') },
    { value: 'publish', label: msg('isv.plans.choice.publish.one'), style: 'positive' },
    { value: 'restart', label: msg('isv.plans.choice.restart') },
  ];

  it.each<[string, Lang, string]>([
    ['2', 'en', 'publish'],
    ['publish', 'fr', 'publish'],
    ['Review and publish', 'en', 'publish'],
    ['review AND publish.', 'en', 'publish'],
    ['Examiner et publier', 'fr', 'publish'],
    ['examiner et publier', 'fr', 'publish'],
    ['Review and publish', 'fr', 'publish'],
    ['the second', 'en', 'publish'],
    ['la deuxième', 'fr', 'publish'],
    ['den andra', 'sv', 'publish'],
    ['de tweede', 'nl', 'publish'],
    ['2nd', 'en', 'publish'],
    ['the last one', 'en', 'restart'],
  ])('"%s" (%s) picks %s', (text, lang, value) => {
    expect(matchChoice(text, choices, lang)).toEqual({ kind: 'one', value });
  });

  it.each<[string, Lang, string]>([
    ['brouillon', 'fr', 'draft'],
    ['publier', 'fr', 'publish'],
    ['utkast', 'sv', 'draft'],
    ['publiceren', 'nl', 'publish'],
  ])('a part of a label: "%s" (%s) picks %s', (text, lang, value) => {
    expect(matchChoice(text, choices, lang)).toEqual({ kind: 'one', value, partial: true });
  });

  it('says when a part fits several choices, and never takes a text that fits none', () => {
    const two: Choice[] = [
      { value: 'a', label: msg('common.raw', { text: 'Exchange Online (Plan 1)' }) },
      { value: 'b', label: msg('common.raw', { text: 'Exchange Online Archiving' }) },
    ];
    expect(matchChoice('exchange online', two, 'en')).toEqual({ kind: 'several', values: ['a', 'b'], partial: true });
    expect(matchChoice('archiving', two, 'en')).toEqual({ kind: 'one', value: 'b', partial: true });
    expect(matchChoice('contoso', two, 'en')).toEqual({ kind: 'none' });
    expect(matchChoice('3', two, 'en')).toEqual({ kind: 'none' });
  });

  it('reads the labels of choices made anew at every turn by what they say, never mixing two that differ only in a value', () => {
    const orders = (ids: string[]): Choice[] => ids.map((id) => ({ value: id, label: msg('common.raw', { text: `Order ${id}` }) }));
    // The same labels, new objects each time (as a prompt's choices are at every turn).
    for (let turn = 0; turn < 3; turn++) {
      expect(matchChoice('order 4712', orders(['4711', '4712']), 'en')).toEqual({ kind: 'one', value: '4712' });
      expect(matchChoice('order 4711', orders(['4711', '4712']), 'en')).toEqual({ kind: 'one', value: '4711' });
    }
    // Another label behind the same value: what it says now counts.
    expect(
      matchChoice(
        'order 4711',
        orders(['4713']).map((c) => ({ ...c, value: '4711' })),
        'en',
      ),
    ).toEqual({ kind: 'none' });
    // Many labels past the cache's bound: each still read right.
    for (let i = 0; i < 6000; i += 7)
      expect(matchChoice(`order ${i}`, orders([String(i), String(i + 1)]), 'en')).toEqual({ kind: 'one', value: String(i) });
  });

  it('reads ordinals in the four languages', () => {
    expect(ordinalOf('the third one', 'en')).toBe(3);
    expect(ordinalOf('la première', 'fr')).toBe(1);
    expect(ordinalOf('det tredje alternativet', 'sv')).toBe(3);
    expect(ordinalOf('de eerste optie', 'nl')).toBe(1);
    expect(ordinalOf('contoso', 'en')).toBeUndefined();
  });
});

describe('verbs before a name', () => {
  it.each([
    ['supprimer premium', 'fr', 'remove premium'],
    ['Ta bort standard', 'sv', 'remove standard'],
    ['verwijder standard', 'nl', 'remove standard'],
    ['ajouter premium 5', 'fr', 'add premium 5'],
    ['remove standard', 'en', 'remove standard'],
  ] as [string, Lang, string][])('"%s" (%s) is "%s"', async (text, lang, value) => {
    expect(await readTyped({ kind: 'text', verbs: ['add', 'remove', 'change'] }, text, lang, NOW)).toEqual({ ok: true, value });
  });

  it('leaves other text to the procedure', async () => {
    expect(await readTyped({ kind: 'text', verbs: ['remove'] }, 'premium 25', 'fr', NOW)).toBeUndefined();
  });
});
