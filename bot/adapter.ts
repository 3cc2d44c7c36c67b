import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Settings } from './settings';

/**
 * botbuilder's CloudAdapter: anonymous only while no app id is configured; with one,
 * every request must carry a valid Bot Framework token.
 */
export class AssistantAdapter extends CloudAdapter {
  constructor(settings: Settings, onError: (err: unknown) => void) {
    super(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: settings.MicrosoftAppId ?? '',
        MicrosoftAppPassword: settings.MicrosoftAppPassword ?? '',
        MicrosoftAppTenantId: settings.MicrosoftAppTenantId ?? '',
        MicrosoftAppType: settings.MicrosoftAppType,
      }),
    );
    this.onTurnError = async (context, error) => {
      onError(error);
      await context.sendActivity('Sorry, something went wrong on my side. What you entered is kept: please try again.');
    };
  }

  /** For the local Direct Line endpoint: an activity processed in-process, replies returned. */
  processLocal(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity('', activity, logic);
  }
}
