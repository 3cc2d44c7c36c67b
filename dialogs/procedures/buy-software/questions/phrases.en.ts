import type { PhraseTable } from '../../../understand/intents';

/** Questions asked in English that are answered from the rules, without starting a procedure. */
export const phrases: PhraseTable<'reservation-markets' | 'hybrid-benefit'> = {
  'reservation-markets': [
    'where are azure reservations not available',
    'which countries cannot buy azure reservations',
    'list of markets without azure reservations',
    'are azure reservations available in reunion',
    'can my customer in the seychelles get reserved instances',
    'is it possible to sell reservations in kosovo',
    'which markets are excluded from azure reservations',
    'can this customer buy a reservation',
    'reservation availability by country',
  ],
  'hybrid-benefit': [
    'what does azure hybrid benefit mean',
    'how does hybrid benefit work',
    'tell me about azure hybrid benefit',
    'what does hybrid benefit save',
    'can windows server licences lower the azure vm cost',
    'hybrid use benefit',
    'what is ahb',
    'software assurance discount for azure virtual machines',
  ],
};
