import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { AddressInfo } from 'node:net';

/**
 * A botbuilder-dialogs waterfall with text prompts, its dialog state in MemoryStorage:
 * the usual way to write a step-by-step procedure with the SDK.
 */
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const conversationState = new ConversationState(new MemoryStorage());
const dialogState = conversationState.createProperty('dialogState');
const dialogs = new DialogSet(dialogState);
dialogs.add(new TextPrompt('text'));
dialogs.add(
  new WaterfallDialog('procedure', [
    async (step: WaterfallStepContext) => step.prompt('text', 'Which customer bought the software?'),
    async (step: WaterfallStepContext) => {
      (step.values as Record<string, unknown>).customer = step.result;
      return step.prompt('text', `Which product of ${String(step.result)}?`);
    },
    async (step: WaterfallStepContext) => {
      await step.context.sendActivity(`Thanks: ${String((step.values as Record<string, unknown>).customer)}, ${String(step.result)}.`);
      return step.endDialog();
    },
  ]),
);

async function onTurn(context: TurnContext): Promise<void> {
  if (context.activity.type !== 'message') return;
  const dc = await dialogs.createContext(context);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) await dc.beginDialog('procedure');
  await conversationState.saveChanges(context);
}

const server = restify.createServer({ name: 'waterfall-bot' });
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, onTurn);
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const a = server.address() as AddressInfo;
  console.log(`waterfall bot is listening on http://127.0.0.1:${a.port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
