import type { AreaStrings } from './types';

export const customerSubscriptionsStrings: AreaStrings = {
  en: {
    'custsubs.title': 'A customer\'s subscriptions',
    'custsubs.summary': 'Each subscription with its licenses, billing and state',
    'custsubs.customer.tooShort': 'Please give at least two characters of the customer\'s name, its domain or its tenant ID.',
    'custsubs.customer.none': 'No customer matches "{query}". Try part of the company name, a domain such as contoso.com, or the tenant ID.',
    'custsubs.askCustomer.title': 'Whose subscriptions do you want to see?',
    'custsubs.askCustomer.line': 'Give the customer\'s name, its domain, or its tenant ID (GUID).',
    'custsubs.askCustomer.label': 'Customer',
    'custsubs.askCustomer.placeholder': 'Contoso, contoso.com or 6b1e4c1a-…',
    'custsubs.askCustomer.name': 'which customer',
    'custsubs.askCustomer.help': 'Type the customer\'s company name (part of it is enough), a domain such as contoso.com, or the tenant ID.',
    'custsubs.askCustomer.why': 'Subscriptions are listed per customer, as on the customer\'s page in Partner Center.',
    'custsubs.chooseCustomer.title': 'Several customers match "{query}". Which one?',
    'custsubs.chooseCustomer.name': 'choose among the matching customers',
    'custsubs.chooseCustomer.help': 'Pick the customer, or type its number in the list, its domain or its tenant ID.',
    'custsubs.chooseCustomer.why': 'Several customers have a similar name.',
    'custsubs.shown.title': '{customer} has {count} {count|subscription|subscriptions}:',
    'custsubs.shown.suspended': '{count} {count|is|are} suspended: "Manage a subscription" reactivates {count|it|them}.',
    'custsubs.shown.next': 'To change one, choose "Manage a subscription"; to buy more, "New subscription for a customer".',
    'custsubs.none': '{customer} has no subscriptions yet.',
  },
};
