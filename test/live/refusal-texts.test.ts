import { t } from '../../cards/i18n';
import { partnerCenterRefusalMessages } from '../../cards/partner-center-refusal';
import { LOCALES } from '../../cards/strings';
import { handOver } from '../../domain/live/hand-over';
import type { LiveRefusal } from '../../domain/live/refusal';

const REASONS: LiveRefusal[] = [
  { code: 'sign-in-needed' },
  { code: 'forbidden', needed: ['Admin agent', 'Global admin'] },
  { code: 'not-found' },
  { code: 'throttled', retryAfterSeconds: 30 },
  { code: 'throttled' },
  { code: 'unavailable', status: 503 },
  { code: 'timeout' },
  { code: 'outcome-unknown', operation: 'cancel', requestId: '5f0e9c1a-0000-5000-8000-000000000001' },
  { code: 'rejected', status: 400, partnerCenterCode: '800002', description: 'The quantity must be within the allowed range.' },
  { code: 'history-limit', days: 90, oldest: '2026-09-01' },
  handOver('keys-and-downloads', { customerId: 'c1' }, { orderId: 'o-1' }).reason,
  handOver('support-request').reason,
  handOver('isv-offers').reason,
  handOver('isv-licenses').reason,
  handOver('isv-deals').reason,
  handOver('azure-role-assignment', { customerId: 'c1', azureSubscriptionId: 's1' }).reason,
  handOver('csp-catalog').reason,
];

describe('what the user reads when the real Partner Center refuses', () => {
  it.each(LOCALES)('has a whole sentence for every refusal in %s, with its values', (locale) => {
    for (const reason of REASONS) {
      const text = partnerCenterRefusalMessages(reason)
        .map((m) => t(m, locale))
        .join('\n');
      expect(text).not.toMatch(/\{\w+|pc\.refusal\.|handOver\./);
      if (reason.code === 'forbidden') expect(text).toContain('Admin agent');
      if (reason.code === 'throttled' && reason.retryAfterSeconds) expect(text).toContain('30');
      if (reason.code === 'outcome-unknown') expect(text).toContain(reason.requestId);
      if (reason.code === 'rejected') expect(text).toContain('800002');
      if (reason.code === 'hand-over') expect(text).toContain(reason.handOver.link);
    }
  });

  it('says in French from when Partner Center keeps activity, and names the values to copy', () => {
    expect(t(partnerCenterRefusalMessages({ code: 'history-limit', days: 90, oldest: '2026-09-01' })[0] as never, 'fr')).toMatch(
      /90 jours.*1 sept\. 2026/,
    );
    const texts = partnerCenterRefusalMessages(handOver('keys-and-downloads', { customerId: 'c1' }, { orderId: 'o-1' }).reason).map((m) =>
      t(m, 'nl'),
    );
    expect(texts).toEqual([
      expect.stringContaining('https://partner.microsoft.com/dashboard/v2/customers/c1/orders'),
      expect.stringMatching(/Sleutels en downloads/),
      expect.stringContaining('orderId: o-1'),
    ]);
  });
});
