import { DEMO_SEED } from '../../../domain/sandbox/demo-seed';
import { ISV_DEMO_SEED } from '../../../domain/sandbox/isv-seed';
import { doneSince, type Walk } from '../walk-table';

/** The demo data has one offer a deal can be for (live, with license management): here a second one, so that the offer is asked. */
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
        previewAt: '3 days ago',
        goLiveAt: '2 days ago',
      },
    ],
    plans: [
      ...(ISV_DEMO_SEED.plans ?? []),
      { offerId: 'time-sheets', planId: 'basic', name: 'Basic', description: 'Time sheets.', status: 'published' as const },
    ],
  },
};

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  failed:
    'only when the publisher has no offer a deal can be for, or Partner Center refuses the registration (the offer stopped qualifying, the user lost their role): not a message',
};

export const walk: Walk = {
  title: 'register a deal',
  redelivery: 'its redelivery registers the deal once',
  unreachable: UNREACHABLE,
  user: 'gus',
  seed: SEED,
  scripts: [
    [
      'isv-deal',
      'N'.repeat(120),
      'Contoso Pharma',
      'nothing',
      'crm-sync',
      'twelve thousand',
      '12500',
      '2020-01-01',
      '2031-01-01',
      'foo',
      'change-customer',
      'Contoso Pharma AG',
      'change-offer',
      'time-sheets',
      'change-value',
      '5000',
      'change-date',
      '2031-02-01',
      'yes',
    ],
  ],
  check: async (pc, since) => {
    expect(await doneSince(pc, since)).toEqual(['isv-register-deal Contoso Pharma AG']);
    expect(await pc.isv.deal('D-2001')).toMatchObject({
      customerName: 'Contoso Pharma AG',
      offerId: 'time-sheets',
      value: 5000,
      closeDate: '2031-02-01',
    });
    expect(await pc.isv.deal('D-2002')).toBeUndefined();
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['loading', 'registering']));
    expect(report.lastReplies[0]).toMatch(/Deal D-2001 for Contoso Pharma AG is registered/);
  },
};
