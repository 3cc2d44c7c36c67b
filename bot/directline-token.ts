import { randomUUID } from 'node:crypto';
import type { Request, Response, Server } from 'restify';

/** Where the Web Chat page of a deployed bot gets its Direct Line token. */
export const TOKEN_PATH = '/api/directline/token';
const TIMEOUT_MS = 10_000;

export interface DirectLineTokenOptions {
  secret: string;
  /** The Direct Line service, e.g. https://directline.botframework.com/v3/directline. */
  endpoint: string;
  onError?(err: unknown): void;
}

/**
 * The standard Azure Bot Service pattern for Web Chat: the server exchanges the Direct Line
 * secret for a token bound to one conversation and one user id, so the secret never reaches the
 * browser. The user id is made here ("dl_" + random), never taken from the page: a page cannot
 * speak as someone else.
 */
export function registerDirectLineToken(server: Server, options: DirectLineTokenOptions): void {
  server.post(TOKEN_PATH, async (_req: Request, res: Response) => {
    const userId = `dl_${randomUUID().replace(/-/g, '')}`;
    res.setHeader('cache-control', 'no-store');
    try {
      const answer = await fetch(`${options.endpoint}/tokens/generate`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId, name: userId } }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      const body = (await answer.json().catch(() => undefined)) as
        | { token?: unknown; conversationId?: unknown; expires_in?: unknown }
        | undefined;
      if (!answer.ok || typeof body?.token !== 'string' || typeof body.conversationId !== 'string') {
        options.onError?.(new Error(`Direct Line token service answered ${answer.status}`));
        return void res.json(502, {
          error: { code: 'DirectLineUnavailable', message: 'the Direct Line service did not give a token; try again' },
        });
      }
      res.json(200, {
        token: body.token,
        conversationId: body.conversationId,
        expires_in: typeof body.expires_in === 'number' ? body.expires_in : undefined,
        userId,
      });
    } catch (err) {
      options.onError?.(err);
      res.json(502, { error: { code: 'DirectLineUnavailable', message: 'the Direct Line service did not answer; try again' } });
    }
  });
}
