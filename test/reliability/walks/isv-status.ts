import type { Walk } from '../walk-table';

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

export const walk: Walk = {
  title: 'ISV status',
  redelivery: 'its redelivery shows the status without changing anything',
  unreachable: UNREACHABLE,
  user: 'gus',
  scripts: [
    ['isv-status', 'foo', 'crm-sync', 'back', 'D-1001', 'back', 'deal:D-1002', 'done'],
    ['isv status offer field-notes', 'ok'],
  ],
  check: async (pc, since) => {
    const log = await pc.activity.list(since, new Date(Date.now() + 60_000));
    expect(log).toEqual([]);
    expect(await pc.isv.licenses('D-1001')).toEqual({ standard: 10 });
    expect((await pc.isv.offer('field-notes'))?.status).toBe('draft');
  },
  met: (report) => {
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['loading', 'loadingPlans', 'loadingLicenses']));
  },
};
