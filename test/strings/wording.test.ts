import { t } from '../../cards/i18n';
import { promptText } from '../../cards/render-text';
import { AREAS as SHARED } from '../../cards/strings';
import { procedureStrings } from '../../dialogs/registry';
import { msg } from '../../cards/view';

/** The shared texts and every registered procedure's own. */
const AREAS = { ...SHARED, ...procedureStrings() };

/** Wording faults found by the walks of the CSP, software and ISV procedures (2026-11). */
describe('wording', () => {
  it('says "one of these roles: A or B", and a single role without a list', () => {
    const refusal = (needed: string[], mine: string[]) =>
      t(
        msg('common.forbidden', { procedure: 'Create a marketplace offer (ISV)', roles: { list: needed, or: true }, mine: { list: mine } }),
        'en',
      );
    expect(refusal(['Global admin', 'Account admin'], ['Admin agent'])).toBe(
      'Create a marketplace offer (ISV) needs one of these Partner Center roles: Global admin or Account admin. Your role: Admin agent.',
    );
    expect(refusal(['Admin agent'], ['Sales agent', 'Helpdesk agent'])).toBe(
      'Create a marketplace offer (ISV) needs the Partner Center role Admin agent. Your roles: Sales agent and Helpdesk agent.',
    );
    const fr = t(
      msg('common.forbidden', {
        procedure: 'X',
        roles: { list: ['Global admin', 'Account admin'], or: true },
        mine: { list: ['Admin agent'] },
      }),
      'fr',
    );
    expect(fr).toBe("« X » nécessite l'un de ces rôles de l'Espace partenaires : Global admin ou Account admin. Votre rôle : Admin agent.");
  });

  it('writes the English genitive of a name ending in s as "Traders\'"', () => {
    expect(t(msg('azure.requested.title', { customer: 'Northwind Traders' }), 'en')).toBe(
      "Send this invitation to Northwind Traders' global administrator",
    );
    expect(t(msg('azure.requested.title', { customer: 'Contoso Ltd' }), 'en')).toBe(
      "Send this invitation to Contoso Ltd's global administrator",
    );
  });

  it('writes the Swedish genitive with a colon after an abbreviation and none after an s', () => {
    const title = (customer: string) => t(msg('managesub.chooseSubscription.title', { customer }), 'sv');
    expect(title('Contoso Ltd')).toBe('Vilken av Contoso Ltd:s prenumerationer?');
    expect(title('Northwind Traders')).toBe('Vilken av Northwind Traders prenumerationer?');
    expect(title('Adatum Corporation')).toBe('Vilken av Adatum Corporations prenumerationer?');
    expect(title('contoso.com')).toBe('Vilken av contoso.com:s prenumerationer?');
  });

  it('says an add-on is bought on top of A or B, and to whom a product is sold', () => {
    expect(
      t(
        msg('newsub.why.addOn', { name: 'Defender', bases: { list: ['Microsoft 365 Business Standard', 'Microsoft 365 E3'], or: true } }),
        'en',
      ),
    ).toMatch(/existing subscription to Microsoft 365 Business Standard or Microsoft 365 E3/);
    expect(
      t(
        msg('newsub.why.customerType', { name: 'M365 G3', type: msg('csp.customerType.education'), allowed: msg('csp.types.government') }),
        'en',
      ),
    ).toBe('M365 G3 is not offered to education customers: it is sold only to government customers.');
  });

  it('elides French "de" before a vowel: "d\'Exchange Online"', () => {
    expect(t(msg('newsub.cart.trialAdded', { name: 'Exchange Online (Plan 1)' }), 'fr')).toMatch(
      /l'essai gratuit d'Exchange Online \(Plan 1\)/,
    );
    expect(t(msg('newsub.cart.trialAdded', { name: 'Power BI Pro' }), 'fr')).toMatch(/l'essai gratuit de Power BI Pro/);
  });

  it('puts a space before a French colon in text facts', () => {
    expect(promptText({ title: msg('common.empty'), facts: [{ label: msg('keys.fact.language'), value: 'x' }] }, 'fr')).toContain(
      '- Langue\u00a0: x',
    );
    expect(promptText({ title: msg('common.empty'), facts: [{ label: msg('keys.fact.language'), value: 'x' }] }, 'en')).toContain(
      '- Language: x',
    );
  });

  it('uses Microsoft\'s terms: French "modules complémentaires", "Contactez-moi", no "licenciée"; Swedish "Partnercenter"; Dutch "Deze id"', () => {
    const all = (locale: 'fr' | 'sv' | 'nl') =>
      Object.values(AREAS)
        .map((a) => Object.values((a as Record<string, Record<string, string>>)[locale] ?? {}).join('\n'))
        .join('\n');
    const fr = all('fr');
    expect(fr).not.toMatch(/composants? additionnels?/);
    expect(fr).toMatch(/modules complémentaires/);
    expect(fr).not.toMatch(/licenciée/);
    expect(t(msg('isv.offer.mode.contact-me'), 'fr')).toBe('Contactez-moi');
    expect(all('sv')).not.toMatch(/Partner Center/);
    expect(t(msg('isv.offer.askOfferId.final'), 'nl')).toMatch(/^Deze id kan niet meer/);
    expect(t(msg('isv.licenses.overview.pending', { count: 1 }), 'sv')).toBe(
      '1 ändring är inte sparad än: välj "Uppdatera licenser" för att genomföra.',
    );
  });

  it("shows the support request's problem type in the reader's language, as the cancellation does", () => {
    expect(t(msg('support.problemType', { type: msg('support.problemTypeName') }), 'nl')).toMatch(
      /CSP-aankoop\/terugbetaling namens klanten/,
    );
    expect(t(msg('cancel.supportRequest.line1'), 'nl')).toMatch(/CSP-aankoop\/terugbetaling namens klanten/);
  });

  it('writes procedure summaries without parentheses: the text menu puts them in parentheses already', () => {
    for (const locale of ['en', 'fr', 'sv', 'nl'] as const) {
      const summaries = Object.values(AREAS).flatMap((a) =>
        Object.entries((a as Record<string, Record<string, string>>)[locale] ?? {}).filter(([k]) => /\.summary$/.test(k)),
      );
      expect(summaries.filter(([, text]) => text.includes('('))).toEqual([]);
    }
  });
});
