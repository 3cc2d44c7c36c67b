import { doneSince, type Walk } from '../walk-table';

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  failed: 'only when the publisher has no offer at all (the demo data has two) or Partner Center fails to load them: not a message',
};

export const walk: Walk = {
  title: 'plans of an offer',
  redelivery: 'its redelivery saves and publishes each plan once',
  unreachable: UNREACHABLE,
  user: 'gus',
  scripts: [
    [
      'isv-plans',
      'nothing',
      'crm-sync',
      'foo',
      'add',
      'Bad ID!',
      'gold',
      'Gold',
      'All features.',
      'foo',
      'restart',
      'gold',
      'Gold',
      'All features.',
      'draft',
      'publish gold',
      'foo',
      'yes',
      'add',
      'silver',
      'Silver',
      'Some features.',
      'publish',
      'finish',
    ],
    // A new plan's ID in the first sentence: checked and taken before its name is asked.
    ['a new plan called bronze for crm-sync', 'Bronze', 'Entry features.', 'draft', 'finish'],
  ],
  check: async (pc, since) => {
    expect((await doneSince(pc, since)).sort()).toEqual([
      'isv-publish-plan crm-sync/gold',
      'isv-save-plan crm-sync/bronze',
      'isv-save-plan crm-sync/gold',
      'isv-save-plan crm-sync/silver',
    ]);
    const plans = await pc.isv.plans('crm-sync');
    expect(plans.map((p) => `${p.planId} ${p.status}`).sort()).toEqual([
      'bronze draft',
      'gold published',
      'premium published',
      'silver published',
      'standard published',
    ]);
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['savingDraft', 'publishingPlan', 'savingPublished']));
    expect(report.lastReplies[0]).toMatch(/Service IDs of offer "crm-sync"/);
  },
};
