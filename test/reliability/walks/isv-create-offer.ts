import type { Walk } from '../walk-table';

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  failed:
    'only when Partner Center fails to load the offers or refuses the creation for another reason than the Offer ID (the user lost their role): not a message',
};

export const walk: Walk = {
  title: 'create an offer',
  redelivery: 'its redelivery creates the offer once',
  unreachable: UNREACHABLE,
  user: 'gus',
  scripts: [
    [
      'create a new offer',
      'My Offer',
      'use-suggestion',
      'x',
      'My Offer (internal)',
      'license-management',
      'no',
      'change-id',
      'my-offer-2',
      'change-alias',
      'Second offer',
      'change-licensing',
      'license-management',
      'yes',
      'create',
    ],
    ['create offer crm-sync', 'other-offer', 'Other offer', 'license-management', 'no', 'create'],
  ],
  check: async (pc, since) => {
    const log = await pc.activity.list(since, new Date(Date.now() + 60_000));
    expect(
      log
        .filter((r) => r.action === 'isv-create-offer' && r.outcome === 'done')
        .map((r) => r.subject)
        .sort(),
    ).toEqual(['my-offer-2', 'other-offer']);
    expect(await pc.isv.offer('my-offer-2')).toBeDefined();
  },
  met: (report) => {
    // The kill between a change's commit and the turn's save is tried here (report.killedAfterEffectBeforeSave
    // counts it when the timing allows); kill-effect-window.test.ts covers that window deterministically.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toContain('creating');
    expect(report.lastReplies[0]).toMatch(/Offer "my-offer-2" is created/);
  },
};
