import type { PhraseTable } from '../../../understand/intents';

/** Questions asked in English that are answered from the rules, without starting a procedure. */
export const phrases: PhraseTable<'after-go-live'> = {
  'after-go-live': [
    'what happens once the offer is live',
    'how long does go live take',
    'when will the offer be live',
    'what will the appsource listing show once live',
    'when does my offer appear on appsource',
    'how many hours until the offer is live',
    'what do customers see after the offer goes live',
    'after going live what happens next',
    'what comes after go live',
    "how soon will customers see the offer once it's live",
    'how long before the listing shows up on appsource',
    'once live, what do i need to do next',
    'is there anything to do after go-live',
    'when will customers find our app after going live',
    'how long until the live listing appears',
    'after the go live, when is it visible on appsource',
    'once our app is out for everyone, what happens then',
    'after we make it public, how long until people can see it',
    'post go-live, when does the listing show on AppSource',
    "after GA what's next for the offer",
    "what happens to crm-sync once it's live",
  ],
};
