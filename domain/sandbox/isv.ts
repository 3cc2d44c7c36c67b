import { createHash, randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import { etagOf } from '../etag';
import { checkDealOffer, checkLicenseAccess, DomainSchema, licenseChanges, parseLicenseCount } from '../isv/deal-rules';
import type { IsvDeal, IsvOffer, IsvPlan, IsvRelationship, LicenseMap } from '../isv/model';
import { LicensingSchema } from '../isv/model';
import {
  checkAlias,
  checkGoLive,
  checkOfferId,
  checkPackageUrl,
  checkPlanId,
  checkText,
  hasPlans,
  MAX_PLAN_DESCRIPTION_LENGTH,
  MAX_PLAN_NAME_LENGTH,
  offerStatus,
  reviewOffer,
  serviceIdOf,
} from '../isv/offer-rules';
import type { IsvApi, IsvEffect, IsvRefusal, IsvResult, NewDeal, NewOffer, NewPlan, OfferView, RelationshipView } from '../isv/port';
import type { ActivityApi, DirectoryApi } from '../partner-center';
import { checkRoles } from '../rules/roles';
import { resolveSeedDate } from './seed-schema';
import type { IsvSeed } from './isv-seed';
import type { SandboxStore } from './store';

/** Where a consent link points by default: the local server's consent page (see acceptConsent). */
export const DEFAULT_CONSENT_BASE = 'http://127.0.0.1:3978/sandbox/consent/';

const refused = (reason: IsvRefusal): IsvResult<never> => ({ status: 'refused', reason });
const done = <T>(value: T): IsvResult<T> => ({ status: 'done', value });

/** The sandbox's commercial marketplace: offers, plans, deals, relationships and licenses over the store. */
export class SandboxIsv implements IsvApi {
  /** The server sets this to its own address so that consent links open its consent page. */
  consentBase = DEFAULT_CONSENT_BASE;

  constructor(
    private readonly store: SandboxStore,
    private readonly clock: Clock,
    private readonly directory: DirectoryApi,
    private readonly activity: ActivityApi,
  ) {}

  async seed(seed: IsvSeed, now: Date): Promise<void> {
    const publisherId = await this.publisherId();
    for (const o of seed.offers) {
      const offer: IsvOffer = {
        ...o,
        createdAt: resolveSeedDate(o.createdAt, now),
        ...(o.previewAt ? { previewAt: resolveSeedDate(o.previewAt, now) } : {}),
        ...(o.goLiveAt ? { goLiveAt: resolveSeedDate(o.goLiveAt, now) } : {}),
      };
      await this.store.set(`isv-offer:${o.offerId}`, offer);
    }
    await this.store.set(
      'index:isv-offers',
      seed.offers.map((o) => o.offerId),
    );
    for (const o of seed.offers) {
      const plans = seed.plans.filter((p) => p.offerId === o.offerId);
      for (const p of plans)
        await this.store.set(`isv-plan:${o.offerId}:${p.planId}`, { ...p, serviceId: serviceIdOf(publisherId, o.offerId, p.planId) });
      await this.store.set(
        `index:isv-plans:${o.offerId}`,
        plans.map((p) => p.planId),
      );
    }
    for (const r of seed.relationships) {
      const rel: IsvRelationship = {
        ...r,
        invitedAt: resolveSeedDate(r.invitedAt, now),
        ...(r.acceptedAt ? { acceptedAt: resolveSeedDate(r.acceptedAt, now) } : {}),
      };
      await this.store.set(`isv-relationship:${r.relationshipId}`, rel);
      await this.store.set(`isv-consent:${r.token}`, r.relationshipId);
    }
    await this.store.set(
      'index:isv-relationships',
      seed.relationships.map((r) => r.relationshipId),
    );
    for (const { licenses, ...d } of seed.deals) {
      await this.store.set(`isv-deal:${d.dealId}`, { ...d, registeredAt: resolveSeedDate(d.registeredAt, now) });
      await this.store.set(`isv-licenses:${d.dealId}`, licenses);
    }
    await this.store.set(
      'index:isv-deals',
      seed.deals.map((d) => d.dealId),
    );
  }

  async publisherId(): Promise<string> {
    return (await this.store.get<string>('publisherId')) ?? 'contosoisv';
  }

  // --- reads ------------------------------------------------------------------

  async offers(): Promise<OfferView[]> {
    const offers = await this.store.getMany<IsvOffer>((await this.store.index('isv-offers')).map((id) => `isv-offer:${id}`));
    return offers.map((o) => this.view(o));
  }

  async offer(offerId: string): Promise<OfferView | undefined> {
    const o = await this.store.get<IsvOffer>(`isv-offer:${offerId}`);
    return o && this.view(o);
  }

  async plans(offerId: string): Promise<IsvPlan[]> {
    return this.store.getMany<IsvPlan>((await this.store.index(`isv-plans:${offerId}`)).map((id) => `isv-plan:${offerId}:${id}`));
  }

  async deals(): Promise<IsvDeal[]> {
    return this.store.getMany<IsvDeal>((await this.store.index('isv-deals')).map((id) => `isv-deal:${id}`));
  }

  deal(dealId: string): Promise<IsvDeal | undefined> {
    return this.store.get<IsvDeal>(`isv-deal:${dealId}`);
  }

  async relationships(): Promise<RelationshipView[]> {
    const all = await this.store.getMany<IsvRelationship>(
      (await this.store.index('isv-relationships')).map((id) => `isv-relationship:${id}`),
    );
    return all.map((r) => this.relView(r));
  }

  async relationship(relationshipId: string): Promise<RelationshipView | undefined> {
    const r = await this.store.get<IsvRelationship>(`isv-relationship:${relationshipId}`);
    return r && this.relView(r);
  }

  async licenses(dealId: string): Promise<LicenseMap> {
    return (await this.store.get<LicenseMap>(`isv-licenses:${dealId}`)) ?? {};
  }

  // --- side effects -------------------------------------------------------------

  createOffer(input: NewOffer, effect: IsvEffect): Promise<IsvResult<OfferView>> {
    return this.act(effect, 'isv-create-offer', input.offerId, undefined, async () => {
      const publisherId = await this.publisherId();
      const id = checkOfferId(publisherId, input.offerId, await this.store.index('isv-offers'));
      if (!id.ok) return refused({ code: 'invalid-offer-id', problems: id.problems });
      const alias = checkAlias(input.alias);
      if (!alias.ok) return refused({ code: 'invalid', field: 'alias' });
      const licensing = LicensingSchema.safeParse(input.licensing);
      if (!licensing.success) return refused({ code: 'invalid', field: 'licensing' });
      const offer: IsvOffer = {
        offerId: id.id,
        alias: alias.value,
        licensing: licensing.data,
        createdAt: this.now(),
        createdBy: effect.userId,
      };
      await this.store.set(`isv-offer:${offer.offerId}`, offer);
      await this.store.addToIndex('isv-offers', offer.offerId);
      return done(this.view(offer));
    });
  }

  savePlan(input: NewPlan, effect: IsvEffect): Promise<IsvResult<IsvPlan>> {
    return this.act(effect, 'isv-save-plan', `${input.offerId}/${input.planId}`, undefined, async () => {
      const offer = await this.offer(input.offerId);
      if (!offer) return refused({ code: 'unknown-offer' });
      // Plans and Service IDs exist only for offers whose licenses Microsoft manages.
      if (!hasPlans(offer)) return refused({ code: 'no-license-management' });
      const id = checkPlanId(input.planId, await this.store.index(`isv-plans:${input.offerId}`));
      if (!id.ok) return refused({ code: 'invalid-plan-id', problems: id.problems });
      const name = checkText(input.name, MAX_PLAN_NAME_LENGTH);
      const description = checkText(input.description, MAX_PLAN_DESCRIPTION_LENGTH);
      if (!name.ok) return refused({ code: 'invalid', field: 'name' });
      if (!description.ok) return refused({ code: 'invalid', field: 'description' });
      const plan: IsvPlan = {
        offerId: offer.offerId,
        planId: id.id,
        name: name.value,
        description: description.value,
        status: input.publish ? 'published' : 'draft',
        serviceId: serviceIdOf(await this.publisherId(), offer.offerId, id.id),
      };
      await this.store.set(`isv-plan:${offer.offerId}:${plan.planId}`, plan);
      await this.store.addToIndex(`isv-plans:${offer.offerId}`, plan.planId);
      return done(plan);
    });
  }

  publishPlan(offerId: string, planId: string, effect: IsvEffect): Promise<IsvResult<IsvPlan>> {
    return this.act(effect, 'isv-publish-plan', `${offerId}/${planId}`, undefined, async () => {
      const plan = await this.store.get<IsvPlan>(`isv-plan:${offerId}:${planId}`);
      if (!plan) return refused({ code: 'unknown-plan', planId });
      if (moved(plan, effect)) return refused({ code: 'changed' });
      const published: IsvPlan = { ...plan, status: 'published' };
      await this.store.set(`isv-plan:${offerId}:${planId}`, published);
      return done(published);
    });
  }

  publishOffer(offerId: string, config: { packageUrl?: string }, effect: IsvEffect) {
    return this.act(effect, 'isv-publish-offer', offerId, undefined, async () => {
      const offer = await this.store.get<IsvOffer>(`isv-offer:${offerId}`);
      if (!offer) return refused({ code: 'unknown-offer' });
      if (this.view(offer).status !== 'draft') return refused({ code: 'offer-published' });
      // Another person's attempt (its package URL, its review) since this user's summary is not overwritten.
      if (moved(this.view(offer), effect)) return refused({ code: 'changed' });
      let packageUrl = offer.packageUrl;
      if (config.packageUrl !== undefined) {
        const url = checkPackageUrl(config.packageUrl);
        if (!url.ok) return refused({ code: 'invalid', field: 'packageUrl' });
        packageUrl = url.url;
      }
      const configured: IsvOffer = { ...offer, baseLicenseModel: 'User', ...(packageUrl ? { packageUrl } : {}) };
      const issues = reviewOffer(configured, await this.plans(offerId));
      const reviewed: IsvOffer = issues.length ? configured : { ...configured, previewAt: this.now() };
      await this.store.set(`isv-offer:${offerId}`, reviewed);
      return done({ offer: this.view(reviewed), issues });
    });
  }

  goLive(offerId: string, effect: IsvEffect): Promise<IsvResult<OfferView>> {
    return this.act(effect, 'isv-go-live', offerId, undefined, async () => {
      const offer = await this.store.get<IsvOffer>(`isv-offer:${offerId}`);
      if (!offer) return refused({ code: 'unknown-offer' });
      const check = checkGoLive(this.view(offer).status);
      if (!check.ok) return refused({ code: 'not-preview', status: check.status });
      const live: IsvOffer = { ...offer, goLiveAt: this.now() };
      await this.store.set(`isv-offer:${offerId}`, live);
      return done(this.view(live));
    });
  }

  registerDeal(input: NewDeal, effect: IsvEffect): Promise<IsvResult<IsvDeal>> {
    return this.act(effect, 'isv-register-deal', input.customerName, input.customerName, async () => {
      const offer = await this.offer(input.offerId);
      if (!offer) return refused({ code: 'unknown-offer' });
      const check = checkDealOffer(offer.status, offer.licensing.mode === 'license-management');
      if (!check.ok) return refused({ code: 'deal-offer', reason: check.code });
      const name = checkText(input.customerName, 100);
      if (!name.ok) return refused({ code: 'invalid', field: 'customerName' });
      if (!(input.value > 0) || !/^\d{4}-\d{2}-\d{2}$/.test(input.closeDate)) return refused({ code: 'invalid', field: 'value' });
      const seq = ((await this.store.get<number>('isv-deal-seq')) ?? 0) + 1;
      await this.store.set('isv-deal-seq', seq);
      const deal: IsvDeal = {
        dealId: `D-${2000 + seq}`,
        customerName: name.value,
        offerId: offer.offerId,
        value: input.value,
        currency: 'USD',
        closeDate: input.closeDate,
        status: 'in-progress',
        registeredAt: this.now(),
        registeredBy: effect.userId,
      };
      await this.store.set(`isv-deal:${deal.dealId}`, deal);
      await this.store.addToIndex('isv-deals', deal.dealId);
      return done(deal);
    });
  }

  linkCustomer(dealId: string, relationshipId: string, effect: IsvEffect) {
    return this.act(effect, 'isv-link-customer', dealId, relationshipId, async () => {
      const deal = await this.deal(dealId);
      if (deal?.status !== 'in-progress') return refused({ code: 'unknown-deal' });
      // Someone gave the deal its customer meanwhile: linking another one would undo that.
      if (moved(deal, effect)) return refused({ code: 'changed' });
      const rel = await this.relationship(relationshipId);
      if (!rel) return refused({ code: 'unknown-relationship' });
      const linked: IsvDeal = { ...deal, relationshipId };
      await this.store.set(`isv-deal:${dealId}`, linked);
      return done({ deal: linked, relationship: rel });
    });
  }

  inviteCustomer(dealId: string, customer: { customerName: string; domain: string }, effect: IsvEffect) {
    return this.act(effect, 'isv-invite-customer', dealId, customer.domain, async () => {
      const deal = await this.deal(dealId);
      if (deal?.status !== 'in-progress') return refused({ code: 'unknown-deal' });
      if (moved(deal, effect)) return refused({ code: 'changed' });
      const domain = DomainSchema.safeParse(customer.domain);
      if (!domain.success) return refused({ code: 'invalid', field: 'domain' });
      // A customer already invited keeps their relationship and link: inviting again changes nothing.
      let rel = await this.store.get<IsvRelationship>(`isv-relationship:${domain.data}`);
      if (!rel) {
        rel = {
          relationshipId: domain.data,
          customerName: customer.customerName.trim() || deal.customerName,
          domain: domain.data,
          status: 'pending',
          token: randomUUID(),
          invitedAt: this.now(),
        };
        await this.store.set(`isv-relationship:${rel.relationshipId}`, rel);
        await this.store.set(`isv-consent:${rel.token}`, rel.relationshipId);
        await this.store.addToIndex('isv-relationships', rel.relationshipId);
      }
      const linked: IsvDeal = { ...deal, relationshipId: rel.relationshipId };
      await this.store.set(`isv-deal:${dealId}`, linked);
      return done({ deal: linked, relationship: this.relView(rel) });
    });
  }

  updateLicenses(dealId: string, wanted: LicenseMap, effect: IsvEffect, basis: LicenseMap) {
    // The key names the wanted licenses too: a second, different commit in the same run is another effect.
    const digest = createHash('sha256')
      .update(JSON.stringify(Object.entries(wanted).sort()))
      .digest('hex')
      .slice(0, 12);
    return this.act(
      { ...effect, idempotencyKey: `${effect.idempotencyKey}:${digest}` },
      'isv-update-licenses',
      dealId,
      undefined,
      async () => {
        const deal = await this.deal(dealId);
        if (!deal) return refused({ code: 'unknown-deal' });
        const rel = deal.relationshipId ? await this.relationship(deal.relationshipId) : undefined;
        const access = checkLicenseAccess(deal, rel);
        if (!access.ok) return refused({ code: 'licenses', reason: access.code });
        const plans = await this.plans(deal.offerId);
        for (const [planId, count] of Object.entries(wanted)) {
          const plan = plans.find((p) => p.planId === planId);
          if (!plan) return refused({ code: 'unknown-plan', planId });
          if (plan.status !== 'published') return refused({ code: 'plan-not-published', planId });
          if (!parseLicenseCount(String(count)).ok) return refused({ code: 'invalid', field: 'count' });
        }
        const now = await this.licenses(dealId);
        // Someone changed them after the user's summary was made: applying `wanted` would undo that.
        if (!sameLicenses(now, basis)) return refused({ code: 'changed', licenses: now });
        const changes = licenseChanges(now, wanted);
        await this.store.set(`isv-licenses:${dealId}`, { ...wanted });
        return done({ changes, licenses: { ...wanted } });
      },
    );
  }

  /**
   * The customer's billing or global admin accepted the invitation: the relationship becomes
   * active. The local server's consent page (GET /sandbox/consent/:token) calls this.
   */
  /** The invitation behind a consent link, read without accepting it: what the consent page shows. */
  async consentInvitation(
    token: string,
  ): Promise<{ customerName: string; domain: string; publisherId: string; status: IsvRelationship['status'] } | undefined> {
    const id = await this.store.get<string>(`isv-consent:${token}`);
    const rel = id ? await this.store.get<IsvRelationship>(`isv-relationship:${id}`) : undefined;
    return rel
      ? { customerName: rel.customerName, domain: rel.domain, publisherId: await this.publisherId(), status: rel.status }
      : undefined;
  }

  async acceptConsent(token: string): Promise<RelationshipView | undefined> {
    const id = await this.store.get<string>(`isv-consent:${token}`);
    const rel = id ? await this.store.get<IsvRelationship>(`isv-relationship:${id}`) : undefined;
    if (!rel) return undefined;
    if (rel.status === 'active') return this.relView(rel);
    const accepted: IsvRelationship = { ...rel, status: 'active', acceptedAt: this.now() };
    await this.store.set(`isv-relationship:${rel.relationshipId}`, accepted);
    await this.activity.record({
      userId: 'customer',
      userName: rel.customerName,
      action: 'isv-accept-consent',
      customerId: rel.relationshipId,
      subject: rel.domain,
      outcome: 'done',
    });
    return this.relView(accepted);
  }

  // --- helpers --------------------------------------------------------------------

  private now(): string {
    return this.clock.now().toISOString();
  }

  private view(o: IsvOffer): OfferView {
    return { ...o, status: offerStatus(o, this.clock.now()) };
  }

  private relView(r: IsvRelationship): RelationshipView {
    return { ...r, consentLink: `${this.consentBase}${encodeURIComponent(r.token)}` };
  }

  /** Once per key, with the acting user's roles checked when it is carried out, and recorded in the activity log. */
  private act<T>(
    effect: IsvEffect,
    action: string,
    subject: string,
    customerId: string | undefined,
    run: () => Promise<IsvResult<T>>,
  ): Promise<IsvResult<T>> {
    return this.store.once(effect.idempotencyKey, async () => {
      const user = await this.directory.user(effect.userId);
      const roles = checkRoles(user?.roles ?? [], 'isv-licensing');
      const outcome: IsvResult<T> = roles.allowed ? await run() : refused({ code: 'forbidden', needed: roles.needed });
      await this.activity.record({
        userId: effect.userId,
        userName: user?.name ?? effect.userId,
        action,
        customerId,
        subject,
        outcome: outcome.status === 'done' ? 'done' : 'refused',
        detail: outcome.status === 'refused' ? outcome.reason.code : undefined,
      });
      return outcome;
    });
  }
}

/** The consent page's handler: accepts the invitation behind a consent link's token. */
export function acceptConsent(isv: SandboxIsv, token: string): Promise<RelationshipView | undefined> {
  return isv.acceptConsent(token);
}

/** The record is no longer the version the user's summary was made from (the effect's ifMatch). */
function moved(record: unknown, effect: IsvEffect): boolean {
  return effect.ifMatch !== undefined && etagOf(record) !== effect.ifMatch;
}

function sameLicenses(a: LicenseMap, b: LicenseMap): boolean {
  const key = (m: LicenseMap) => JSON.stringify(Object.entries(m).sort(([x], [y]) => x.localeCompare(y)));
  return key(a) === key(b);
}
