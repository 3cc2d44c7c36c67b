import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** A made-up origin served from the installed packages (nothing goes to the network). */
const ORIGIN = 'http://cards.localhost';

/** The installed botframework-webchat's browser bundle (the one the assistant's page serves). */
const WEBCHAT_JS = join(dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js');
/** The adaptivecards package's browser bundle: its parser and validation need a DOM. */
const ADAPTIVECARDS_JS = join(dirname(require.resolve('adaptivecards')), '..', 'dist', 'adaptivecards.min.js');

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>cards</title>
<style>body{margin:0;font-family:system-ui,sans-serif} .chat{height:900px;width:900px}</style></head>
<body><div id="host"></div>
<script src="/adaptivecards.js"></script>
<script src="/webchat.js"></script>
<script>
/** Parse and validate one card with the adaptivecards package, for a host of the given version. */
window.validateCard = function (json, version) {
  const AC = window.AdaptiveCards;
  const target = AC.Version.parse(version, new AC.SerializationContext());
  const context = new AC.SerializationContext(target);
  const card = new AC.AdaptiveCard();
  card.parse(json, context);
  const problems = [];
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push('parse: ' + e.message);
  }
  const results = card.validateProperties();
  for (const e of results.validationEvents) problems.push('validation: ' + e.message);
  return problems;
};

/** A Direct Line that only delivers what the test hands it: cards "from the bot". */
function fakeDirectLine() {
  let observer;
  const observable = (onSubscribe) => ({
    subscribe(o) {
      const sink = typeof o === 'function' ? { next: o } : o;
      onSubscribe(sink);
      return { closed: false, unsubscribe() {} };
    },
  });
  return {
    activity$: observable((sink) => (observer = sink)),
    connectionStatus$: observable((sink) => [0, 1, 2].forEach((s) => sink.next(s))),
    postActivity: () => observable((sink) => sink.next('posted')),
    end() {},
    deliver: (activity) => observer.next(activity),
  };
}

let counter = 0;
/** Renders the cards in a fresh Web Chat, one bot message each, and waits for them. */
window.renderInWebChat = async function (cards) {
  const host = document.getElementById('host');
  host.innerHTML = '';
  const el = document.createElement('div');
  el.className = 'chat';
  host.appendChild(el);
  const directLine = fakeDirectLine();
  window.WebChat.renderWebChat({ directLine, userID: 'u', styleOptions: { hideUploadButton: true } }, el);
  await new Promise((ok) => setTimeout(ok, 0));
  const start = Date.now();
  cards.forEach((card, i) =>
    directLine.deliver({
      type: 'message', id: 'a' + ++counter, from: { id: 'bot', role: 'bot' }, timestamp: new Date(start + i * 1000).toISOString(),
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    }),
  );
  // Every delivered message shows in the transcript: then each card has either rendered or failed.
  for (;;) {
    const items = el.querySelectorAll('.webchat__basic-transcript__activity');
    if (items.length >= cards.length) break;
    await new Promise((ok) => setTimeout(ok, 20));
  }
  await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  // The index of each message whose card did not render (an empty box).
  return [...el.querySelectorAll('.webchat__basic-transcript__activity')].map((item, i) => {
    const card = item.querySelector('.ac-adaptiveCard');
    return card && card.getBoundingClientRect().height > 0 ? -1 : i;
  }).filter((i) => i >= 0);
};
</script></body></html>`;

export interface CardToCheck {
  where: string;
  locale: string;
  card: Record<string, unknown>;
}

/**
 * A page holding the real Web Chat bundle and the adaptivecards package: validates cards and
 * renders them in Web Chat, watching the console for Web Chat's render warnings and errors.
 */
export class CardRenderer {
  private console: string[] = [];

  private constructor(private readonly page: Page) {
    page.on('console', (m) => {
      if (m.type() === 'warning' || m.type() === 'error') this.console.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.console.push(`page error: ${e.message}`));
  }

  static async open(context: BrowserContext): Promise<CardRenderer> {
    const files: Record<string, () => string> = {
      '/': () => PAGE,
      '/webchat.js': () => readFileSync(WEBCHAT_JS, 'utf8'),
      '/adaptivecards.js': () => readFileSync(ADAPTIVECARDS_JS, 'utf8'),
    };
    const page = await context.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      const body = files[path]?.();
      return body === undefined
        ? route.fulfill({ status: 404, body: '' })
        : route.fulfill({ status: 200, contentType: path.endsWith('.js') ? 'application/javascript' : 'text/html', body });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(
      () =>
        !!(window as unknown as { WebChat?: unknown; AdaptiveCards?: unknown }).WebChat &&
        !!(window as unknown as { AdaptiveCards?: unknown }).AdaptiveCards,
    );
    const renderer = new CardRenderer(page);
    return renderer;
  }

  /** The first card the adaptivecards package rejects for a host of `version`, with why. */
  async firstInvalid(cards: CardToCheck[], version: string): Promise<{ card: CardToCheck; problems: string[] } | undefined> {
    const problems = await this.page.evaluate(
      ({ list, v }) => {
        const validate = (window as unknown as { validateCard(c: unknown, v: string): string[] }).validateCard;
        for (let i = 0; i < list.length; i++) {
          const p = validate(list[i], v);
          if (p.length) return { i, p };
        }
        return undefined;
      },
      { list: cards.map((c) => c.card), v: version },
    );
    return problems ? { card: cards[problems.i], problems: problems.p } : undefined;
  }

  /**
   * Renders the cards in Web Chat, `batch` at a time in a fresh chat; returns the first card
   * that rendered as an empty box or made Web Chat log a warning or an error, with the log.
   */
  async firstUnrendered(cards: CardToCheck[], batch = 25): Promise<{ card: CardToCheck; console: string[] } | undefined> {
    for (let from = 0; from < cards.length; from += batch) {
      const slice = cards.slice(from, from + batch);
      this.console = [];
      const blank = await this.page.evaluate(
        (list) => (window as unknown as { renderInWebChat(c: unknown[]): Promise<number[]> }).renderInWebChat(list),
        slice.map((c) => c.card),
      );
      if (!blank.length && !this.console.length) continue;
      if (blank.length) return { card: slice[blank[0]], console: this.console };
      // A warning with every card drawn: render them one by one to find the one that logs it.
      for (const one of slice) {
        this.console = [];
        await this.page.evaluate(
          (c) => (window as unknown as { renderInWebChat(c: unknown[]): Promise<number[]> }).renderInWebChat([c]),
          one.card,
        );
        if (this.console.length) return { card: one, console: this.console };
      }
      return { card: slice[0], console: this.console };
    }
    return undefined;
  }

  screenshot(path: string): Promise<Buffer> {
    return this.page.screenshot({ path, fullPage: true });
  }
}
