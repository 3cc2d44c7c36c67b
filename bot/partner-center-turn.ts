import { AsyncLocalStorage } from 'node:async_hooks';
import type { TurnContext } from 'botbuilder';
import type { AccessToken } from '../domain/live/http';
import type { LiveRefusal } from '../domain/live/refusal';
import { otherApiToken, partnerCenterToken } from './partner-center-sign-in';

/**
 * The live port is built once; each call asks for the token of the user whose turn is running.
 * The turn is carried by async context, so no token passes through the engine or is stored: it is
 * asked of the token service once per turn and forgotten with the turn.
 */
export interface LiveTurn {
  context: TurnContext;
  token?: Promise<string | undefined>;
  /** Tokens for other APIs of the same user, by resource. */
  others?: Map<string, Promise<string | undefined>>;
  /** What Partner Center refused during the turn, for the answer. */
  refusals: LiveRefusal[];
}

const turns = new AsyncLocalStorage<LiveTurn>();

export function withTurn<T>(context: TurnContext, run: (turn: LiveTurn) => Promise<T>): Promise<T> {
  const turn: LiveTurn = { context, refusals: [] };
  return turns.run(turn, () => run(turn));
}

/** The signed-in user's token for this turn, or undefined before sign-in. */
export function tokenOf(turn: LiveTurn, connectionName: string): Promise<string | undefined> {
  turn.token ??= partnerCenterToken(turn.context, connectionName);
  return turn.token;
}

/** The token function the live client takes: undefined outside a turn or before sign-in. */
export function turnToken(connectionName: string): AccessToken {
  return async () => {
    const turn = turns.getStore();
    return turn ? tokenOf(turn, connectionName) : undefined;
  };
}

/** The token function for another API (the Partner API's prices), asked once per turn too. */
export function turnOtherToken(connectionName: string, resource: string): AccessToken {
  return async () => {
    const turn = turns.getStore();
    if (!turn) return undefined;
    turn.others ??= new Map();
    const known = turn.others.get(resource) ?? otherApiToken(turn.context, connectionName, resource);
    turn.others.set(resource, known);
    return known;
  };
}

/** The channel user of the running turn (the one whose token the calls carry). */
export function turnUserId(): string | undefined {
  return turns.getStore()?.context.activity.from?.id;
}

/** Keeps a refusal of the running turn (the live port tells every one). */
export function noteRefusal(reason: LiveRefusal): void {
  turns.getStore()?.refusals.push(reason);
}
