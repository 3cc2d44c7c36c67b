import type { Page } from '../partner-center';
import type { PartnerCenterHttp } from './http';
import type { PcCollection } from './resources';

/**
 * Partner Center pages a collection with a "next" link that carries the MS-ContinuationToken
 * header. The port's opaque continuation holds both, so the next page is asked for exactly so.
 */
export function encodeContinuation(next: { uri: string; token?: string }): string {
  return Buffer.from(JSON.stringify(next)).toString('base64url');
}

export function decodeContinuation(continuation: string): { uri: string; token?: string } | undefined {
  try {
    const v = JSON.parse(Buffer.from(continuation, 'base64url').toString('utf8')) as { uri?: unknown; token?: unknown };
    // Only a path of the same API: a continuation never sends the token to another host.
    if (typeof v.uri !== 'string' || !v.uri.startsWith('/v1/')) return undefined;
    return { uri: v.uri, ...(typeof v.token === 'string' ? { token: v.token } : {}) };
  } catch {
    return undefined;
  }
}

export async function fetchPage<R, T>(
  http: PartnerCenterHttp,
  first: string,
  continuation: string | undefined,
  map: (r: R) => T,
): Promise<Page<T>> {
  const next = continuation ? decodeContinuation(continuation) : undefined;
  const path = next?.uri ?? first;
  const headers: Record<string, string> = next?.token ? { 'MS-ContinuationToken': next.token } : {};
  const { body } = await http.get<PcCollection<R>>(path, { headers });
  const items = (body?.items ?? []).map(map);
  const link = body?.links?.next;
  const token = link?.headers.find((h) => h.key.toLowerCase() === 'ms-continuationtoken')?.value ?? body?.continuationToken;
  const uri = link ? (link.uri.startsWith('/') ? link.uri : `/${link.uri}`) : undefined;
  return {
    items,
    ...(body?.totalCount !== undefined ? { total: body.totalCount } : {}),
    ...(uri ? { continuation: encodeContinuation({ uri, ...(token ? { token } : {}) }) } : {}),
  };
}

/** Every page, up to a bound (a runaway "next" link never loops for ever). */
export async function fetchAll<R, T>(http: PartnerCenterHttp, first: string, map: (r: R) => T, maxPages = 50): Promise<T[]> {
  const all: T[] = [];
  let continuation: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page: Page<T> = await fetchPage(http, first, continuation, map);
    all.push(...page.items);
    if (!page.continuation) break;
    continuation = page.continuation;
  }
  return all;
}
