import { crashWalk } from './kill-walk';

jest.setTimeout(120_000);

const CONTOSO_PROD = 'b1d2e3f4-0001-4a5b-9c6d-7e8f9a0b1c01';

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  noUsers: 'no customer of the demo data has delegated privileges and an Azure subscription but no users',
};

describe('SIGKILL at every state of "Azure management for the customer"', () => {
  it('loses at most the turn in flight, and its redelivery requests and assigns once', async () => {
    const before = Date.now() - 1000;
    const report = await crashWalk({
      procedure: 'azure-management',
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
      check: async (pc) => {
        const log = await pc.activity.list(new Date(before), new Date(Date.now() + 60_000));
        expect(
          log
            .filter((r) => r.outcome === 'done')
            .map((r) => `${r.action} ${r.subject}`)
            .sort(),
        ).toEqual([`assign-azure-role ${CONTOSO_PROD}:contoso-megan:Contributor`, 'request-relationship northwind']);
        expect(await pc.csp.roleAssignments(CONTOSO_PROD)).toMatchObject([{ userId: 'contoso-megan', role: 'Contributor' }]);
        expect((await pc.csp.relationship('northwind')).pending).toBeDefined();
        expect((await pc.csp.relationship('wingtip')).pending).toBeUndefined();
      },
    });
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['assigning', 'requesting']));
    expect(report.lastReplies[0]).toMatch(/Megan Bowen now has the Contributor role on Contoso Production/);
    expect(report.states.filter((s) => !report.visited.has(s)).sort()).toEqual(Object.keys(UNREACHABLE).sort());
  });
});
