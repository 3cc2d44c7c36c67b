import type { PhraseTable } from '../../../understand/intents';

/** Questions asked in English that are answered from the rules, without starting a procedure. */
export const phrases: PhraseTable<'cancellation-window'> = {
  'cancellation-window': [
    'how long can a purchase be cancelled',
    'until when can i cancel an order',
    'how many days do i have to cancel software',
    'what is the cancellation period',
    'is there a deadline to cancel a purchase',
    'can i still cancel after 60 days',
    'cancellation policy for software',
    'how long is the refund window',
    'can suse plans be cancelled',
  ],
};
