import { DEMO_SEED } from '../../../domain/sandbox/demo-seed';
import { ISV_DEMO_SEED } from '../../../domain/sandbox/isv-seed';
import { doneSince, type Walk } from '../walk-table';

/**
 * The demo data's only draft offer has no plan, so its review can only find issues: here it has
 * a published plan (it passes), and a second draft offer with a draft plan fails the review.
 */
const SEED = {
  ...DEMO_SEED,
  isv: {
    ...ISV_DEMO_SEED,
    offers: [
      ...(ISV_DEMO_SEED.offers ?? []),
      {
        offerId: 'time-sheets',
        alias: 'Time Sheets',
        licensing: { mode: 'license-management' as const, freeInstall: false },
        createdAt: '2 days ago',
        createdBy: 'gus',
      },
    ],
    plans: [
      ...(ISV_DEMO_SEED.plans ?? []),
      { offerId: 'field-notes', planId: 'team', name: 'Team', description: 'Notes shared by a team.', status: 'published' as const },
      { offerId: 'time-sheets', planId: 'basic', name: 'Basic', description: 'Time sheets.', status: 'draft' as const },
    ],
  },
};

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  refreshing: 'another person changed the offer between the summary and the confirmation (test/security/lost-update.test.ts)',
};

export const walk: Walk = {
  title: 'publish an offer',
  redelivery: 'its redelivery submits each review once',
  unreachable: UNREACHABLE,
  user: 'gus',
  seed: SEED,
  scripts: [
    [
      'isv-publish',
      'nothing',
      'crm-sync',
      'field-notes',
      'x',
      'yes',
      'packages.example.com/notes.zip',
      'https://packages.example.com/notes.zip',
      'foo',
      'change-url',
      'https://packages.example.com/notes-2.zip',
      'publish',
    ],
    ['publish time-sheets', 'yes', 'https://packages.example.com/time.zip', 'publish', 'foo', 'publish', 'stop-here'],
  ],
  check: async (pc, since) => {
    // The second review of time-sheets is a new attempt, not a redelivery of the first.
    expect((await doneSince(pc, since)).sort()).toEqual([
      'isv-publish-offer field-notes',
      'isv-publish-offer time-sheets',
      'isv-publish-offer time-sheets',
    ]);
    expect(await pc.isv.offer('field-notes')).toMatchObject({
      status: 'preview',
      packageUrl: 'https://packages.example.com/notes-2.zip',
    });
    expect((await pc.isv.offer('time-sheets'))?.status).toBe('draft');
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['loading', 'loadingOffer', 'publishing']));
    expect(report.lastReplies[0]).toMatch(/Offer "field-notes" passed review: it is in Preview/);
  },
};
