import type { z } from 'zod';
import type { SeedSchema } from './seed-schema';
import { ISV_DEMO_SEED } from './isv-seed';
import { CSP_DEMO_SEED } from './csp-demo';

/**
 * The built-in demo data: enough people, customers and purchases to meet every rule
 * of the procedures (see the README's "Sandbox data" section for the cast).
 */
export const DEMO_SEED: z.input<typeof SeedSchema> = {
  publisherId: 'contosoisv',
  users: [
    { id: 'ada', name: 'Ada Okafor', email: 'ada@partner.example', roles: ['Admin agent'], channelIds: ['local-user', 'ada'] },
    { id: 'gus', name: 'Gustav Lind', email: 'gus@partner.example', roles: ['Global admin', 'Account admin'], channelIds: ['gus'] },
    { id: 'sam', name: 'Sam de Vries', email: 'sam@partner.example', roles: ['Sales agent'], channelIds: ['sam'] },
    { id: 'hana', name: 'Hana Berg', email: 'hana@partner.example', roles: ['Helpdesk agent'], channelIds: ['hana'] },
    { id: 'rita', name: 'Rita Moreau', email: 'rita@partner.example', roles: ['Referral admin'], channelIds: ['rita'] },
  ],
  customers: [
    { id: 'contoso', name: 'Contoso Ltd', tenantId: '6b1e4c1a-2f0d-4c53-9a37-0d5b8e6f1a01', domain: 'contoso.com', market: 'FR', type: 'commercial', currency: 'EUR' },
    { id: 'contoso-pharma', name: 'Contoso Pharma', tenantId: '6b1e4c1a-2f0d-4c53-9a37-0d5b8e6f1a02', domain: 'contosopharma.onmicrosoft.com', market: 'DE', type: 'commercial', currency: 'EUR' },
    { id: 'fabrikam', name: 'Fabrikam Pty', tenantId: '0c9a7d3e-5b21-4f8e-8d44-1e2f3a4b5c03', domain: 'fabrikam.com.au', market: 'AU', type: 'commercial', currency: 'AUD' },
    { id: 'wingtip', name: 'Wingtip Toys Brasil', tenantId: '9d8c7b6a-5f4e-4d3c-8b2a-190817263504', domain: 'wingtiptoys.com.br', market: 'BR', type: 'commercial', currency: 'BRL' },
    { id: 'northwind', name: 'Northwind Traders', tenantId: '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c05', domain: 'northwindtraders.com', market: 'US', type: 'commercial', currency: 'USD' },
    { id: 'lakeside-school', name: 'Lakeside School District', tenantId: '2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d06', domain: 'lakesideschools.edu', market: 'US', type: 'education', currency: 'USD' },
    { id: 'city-of-redmond', name: 'City of Redmond', tenantId: '3c4d5e6f-7a8b-4c0d-9e2f-3a4b5c6d7e07', domain: 'redmond.gov', market: 'US', type: 'government', currency: 'USD' },
    { id: 'tailspin', name: 'Tailspin Toys Kenya', tenantId: '4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f08', domain: 'tailspintoys.co.ke', market: 'KE', type: 'commercial', currency: 'USD' },
    { id: 'adatum-seychelles', name: 'Adatum Seychelles', tenantId: '5e6f7a8b-9c0d-4e2f-9a4b-5c6d7e8f9a09', domain: 'adatum.sc', market: 'SC', type: 'commercial', currency: 'USD' },
  ],
  products: [
    { id: 'office-ltsc-2024', name: 'Office LTSC Professional Plus 2024', publisher: 'Microsoft', kind: 'perpetual', price: 480 },
    { id: 'windows-server-2022-std', name: 'Windows Server 2022 Standard', publisher: 'Microsoft', kind: 'perpetual', price: 1069 },
    { id: 'visio-plan-2-sub', name: 'Visio Professional (software subscription)', publisher: 'Microsoft', kind: 'software-subscription', termDays: 365, price: 360 },
    { id: 'project-pro-nce', name: 'Project Professional (new commerce software subscription)', publisher: 'Microsoft', kind: 'new-commerce-software-subscription', termDays: 365, price: 420 },
    { id: 'suse-sles-plan', name: 'SUSE Linux Enterprise Server software plan (Azure)', publisher: 'SUSE', kind: 'azure-software-plan', vendor: 'SUSE', termDays: 365, price: 1200 },
    { id: 'rhel-plan', name: 'Red Hat Enterprise Linux software plan (Azure)', publisher: 'Red Hat', kind: 'azure-software-plan', vendor: 'Red Hat', termDays: 365, price: 1500 },
  ],
  purchases: [
    { orderId: '4711', customerId: 'contoso', productId: 'office-ltsc-2024', quantity: 5, amount: 2400, purchasedAt: '10 days ago' },
    { orderId: '4712', customerId: 'contoso', productId: 'windows-server-2022-std', quantity: 1, amount: 1069, purchasedAt: '59 days ago' },
    { orderId: '4713', customerId: 'contoso', productId: 'windows-server-2022-std', quantity: 2, amount: 2138, purchasedAt: '1436 hours ago' },
    { orderId: '4714', customerId: 'contoso', productId: 'office-ltsc-2024', quantity: 3, amount: 1440, purchasedAt: '75 days ago' },
    { orderId: '4715', customerId: 'contoso', productId: 'visio-plan-2-sub', quantity: 10, amount: 3600, purchasedAt: '10 days ago' },
    { orderId: '4716', customerId: 'contoso', productId: 'suse-sles-plan', quantity: 1, amount: 1200, purchasedAt: '10 days ago' },
    { orderId: '4717', customerId: 'contoso', productId: 'rhel-plan', quantity: 1, amount: 1500, purchasedAt: '10 days ago' },
    { orderId: '4718', customerId: 'contoso', productId: 'project-pro-nce', quantity: 4, amount: 1680, purchasedAt: '5 days ago' },
    { orderId: '4719', customerId: 'northwind', productId: 'office-ltsc-2024', quantity: 20, amount: 9600, purchasedAt: '12 days ago', needsSupportRequest: true },
    { orderId: '5001', customerId: 'fabrikam', productId: 'visio-plan-2-sub', quantity: 5, amount: 1800, purchasedAt: '30 days ago' },
    { orderId: '6001', customerId: 'wingtip', productId: 'office-ltsc-2024', quantity: 2, amount: 960, purchasedAt: '20 days ago' },
  ],
  csp: CSP_DEMO_SEED,
  isv: ISV_DEMO_SEED,
};
