import 'dotenv/config';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSettings, SettingsError } from '../bot/settings';
import { teamsPackage } from './teams/package';

/**
 * npm run package:teams: the Teams app package (dist/teams/partner-center-assistant.zip) for the
 * bot named by MicrosoftAppId, with PUBLIC_URL's host as its valid domain; TEAMS_APP_VERSION
 * sets the app's version (raise it for each upload of a changed package).
 */
function main(): void {
  const settings = parseSettings(process.env);
  if (!settings.MicrosoftAppId)
    throw new SettingsError('MicrosoftAppId is empty: set it to the Azure Bot resource\'s Microsoft App ID (see README, "Teams").');
  const version = process.env.TEAMS_APP_VERSION || '1.0.0';
  if (!/^\d+\.\d+\.\d+$/.test(version)) throw new SettingsError('TEAMS_APP_VERSION must be a version such as 1.0.0');
  const { zip, manifest } = teamsPackage({ botId: settings.MicrosoftAppId, publicUrl: settings.PUBLIC_URL, version });
  const dir = resolve('dist', 'teams');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'partner-center-assistant.zip');
  writeFileSync(file, zip);
  console.log(
    `Teams app package: ${file} (manifest ${String(manifest.manifestVersion)}, bot ${settings.MicrosoftAppId}, valid domains: ${(manifest.validDomains as string[]).join(', ') || 'none: set PUBLIC_URL'})`,
  );
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
