import { fold, guessLang, type Lang } from '../nlu/text';
import type { ProcedureDefinition, QuestionDefinition } from '../procedure';
import { decide, type Decision, LONG_SENTENCE } from './decide';
import { TALK_INTENTS, type TalkIntent } from './intents';
import { exactTitle, questionsOf, sharedRecognizer } from './catalogue';
import { readNames, type KnownNames, type ReadNames } from './mask';
import { askingSentence, withoutAskingAnywhere } from './asking';
import { mainClause } from './main-clause';
import type { NamedKind } from './named-kind';
import { weighNamed } from './named-kinds';
import { forModel, LANGS, spelledOut, type Scored } from './recognizer';
import { afterGreeting, asksCapabilities, beforeCapabilitiesAsked, closedTalk, isQuestion, offTopic } from './talk/closed-words';

export { valuesFor } from './entities';
export { knownNames } from './mask';
export { keepModelsIn, warmUnderstanding } from './catalogue';

/** What a first message asks for. */
export type Understanding =
  /** `evidence`: the words of the sentence that told this procedure (0 when only shared words did). */
  | { kind: 'procedure'; def: ProcedureDefinition; score: number; evidence: number }
  | { kind: 'choose'; defs: ProcedureDefinition[] }
  | { kind: 'talk'; talk: TalkIntent }
  | { kind: 'question'; question: QuestionDefinition; score: number; evidence: number }
  | { kind: 'none'; guess?: ProcedureDefinition };

export interface UnderstandContext {
  procedures: readonly ProcedureDefinition[];
  /** Whether the user's roles allow a procedure. */
  allowed: (def: ProcedureDefinition) => boolean;
  /** The conversation's language. */
  lang: Lang;
  /** Customers and offers in Partner Center: their names are left out of what the recognizer reads. */
  known?: KnownNames;
  /**
   * What the whole message names, when a part of it is read alone: "the customer on D-0990 needs
   * more licenses, can you add 20" is about the deal's licenses even where "can you add 20" is read.
   */
  named?: { text: string; read: ReadNames };
}

/**
 * Reads a first message: a menu title typed back starts its procedure; otherwise the trained
 * recognizer ranks the intents in the language the sentence is written in (the conversation's
 * when the sentence does not tell), then in the other languages if that gave nothing sure.
 */
export async function understand(text: string, given: UnderstandContext): Promise<Understanding> {
  // Greetings, thanks and goodbyes are closed word lists: read before any model ("top, bedankt!" is no "top up").
  const closed = closedTalk(text);
  if (closed) return { kind: 'talk', talk: closed };
  if (asksCapabilities(text)) return { kind: 'talk', talk: 'capabilities' };
  const story = beforeCapabilitiesAsked(text);
  if (story !== undefined) {
    // "new in the team, what can you do?" asks it; "cancel order 4711 for contoso, what can you do?" asks for the
    // cancellation: the story must say a request plainly, claimed or titled (score 1) or by three telling words
    // ("je suis nouveau", "i'm new here" lean to a new deal or offer by a word or two).
    const u = await understand(story, given);
    const plainly = u.kind === 'question' || (u.kind === 'procedure' && (u.score === 1 || u.evidence >= 3));
    return plainly ? u : { kind: 'talk', talk: 'capabilities' };
  }
  const ctx = given.named ? given : { ...given, named: { text, read: readNames(text, given.known) } };
  // "boka ett lunchbord till 12": a topic that is never Partner Center's, with nothing of Partner Center named or claimed.
  if (offTopic(text) && namesNothing(text, ctx) && !claimedWhole(text, ctx)) {
    // "God morgon! Hoppas du har kaffe redo": a greeting with a word of chat is a greeting.
    const chat = afterGreeting(text);
    return { kind: 'talk', talk: chat && !isQuestion(chat) ? 'greeting' : 'out-of-scope' };
  }
  // "hi, cancel order 4711 …": the greeting is said back by nobody; the request is what counts.
  const request = afterGreeting(text);
  if (request) {
    const u = await understand(request, ctx);
    // "hi, can you help?" asks what the assistant does; "hi, thanks" is read whole below.
    if (u.kind !== 'none' && (u.kind !== 'talk' || u.talk === 'capabilities')) return u;
  }
  // "The customer called, they bought the wrong one. Can you help me cancel it?": the sentence that asks is the request.
  // It must tell enough alone: "… can you cancel it?" leaves the story to say what "it" is.
  const asking = askingSentence(text);
  if (asking) {
    const u = await understand(asking, ctx);
    // Read by the recognizer alone, it gives way to a procedure that claims the whole sentence: "… Premium
    // instead of Standard. can we change that on their deal" changes the deal's licences, it registers no deal.
    if (u.kind === 'procedure' && u.evidence >= 2) return (u.score < 1 && claimedWhole(text, ctx)) || u;
  }
  // "invite contoso pharma so we can assign them licences": the request is what picks the procedure, not the reason.
  const main = mainClause(text);
  if (main !== text) {
    // Unless the whole sentence asks a question by its words ("hur ändrar jag så att prenumerationen inte förnyas automatiskt?").
    const asked = questionAsked(text, ctx.procedures);
    if (asked) return asked;
    const u = await understand(main, ctx);
    if (u.kind === 'procedure' && u.evidence > 0) return (u.score < 1 && claimedWhole(text, ctx)) || u;
  }
  // "golive please", "makulera ordern tack": a courtesy word beside a request is not small talk.
  const plain = withoutAskingAnywhere(text)
    .split(' ')
    .filter((w) => !COURTESY.has(w))
    .join(' ');
  if (plain && plain !== forModel(text)) {
    // The claims read the sentence as written: its punctuation ("add-on", "?", "active/suspended") tells them.
    const u = await understandPlain(plain, ctx, text);
    if (u.kind === 'procedure' && u.evidence > 0) return u;
  }
  const u = await understandPlain(text, ctx);
  // "van 1 november tot 20 november" is no goodbye: a sentence with numbers is not small talk
  // (greetings, thanks and goodbyes alone were read by their word lists above).
  if (u.kind === 'talk' && u.talk !== 'out-of-scope' && /\d/.test(text)) return { kind: 'none' };
  // One word is a greeting, thanks or goodbye only when the word lists say so ("tomorrow", "demain" alone are not).
  if (u.kind === 'talk' && SAID_ALONE.has(u.talk) && forModel(text).split(' ').length === 1) return { kind: 'none' };
  return u;
}

/** The small talk the word lists read whole when it is one word. */
const SAID_ALONE: ReadonlySet<TalkIntent> = new Set(['greeting', 'thanks', 'goodbye']);

/** Words of courtesy in the four languages (folded). */
const COURTESY = new Set([
  'please',
  'pls',
  'plz',
  'thanks',
  'thx',
  'stp',
  'svp',
  'merci',
  'tack',
  'snalla',
  'graag',
  'aub',
  'alsjeblieft',
  'alstublieft',
  'bedankt',
]);

/** `claimsRead`: what the procedures' claims read (the sentence as written, when `text` is it without its courtesy words). */
async function understandPlain(text: string, ctx: UnderstandContext, claimsRead = text): Promise<Understanding> {
  const titled = exactTitle(ctx.procedures, text);
  if (titled) return { kind: 'procedure', def: titled, score: 1, evidence: 1 };
  const asked = questionAsked(text, ctx.procedures);
  if (asked) return asked;
  const { said, kinds: here } = ctx.named?.text === text ? ctx.named.read : readNames(text, ctx.known);
  const kinds = new Set([...here, ...(ctx.named?.read.kinds ?? [])]);
  // A sentence a procedure claims for itself: started when the user may, else read as any other.
  const claimed = claimedBy(claimsRead, kinds, ctx);
  if (claimed) return claimed;
  const recognizer = await sharedRecognizer(ctx.procedures);
  const byId = new Map(ctx.procedures.map((p) => [p.id, p]));
  const allowed = (intent: string) => {
    const def = byId.get(intent);
    return !def || ctx.allowed(def);
  };
  const guessed = guessLang(text, ctx.lang);
  // Every language's count of telling words is cheap; the ranking is made only for the languages that decide below.
  const all = LANGS.map((lang) => ({ lang, ...recognizer.read(said, lang) }));
  // The sentence's language: the guessed one, unless another knows more of its words ("buy software for …" in a French conversation).
  // Words known as written count: corrected ones would make "teams hangt" Swedish ("långt").
  const best = all.reduce((a, b) => (b.knownAsWritten > a.knownAsWritten ? b : a), all.find((c) => c.lang === guessed)!);
  const first = best.lang;
  const read = [best, ...all.filter((c) => c !== best)];
  const own = Math.max(best.informative, all.find((c) => c.lang === ctx.lang)?.informative ?? 0);
  // That language and the conversation's decide; another only when it reads more telling words in
  // the sentence, most of them as written (two words read as typos of another language tell nothing).
  const telling = read.filter(
    (c) =>
      c.informative > 0 &&
      (c.lang === first ||
        c.lang === ctx.lang ||
        (c.informative >= 2 && c.informative > own && c.known >= best.known && 2 * c.spelled > c.informative)),
  );
  // Thanks and goodbyes are never asked: in a question their words ("tomorrow", "demain") are about something else.
  const question = isQuestion(text);
  // A question whose subject the sentence does not name is not asked ("hur funkar det här?" is not the benefit's).
  const folded = fold(text);
  const questions = new Map(questionsOf(ctx.procedures).map((q) => [`ask.${q.id}`, q]));
  const aboutIt = (r: Scored) => questions.get(r.intent)?.about?.(folded) ?? true;
  const ranking = async (c: (typeof all)[number]) => {
    const weighed = weighNamed(await c.rank(), kinds, byId).filter(aboutIt);
    return question ? unasked(weighed) : weighed;
  };
  const long = forModel(text).split(' ').length >= LONG_SENTENCE.WORDS;
  let fallback: Decision | undefined;
  for (const c of telling) {
    const d = decide(await ranking(c), allowed, { long });
    if (d.kind !== 'none') return toUnderstanding(d, ctx.procedures, c.informative);
    fallback ??= d;
  }
  if (telling.length === 0) {
    // Only words several procedures share ("new subscription for", "licenses for"): the sentence's language decides alone.
    const d = read[0].relevant > 0 ? decide(await ranking(read[0]), allowed, { long }) : { kind: 'none' as const };
    // One such word only offers a choice ("licenses for …"); two can start a procedure ("new subscription for …").
    if (d.kind === 'close' || (d.kind === 'clear' && read[0].relevant >= 2)) return toUnderstanding(d, ctx.procedures, 0);
    // Several words and none of them about Partner Center (no customer, product or offer of its either): not something the assistant does.
    const namesSomething = forModel(said) !== forModel(text);
    if (
      !namesSomething &&
      forModel(said)
        .split(' ')
        .filter((w) => w.length > 1).length >= 3
    )
      return { kind: 'talk', talk: 'out-of-scope' };
  }
  return toUnderstanding(fallback ?? { kind: 'none' }, ctx.procedures, 0);
}

/** The procedure that claims a sentence by its words and the kinds of things it names, when the user may start it. */
function claimedBy(text: string, kinds: ReadonlySet<NamedKind>, ctx: UnderstandContext): Understanding | undefined {
  const folded = spelledOut(fold(text));
  const claimed = ctx.procedures.find((p) => p.claims?.(folded, kinds));
  return claimed && ctx.allowed(claimed) ? { kind: 'procedure', def: claimed, score: 1, evidence: 1 } : undefined;
}

/** The sentence names no customer, offer, product, deal or order of Partner Center's. */
function namesNothing(text: string, ctx: UnderstandContext): boolean {
  const read = ctx.named?.text === text ? ctx.named.read : readNames(text, ctx.known);
  return read.kinds.size === 0 && forModel(read.said) === forModel(text);
}

/** The procedure that claims the whole sentence, with what the whole sentence names. */
function claimedWhole(text: string, ctx: UnderstandContext): Understanding | undefined {
  const read = ctx.named?.text === text ? ctx.named.read : readNames(text, ctx.known);
  return claimedBy(text, read.kinds, ctx);
}

/** A sentence a question claims for itself by its words, whatever the recognizer would rank. */
function questionAsked(text: string, procedures: readonly ProcedureDefinition[]): Understanding | undefined {
  const spelled = spelledOut(fold(text));
  const question = questionsOf(procedures).find((q) => q.asks?.(spelled));
  return question && { kind: 'question', question, score: 1, evidence: 1 };
}

/** A question's ranking: the share of thanks and goodbye goes to small talk on something else (out of scope). */
function unasked(ranked: readonly Scored[]): Scored[] {
  const isFarewell = (r: Scored) => r.intent === 'talk.thanks' || r.intent === 'talk.goodbye';
  const moved = ranked.filter(isFarewell).reduce((sum, r) => sum + r.score, 0);
  if (moved === 0) return [...ranked];
  const kept = ranked.filter((r) => !isFarewell(r) && r.intent !== 'talk.out-of-scope');
  const outOfScope = (ranked.find((r) => r.intent === 'talk.out-of-scope')?.score ?? 0) + moved;
  return [...kept, { intent: 'talk.out-of-scope', score: outOfScope }].sort((a, b) => b.score - a.score);
}

function toUnderstanding(d: Decision, procedures: readonly ProcedureDefinition[], evidence: number): Understanding {
  const byId = new Map(procedures.map((p) => [p.id, p]));
  if (d.kind === 'none') return { kind: 'none', guess: d.guess ? byId.get(d.guess) : undefined };
  if (d.kind === 'close') {
    const defs = d.intents.map((i) => byId.get(i)).filter((x): x is ProcedureDefinition => !!x);
    return defs.length === 1 ? { kind: 'procedure', def: defs[0], score: 0, evidence } : { kind: 'choose', defs };
  }
  const [kind, name] = d.intent.split('.', 2);
  if (kind === 'talk' && (TALK_INTENTS as readonly string[]).includes(name)) return { kind: 'talk', talk: name as TalkIntent };
  const question = kind === 'ask' ? questionsOf(procedures).find((q) => q.id === name) : undefined;
  if (question) return { kind: 'question', question, score: d.score, evidence };
  const def = byId.get(d.intent);
  return def ? { kind: 'procedure', def, score: d.score, evidence } : { kind: 'none' };
}
