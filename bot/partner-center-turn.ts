import { AsyncLocalStorage } from 'node:async_hooks';
import type { TurnContext } from 'botbuilder';
import type { AccessToken } from '../domain/live/http';
import { partnerCenterToken } from './partner-center-sign-in';

/**
 * The live port is built once; each call asks for the token of the user whose turn is running.
 * The turn is carried by async context, so no token passes through the engine or is stored.
 */
const turns = new AsyncLocalStorage<TurnContext>();

export function withTurn<T>(context: TurnContext, run: () => Promise<T>): Promise<T> {
  return turns.run(context, run);
}

/** The token function the live client takes: undefined outside a turn or before sign-in. */
export function turnToken(connectionName: string): AccessToken {
  return async () => {
    const context = turns.getStore();
    return context ? partnerCenterToken(context, connectionName) : undefined;
  };
}
