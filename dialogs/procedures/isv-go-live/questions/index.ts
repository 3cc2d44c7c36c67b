import { msg } from '../../../../cards/view';
import { GO_LIVE_MAX_HOURS, GO_LIVE_MIN_HOURS } from '../../../../domain/isv/offer-rules';
import type { QuestionDefinition } from '../../../procedure';
import { phrasesOf } from '../../../understand/intents';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as nl } from './phrases.nl';
import { phrases as sv } from './phrases.sv';

/** What happens once an offer is live: how long it takes and what its listing shows. */
const afterGoLive: QuestionDefinition = {
  id: 'after-go-live',
  phrases: phrasesOf({ en, fr, sv, nl }, 'after-go-live'),
  answer: async () => [
    msg('understand.ask.goLive.window', { min: GO_LIVE_MIN_HOURS, max: GO_LIVE_MAX_HOURS }),
    msg('isv.listing.license-check'),
    msg('isv.listing.free-install'),
    msg('understand.ask.goLive.status'),
  ],
};

export const isvGoLiveQuestions: readonly QuestionDefinition[] = [afterGoLive];
