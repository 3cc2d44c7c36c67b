import { PROCEDURES, register } from '../../dialogs/registry';
import { testBell } from './index';

/** The registry with the test procedure: one line, as for any procedure. */
export const WITH_BELL = register([...PROCEDURES, testBell]);
