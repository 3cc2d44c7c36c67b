import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from '../../scripts/build';
import type { BotReply } from './client';

const ROOT = resolve(__dirname, '../..');
const START_TIMEOUT_MS = 20_000;

/**
 * bot/main.ts (or another entry) bundled into one file as `npm start` runs it (scripts/build.js: the
 * packages in it too): it starts in about half a second, which counts when a test restarts the
 * server dozens of times. Written under node_modules/.cache so that what stays outside the bundle
 * resolves to this project's packages.
 */
export function bundleServer(entry = 'bot/main.ts'): string {
  const dir = join(ROOT, 'node_modules/.cache/pca-child');
  removeLeftBundles(dir);
  const outfile = join(dir, `main-${process.pid}.js`);
  build(join(ROOT, entry), outfile);
  return outfile;
}

/**
 * A bundle is tens of megabytes with its source map, and a test process that is made to exit
 * leaves its own behind: those of processes no longer running are removed.
 */
function removeLeftBundles(dir: string): void {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return;
  }
  for (const f of files) {
    const pid = Number(/^main-(\d+)\.js/.exec(f)?.[1]);
    if (pid && pid !== process.pid && !running(pid)) rmSync(join(dir, f), { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The assistant as a real process (`node --import tsx bot/main.ts`), so that it can be killed
 * with a signal at any moment and started again on the same store.
 */
export class ChildServer {
  private proc?: ChildProcess;
  private exited?: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  url = '';
  /** Everything the process wrote to stderr (for failure messages). */
  stderr = '';

  /** `script`: a bundle from bundleServer(); without it, bot/main.ts through tsx. */
  constructor(
    private readonly env: Record<string, string>,
    private readonly script?: string,
  ) {}

  get pid(): number {
    if (!this.proc?.pid) throw new Error('not started');
    return this.proc.pid;
  }

  async start(): Promise<this> {
    // The server prints its address; with PORT=0 the system picks a free port.
    const args = this.script ? [this.script] : ['--import', 'tsx', 'bot/main.ts'];
    const proc = spawn(process.execPath, ['--no-deprecation', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'error', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc = proc;
    this.exited = new Promise((ok) => proc.once('exit', (code, signal) => ok({ code, signal })));
    proc.stderr!.on('data', (d: Buffer) => (this.stderr = (this.stderr + d.toString()).slice(-4000)));
    this.url = await new Promise<string>((ok, fail) => {
      let out = '';
      const timer = setTimeout(() => fail(new Error(`server did not start in ${START_TIMEOUT_MS} ms: ${this.stderr}`)), START_TIMEOUT_MS);
      proc.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          ok(m[1]);
        }
      });
      void this.exited!.then((e) => {
        clearTimeout(timer);
        fail(new Error(`server exited before listening (${e.code ?? e.signal}): ${this.stderr}`));
      });
    });
    return this;
  }

  /** Sends a signal and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.proc || !this.exited) throw new Error('not started');
    this.proc.kill(signal);
    const e = await this.exited;
    this.proc = undefined;
    return e;
  }

  /** Waits for the process to end by itself. */
  async exit(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.exited) throw new Error('not started');
    return this.exited;
  }

  get running(): boolean {
    return !!this.proc && this.proc.exitCode === null && this.proc.signalCode === null;
  }

  /** Resident memory of the server process, in kB, as the kernel reports it. */
  rssKb(): number {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
    if (!m) throw new Error('no VmRSS');
    return Number(m[1]);
  }

  async post(activity: Record<string, unknown>, signal?: AbortSignal): Promise<{ status: number; replies: BotReply[] }> {
    return postActivity(this.url, activity, signal);
  }
}

export async function postActivity(
  url: string,
  activity: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<{ status: number; replies: BotReply[] }> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
    signal,
  });
  const body = res.status === 200 ? ((await res.json()) as { activities?: Record<string, unknown>[] }) : {};
  const replies = (body.activities ?? []).filter((a) => a.type === 'message').map(toReply);
  return { status: res.status, replies };
}

function toReply(a: Record<string, unknown>): BotReply {
  const attachment = (a.attachments as { content: Record<string, unknown> }[] | undefined)?.[0];
  const card = attachment?.content as (BotReply['card'] & { fallbackText?: string }) | undefined;
  return { type: String(a.type), text: a.text as string | undefined, plain: String(a.text ?? card?.fallbackText ?? ''), card };
}

/** A typed message of `user` in `conversation`, with a fixed activity id so it can be redelivered. */
export function typed(conversation: string, user: string, id: string, text: string, channelId = 'slack'): Record<string, unknown> {
  return {
    type: 'message',
    id,
    channelId,
    serviceUrl: 'http://127.0.0.1:9',
    deliveryMode: 'expectReplies',
    from: { id: user, name: user },
    recipient: { id: 'bot', name: 'bot' },
    conversation: { id: conversation },
    text,
  };
}
