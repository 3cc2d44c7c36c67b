import { findInSentence } from '../../domain/find/mentions';
import { words } from '../../domain/find/normalize';
import { catalogNames, productFindable } from '../../domain/find/things';
import { CSP_DEMO_SEED } from '../../domain/sandbox/csp-demo';

const offers = CSP_DEMO_SEED.offers ?? [];
const KIND = new Set(['subscription', 'order', 'abonnement']);

function named(text: string, kindWords?: ReadonlySet<string>): string[] {
  const { verdict } = findInSentence(text, offers, productFindable, { kindWords });
  if (verdict.kind === 'none') return [];
  return verdict.kind === 'one' ? [verdict.match.item.name] : verdict.matches.map((m) => m.item.name);
}

describe('things of the catalog named in a sentence', () => {
  it('a catalog name is also itself without what it says in brackets', () => {
    expect(catalogNames('Exchange Online (Plan 1)')).toEqual(['Exchange Online (Plan 1)', 'Exchange Online']);
    expect(catalogNames('Power BI Pro')).toEqual(['Power BI Pro']);
    expect(named('suspend exchange online for contoso')).toEqual(['Exchange Online (Plan 1)']);
  });

  it('without words of its kind, a first word alone names the product', () => {
    expect(named('the project team at contoso')).toEqual(['Project Plan 3']);
  });

  it('with them, a first word alone names it only beside one, or followed by the start of its next word', () => {
    expect(named('the project team at contoso', KIND)).toEqual([]);
    expect(named('the project subscription of contoso', KIND)).toEqual(['Project Plan 3']);
    expect(named("l'abonnement Power de contoso", KIND)).toEqual(['Power BI Pro']);
    expect(named('raise power bi for contoso', KIND)).toEqual(['Power BI Pro']);
    expect(named('a powerful team', KIND)).toEqual([]);
    // A whole name needs no such word.
    expect(named('Microsoft 365 Business Standard for contoso', KIND)).toEqual(['Microsoft 365 Business Standard']);
  });

  it("French elisions are no part of the word: l'abonnement, d'Office", () => {
    expect(words("l'abonnement d'Office de Fabrikam's")).toEqual(['abonnement', 'office', 'de', 'fabrikam']);
    expect(words("O'Brien")).toEqual(['obrien']);
  });
});
