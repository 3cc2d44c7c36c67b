import { t } from '../../cards/i18n';
import { msg } from '../../cards/view';

/** Wording faults found by the walks of the CSP, software and ISV procedures (2026-11). */
describe('wording', () => {
  it('says "one of these roles: A or B", and a single role without a list', () => {
    const refusal = (needed: string[], mine: string[]) =>
      t(msg('common.forbidden', { procedure: 'Create a marketplace offer (ISV)', roles: { list: needed, or: true }, mine: { list: mine } }), 'en');
    expect(refusal(['Global admin', 'Account admin'], ['Admin agent'])).toBe(
      'Create a marketplace offer (ISV) needs one of these Partner Center roles: Global admin or Account admin. Your role: Admin agent.',
    );
    expect(refusal(['Admin agent'], ['Sales agent', 'Helpdesk agent'])).toBe(
      'Create a marketplace offer (ISV) needs the Partner Center role Admin agent. Your roles: Sales agent and Helpdesk agent.',
    );
    const fr = t(msg('common.forbidden', { procedure: 'X', roles: { list: ['Global admin', 'Account admin'], or: true }, mine: { list: ['Admin agent'] } }), 'fr');
    expect(fr).toBe("« X » nécessite l'un de ces rôles de l'Espace partenaires : Global admin ou Account admin. Votre rôle : Admin agent.");
  });

  it('writes the English genitive of a name ending in s as "Traders\'"', () => {
    expect(t(msg('azure.requested.title', { customer: 'Northwind Traders' }), 'en')).toBe("Send this invitation to Northwind Traders' global administrator");
    expect(t(msg('azure.requested.title', { customer: 'Contoso Ltd' }), 'en')).toBe("Send this invitation to Contoso Ltd's global administrator");
  });

  it('writes the Swedish genitive with a colon after an abbreviation and none after an s', () => {
    const title = (customer: string) => t(msg('managesub.chooseSubscription.title', { customer }), 'sv');
    expect(title('Contoso Ltd')).toBe('Vilken av Contoso Ltd:s prenumerationer?');
    expect(title('Northwind Traders')).toBe('Vilken av Northwind Traders prenumerationer?');
    expect(title('Adatum Corporation')).toBe('Vilken av Adatum Corporations prenumerationer?');
    expect(title('contoso.com')).toBe('Vilken av contoso.com:s prenumerationer?');
  });

  it('says an add-on is bought on top of A or B, and to whom a product is sold', () => {
    expect(t(msg('newsub.why.addOn', { name: 'Defender', bases: { list: ['Microsoft 365 Business Standard', 'Microsoft 365 E3'], or: true } }), 'en')).toMatch(
      /existing subscription to Microsoft 365 Business Standard or Microsoft 365 E3/,
    );
    expect(t(msg('newsub.why.customerType', { name: 'M365 G3', type: msg('csp.customerType.education'), allowed: msg('csp.types.government') }), 'en')).toBe(
      'M365 G3 is not offered to education customers: it is sold only to government customers.',
    );
  });
});
