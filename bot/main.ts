import 'dotenv/config';
import { startApp, SeedError } from './app';
import { parseSettings, SettingsError } from './settings';

const STOP_BOUND_MS = 10_000;

async function main(): Promise<void> {
  const settings = parseSettings(process.env);
  const app = await startApp(settings);
  console.log(`Partner Center Assistant is listening on ${app.url}`);
  console.log(`  Bot endpoint (Emulator, channels): ${app.url}/api/messages`);
  if (settings.local) console.log(`  Web Chat: open ${app.url}/ in your browser`);
  else if (settings.DIRECT_LINE_SECRET)
    console.log(`  Bot Framework authentication is on; Web Chat on the Direct Line channel: ${settings.PUBLIC_URL ?? app.url}/`);
  else console.log('  Bot Framework authentication is on (MicrosoftAppId is set); the local Web Chat page is off.');
  if (settings.PARTNER_CENTER === 'live')
    console.log(
      `  Partner Center: ${settings.PARTNER_CENTER_URL}, as the signed-in user (OAuth connection ${settings.OAUTH_CONNECTION_NAME})`,
    );
  if (settings.local) console.log(`  Sandbox clock (see follow-ups now): ${app.url}/sandbox/clock`);
  const stop = async () => {
    // A stop ends within a bound: turns in flight get their chance, a channel that never answers does not.
    setTimeout(() => {
      console.error(`Stopping took longer than ${STOP_BOUND_MS / 1000} s: exiting now.`);
      process.exit(1);
    }, STOP_BOUND_MS).unref();
    await app.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((err: unknown) => {
  if (err instanceof SettingsError || err instanceof SeedError) console.error(err.message);
  else console.error('Could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
