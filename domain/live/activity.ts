import type { ActivityRecord } from '../model';
import type { ActivityApi } from '../partner-center';
import type { PartnerCenterHttp } from './http';
import { fetchAll } from './paging';
import { PartnerCenterRefusal } from './refusal';
import { type PcAuditRecord, toActivity } from './resources';

/** Partner Center keeps audit records for this many days. */
export const AUDIT_DAYS = 90;
const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The activity log from Partner Center's audit records (GET /v1/auditrecords?startDate&endDate,
 * paged). What the assistant itself records goes to `own` (Partner Center records its own side:
 * every change made through its API appears in its audit records).
 */
export class LiveActivity implements ActivityApi {
  constructor(
    private readonly http: PartnerCenterHttp,
    private readonly own: Pick<ActivityApi, 'record'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  record(entry: Omit<ActivityRecord, 'id' | 'at'>): Promise<ActivityRecord> {
    return this.own.record(entry);
  }

  /** A range that starts more than 90 days ago is refused, saying from when records exist. */
  async list(from: Date, to: Date): Promise<ActivityRecord[]> {
    const oldest = new Date(Date.UTC(this.now().getUTCFullYear(), this.now().getUTCMonth(), this.now().getUTCDate()) - AUDIT_DAYS * DAY);
    if (from.getTime() < oldest.getTime()) throw new PartnerCenterRefusal({ code: 'history-limit', days: AUDIT_DAYS, oldest: day(oldest) });
    // Asked up to the next day, then trimmed to the range: the last day is never cut short.
    const end = new Date(to.getTime() + DAY);
    const path = `/v1/auditrecords?startDate=${day(from)}&endDate=${day(end)}&size=500`;
    const records = await fetchAll<PcAuditRecord, PcAuditRecord>(this.http, path, (r) => r);
    return records
      .map(toActivity)
      .filter((r) => Date.parse(r.at) >= from.getTime() && Date.parse(r.at) <= to.getTime())
      .sort((a, b) => b.at.localeCompare(a.at));
  }
}
