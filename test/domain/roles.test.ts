import { checkRoles } from '../../domain/rules/roles';

describe('roles per procedure', () => {
  it('lets only Admin agents cancel software', () => {
    expect(checkRoles(['Admin agent'], 'cancel-software-purchase')).toEqual({ allowed: true });
    expect(checkRoles(['Global admin', 'Sales agent'], 'cancel-software-purchase')).toEqual({ allowed: false, needed: ['Admin agent'] });
    expect(checkRoles([], 'cancel-software-purchase')).toEqual({ allowed: false, needed: ['Admin agent'] });
  });
  it('lets any of the four admin roles see the activity log', () => {
    for (const r of ['Global admin', 'Account admin', 'Referral admin', 'Marketing content admin'] as const)
      expect(checkRoles([r], 'activity-log').allowed).toBe(true);
    expect(checkRoles(['Helpdesk agent'], 'activity-log').allowed).toBe(false);
  });
});
