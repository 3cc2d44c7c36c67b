import { randomUUID } from 'node:crypto';
import { PartnerCenterRefusal } from './refusal';

/** The signed-in user's Partner Center access token, asked for on every call; undefined when not signed in. */
export type AccessToken = () => Promise<string | undefined>;

export interface HttpOptions {
  /** https://api.partnercenter.microsoft.com, or a test server. */
  baseUrl: string;
  token: AccessToken;
  /** One attempt gives up after this long. */
  timeoutMs?: number;
  /** Attempts in all, the first one included. */
  attempts?: number;
  /** First back-off delay; doubles on every retry (Retry-After wins when Partner Center sends it). */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the user is told instead. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Sees every attempt (method, path, status, ids): never the token or the body. */
  onAttempt?: (a: {
    method: string;
    path: string;
    status: number | 'timeout' | 'network';
    requestId: string;
    correlationId: string;
  }) => void;
}

export interface CallOptions {
  body?: unknown;
  /**
   * MS-RequestId: Partner Center's idempotency key. A retry after a timeout carries the same value,
   * so a change derives it from the side effect's idempotency key and never acts twice.
   */
  requestId?: string;
  headers?: Record<string, string>;
  /** Retry even though the call changes something (only when requestId makes it idempotent). */
  retry?: boolean;
  /** The body as text (a price sheet is CSV), not JSON. */
  text?: boolean;
}

export interface Response<T> {
  status: number;
  body: T;
  headers: Headers;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls the Partner Center REST API: ids on every request, a timeout, retries with back-off. */
export class PartnerCenterHttp {
  private readonly timeoutMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: HttpOptions) {
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.attempts = Math.max(1, options.attempts ?? 4);
    this.backoffMs = options.backoffMs ?? 500;
    this.maxWaitMs = options.maxWaitMs ?? 30_000;
    this.sleep = options.sleep ?? sleepFor;
  }

  get<T>(path: string, options: CallOptions = {}): Promise<Response<T>> {
    return this.call<T>('GET', path, { retry: true, ...options });
  }

  send<T>(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, options: CallOptions): Promise<Response<T>> {
    return this.call<T>(method, path, { retry: options.requestId !== undefined, ...options });
  }

  private async call<T>(method: string, path: string, options: CallOptions): Promise<Response<T>> {
    const requestId = options.requestId ?? randomUUID();
    let last: PartnerCenterRefusal | undefined;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      const token = await this.options.token();
      if (!token) throw new PartnerCenterRefusal({ code: 'sign-in-needed' });
      const correlationId = randomUUID();
      const outcome = await this.attempt(method, path, token, requestId, correlationId, options);
      this.options.onAttempt?.({
        method,
        path: path.split('?')[0] ?? path,
        status: outcome.kind === 'response' ? outcome.response.status : outcome.kind,
        requestId,
        correlationId,
      });
      if (outcome.kind === 'response') {
        const { response } = outcome;
        if (response.ok)
          return {
            status: response.status,
            body: (options.text ? await response.text() : await readJson(response)) as T,
            headers: response.headers,
          };
        const retryable = response.status === 429 || response.status >= 500;
        const refusal = await refusalOf(response);
        if (!retryable) throw refusal;
        last = refusal;
        const wait = retryAfterMs(response.headers.get('retry-after'));
        if (!options.retry || attempt === this.attempts) break;
        if (wait !== undefined && wait > this.maxWaitMs) break;
        await this.sleep(wait ?? this.backoff(attempt));
        continue;
      }
      last = new PartnerCenterRefusal(outcome.kind === 'timeout' ? { code: 'timeout' } : { code: 'unavailable' });
      if (!options.retry || attempt === this.attempts) break;
      await this.sleep(this.backoff(attempt));
    }
    throw last ?? new PartnerCenterRefusal({ code: 'unavailable' });
  }

  private backoff(attempt: number): number {
    return this.backoffMs * 2 ** (attempt - 1);
  }

  private async attempt(
    method: string,
    path: string,
    token: string,
    requestId: string,
    correlationId: string,
    options: CallOptions,
  ): Promise<{ kind: 'response'; response: globalThis.Response } | { kind: 'timeout' } | { kind: 'network' }> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const response = await fetch(`${this.options.baseUrl}${path}`, {
        method,
        signal: abort.signal,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          'MS-RequestId': requestId,
          'MS-CorrelationId': correlationId,
          'MS-Contract-Version': 'v1',
          'MS-PartnerCenter-Application': 'Partner Center Assistant',
          ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...options.headers,
        },
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
      // The body is read inside the timeout too: a server that stalls mid-answer is a timeout.
      const text = await response.text();
      return {
        kind: 'response',
        response: new globalThis.Response(text === '' ? null : text, { status: response.status, headers: response.headers }),
      };
    } catch {
      return abort.signal.aborted ? { kind: 'timeout' } : { kind: 'network' };
    } finally {
      clearTimeout(timer);
    }
  }
}

async function readJson(response: globalThis.Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

/** Retry-After is seconds or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Partner Center's error body: { code, description, data, source }. */
async function refusalOf(response: globalThis.Response): Promise<PartnerCenterRefusal> {
  const body = (await readJson(response)) as { code?: unknown; errorCode?: unknown; description?: unknown; message?: unknown } | undefined;
  const code = body?.code ?? body?.errorCode;
  const description = body?.description ?? body?.message;
  const status = response.status;
  if (status === 401) return new PartnerCenterRefusal({ code: 'sign-in-needed' });
  // The roles needed depend on the operation: the caller replaces this with its own when it knows them.
  if (status === 403) return new PartnerCenterRefusal({ code: 'forbidden', needed: [] });
  if (status === 404) return new PartnerCenterRefusal({ code: 'not-found' });
  if (status === 429) {
    const after = retryAfterMs(response.headers.get('retry-after'));
    return new PartnerCenterRefusal({ code: 'throttled', ...(after !== undefined ? { retryAfterSeconds: Math.ceil(after / 1000) } : {}) });
  }
  if (status >= 500) return new PartnerCenterRefusal({ code: 'unavailable', status });
  return new PartnerCenterRefusal({
    code: 'rejected',
    status,
    ...(code !== undefined ? { partnerCenterCode: String(code) } : {}),
    ...(typeof description === 'string' ? { description: description.slice(0, 500) } : {}),
  });
}
