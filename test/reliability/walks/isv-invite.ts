import { DEMO_SEED } from '../../../domain/sandbox/demo-seed';
import { ISV_DEMO_SEED } from '../../../domain/sandbox/isv-seed';
import { doneSince, type Walk } from '../walk-table';

/**
 * The demo data has one deal without its customer: here a second one, so that one conversation
 * invites a new customer and another links an existing one (each starts from the seed in the shadow).
 */
const SEED = {
  ...DEMO_SEED,
  isv: {
    ...ISV_DEMO_SEED,
    deals: [
      ...(ISV_DEMO_SEED.deals ?? []),
      {
        dealId: 'D-1003',
        customerName: 'Tailspin Toys Kenya',
        offerId: 'crm-sync',
        value: 4000,
        currency: 'USD' as const,
        closeDate: '2030-05-31',
        status: 'in-progress' as const,
        registeredAt: '2 days ago',
        registeredBy: 'gus',
      },
    ],
  },
};

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  failed:
    'only when no deal is in progress, or Partner Center refuses the link or the invitation (the deal closed meanwhile, the user lost their role): not a message',
};

export const walk: Walk = {
  title: 'invite the customer of a deal',
  redelivery: 'its redelivery invites or links once',
  unreachable: UNREACHABLE,
  user: 'gus',
  seed: SEED,
  scripts: [
    [
      'isv-invite',
      'nothing',
      'D-1002',
      'foo',
      'invite-new',
      'not a domain!',
      'northwindtraders.com',
      'foo',
      'other-customer',
      'fabrikam.com.au',
      'foo',
      'other-customer',
      'northwindtraders.com',
      'yes',
    ],
    ['invite the customer of D-1003', 'Fabrikam Pty', 'yes'],
    ['invite the customer of D-1001'],
  ],
  check: async (pc, since) => {
    expect((await doneSince(pc, since)).sort()).toEqual(['isv-invite-customer D-1002', 'isv-link-customer D-1003']);
    expect((await pc.isv.deal('D-1002'))?.relationshipId).toBe('northwindtraders.com');
    expect((await pc.isv.deal('D-1003'))?.relationshipId).toBe('fabrikam.com.au');
    expect((await pc.isv.relationships()).map((r) => `${r.relationshipId} ${r.status}`).sort()).toEqual([
      'fabrikam.com.au active',
      'northwindtraders.com pending',
    ]);
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['loading', 'inviting', 'linking']));
    expect(report.lastReplies[0]).toMatch(/Deal D-1002: Northwind Traders is invited\. The relationship is pending/);
    expect(report.lastReplies[1]).toMatch(/Deal D-1003 is for Fabrikam Pty, who has accepted the relationship/);
    expect(report.lastReplies[2]).toMatch(/Deal D-1001 is for Fabrikam Pty, who has accepted the relationship/);
  },
};
