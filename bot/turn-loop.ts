import { ActivityTypes, CardFactory, type Activity, type Storage, type TurnContext } from 'botbuilder';
import { replyText, promptText } from '../cards/render-text';
import { promptCard } from '../cards/render-card';
import { toLocale } from '../cards/i18n';
import type { Locale } from '../cards/strings';
import type { Reply } from '../cards/view';
import type { ConversationEngine, ConversationRecord } from '../dialogs/engine';
import { toTurnInput } from './activity-input';
import { supportsCards } from './channel';
import { KeyedQueue } from './keyed-queue';

/**
 * The one place where activities meet machines: load the conversation's record,
 * turn the activity into an event, run the engine, save, send the replies.
 */
export class TurnLoop {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly engine: ConversationEngine,
    private readonly storage: Storage,
    private readonly defaultLocale: Locale,
  ) {}

  handle = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    const key = `conversation/${activity.channelId}/${activity.conversation?.id}`;
    await this.queue.run(key, () => this.turn(context, key));
  };

  private async turn(context: TurnContext, key: string): Promise<void> {
    const activity = context.activity;
    const parsed = toTurnInput(activity);
    const items = await this.storage.read([key]);
    const stored = items[key] as ({ record: ConversationRecord; eTag?: string } | undefined);
    const locale = toLocale(stored?.record.locale ?? activity.locale ?? this.defaultLocale);
    if (!parsed.ok) {
      if (parsed.reason === 'ignore') return;
      await context.sendActivity(this.textActivity(replyText({ kind: 'say', msg: { key: parsed.reason === 'too-long' ? 'common.tooLong' : 'common.badSubmit' } }, locale), locale));
      return;
    }
    if (parsed.input.kind === 'message' || parsed.input.kind === 'submit') {
      await context.sendActivity({ type: ActivityTypes.Typing });
    }
    const { record, replies } = await this.engine.turn(stored?.record, parsed.input, { channelUserId: activity.from?.id ?? 'anonymous' });
    await this.storage.write({ [key]: { record, eTag: stored?.eTag ?? '*' } });
    await context.sendActivities(this.render(replies, locale, supportsCards(activity.channelId)));
  }

  private render(replies: Reply[], locale: Locale, cards: boolean): Partial<Activity>[] {
    return replies
      .map((r): Partial<Activity> | undefined => {
        if (r.kind === 'say') {
          const text = replyText(r, locale);
          return text ? this.textActivity(text, locale) : undefined;
        }
        const text = promptText(r.prompt, locale);
        if (!cards) return this.textActivity(text, locale);
        const card = { ...promptCard(r.prompt, locale), fallbackText: text };
        return { type: ActivityTypes.Message, locale, attachments: [CardFactory.adaptiveCard(card)] };
      })
      .filter((a): a is Partial<Activity> => !!a);
  }

  private textActivity(text: string, locale: Locale): Partial<Activity> {
    return { type: ActivityTypes.Message, text, textFormat: 'markdown', locale };
  }
}
