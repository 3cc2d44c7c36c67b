import { findInSentence } from '../../domain/find/mentions';
import { words } from '../../domain/find/normalize';
import { customerFindable } from '../../domain/find/customers';
import { catalogNames, offerFindable, productFindable } from '../../domain/find/things';
import { CSP_DEMO_SEED } from '../../domain/sandbox/csp-demo';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { ISV_DEMO_SEED } from '../../domain/sandbox/isv-seed';

const offers = CSP_DEMO_SEED.offers ?? [];
const KIND = new Set(['subscription', 'order', 'abonnement']);

function named(text: string, kindWords?: ReadonlySet<string>): string[] {
  const { verdict } = findInSentence(text, offers, productFindable, { kindWords });
  if (verdict.kind === 'none') return [];
  return verdict.kind === 'one' ? [verdict.match.item.name] : verdict.matches.map((m) => m.item.name);
}

describe('things of the catalog named in a sentence', () => {
  it('a catalog name is also itself without what it says in brackets', () => {
    expect(catalogNames('Exchange Online (Plan 1)')).toEqual([
      'Exchange Online (Plan 1)',
      'Exchange Online',
      'Exchange Online P1',
      'Exchange Online Plan 1',
    ]);
    expect(catalogNames('Power BI Pro')).toEqual(['Power BI Pro']);
    expect(named('suspend exchange online for contoso')).toEqual(['Exchange Online (Plan 1)']);
    expect(named('3 fewer seats on exchange online p1 for contoso')).toEqual(['Exchange Online (Plan 1)']);
  });

  it('a catalog name is also itself without the words that describe its kind ("tenant plan", "software plan")', () => {
    expect(catalogNames('Microsoft Purview tenant plan')).toContain('Microsoft Purview');
    expect(catalogNames('Red Hat Enterprise Linux software plan (Azure)')).toContain('Red Hat Enterprise Linux');
    // A plan's number is its name, not a description.
    expect(catalogNames('Project Plan 3')).toEqual(['Project Plan 3']);
  });

  it('a catalog name is also itself without the brand it starts with, and with the brand abbreviated', () => {
    expect(catalogNames('Microsoft 365 Business Standard')).toEqual([
      'Microsoft 365 Business Standard',
      'Business Standard',
      'M365 Business Standard',
    ]);
    expect(named('raise the m365 business standard of contoso to 30')).toEqual(['Microsoft 365 Business Standard']);
    expect(catalogNames('Microsoft Teams Premium (add-on)')).toEqual([
      'Microsoft Teams Premium (add-on)',
      'Microsoft Teams Premium',
      'Teams Premium',
    ]);
    expect(named('add 5 business standard licences for contoso')).toEqual(['Microsoft 365 Business Standard']);
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
    // One short word between: "the subscription of project", "het abonnement van exchange".
    expect(named('cancel the subscription of project for contoso', KIND)).toEqual(['Project Plan 3']);
    expect(named('het abonnement van power voor contoso', KIND)).toEqual(['Power BI Pro']);
    expect(named('the project manager of the subscription', KIND)).toEqual([]);
    // A whole name needs no such word.
    expect(named('Microsoft 365 Business Standard for contoso', KIND)).toEqual(['Microsoft 365 Business Standard']);
  });

  it("French elisions are no part of the word: l'abonnement, d'Office", () => {
    expect(words("l'abonnement d'Office de Fabrikam's")).toEqual(['abonnement', 'office', 'de', 'fabrikam']);
    expect(words("O'Brien")).toEqual(['obrien']);
  });
});

describe('a name of several words misspelt in a sentence', () => {
  const isvOffers = ISV_DEMO_SEED.offers ?? [];
  const OFFER = new Set(['offer']);
  const offerIn = (text: string) => {
    const { verdict } = findInSentence(text, isvOffers, offerFindable, { kindWords: OFFER });
    if (verdict.kind === 'none') return [];
    return verdict.kind === 'one' ? [verdict.match.item.offerId] : verdict.matches.map((m) => m.item.offerId);
  };

  it('is found like a single word misspelt, one of its words right and the whole alike', () => {
    expect(offerIn('publish field notse')).toEqual(['field-notes']);
    expect(offerIn('create a plan for the field notse offer')).toEqual(['field-notes']);
    expect(offerIn('feild notes in preview')).toEqual(['field-notes']);
    expect(offerIn('crm synk status')).toEqual(['crm-sync']);
  });

  it('ordinary sentences name no offer, no customer and no product', () => {
    const sentences = [
      'take notes in the field',
      'notes on the field trip',
      'publish my offer',
      'create a plan for the offer',
      'raise the licenses to 30',
      'the city plan for the school district',
      'plan the sync with the crm team',
      'how do I add a new plan',
    ];
    for (const text of sentences) {
      expect({ text, offers: offerIn(text) }).toEqual({ text, offers: [] });
      expect({ text, customers: findInSentence(text, DEMO_SEED.customers, customerFindable).mentions }).toEqual({ text, customers: [] });
      expect({ text, products: named(text, KIND) }).toEqual({ text, products: [] });
    }
  });

  it('a number is not misspelt: "ax 365 e5" is another product than Ax 365 E3', () => {
    const products = [{ id: 'ax-e3', name: 'Ax 365 E3' }];
    expect(findInSentence('add ax 365 e5 for contoso', products, productFindable).verdict).toEqual({ kind: 'none' });
    expect(findInSentence('add ax 365 e3 for contoso', products, productFindable).verdict.kind).toBe('one');
  });
});
