import type { Store } from './storage/store';
import type { Request, Response, Server } from 'restify';
import type { OffsetClock } from '../domain/clock';

/** How far the clock was moved on the page: kept in the store, so that a restart keeps the sandbox's time. */
const MOVED_KEY = 'sandbox-clock:moved';
const MAX_MOVE_MS = 366 * 86_400_000;
const UNIT_MS: Record<string, number> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

/** The offset the clock starts with: the setting plus what was moved on the page before. */
export async function restoreClock(clock: OffsetClock, kv: Store, settingMs: number): Promise<void> {
  const moved = ((await kv.get(MOVED_KEY)) as number | undefined) ?? 0;
  clock.setOffset(settingMs + (Number.isFinite(moved) ? moved : 0));
}

/**
 * /sandbox/clock: a page to move the sandbox's clock forward (local mode only), so that a newcomer
 * sees at once what takes hours in Partner Center: an offer going live 4 hours after Go live, a
 * download link expiring after two weeks, a trial ending. What falls due is sent right away.
 * With an app id the page refuses (403): channels would see a Partner Center in another time.
 */
export function registerSandboxClockPage(
  server: Server,
  options: { local: boolean; clock: OffsetClock; kv: Store; settingMs: number; afterMove: () => Promise<number> },
): void {
  const { clock, kv, settingMs } = options;
  const refuse = (res: Response) =>
    page(
      res,
      403,
      'Sandbox clock unavailable',
      'The sandbox clock can only be moved in local mode. This assistant has a Microsoft App ID (it serves real channels), so its clock follows the system clock.',
    );

  const show = (res: Response, status: number, note?: string) => {
    const offsetH = (clock.offsetMs / 3_600_000).toFixed(2).replace(/\.?0+$/, '');
    page(
      res,
      status,
      'Sandbox clock',
      `${note ? `<p role="status" id="note"><strong>${escapeHtml(note)}</strong></p>` : ''}
<p>Sandbox time: <strong id="now">${escapeHtml(clock.now().toISOString().replace('T', ' ').slice(0, 16))} UTC</strong>
(${offsetH === '0' ? 'the system clock' : `${escapeHtml(offsetH)} ${Math.abs(Number(offsetH)) === 1 ? 'hour' : 'hours'} from the system clock`}).</p>
<p>Everything time-based in the sandbox follows this clock: when an offer is live after Go live, download link
expiry, trials, cancellation windows and the assistant's follow-ups. Moving it forward sends the follow-ups that fall due.</p>
<form method="post">
<button name="move" value="15 minutes">+15 minutes</button>
<button name="move" value="4 hours">+4 hours</button>
<button name="move" value="1 days">+1 day</button>
<button name="move" value="12 days">+12 days</button>
</form>
<form method="post"><label>Move by <input name="amount" type="number" min="1" max="8784" step="1" required style="width:6em"></label>
<select name="unit" aria-label="unit"><option value="minutes">minutes</option><option value="hours" selected>hours</option><option value="days">days</option></select>
<button type="submit">Move forward</button></form>
<form method="post"><button name="reset" value="1">Back to ${settingMs ? 'the start offset' : 'the system clock'}</button></form>`,
    );
  };

  server.get('/sandbox/clock', async (_req: Request, res: Response) => {
    if (!options.local) return refuse(res);
    show(res, 200);
  });

  server.post('/sandbox/clock', async (req: Request, res: Response) => {
    if (!options.local) return refuse(res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    let moveMs: number | undefined;
    if (body.reset !== undefined) moveMs = settingMs - clock.offsetMs;
    else {
      const [amount, unit] =
        typeof body.move === 'string' ? body.move.split(' ') : [String(body.amount ?? ''), String(body.unit ?? 'hours')];
      const n = Number(amount);
      if (!/^\d{1,6}$/.test(String(amount).trim()) || !(unit in UNIT_MS) || n < 1 || n * UNIT_MS[unit] > MAX_MOVE_MS) {
        return show(res, 400, 'Give a whole number of minutes, hours or days (at most a year) to move the clock forward.');
      }
      moveMs = n * UNIT_MS[unit];
    }
    clock.advance(moveMs);
    await kv.set(MOVED_KEY, clock.offsetMs - settingMs);
    const sent = await options.afterMove().catch(() => 0);
    const what =
      body.reset !== undefined
        ? 'The clock is back.'
        : `Moved forward ${String(body.move ?? `${String(body.amount)} ${String(body.unit)}`)}.`;
    show(res, 200, `${what} ${sent === 1 ? '1 follow-up was sent.' : `${sent} follow-ups were sent.`}`);
  });
}

function page(res: Response, status: number, title: string, body: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<body style="font-family:system-ui,sans-serif;max-width:40em;margin:3em auto"><p><small>Sandbox Partner Center</small></p><h1>${escapeHtml(title)}</h1>${body}</body></html>`);
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
