import { timingSafeEqual } from 'node:crypto';
import type { Server } from 'restify';
import type { Metrics } from './metrics';
import type { Settings } from './settings';

/**
 * GET /metrics in Prometheus' text format. Open in local mode; with an app id (a deployed bot) only
 * with the bearer token METRICS_TOKEN, and not served at all without one: turn counts and
 * latencies are not for the internet.
 */
export function registerMetricsRoute(server: Server, metrics: Metrics, settings: Settings): void {
  if (!settings.local && !settings.METRICS_TOKEN) return;
  const expected = settings.METRICS_TOKEN ? Buffer.from(`Bearer ${settings.METRICS_TOKEN}`) : undefined;
  server.get('/metrics', async (req, res) => {
    if (expected) {
      const given = Buffer.from(String(req.headers.authorization ?? ''));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        res.json(401, { error: { code: 'Unauthorized', message: 'GET /metrics needs "Authorization: Bearer <METRICS_TOKEN>"' } });
        return;
      }
    }
    res.setHeader('content-type', metrics.registry.contentType);
    res.sendRaw(200, await metrics.registry.metrics());
  });
}
