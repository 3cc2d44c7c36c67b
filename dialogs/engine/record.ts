import type { Msg, Reply, ShownPrompt } from '../../cards/view';
import type { FollowUpEvent } from '../procedure';

/**
 * What the assistant keeps about a conversation between turns: the root's snapshot, the
 * active procedure run, runs set aside, and the question the root itself has on screen.
 */

/** One answer as the machine received it (its canonical value), with the step it answered. */
export interface Answer {
  s: string;
  v: string;
  f?: Record<string, string>;
}

/**
 * A change Partner Center accepted during the run. "back" never goes behind it: the run is
 * rebuilt from the snapshot taken right after the change, never by replaying the answers that
 * made it.
 */
export interface Wall {
  /** Answers given up to and including the one that made the change. */
  at: number;
  /** The run as it stood right after the change. */
  snapshot: unknown;
  step: string;
  /** What was done, in the procedure's own words (all changes of the run so far). */
  done: Msg[];
}

export interface RunRecord {
  id: string;
  procedure: string;
  version: number;
  /** Increases each time the run moves to another question: a card carries it. */
  seq: number;
  step: string;
  snapshot: unknown;
  /** What the run started with, and the answers given so far: "back" replays all but the last. */
  prefill?: Record<string, string>;
  answers?: Answer[];
  /** Answers taken back, offered again in order when their question comes up again unchanged. */
  redo?: Answer[];
  /** Bad answers in a row to the current question: help grows more concrete with each. */
  misses?: number;
  /** The channel user who started the run: only they answer it (set by the turn loop). */
  owner?: string;
  /** The latest change made in Partner Center, if any. */
  wall?: Wall;
}

/** The question the root has on screen, when it is not the active run's. */
export type RootOffer =
  /** The menu: its numbers name its procedures. */
  | { kind: 'menu' }
  /** "Resume the procedure set aside?" */
  | { kind: 'resume' }
  /** A sentence that may start another procedure, or answer the current question. */
  | { kind: 'switch'; procedure: string; text: string }
  /**
   * Procedures an ambiguous first sentence fits, and that sentence (its values prefill the pick);
   * `guess`: the one procedure the sentence leans to, not surely enough to start it unasked.
   */
  | { kind: 'which'; procedures: string[]; text: string; guess?: boolean };

/** Everything the assistant keeps about one conversation. */
export interface ConversationRecord {
  v: 1;
  rootVersion: number;
  root: unknown;
  rootSeq: number;
  run?: RunRecord;
  /** Runs set aside to start another procedure, the latest first. */
  parked?: RunRecord[];
  offer?: RootOffer;
  /** What the latest finished run was about (`RunOutput.about`): "that order" in a next first message. */
  about?: Record<string, string>;
}

export type TurnInput =
  | { kind: 'message'; text: string }
  | { kind: 'submit'; run: string; seq: number; value?: string; fields?: Record<string, string> }
  | { kind: 'joined' }
  /** Something happened outside the chat that the run `run` waits for (FollowUpEvent.resumesRun). */
  | { kind: 'external'; run: string; name: string };

export interface TurnWho {
  channelUserId: string;
  /** The language of this turn: the user's explicit choice, else the activity's locale. */
  locale?: string;
  /** The user's IANA time zone, when the channel gives it (Teams does). */
  timeZone?: string;
}

export interface TurnResult {
  record: ConversationRecord;
  replies: Reply[];
  /** The question a card submit answered, with the answer: channels that can edit cards show it. */
  answered?: { prompt: ShownPrompt; answer: Msg };
  /** Messages to send later, on the assistant's own initiative (`run`: the run that emitted it). */
  followUps?: (Omit<FollowUpEvent, 'type' | 'afterMs'> & { afterMs: number; run?: string })[];
  /** Set when the user chose a language explicitly in this turn: remembered for the user. */
  chosenLocale?: string;
}

export const ROOT_RUN = 'root';

/** Records saved before the root's question became one field (`offered`/`pending`), or with a sticking `locale`, read as today's. */
export function upgradeRecord(saved: ConversationRecord & { offered?: string[]; pending?: string; locale?: string }): ConversationRecord {
  // `locale` kept the first turn's language and made it stick: the language now comes with each turn.
  const { offered, pending, locale: _sticky, ...rest } = saved;
  if (!offered || rest.offer) return rest;
  if (offered[0] === 'resume') return { ...rest, offer: { kind: 'resume' } };
  if (offered[0] === 'switch' && pending !== undefined)
    return { ...rest, offer: { kind: 'switch', procedure: offered[1] ?? '', text: pending } };
  if (pending !== undefined) return { ...rest, offer: { kind: 'which', procedures: offered, text: pending } };
  return rest;
}
