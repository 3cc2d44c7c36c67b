import type { Walk } from '../walk-table';

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

export const walk: Walk = {
  title: 'cancel a software purchase',
  redelivery: 'its redelivery cancels once',
  unreachable: UNREACHABLE,
  user: 'ada',
  scripts: [
    [
      'cancel-software-purchase',
      'x',
      'zzz unknown',
      'Contoso',
      'contoso.com',
      'Office LTSC Professional Plus 2024',
      '9999',
      'other-product',
      '4714',
      'other-order',
      '4711',
      'other-order',
      '4711',
      'acknowledge',
      'other-order',
      '4711',
      'acknowledge',
      'confirm',
    ],
    ['cancel order 4719 for northwind', 'open-support-request'],
    ['cancel order 4714 for contoso.com', 'stop'],
  ],
  check: async (pc) => {
    expect((await pc.software.purchase('4711'))?.status).toBe('cancelled');
    expect((await pc.software.purchase('4714'))?.status).toBe('active');
    const log = await pc.activity.list(new Date(Date.now() - 600_000), new Date(Date.now() + 60_000));
    expect(log.filter((r) => r.action === 'cancel-software-purchase' && r.outcome === 'done')).toHaveLength(1);
  },
  met: (report) => {
    // The kill between a change's commit and the turn's save is tried here (report.killedAfterEffectBeforeSave
    // counts it when the timing allows); kill-effect-window.test.ts covers that window deterministically.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toContain('cancelling');
    expect(report.lastReplies[0]).toMatch(/Order 4711 .* is cancelled/);
  },
};
