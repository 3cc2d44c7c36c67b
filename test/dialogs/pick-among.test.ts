import { t } from '../../cards/i18n';
import { amongMsg, findAmong, foundAmong } from '../../dialogs/pick/among';
import { offerFindable } from '../../dialogs/procedures/isv-shared';
import { dealFindable } from '../../dialogs/procedures/isv-invite/machine';
import type { Findable } from '../../domain/find/match';
import type { IsvDeal } from '../../domain/isv/model';

/**
 * Every thing a procedure picks among once loaded (products, orders, subscriptions, offers,
 * plans, deals) is found the same way: IDs whole, names in part or misspelt, "list", and a
 * miss that says what may be typed, in the conversation's language.
 */
const products = [
  { id: 'o-4711', name: 'Office LTSC Professional Plus 2024' },
  { id: 'o-4712', name: 'Windows Server 2025 Standard' },
  { id: 'o-4713', name: 'SQL Server 2022 Standard' },
];
const byName = (x: { id: string; name: string }): Findable => ({ keys: [x.id], names: [x.name] });
const orders = [
  { orderId: '4711', productId: 'office' },
  { orderId: '4716', productId: 'office' },
];
const orderFindable = (o: { orderId: string }): Findable => ({ keys: [o.orderId], names: [] });
const subscriptions = [
  { id: 'sub-1', name: 'Microsoft 365 Business Basic' },
  { id: 'sub-2', name: 'Exchange Online (Plan 1)' },
  { id: 'sub-3', name: 'Microsoft 365 E3' },
];
const offers = [
  { offerId: 'crm-sync', alias: 'CRM Sync (Dynamics 365)' },
  { offerId: 'field-notes', alias: 'Field Notes' },
];
const plans = [
  { id: 'standard', name: 'Standard' },
  { id: 'premium', name: 'Premium' },
];
const deals = [
  { dealId: 'D-1001', customerName: 'Fabrikam Pty', offerId: 'crm-sync' },
  { dealId: 'D-1002', customerName: 'Contoso Pharma', offerId: 'crm-sync' },
] as unknown as IsvDeal[];

const one = <T>(r: ReturnType<typeof findAmong<T>>) => (r.kind === 'one' ? r.item : undefined);

describe('picking among loaded items with the matcher', () => {
  it('products: a typo, a part of the name, the order ID, "list" and a miss', () => {
    expect(one(findAmong(products, 'office ltsc profesional plus', byName))?.id).toBe('o-4711');
    expect(one(findAmong(products, 'windows server', byName))?.id).toBe('o-4712');
    expect(one(findAmong(products, 'O-4713', byName))?.id).toBe('o-4713');
    expect(findAmong(products, 'server', byName)).toMatchObject({ kind: 'several' });
    expect(findAmong(products, 'list', byName)).toEqual({ kind: 'list' });
    expect(findAmong(products, 'liste', byName)).toEqual({ kind: 'list' });
    expect(findAmong(products, 'visio', byName)).toEqual({ kind: 'none' });
  });

  it('orders: only a whole order number picks one; a mistyped number is never another order', () => {
    expect(one(findAmong(orders, '4716', orderFindable))?.orderId).toBe('4716');
    expect(findAmong(orders, '4717', orderFindable)).toEqual({ kind: 'none' });
    expect(findAmong(orders, '471', orderFindable)).toEqual({ kind: 'none' });
    expect(findAmong(orders, 'lista', orderFindable)).toEqual({ kind: 'list' });
  });

  it('subscriptions: a typo and a part of the name; a part two share is a close call', () => {
    expect(one(findAmong(subscriptions, 'exchnage online', byName))?.id).toBe('sub-2');
    expect(one(findAmong(subscriptions, 'business basic', byName))?.id).toBe('sub-1');
    const several = findAmong(subscriptions, 'microsoft 365', byName);
    expect(several.kind).toBe('several');
    expect(several.kind === 'several' && several.items.map((s) => s.id).sort()).toEqual(['sub-1', 'sub-3']);
  });

  it('offers: by Offer ID, by a misspelt alias, by a part of it', () => {
    expect(foundAmong(offers, 'crm-sync', offerFindable)?.offerId).toBe('crm-sync');
    expect(foundAmong(offers, 'feild notes', offerFindable)?.offerId).toBe('field-notes');
    expect(foundAmong(offers, 'crm', offerFindable)?.offerId).toBe('crm-sync');
    expect(foundAmong(offers, 'toon alle', offerFindable)).toBeUndefined();
    expect(findAmong(offers, 'toon alle', offerFindable)).toEqual({ kind: 'list' });
  });

  it('plans: by Plan ID or a misspelt name', () => {
    expect(one(findAmong(plans, 'premuim', byName))?.id).toBe('premium');
    expect(one(findAmong(plans, 'Standard', byName))?.id).toBe('standard');
    expect(findAmong(plans, 'gold', byName)).toEqual({ kind: 'none' });
  });

  it("deals: by deal ID in any case, or by the customer's name in part or misspelt", () => {
    expect(foundAmong(deals, 'd-1002', dealFindable)?.dealId).toBe('D-1002');
    expect(foundAmong(deals, 'fabrikm', dealFindable)?.dealId).toBe('D-1001');
    expect(foundAmong(deals, 'contoso', dealFindable)?.dealId).toBe('D-1002');
    expect(findAmong(deals, 'northwind', dealFindable)).toEqual({ kind: 'none' });
  });

  it('says a miss, a close call and "list" in the conversation\'s language', () => {
    const none = amongMsg('product', findAmong(products, 'visio', byName), 'visio', (p) => p.name);
    expect(t(none, 'en')).toBe('None of the products matches "visio". Type part of a name or an ID, or "list" to see them all.');
    expect(t(none, 'fr')).toBe(
      "Rien ne correspond à « visio » parmi les produits. Tapez une partie d'un nom ou un ID, ou « liste » pour afficher la liste complète.",
    );
    expect(t(none, 'sv')).toMatch(/^Inget av produkterna matchar "visio"/);
    expect(t(none, 'nl')).toMatch(/^Geen van de producten komt overeen met "visio"/);
    const several = amongMsg('subscription', findAmong(subscriptions, 'microsoft 365', byName), 'microsoft 365', (s) => s.name);
    expect(t(several, 'en')).toMatch(
      /^Several of the subscriptions fit "microsoft 365": "Microsoft 365 (Business Basic|E3)" and "Microsoft 365 (Business Basic|E3)"\./,
    );
    expect(t(several, 'fr')).toMatch(
      /^Plusieurs éléments parmi les abonnements correspondent à « microsoft 365 » : « Microsoft 365 (Business Basic|E3) » et « Microsoft 365 (Business Basic|E3) »\./,
    );
    // One weak candidate is the closest, not "several" with one name.
    const closest = amongMsg('subscription', { kind: 'several', items: [subscriptions[0]] }, 'office 365 e5', (s) => s.name);
    expect(t(closest, 'en')).toBe(
      `Nothing among the subscriptions is exactly "office 365 e5": the closest is "${subscriptions[0].name}". Pick it, or another one.`,
    );
    expect(t(closest, 'fr')).toMatch(/^Rien parmi les abonnements n’est exactement « office 365 e5 » : le plus proche est « /);
    expect(t(closest, 'sv')).toMatch(/^Inget av prenumerationerna är exakt "office 365 e5": närmast är "/);
    expect(t(closest, 'nl')).toMatch(/^Niets van de abonnementen is precies "office 365 e5": het dichtstbij komt "/);
    expect(
      t(
        amongMsg('deal', { kind: 'list' }, 'list', () => ''),
        'fr',
      ),
    ).toBe('Voici les transactions, au complet : choisissez par le numéro ou par le nom.');
    expect(
      t(
        amongMsg('plan', { kind: 'list' }, 'lijst', () => ''),
        'nl',
      ),
    ).toBe('Hier zijn al de plannen: kies er een met het nummer of de naam.');
    expect(
      t(
        amongMsg('offer', { kind: 'none' }, 'x'.repeat(200), () => ''),
        'en',
      ),
    ).toContain(`"${'x'.repeat(80)}"`);
  });
});
