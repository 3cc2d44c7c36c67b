import { doneSince, type Walk } from '../walk-table';

const CONTOSO_PROD = 'b1d2e3f4-0001-4a5b-9c6d-7e8f9a0b1c01';

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  noUsers: 'no customer of the demo data has delegated privileges and an Azure subscription but no users',
};

export const walk: Walk = {
  title: 'Azure management for the customer',
  redelivery: 'its redelivery requests and assigns once',
  unreachable: UNREACHABLE,
  user: 'ada',
  scripts: [
    [
      'azure-management',
      'x',
      'zzz unknown',
      'Contoso',
      'contoso.com',
      'nothing',
      'Contoso Production',
      'back',
      'Contoso Production',
      'nobody',
      'Megan Bowen',
      'administrator',
      'back',
      'Megan Bowen',
      'contributor',
      'foo',
      'back',
      'contributor',
      'confirm',
    ],
    ['azure management for northwind', 'request', 'check', 'later'],
    ['azure management for lakesideschools.edu'],
    ['azure management for wingtiptoys.com.br', 'foo', 'later'],
  ],
  check: async (pc, since) => {
    expect((await doneSince(pc, since)).sort()).toEqual([
      `assign-azure-role ${CONTOSO_PROD}:contoso-megan:Contributor`,
      'request-relationship northwind',
    ]);
    expect(await pc.csp.roleAssignments(CONTOSO_PROD)).toMatchObject([{ userId: 'contoso-megan', role: 'Contributor' }]);
    expect((await pc.csp.relationship('northwind')).pending).toBeDefined();
    expect((await pc.csp.relationship('wingtip')).pending).toBeUndefined();
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['assigning', 'requesting']));
    expect(report.lastReplies[0]).toMatch(/Megan Bowen now has the Contributor role on Contoso Production/);
  },
};
