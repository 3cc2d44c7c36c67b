import { activityLogStrings } from '../../cards/strings/activity-log';
import { buySoftwareStrings } from '../../cards/strings/buy-software';
import { keysDownloadsStrings } from '../../cards/strings/keys-downloads';
import { supportRequestStrings } from '../../cards/strings/support-request';
import type { AreaStrings } from '../../cards/strings/types';

const AREAS: Record<string, AreaStrings> = {
  'buy-software': buySoftwareStrings,
  'keys-downloads': keysDownloadsStrings,
  'activity-log': activityLogStrings,
  'support-request': supportRequestStrings,
};
const names = (text: string) => [...text.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();

describe.each(Object.entries(AREAS))('the %s strings', (_area, strings) => {
  it.each(['fr', 'sv', 'nl'] as const)('in %s have every English key with the same placeholders', (locale) => {
    const other = strings[locale];
    expect(other).toBeDefined();
    expect(Object.keys(other!).sort()).toEqual(Object.keys(strings.en).sort());
    for (const [key, en] of Object.entries(strings.en))
      expect([key, [...new Set(names(other![key]))]]).toEqual([key, [...new Set(names(en))]]);
  });
});
