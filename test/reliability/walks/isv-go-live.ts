import { DEMO_SEED } from '../../../domain/sandbox/demo-seed';
import { ISV_DEMO_SEED } from '../../../domain/sandbox/isv-seed';
import { doneSince, type Walk } from '../walk-table';

/** The demo data has no offer in Preview (one live, one draft): here a third offer is. */
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
        createdAt: '5 days ago',
        createdBy: 'gus',
        baseLicenseModel: 'User' as const,
        packageUrl: 'https://packages.contosoisv.example/time-sheets/1.0.0.zip',
        previewAt: '1 day ago',
      },
    ],
    plans: [
      ...(ISV_DEMO_SEED.plans ?? []),
      { offerId: 'time-sheets', planId: 'basic', name: 'Basic', description: 'Time sheets.', status: 'published' as const },
    ],
  },
};

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

export const walk: Walk = {
  title: 'go live',
  redelivery: 'its redelivery makes the offer go live once',
  unreachable: UNREACHABLE,
  user: 'gus',
  seed: SEED,
  scripts: [
    ['isv-go-live', 'nothing', 'crm-sync', 'foo', 'other-offer', 'time-sheets', 'foo', 'other-offer', 'time-sheets', 'yes'],
    ['go live field-notes', 'stop-here'],
  ],
  check: async (pc, since) => {
    expect(await doneSince(pc, since)).toEqual(['isv-go-live time-sheets']);
    expect((await pc.isv.offer('time-sheets'))?.goLiveAt).toBeDefined();
    expect((await pc.isv.offer('field-notes'))?.status).toBe('draft');
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['loading', 'goingLive']));
    expect(report.lastReplies[0]).toMatch(/Offer "time-sheets" is going live/);
  },
};
