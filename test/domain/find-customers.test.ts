import { findCustomer, findCustomerInSentence, rankCustomers } from '../../domain/find/customers';
import { coreName, fold, words } from '../../domain/find/normalize';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';

const customers = DEMO_SEED.customers;
const names = (q: string) => rankCustomers(q, customers).map((m) => m.item.name);

function one(q: string): string {
  const v = findCustomer(q, customers);
  if (v.kind !== 'one') throw new Error(`"${q}" gave ${v.kind}: ${names(q).join(', ')}`);
  return v.match.item.name;
}

function several(q: string): string[] {
  const v = findCustomer(q, customers);
  if (v.kind !== 'several') throw new Error(`"${q}" gave ${v.kind}`);
  return v.matches.map((m) => m.item.name);
}

describe('comparing names as people type them', () => {
  it('folds case, accents and punctuation, and keeps abbreviations whole', () => {
    expect(fold('Wíngtip Tóys, B.V.')).toBe('wingtip toys bv');
    expect(words("Fabrikam's")).toEqual(['fabrikam']);
    expect(words('Fabrikam’s')).toEqual(['fabrikam']);
  });

  it('drops legal forms at the end of a name, never the whole name', () => {
    expect(coreName('Contoso Ltd.')).toBe('contoso');
    expect(coreName('Fabrikam Pty Ltd')).toBe('fabrikam');
    expect(coreName('Adatum S.A.')).toBe('adatum');
    expect(coreName('Ltd')).toBe('ltd');
  });
});

describe('finding a customer from a typed text', () => {
  it('takes an exact domain or tenant GUID at once, in any case', () => {
    expect(one('contoso.com')).toBe('Contoso Ltd');
    expect(one('FABRIKAM.COM.AU')).toBe('Fabrikam Pty');
    expect(one('6b1e4c1a-2f0d-4c53-9a37-0d5b8e6f1a01')).toBe('Contoso Ltd');
    expect(one('6B1E4C1A-2F0D-4C53-9A37-0D5B8E6F1A02')).toBe('Contoso Pharma');
  });

  it('takes the whole name with punctuation, case or a legal suffix of its own ("Contoso Ltd.", "Fabrikam BV")', () => {
    expect(one('Contoso Ltd.')).toBe('Contoso Ltd');
    expect(one('CONTOSO LTD')).toBe('Contoso Ltd');
    expect(one('"Contoso Ltd"')).toBe('Contoso Ltd');
    expect(one('Contoso Inc')).toBe('Contoso Ltd');
    for (const suffix of ['BV', 'AB', 'SA', 'Inc', 'Ltd.', 'B.V.', 'S.A.']) expect(one(`Fabrikam ${suffix}`)).toBe('Fabrikam Pty');
  });

  it('forgives typos ("contosso", "northwnd traders") and accents', () => {
    expect(one('northwnd traders')).toBe('Northwind Traders');
    expect(one('Wíngtip Tóys')).toBe('Wingtip Toys Brasil');
    // Both Contosos fit a misspelt "contoso": a close call, the likelier first.
    expect(several('contosso')).toEqual(['Contoso Ltd', 'Contoso Pharma']);
    expect(several('contso')[0]).toBe('Contoso Ltd');
  });

  it('reads possessives and the words before a name ("fabrikam\'s", "contosos", "van Contoso")', () => {
    expect(one("fabrikam's")).toBe('Fabrikam Pty');
    expect(one('fabrikams')).toBe('Fabrikam Pty');
    expect(one('the customer fabrikam')).toBe('Fabrikam Pty');
    expect(several('contosos')[0]).toBe('Contoso Ltd');
    expect(several('Contosos')[0]).toBe('Contoso Ltd');
    expect(several('van Contoso')[0]).toBe('Contoso Ltd');
    expect(one('voor Contoso Ltd')).toBe('Contoso Ltd');
  });

  it('finds a part of a name, and calls it a close call when it fits several', () => {
    expect(one('northwind')).toBe('Northwind Traders');
    expect(one('lakeside')).toBe('Lakeside School District');
    expect(one('pharma')).toBe('Contoso Pharma');
    expect(several('Contoso')).toEqual(['Contoso Ltd', 'Contoso Pharma']);
    expect(several('toys').sort()).toEqual(['Tailspin Toys Kenya', 'Wingtip Toys Brasil']);
  });

  it('offers a weak lone guess to choose from rather than taking it', () => {
    const v = findCustomer('nortwnd', customers);
    expect(v.kind).toBe('several');
    if (v.kind === 'several') expect(v.matches.map((m) => m.item.name)).toEqual(['Northwind Traders']);
  });

  it('finds nothing for words that name no customer', () => {
    for (const q of ['zzz unknown', 'foo', 'bar', 'baz', 'qux', 'a refund on', 'annual', 'x', '', 'for']) {
      expect(findCustomer(q, customers)).toEqual({ kind: 'none' });
    }
  });

  it('ranks with a confidence: exact above core above part above typo', () => {
    const score = (q: string, name: string) => rankCustomers(q, customers).find((m) => m.item.name === name)?.score ?? 0;
    expect(score('Contoso Ltd', 'Contoso Ltd')).toBe(1);
    expect(score('contoso', 'Contoso Ltd')).toBeGreaterThan(score('contoso', 'Contoso Pharma'));
    expect(score('contoso', 'Contoso Pharma')).toBeGreaterThan(score('contosso', 'Contoso Pharma'));
    expect(score('contosso', 'Contoso Ltd')).toBeGreaterThan(0.5);
  });
});

describe('finding the customer a whole sentence names', () => {
  const said = (text: string) => {
    const r = findCustomerInSentence(text, customers);
    return r.verdict.kind === 'one'
      ? r.verdict.match.item.name
      : r.verdict.kind === 'several'
        ? r.verdict.matches.map((m) => m.item.name)
        : undefined;
  };

  it('finds the customer among the other words, in any of the four languages', () => {
    expect(said('cancel order 4711 for contoso ltd')).toBe('Contoso Ltd');
    expect(said('annule la commande de fabrikams')).toBe('Fabrikam Pty');
    expect(said("a refund on northwind's order")).toBe('Northwind Traders');
    expect(said('keys for order 4711 for 6b1e4c1a-2f0d-4c53-9a37-0d5b8e6f1a01')).toBe('Contoso Ltd');
    expect(said('new monthly subscription for contoso.com with 10 licenses of Microsoft 365 Business Basic')).toBe('Contoso Ltd');
    expect(said('let Tailspin Toys Kenya manage their azure subscription')).toBe('Tailspin Toys Kenya');
    expect(said('refund for northwnd traders')).toBe('Northwind Traders');
    expect(said('nieuw abonnement voor Fabrikam BV')).toBe('Fabrikam Pty');
  });

  it('gives the close call when the sentence fits several ("contosos")', () => {
    expect(said('nytt abonnemang för Contosos')).toEqual(['Contoso Ltd', 'Contoso Pharma']);
    expect(said('laat van Contoso het Azure-abonnement beheren')).toEqual(['Contoso Ltd', 'Contoso Pharma']);
  });

  it('forgives two letters swapped in a name of one word ("contsoo", "fabrikma")', () => {
    expect(said('ik wil 5 licenties windows server 2022 kopen voor contsoo ltd')).toEqual(['Contoso Ltd', 'Contoso Pharma']);
    expect(said('annule la commande de fabrikma')).toBe('Fabrikam Pty');
    expect(said('new subscription for norhtwind')).toBe('Northwind Traders');
  });

  it('never takes a random word for a customer', () => {
    for (const text of [
      'a refund on',
      'cancel my customers order',
      'show the activity log for last 7 days',
      'is reunion an unavailable market for reservations',
      'help with the city',
      'buy software',
      '',
    ]) {
      expect(said(text)).toBeUndefined();
    }
  });

  it('tells which words named the customer', () => {
    const r = findCustomerInSentence('cancel order 4711 for contoso ltd', customers);
    expect(r.mentions[0]).toMatchObject({ text: 'contoso ltd', exact: true, score: 1 });
  });
});
