import type { z } from 'zod';
import type { CspSeedSchema } from './csp-seed';

/**
 * Demo subscription offers and the customers' CSP data, chosen so that every rule of B1-B3
 * is met by someone: an offer for commercial customers only, monthly-only and annual-only
 * offers, trials, add-ons, a one-per-customer offer Contoso already has, a suspended
 * subscription of Contoso, customers with and without delegated admin privileges.
 * Prices are per license and per billing period, in the customer's currency.
 */
export const CSP_DEMO_SEED: z.input<typeof CspSeedSchema> = {
  offers: [
    { id: 'm365-business-basic', name: 'Microsoft 365 Business Basic', price: { monthly: 7.2, annual: 72 }, customerTypes: ['commercial'], maxQuantity: 300, trial: true },
    { id: 'm365-business-standard', name: 'Microsoft 365 Business Standard', price: { monthly: 15, annual: 150 }, customerTypes: ['commercial'], maxQuantity: 300, trial: true },
    { id: 'm365-e3', name: 'Microsoft 365 E3', price: { annual: 432 }, customerTypes: ['commercial', 'government'], maxQuantity: 10000 },
    { id: 'exchange-online-p1', name: 'Exchange Online (Plan 1)', price: { monthly: 4.8 }, customerTypes: ['commercial', 'education', 'government'], maxQuantity: 5000, trial: true },
    { id: 'power-bi-pro', name: 'Power BI Pro', price: { monthly: 16.8, annual: 168 }, customerTypes: ['commercial', 'education'], maxQuantity: 1000, trial: true },
    { id: 'project-plan-3', name: 'Project Plan 3', price: { monthly: 36, annual: 360 }, customerTypes: ['commercial', 'education', 'government'], maxQuantity: 1000 },
    { id: 'dynamics-bc-essentials', name: 'Dynamics 365 Business Central Essentials', price: { annual: 840 }, customerTypes: ['commercial'], minQuantity: 3, maxQuantity: 500 },
    { id: 'm365-a3-faculty', name: 'Microsoft 365 A3 for faculty', price: { monthly: 3.25, annual: 39 }, customerTypes: ['education'], maxQuantity: 100000 },
    { id: 'm365-g3', name: 'Microsoft 365 G3', price: { annual: 396 }, customerTypes: ['government'], maxQuantity: 100000 },
    { id: 'purview-tenant-plan', name: 'Microsoft Purview tenant plan', price: { monthly: 250, annual: 3000 }, customerTypes: ['commercial', 'government'], minQuantity: 1, maxQuantity: 1, onePerCustomer: true },
    { id: 'teams-premium', name: 'Microsoft Teams Premium (add-on)', price: { monthly: 10, annual: 120 }, customerTypes: ['commercial', 'education', 'government'], maxQuantity: 1000, addOnFor: ['m365-business-standard', 'm365-e3'] },
    { id: 'exchange-archiving', name: 'Exchange Online Archiving (add-on)', price: { monthly: 3 }, customerTypes: ['commercial', 'education', 'government'], maxQuantity: 5000, addOnFor: ['exchange-online-p1', 'm365-business-basic'] },
    { id: 'defender-office-p1', name: 'Microsoft Defender for Office 365 (Plan 1) (add-on)', price: { monthly: 2, annual: 24 }, customerTypes: ['commercial', 'government'], maxQuantity: 5000, addOnFor: ['exchange-online-p1', 'm365-business-basic', 'm365-business-standard'] },
  ],
  subscriptions: [
    { id: 'a0c1e2d3-0001-4b5c-8d6e-7f8091a2b301', customerId: 'contoso', offerId: 'purview-tenant-plan', quantity: 1, billing: 'annual', orderId: 'c0a1b2c3d4e5f60718293a4b5c6d7e01', createdAt: '200 days ago' },
    { id: 'a0c1e2d3-0002-4b5c-8d6e-7f8091a2b302', customerId: 'contoso', offerId: 'project-plan-3', quantity: 5, billing: 'monthly', status: 'suspended', orderId: 'c0a1b2c3d4e5f60718293a4b5c6d7e02', createdAt: '150 days ago' },
    { id: 'a0c1e2d3-0003-4b5c-8d6e-7f8091a2b303', customerId: 'contoso', offerId: 'm365-business-standard', quantity: 20, billing: 'monthly', orderId: 'c0a1b2c3d4e5f60718293a4b5c6d7e03', createdAt: '120 days ago' },
    { id: 'a0c1e2d3-0004-4b5c-8d6e-7f8091a2b304', customerId: 'contoso', offerId: 'exchange-online-p1', quantity: 10, billing: 'monthly', orderId: 'c0a1b2c3d4e5f60718293a4b5c6d7e04', createdAt: '90 days ago' },
    { id: 'a0c1e2d3-0005-4b5c-8d6e-7f8091a2b305', customerId: 'contoso', offerId: 'exchange-archiving', quantity: 10, billing: 'monthly', orderId: 'c0a1b2c3d4e5f60718293a4b5c6d7e05', createdAt: '90 days ago', parentId: 'a0c1e2d3-0004-4b5c-8d6e-7f8091a2b304' },
    { id: 'a0c1e2d3-0006-4b5c-8d6e-7f8091a2b306', customerId: 'fabrikam', offerId: 'power-bi-pro', quantity: 25, trial: true, orderId: 'c0a1b2c3d4e5f60718293a4b5c6d7e06', createdAt: '10 days ago' },
    { id: 'a0c1e2d3-0007-4b5c-8d6e-7f8091a2b307', customerId: 'lakeside-school', offerId: 'm365-a3-faculty', quantity: 120, billing: 'annual', orderId: 'c0a1b2c3d4e5f60718293a4b5c6d7e07', createdAt: '300 days ago' },
    { id: 'a0c1e2d3-0008-4b5c-8d6e-7f8091a2b308', customerId: 'city-of-redmond', offerId: 'm365-g3', quantity: 80, billing: 'annual', orderId: 'c0a1b2c3d4e5f60718293a4b5c6d7e08', createdAt: '400 days ago' },
  ],
  trialsUsed: [{ customerId: 'contoso', offerId: 'm365-business-basic' }],
  customerUsers: [
    { id: 'contoso-alex', customerId: 'contoso', name: 'Alex Wilber', email: 'alexw@contoso.com' },
    { id: 'contoso-megan', customerId: 'contoso', name: 'Megan Bowen', email: 'meganb@contoso.com' },
    { id: 'northwind-lee', customerId: 'northwind', name: 'Lee Gu', email: 'leeg@northwindtraders.com' },
    { id: 'northwind-nestor', customerId: 'northwind', name: 'Nestor Wilke', email: 'nestorw@northwindtraders.com' },
    { id: 'fabrikam-isaiah', customerId: 'fabrikam', name: 'Isaiah Langer', email: 'isaiahl@fabrikam.com.au' },
    { id: 'lakeside-patti', customerId: 'lakeside-school', name: 'Patti Fernandez', email: 'pattif@lakesideschools.edu' },
  ],
  azureSubscriptions: [
    { id: 'b1d2e3f4-0001-4a5b-9c6d-7e8f9a0b1c01', customerId: 'contoso', name: 'Contoso Production' },
    { id: 'b1d2e3f4-0002-4a5b-9c6d-7e8f9a0b1c02', customerId: 'contoso', name: 'Contoso Development' },
    { id: 'b1d2e3f4-0003-4a5b-9c6d-7e8f9a0b1c03', customerId: 'northwind', name: 'Northwind Azure plan' },
    { id: 'b1d2e3f4-0004-4a5b-9c6d-7e8f9a0b1c04', customerId: 'fabrikam', name: 'Fabrikam Azure plan' },
  ],
  dap: ['contoso', 'fabrikam', 'lakeside-school'],
};
