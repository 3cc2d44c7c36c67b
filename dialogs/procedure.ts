import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import type { Clock } from '../domain/clock';
import type { PartnerCenter } from '../domain/partner-center';
import type { Role } from '../domain/model';
import type { Permission } from '../domain/rules/roles';
import type { AreaStrings } from '../cards/strings/types';
import type { Msg, Prompt } from '../cards/view';
import type { Lang } from './nlu/text';
import type { Phrases } from './understand/intents';
import type { NamedKind } from './understand/named-kind';

/** What procedures are built with: the Partner Center port and a clock. */
export interface ProcedureDeps {
  pc: PartnerCenter;
  clock: Clock;
}

/** Input every procedure run starts with, plus whatever the user already said. */
export interface RunInput {
  runId: string;
  userId: string;
  prefill?: Record<string, string>;
}

/** Events a procedure machine receives. */
export type ProcedureEvent = { type: 'ANSWER'; value: string; fields?: Record<string, string> };

/** What a finished run hands back: possibly another procedure to continue with. */
export interface RunOutput {
  outcome: 'done' | 'abandoned';
  handover?: { procedure: string; prefill: Record<string, string> };
  /**
   * What the run was about, in prefill keys (`customer` as a domain, `orderId`): a next first
   * message that points back to it ("cancel that order") starts with these values.
   */
  about?: Record<string, string>;
}

/** Emitted by a procedure to say something that is not the next question. */
export interface SayEvent {
  type: 'say';
  msg: Msg;
}

/**
 * Emitted by a procedure as soon as Partner Center accepted a change (a plan saved, an order
 * placed): "back" never goes behind it, and stopping no longer says that nothing changed.
 * `msg` says what was done, in the words of the procedure.
 */
export interface CommittedEvent {
  type: 'committed';
  msg: Msg;
}

/**
 * Emitted by a procedure for a message to send later on the assistant's own initiative
 * (Partner Center is slow: "the cancellation now shows on the dashboard"), after a time on
 * the sandbox's clock or when something happens outside the chat (the customer accepted).
 */
export interface FollowUpEvent {
  type: 'followUp';
  /** Sent this long from now (on the Partner Center clock)... */
  afterMs?: number;
  /** ...or when this Partner Center event happens, e.g. `isv-consent:<relationshipId>` (see bot/sandbox-pages.ts). */
  on?: string;
  msg: Msg;
  /** What the user can do next: a button that says `text` for the user. */
  next?: { label: Msg; text: string };
  /** Sent only if this download link is still usable when it falls due. */
  whileLinkUsable?: string;
  /** With `on`: the run continues by itself when the event comes (it receives an EXTERNAL event named after it). */
  resumesRun?: boolean;
}

/** An event from outside the conversation, given to the run that waits for it (see FollowUpEvent.resumesRun). */
export interface ExternalEvent {
  type: 'EXTERNAL';
  name: string;
}

/** What an answer to a question may read: Partner Center, the time, the user's language. */
export interface AnswerContext {
  pc: PartnerCenter;
  now: Date;
  lang: Lang;
}

/**
 * A question about a procedure's subject answered without starting it ("what is Azure Hybrid
 * Benefit?", "how long can a purchase be cancelled?"), as a first message or at any step of any run.
 */
export interface QuestionDefinition {
  /** Unique among all questions: the recognizer's intent is `ask.<id>`. */
  id: string;
  /** How people ask it, per language (the recognizer is trained on them). */
  phrases: Phrases;
  /** The answer, from the rules and Partner Center's data; about the customer, market, order or product the sentence names. */
  answer(text: string, ctx: AnswerContext): Promise<Msg[]>;
  /** A sentence that asks this question whatever the recognizer ranks ("reservations in Greenland?"). */
  asks?(text: string): boolean;
  /**
   * The words a sentence must hold to be this question at all (its subject, folded): without them the
   * recognizer's reading is dropped ("hur funkar det här?" asks how the assistant works, not the benefit).
   */
  about?(folded: string): boolean;
}

export interface ProcedureDefinition<M extends AnyStateMachine = AnyStateMachine> {
  id: string;
  /** Bump when a saved snapshot of the previous shape would no longer fit the machine. */
  version: number;
  /** Who may carry it out: a role set of the SPEC (domain/rules/roles.ts), or the roles themselves. */
  permission: Permission | readonly Role[];
  /**
   * The menu group it is listed under (groups follow in the order the registry first names
   * them); the group's label is the string `conversation.group.<group>`.
   */
  group: string;
  /**
   * Its place among the commands a channel lists under the compose box (Teams shows ten): lower
   * ranks first, registry order within a rank, 0 when not given. What partner staff do most often comes first.
   */
  commandRank?: number;
  /** Menu label and one-line description (string keys). */
  title: Msg;
  summary: Msg;
  /**
   * How people ask for this procedure in a first message, per language (phrases.<lang>.ts in the
   * procedure's folder): the intent recognizer is trained on them and on the menu title.
   */
  phrases: Phrases;
  /**
   * A first sentence that asks for this procedure whatever the recognizer ranks, given the kinds
   * of things it names ("is the preview of crm-sync ready yet?": where an offer stands). The
   * sentence comes folded (dialogs/nlu/text.ts), once for all the procedures.
   */
  claims?(folded: string, named: ReadonlySet<NamedKind>): boolean;
  createMachine(deps: ProcedureDeps): M;
  /** The question of the current step, or undefined while busy or finished. */
  prompt(snapshot: SnapshotFrom<M>): Prompt | undefined;
  /** Shows times: gets the user's time zone (prefill `timeZone`) when the channel gives it. */
  usesTimeZone?: boolean;
  /**
   * The values of a first sentence its machine reads from `input.prefill` (customer, orderId,
   * range...: see dialogs/nlu/extract.ts): a value found is only handed to a procedure that reads it.
   */
  prefillKeys?: readonly string[];
  /**
   * Of those, the values that name something the procedure creates (a new offer's or plan's
   * ID): kept as the sentence gives them, not checked against what Partner Center holds (the
   * procedure checks them as it checks typed ones).
   */
  newValues?: readonly string[];
  /** Values already present in a first sentence ("cancel order 4711 for contoso.com"). */
  extract?(text: string): Record<string, string>;
  /** Its texts in every language (strings.ts in its folder); shared by several procedures when they share an area. */
  strings?: AreaStrings;
  /** Questions about its subject answered without starting it (questions/ in its folder). */
  questions?: readonly QuestionDefinition[];
  /** Key prefix of the step's help and "why" texts. */
  stepKey(snapshot: SnapshotFrom<M>): string;
}
