import { crashWalk } from './kill-walk';

jest.setTimeout(120_000);

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  failed:
    'only when Partner Center fails to load the offers or refuses the creation for another reason than the Offer ID (the user lost their role): not a message',
};

describe('SIGKILL at every state of "create an offer"', () => {
  it('loses at most the turn in flight, and its redelivery creates the offer once', async () => {
    const before = Date.now() - 1000;
    const report = await crashWalk({
      procedure: 'isv-create-offer',
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
      check: async (pc) => {
        const log = await pc.activity.list(new Date(before), new Date(Date.now() + 60_000));
        expect(
          log
            .filter((r) => r.action === 'isv-create-offer' && r.outcome === 'done')
            .map((r) => r.subject)
            .sort(),
        ).toEqual(['my-offer-2', 'other-offer']);
        expect(await pc.isv.offer('my-offer-2')).toBeDefined();
      },
    });
    // The kill between a change's commit and the turn's save is tried here (report.killedAfterEffectBeforeSave
    // counts it when the timing allows); kill-effect-window.test.ts covers that window deterministically.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toContain('creating');
    expect(report.lastReplies[0]).toMatch(/Offer "my-offer-2" is created/);
    expect(report.states.filter((s) => !report.visited.has(s)).sort()).toEqual(Object.keys(UNREACHABLE).sort());
  });
});
