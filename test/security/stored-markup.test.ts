import { escapeData } from '../../cards/escape';
import { t } from '../../cards/i18n';
import { promptCard } from '../../cards/render-card';
import { promptText } from '../../cards/render-text';
import { msg, type ShownPrompt } from '../../cards/view';
import { TestAssistant } from '../support/client';

/**
 * Review 2026-11 finding 7: names from data (a deal's customer name) were rendered as markdown
 * and HTML: a clickable link and a remote image in other users' cards, the activity log, Slack.
 */
const HOSTILE = [
  '[Verify your tenant](https://evil.example/login)',
  '![x](http://127.0.0.1:40833/p.png)',
  '<img src=http://127.0.0.1:40833/p.png onerror=alert(1)>',
  '<a href="https://evil.example">Contoso</a>',
  '<https://evil.example/autolink>',
  '${$root.x} ${secret}',
  '**bold** _it_ `code` ~~gone~~ # Heading',
  '\u202egnp.exe',
  'a | b\n# injected heading\n- item',
  '&lt;img src=x&gt; &#60;b&#62;',
];
const NAME = '[Verify your tenant](https://evil.example/login) ${$root.x} <img src=x onerror=alert(1)> \u202egnp.exe';

// Web Chat renders markdown with markdown-it (installed with botbuilder's dependencies), HTML on.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(text: string): string };
const md = new MarkdownIt({ html: true, linkify: false });
const html = (text: string) => md.render(text);

describe('finding 7: values from data are escaped for the channel they go to', () => {
  it.each(HOSTILE)('markdown: %j renders as its own text, no link, image or HTML', (name) => {
    const out = html(`**Deal D-2001 — ${escapeData(name, 'markdown')}**`);
    expect(out).not.toMatch(/<a |<img|<em>|<code>|<h1>|<strong>bold|<s>|<li>/);
    expect(escapeData(name, 'markdown')).not.toContain('${');
    expect(escapeData(name, 'markdown')).not.toMatch(/[\u202a-\u202e\u2066-\u2069\n]/);
  });

  it.each(HOSTILE)('slack: %j keeps no <, > or & of its own, no formatting and no ${', (name) => {
    const out = escapeData(name, 'slack');
    expect(out).not.toMatch(/[<>]/);
    expect(out).not.toMatch(/&(?!amp;|lt;|gt;)/);
    expect(out).not.toMatch(/(^|[^\u200b])[*_~`]/);
    expect(out).not.toContain('${');
  });

  it('plain (button titles): only bidi controls and card templates are defused', () => {
    expect(escapeData(NAME, 'plain')).toBe(
      '[Verify your tenant](https://evil.example/login) $\u2060{$root.x} <img src=x onerror=alert(1)> gnp.exe',
    );
  });

  it("the card and its text form escape every value from data, and leave the catalogue's own markup", () => {
    const prompt: ShownPrompt = {
      run: 'r',
      seq: 1,
      title: msg('isv.invite.confirmInvite.title', { customer: NAME }),
      lines: [msg('common.raw', { text: NAME })],
      facts: [{ label: msg('isv.deal.fact.customer'), value: NAME }],
      table: { columns: [msg('log.column.user')], rows: [[NAME]] },
      choices: [{ value: 'x', label: msg('common.raw', { text: NAME }) }],
    };
    const card = JSON.stringify(promptCard(prompt, 'en'));
    expect(card).not.toContain('${');
    expect(card).not.toContain('\u202e');
    const texts = (
      promptCard(prompt, 'en').body as { text?: string; facts?: { value: string }[]; columns?: { items: { text: string }[] }[] }[]
    ).flatMap((b) => [
      b.text ?? '',
      ...(b.facts ?? []).map((f) => f.value),
      ...(b.columns ?? []).flatMap((c) => c.items.map((i) => i.text)),
    ]);
    for (const text of texts.filter(Boolean)) expect(html(text)).not.toMatch(/<a |<img/);
    const text = promptText(prompt, 'en');
    expect(html(text)).not.toMatch(/<a |<img/);
    expect(text).toMatch(/^\*\*/); // the title's own bold stays
    expect(promptText(prompt, 'en', 'slack')).not.toMatch(/<img/);
    expect(t(msg('common.raw', { text: NAME }), 'en', 'slack')).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  describe('over HTTP', () => {
    let bot: TestAssistant;
    beforeAll(async () => {
      bot = await new TestAssistant().start();
      const r = await bot.app.pc.isv.registerDeal(
        { customerName: NAME, offerId: 'crm-sync', value: 1000, closeDate: '2030-01-01' },
        { userId: 'gus', idempotencyKey: 'hostile-deal' },
      );
      expect(r.status).toBe('done');
    });
    afterAll(async () => {
      await bot.stop();
    });

    it("Web Chat: another user's card shows the name as text, no link, no image", async () => {
      const c = bot.conversation('gus', { channelId: 'webchat' });
      await c.say('invite a customer');
      const blocks = c.last.flatMap((r) => r.card?.body ?? []).map((b) => String((b as { text?: string }).text ?? ''));
      expect(blocks.join('\n')).toContain('Verify your tenant');
      for (const b of blocks) expect(html(b)).not.toMatch(/<a |<img/);
      expect(JSON.stringify(c.last)).not.toContain('${');
    });

    it("Slack: the text has the name with Slack's entities", async () => {
      const c = bot.conversation('gus', { channelId: 'slack' });
      const text = await c.say('invite a customer');
      expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(text).not.toContain('<img');
    });
  });
});
