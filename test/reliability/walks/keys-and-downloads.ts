import { doneSince, type Walk } from '../walk-table';

/** States no typed conversation can reach, and why. */
const UNREACHABLE: Record<string, string> = {
  stopped: 'only when the user loses their role between the choices and the keys (a change in Partner Center, not a message)',
  ready: 'only when Partner Center fails while giving the keys (not a message): the last choice gets the keys with no extra confirmation',
};

export const walk: Walk = {
  title: 'software keys and downloads',
  redelivery: 'its redelivery gives the keys once and one link',
  unreachable: UNREACHABLE,
  user: 'ada',
  scripts: [
    [
      'keys-and-downloads',
      'x',
      'zzz unknown',
      'Contoso',
      'contoso.com',
      'nothing',
      '4712',
      'foo',
      'other product',
      '4711',
      'klingon',
      'french',
      'foo',
      'ISO, 64-bit',
      'foo',
      'change',
      'french',
      'ISO, 64-bit',
      'foo',
      'finish',
    ],
  ],
  check: async (pc, since) => {
    // Two requests of the run (the keys, then again): one record each, the same link both times.
    expect(await doneSince(pc, since)).toEqual(['software-key-access 4711', 'software-key-access 4711']);
    const links = await pc.softwareSales.links('4711');
    expect(links.map((l) => `${l.language} ${l.fileType}`)).toEqual(['French ISO, 64-bit']);
  },
  met: (report) => {
    // The kill between the change's commit and the turn's save: see kill-effect-window.test.ts.
    expect(report.redeliveryAnsweredAtOnce).toBe(true);
    expect(report.killedInFlight).toEqual(expect.arrayContaining(['findingCustomer', 'loadingProducts', 'fetching']));
  },
};
