import type { Walk } from '../walk-table';

/** States no typed conversation can reach, and why: none. */
const UNREACHABLE: Record<string, string> = {};

export const walk: Walk = {
  title: "a customer's subscriptions",
  redelivery: 'its redelivery shows the list without changing anything',
  unreachable: UNREACHABLE,
  user: 'ada',
  scripts: [['customer-subscriptions', 'x', 'zzz unknown', 'Contoso', 'contoso.com'], ['list subscriptions for fabrikam']],
  check: async (pc, since) => {
    const log = await pc.activity.list(since, new Date(Date.now() + 60_000));
    expect(log).toEqual([]);
    expect((await pc.csp.subscriptions('contoso')).map((s) => `${s.offerId} ${s.quantity} ${s.status}`).sort()).toEqual([
      'exchange-archiving 10 active',
      'exchange-online-p1 10 active',
      'm365-business-standard 20 active',
      'project-plan-3 5 suspended',
      'purview-tenant-plan 1 active',
    ]);
  },
  met: (report) => {
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['findingCustomer', 'loading']));
    // Five CSP subscriptions and two Azure subscriptions.
    expect(report.lastReplies[0]).toMatch(/Contoso Ltd has 7 subscriptions:/);
    expect(report.lastReplies[1]).toMatch(/Power BI Pro: 25 licenses, free trial until/);
  },
};
