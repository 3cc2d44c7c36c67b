import { join } from 'node:path';
import { PROCEDURES } from '../../dialogs/registry';
import { runWalk, unwalked, walksIn } from './walk-table';

/** Every procedure's walk (walks/<procedure id>.ts), run by one runner. */
const WALKS = walksIn(join(__dirname, 'walks'));

describe('crash walks', () => {
  it('has a walk for every registered procedure, and none for a procedure not registered', () => {
    expect(unwalked(PROCEDURES, WALKS)).toEqual({ missing: [], stray: [] });
  });

  describe.each(Object.entries(WALKS).map(([id, walk]) => ({ id, walk, title: walk.title })))(
    'SIGKILL at every state of "$title"',
    ({ id, walk }) => {
      it(`loses at most the turn in flight, and ${walk.redelivery}`, () => runWalk(id, walk).then(() => undefined), 180_000);
    },
  );
});
