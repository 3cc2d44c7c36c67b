import type { Customer } from '../../domain/model';
import { findCustomerMention } from '../../dialogs/understand/customer-mention';

const customer = (id: string, name: string, domain: string): Customer => ({
  id,
  name,
  domain,
  tenantId: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
  market: 'US',
  type: 'commercial',
  currency: 'USD',
});

/** The same sentence is read several times per first message: the list it is read against decides each time. */
describe('a customer named in a sentence', () => {
  const contoso = customer('1', 'Contoso Ltd', 'contoso.com');
  const fabrikam = customer('2', 'Fabrikam', 'fabrikam.com');

  it("is read again when the customer list changed, and gives that list's customers", () => {
    const text = 'cancel order 4711 for contosso';
    expect(findCustomerMention(text, [contoso, fabrikam])?.customers).toEqual([contoso]);
    // Contoso renamed: the same words no longer fit it.
    const renamed = { ...contoso, name: 'Northwind Traders', domain: 'northwind.com' };
    expect(findCustomerMention(text, [renamed, fabrikam])).toBeUndefined();
    // A second Contoso: both fit now.
    const pharma = customer('3', 'Contoso Pharma', 'contosopharma.com');
    expect(findCustomerMention(text, [contoso, pharma, fabrikam])?.customers.map((c) => c.id)).toEqual(['1', '3']);
  });

  it("gives the objects of the list it was given, not of an earlier read's", () => {
    const text = 'new subscription for fabrikam';
    findCustomerMention(text, [contoso, fabrikam]);
    const reread = [{ ...contoso }, { ...fabrikam, currency: 'EUR' }];
    expect(findCustomerMention(text, reread)?.customers[0]).toBe(reread[1]);
  });
});
