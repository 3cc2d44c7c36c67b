import { startApp } from '../../bot/app';
import { parseSettings } from '../../bot/settings';
import { WITH_BELL } from './registry';

/** The assistant with the test procedure registered, as a process (for its crash walk): bot/main.ts without the banner. */
async function main(): Promise<void> {
  const app = await startApp(parseSettings(process.env), { procedures: WITH_BELL });
  console.log(`Partner Center Assistant is listening on ${app.url}`);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
}

main().catch((err: unknown) => {
  console.error('Could not start:', err);
  process.exit(1);
});
