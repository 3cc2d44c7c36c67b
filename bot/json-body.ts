import type { Next, Request, RequestHandler, Response } from 'restify';

/**
 * Reads a JSON request body for the bot's own endpoint: a JSON content type, at most
 * `limitBytes`, parsed once. restify's body parser does the same through several plugins per
 * request (and `new Buffer(0)`, whose deprecation check walks the stack on each of a process's
 * first ten thousand requests): the busiest route reads its body here instead.
 * Refusals: 415 for another content type, 413 beyond the limit, 400 for JSON that does not parse.
 */
export function jsonBody(limitBytes: number): RequestHandler {
  return (req: Request, res: Response, next: Next) => {
    const refuse = (status: number, code: string, message: string) => {
      // What is left of the body is not read: this connection is not kept for another request.
      if (status === 413) res.setHeader('connection', 'close');
      res.json(status, { error: { code, message } });
      next(false);
    };
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') {
      req.resume();
      return refuse(415, 'UnsupportedMediaType', 'the body must be application/json');
    }
    const tooLarge = () => refuse(413, 'PayloadTooLarge', `the body is larger than ${limitBytes} bytes`);
    if (Number(req.headers['content-length'] ?? 0) > limitBytes) {
      req.resume();
      return tooLarge();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limitBytes) {
        done = true;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    });
    req.once('error', () => {
      if (done) return;
      done = true;
      // The client went away mid-body: there is no one to answer.
      next(false);
    });
    req.once('end', () => {
      if (done) return;
      done = true;
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size)).toString('utf8');
      try {
        req.body = text === '' ? undefined : JSON.parse(text);
      } catch {
        return refuse(400, 'BadRequest', 'the body is not valid JSON');
      }
      next();
    });
  };
}
