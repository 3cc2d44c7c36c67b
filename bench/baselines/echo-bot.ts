import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';
import type { AddressInfo } from 'node:net';

/**
 * The smallest botbuilder bot: the floor any bot on CloudAdapter + restify stands on.
 * ECHO_STATE=memory makes it also read and write a conversation state in MemoryStorage.
 */
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const state = process.env.ECHO_STATE === 'memory' ? new ConversationState(new MemoryStorage()) : undefined;
const turns = state?.createProperty<number>('turns');

async function onTurn(context: TurnContext): Promise<void> {
  if (context.activity.type !== 'message') return;
  if (state && turns) {
    const n = ((await turns.get(context, 0)) ?? 0) + 1;
    await turns.set(context, n);
    await context.sendActivity(`Echo: ${context.activity.text} (${n})`);
    await state.saveChanges(context);
    return;
  }
  await context.sendActivity(`Echo: ${context.activity.text}`);
}

const server = restify.createServer({ name: 'echo-bot' });
server.use(restify.plugins.bodyParser({ mapParams: false }));
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, onTurn);
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const a = server.address() as AddressInfo;
  console.log(`echo bot is listening on http://127.0.0.1:${a.port}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
