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
    'how many days is the cancellation window',
    "what's the deadline for cancelling a software purchase",
    'is it too late to cancel something bought 2 weeks ago',
    'within how many days can a reservation be cancelled',
    'up to when can we get a refund on software',
    'how long after buying can i still cancel',
    'cancel window for perpetual licences?',
    'is there a time limit on cancelling a purchase',
    'how many days do we have to change our mind after buying software',
    "if we buy something by mistake, how long until it's too late to undo",
    'cxl window for SW in PC?',
    'RI cxl window, how many days',
    'how long after purchase can i cxl perpetual lic',
  ],
};
