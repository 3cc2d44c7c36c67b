import 'dotenv/config';
import { keepModelsIn, warmUnderstanding } from '../dialogs/understand';
import { PROCEDURES } from '../dialogs/registry';

/**
 * Trains the intent models and keeps them where the assistant reads them (INTENT_MODEL_DIR, or
 * the system's temporary directory): run by the build, so that the first start after an install
 * reads the models instead of training them (seconds on a small machine).
 */
async function main(): Promise<void> {
  const started = Date.now();
  // The one setting it needs, read alone: an install must not fail on settings only the running assistant checks.
  keepModelsIn(process.env.INTENT_MODEL_DIR || undefined);
  await warmUnderstanding(PROCEDURES);
  console.log(`Trained the intent models in ${Date.now() - started} ms`);
}

main().catch((err: unknown) => {
  // Not fatal: the assistant trains them at its start instead.
  console.error(`The intent models were not trained ahead: ${err instanceof Error ? err.message : String(err)}`);
});
