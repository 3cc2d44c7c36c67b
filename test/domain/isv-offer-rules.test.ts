import {
  appSourceUrl,
  checkAlias,
  checkGoLive,
  checkOfferId,
  checkPackageUrl,
  checkPlanId,
  formatInZone,
  goLiveWindow,
  listingButtons,
  maxOfferIdLength,
  offerStatus,
  reviewOffer,
  serviceIdOf,
  suggestId,
} from '../../domain/isv/offer-rules';

const HOUR = 3_600_000;

describe('Offer ID', () => {
  const pub = 'contosoisv'; // 10 characters

  it('accepts publisher + offer at 39 characters and refuses 40', () => {
    expect(maxOfferIdLength(pub)).toBe(29);
    expect(checkOfferId(pub, 'a'.repeat(29), [])).toEqual({ ok: true, id: 'a'.repeat(29) });
    expect(checkOfferId(pub, 'a'.repeat(30), [])).toEqual({ ok: false, problems: [{ code: 'too-long', length: 40, max: 39 }] });
  });

  it('counts the publisher ID: a longer publisher leaves less room', () => {
    expect(checkOfferId('p'.repeat(38), 'a', []).ok).toBe(true);
    expect(checkOfferId('p'.repeat(39), 'a', []).ok).toBe(false);
  });

  it('allows lowercase letters, digits, hyphens and underscores only', () => {
    expect(checkOfferId(pub, 'crm-sync_2', []).ok).toBe(true);
    expect(checkOfferId(pub, 'CRM-sync', [])).toEqual({ ok: false, problems: [{ code: 'uppercase' }], suggestion: 'crm-sync' });
    expect(checkOfferId(pub, 'crm sync', [])).toEqual({ ok: false, problems: [{ code: 'spaces' }], suggestion: 'crm-sync' });
    expect(checkOfferId(pub, 'crm.sync', [])).toEqual({ ok: false, problems: [{ code: 'bad-chars', chars: ['.'] }] });
    expect(checkOfferId(pub, 'crmé', [])).toMatchObject({ ok: false, problems: [{ code: 'bad-chars', chars: ['é'] }] });
  });

  it('ignores surrounding blanks but refuses an empty ID', () => {
    expect(checkOfferId(pub, '  crm-sync ', [])).toEqual({ ok: true, id: 'crm-sync' });
    expect(checkOfferId(pub, '   ', [])).toEqual({ ok: false, problems: [{ code: 'empty' }] });
  });

  it('is unique per publisher, and suggests no fix that is itself taken or too long', () => {
    expect(checkOfferId(pub, 'crm-sync', ['crm-sync'])).toEqual({ ok: false, problems: [{ code: 'taken' }] });
    expect(checkOfferId(pub, 'CRM-Sync', ['crm-sync'])).toEqual({ ok: false, problems: [{ code: 'uppercase' }] });
    expect(checkOfferId(pub, `A${'a'.repeat(29)}`, [])).toEqual({
      ok: false,
      problems: [{ code: 'uppercase' }, { code: 'too-long', length: 40, max: 39 }],
    });
    expect(suggestId('  My  Offer ')).toBe('my-offer');
  });

  it('makes the AppSource address and the Service ID', () => {
    expect(appSourceUrl('testpublisherid', 'test-offer-1')).toBe(
      'https://appsource.microsoft.com/product/dynamics-365/testpublisherid.test-offer-1',
    );
    expect(serviceIdOf('contosoisv', 'crm-sync', 'standard')).toBe('contosoisv.crm-sync.standard');
  });
});

describe('Plan ID', () => {
  it('accepts 50 characters and refuses 51', () => {
    expect(checkPlanId('p'.repeat(50), []).ok).toBe(true);
    expect(checkPlanId('p'.repeat(51), [])).toEqual({ ok: false, problems: [{ code: 'too-long', length: 51, max: 50 }] });
  });
  it('is unique in the offer and uses the same characters as an Offer ID', () => {
    expect(checkPlanId('standard', ['standard'])).toEqual({ ok: false, problems: [{ code: 'taken' }] });
    expect(checkPlanId('standard', ['premium']).ok).toBe(true);
    expect(checkPlanId('Gold Plan', [])).toEqual({
      ok: false,
      problems: [{ code: 'uppercase' }, { code: 'spaces' }],
      suggestion: 'gold-plan',
    });
  });
});

describe('alias and package URL', () => {
  it('requires an alias of at most 100 characters', () => {
    expect(checkAlias('  ')).toEqual({ ok: false, code: 'empty', max: 100 });
    expect(checkAlias('x'.repeat(100)).ok).toBe(true);
    expect(checkAlias('x'.repeat(101))).toEqual({ ok: false, code: 'too-long', max: 100 });
  });
  it('wants an absolute https URL', () => {
    expect(checkPackageUrl('https://packages.example.com/a.zip')).toEqual({ ok: true, url: 'https://packages.example.com/a.zip' });
    expect(checkPackageUrl('http://packages.example.com/a.zip')).toEqual({ ok: false, code: 'not-https' });
    expect(checkPackageUrl('packages.example.com/a.zip')).toEqual({ ok: false, code: 'not-url' });
    expect(checkPackageUrl('/a.zip')).toEqual({ ok: false, code: 'not-url' });
  });
});

describe('offer status and going live', () => {
  const goLiveAt = '2026-11-22T08:00:00.000Z';
  it('is live once 4 hours have passed since Go live, not a millisecond before', () => {
    expect(offerStatus({}, new Date(goLiveAt))).toBe('draft');
    expect(offerStatus({ previewAt: goLiveAt }, new Date(goLiveAt))).toBe('preview');
    expect(offerStatus({ previewAt: goLiveAt, goLiveAt }, new Date(Date.parse(goLiveAt) + 4 * HOUR - 1))).toBe('going-live');
    expect(offerStatus({ previewAt: goLiveAt, goLiveAt }, new Date(Date.parse(goLiveAt) + 4 * HOUR))).toBe('live');
  });
  it('gives the window of 4 to 6 hours', () => {
    expect(goLiveWindow(new Date(goLiveAt))).toEqual({ from: '2026-11-22T12:00:00.000Z', to: '2026-11-22T14:00:00.000Z' });
  });
  it('lets only an offer in Preview go live', () => {
    expect(checkGoLive('preview')).toEqual({ ok: true });
    for (const s of ['draft', 'going-live', 'live'] as const) expect(checkGoLive(s)).toEqual({ ok: false, status: s });
  });
  it('formats a time in an IANA zone, and refuses an unknown zone', () => {
    expect(formatInZone('2026-11-22T12:00:00.000Z', 'Europe/Stockholm')).toBe('2026-11-22 13:00');
    expect(formatInZone('2026-07-01T12:00:00.000Z', 'Europe/Stockholm')).toBe('2026-07-01 14:00');
    expect(formatInZone('2026-11-22T12:00:00.000Z', 'Mars/Olympus')).toBeUndefined();
  });
});

describe('listing buttons once live', () => {
  it('shows only Contact Me when a license check is required', () => {
    expect(listingButtons({ mode: 'license-management', freeInstall: false })).toEqual({
      buttons: ['Contact Me'],
      reason: 'license-check',
    });
  });
  it('shows Get It Now and Contact Me with the free installation option', () => {
    expect(listingButtons({ mode: 'license-management', freeInstall: true })).toEqual({
      buttons: ['Get It Now', 'Contact Me'],
      reason: 'free-install',
    });
  });
  it('shows the listing option chosen without license management', () => {
    expect(listingButtons({ mode: 'get-it-now' }).buttons).toEqual(['Get It Now']);
    expect(listingButtons({ mode: 'free-trial' }).buttons).toEqual(['Free Trial']);
    expect(listingButtons({ mode: 'contact-me' }).buttons).toEqual(['Contact Me']);
  });
});

describe('review', () => {
  it('reports no plan, each plan not published, and a missing package URL', () => {
    expect(reviewOffer({}, [])).toEqual([{ code: 'no-plan' }, { code: 'package-url-missing' }]);
    expect(
      reviewOffer({ packageUrl: 'https://x.example/p.zip' }, [
        { planId: 'a', status: 'draft' },
        { planId: 'b', status: 'published' },
      ]),
    ).toEqual([{ code: 'plan-not-published', planId: 'a' }]);
    expect(reviewOffer({ packageUrl: 'https://x.example/p.zip' }, [{ planId: 'b', status: 'published' }])).toEqual([]);
  });
});
