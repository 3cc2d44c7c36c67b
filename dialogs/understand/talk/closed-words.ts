import { forModel } from '../recognizer';

/**
 * Greetings, thanks and goodbyes are closed classes of words: a message made of one of them
 * alone ("salut !", "bonsoir", "thx", "hej då") is that, in any language, whatever the trained
 * model makes of a single word it may never have seen.
 */
const GREETINGS = new Set([
  // English
  'hi',
  'hello',
  'hey',
  'hiya',
  'howdy',
  'greetings',
  'yo',
  'morning',
  'good morning',
  'good afternoon',
  'good evening',
  'good day',
  // French
  'bonjour',
  'salut',
  'bonsoir',
  'coucou',
  'allo',
  'bonne journee',
  'bon matin',
  'bon apres midi',
  // as typed in chat: "slt", "bjr", "cc"
  'slt',
  'bjr',
  'cc',
  // Swedish
  'hej',
  'hejsan',
  'tjabba',
  'halla',
  'tjena',
  'morsning',
  'tjenare',
  'tja',
  'god morgon',
  'god middag',
  'god kvall',
  'god eftermiddag',
  'godmorgon',
  'godkvall',
  'goddag',
  'morrn',
  // Dutch
  'hallo',
  'hoi',
  'hallo allemaal',
  'goeiemiddag',
  'hee',
  'goedemorgen',
  'goedemiddag',
  'goedenavond',
  'goeiemorgen',
  'goedendag',
  'goeiedag',
  'dag',
]);

const THANKS = new Set([
  'thanks',
  'thank you',
  'thx',
  'thnx',
  'thanx',
  'tnx',
  'thank u',
  'ty',
  'cheers',
  'many thanks',
  'merci',
  'merci beaucoup',
  'merci bien',
  'tack',
  'tack sa mycket',
  'tackar',
  'bedankt',
  'dank je',
  'dank u',
  'dankjewel',
  'dankuwel',
  'dank je wel',
  'dank u wel',
  // Said with what it was for: "thanks for the help", "merci voor de hulp" (Flemish).
  'thanks for the help',
  'thank you for the help',
  'thanks for your help',
  'merci pour l aide',
  "merci pour l'aide",
  'merci pour ton aide',
  'merci pour votre aide',
  'merci voor de hulp',
  'bedankt voor de hulp',
  'dank je voor de hulp',
  'tack for hjalpen',
]);

const GOODBYES = new Set([
  'bye',
  'goodbye',
  'bye bye',
  'see you',
  'see you later',
  'later',
  'ciao',
  'au revoir',
  'a plus',
  'a plus tard',
  'a bientot',
  'bonne soiree',
  'bonne fin de journee',
  'je vous laisse',
  'a demain',
  'a lundi',
  'a la prochaine',
  'see you tomorrow',
  'talk tomorrow',
  'vi ses imorgon',
  'vi hors',
  'tot morgen',
  'tot maandag',
  'je te laisse',
  "i'm off",
  'im off',
  'gotta go',
  'signing off',
  'have a good one',
  'ha en bra dag',
  'trevlig helg',
  'fijne avond',
  'fijne dag',
  'ik ben weg',
  'ik ga ervandoor',
  'hej da',
  'hejda',
  'vi ses',
  'ha det',
  'ha det bra',
  'adjo',
  'doei',
  'dag dag',
  'daag',
  'tot ziens',
  'tot later',
  'welterusten',
  // Saying that one is done: "ok i'm done, goodbye", "c'est tout pour moi".
  "i'm done",
  'im done',
  'i am done',
  'see ya',
  'cya',
  'nothing else',
  'rien d autre',
  "rien d'autre",
  'a tantot',
  'a toute',
  'inget mer',
  'inget annat',
  'niets meer',
  'verder niets',
  'jag loggar ut',
  'loggar ut',
  "i'm logging off",
  'im logging off',
  'logging off',
  'je me deconnecte',
  'ik log uit',
  "that's all",
  'thats all',
  "that's it",
  'thats it',
  "c'est tout",
  'c est tout',
  "j'ai fini",
  'j ai fini',
  'det var allt',
  'jag ar klar',
  'dat was het',
  'ik ben klaar',
  'da was alles',
  'dat was alles',
  'dat is alles',
]);

/** Who a greeting may be addressed to, after it: "hi there", "bonjour à tous", "hej alla". */
const ADDRESSEES = new Set([
  'there',
  'all',
  'everyone',
  'team',
  'bot',
  'assistant',
  'a',
  'tous',
  'toi',
  'vous',
  'le',
  'alla',
  'allihop',
  'allemaal',
  'iedereen',
  'dar',
  'daar',
]);

/**
 * Words said beside a thanks or goodbye that add nothing to it: "ok", "great", "a lot", "bcp",
 * "så mycket", "top" (Dutch "great"). Alone they are no small talk, except the words of praise
 * below, which thank.
 */
const ALONGSIDE = new Set([
  // English
  'ok',
  'okay',
  'k',
  'alright',
  'so',
  'a lot',
  'lots',
  'so much',
  'very much',
  'again',
  'for now',
  'mate',
  // What it was for, after a word of thanks: "thx a lot for the help".
  'for the help',
  'for your help',
  'for helping',
  'for everything',
  'for me',
  'for today',
  'now',
  // French
  'bon',
  'bien',
  'd accord',
  "d'accord",
  'daccord',
  'dac',
  'bcp',
  'beaucoup',
  'mille fois',
  'encore',
  'et',
  'pour l aide',
  "pour l'aide",
  'pour ton aide',
  'pour votre aide',
  'pour tout',
  'pour moi',
  "pour aujourd'hui",
  'pour aujourd hui',
  // Swedish
  'okej',
  'oki',
  'sa mycket',
  'sa',
  'tusen',
  'igen',
  'da',
  'for hjalpen',
  'for allt',
  'for mig',
  'for idag',
  'klart',
  'nu',
  // Dutch
  'oke',
  'prima',
  'nou',
  'heel erg',
  'hartelijk',
  'wel',
  'weer',
  'en',
  'voor de hulp',
  'voor je hulp',
  'voor alles',
  'voor mij',
  'voor vandaag',
  'he',
  'hoor',
]);

/** Words of praise: alone, or beside a thanks, they thank ("super !", "top, bedankt", "toppen, tack"). */
const PRAISE = new Set([
  'great',
  'perfect',
  'awesome',
  'excellent',
  'brilliant',
  'cool',
  'nice',
  'super',
  'top',
  'parfait',
  'genial',
  'nickel',
  'impeccable',
  'perfekt',
  'toppen',
  'utmarkt',
  'kanon',
  'grymt',
  'geweldig',
  'fantastisch',
  'mooi',
  'fijn',
  'uitstekend',
  // It worked: said after help, it is thanks ("tack så mycket, det löste sig").
  'that worked',
  'it worked',
  'that did it',
  'all sorted',
  'ca marche',
  'ca a marche',
  "c'est bon",
  'c est bon',
  'det loste sig',
  'det funkar',
  'funkar',
  'het werkt',
  'dat werkt',
  'gelukt',
  'het is gelukt',
  'that was quick',
  "c'etait rapide",
  'det gick snabbt',
  'dat was snel',
]);

/** A call for help or for the menu, alone or after a greeting ("hi, help"): what the assistant can do (folded). */
const HELP = new Set([
  'help',
  'help me',
  'help mij',
  'help me please',
  'helpen',
  'hulp',
  'hulp nodig',
  'ik heb hulp nodig',
  'i need help',
  'need help',
  'hjalp',
  'hjalp mig',
  'jag behover hjalp',
  'aide',
  'aide moi',
  "a l'aide",
  'au secours',
  "j'ai besoin d'aide",
  'besoin d aide',
  "besoin d'aide",
  'menu',
  'meny',
  'options',
]);

const KINDS = [
  // A goodbye said with thanks is a goodbye ("thanks, bye"); a greeting with thanks is thanks; "hi, help" asks for help.
  ['goodbye', GOODBYES],
  ['thanks', THANKS],
  ['capabilities', HELP],
  ['greeting', GREETINGS],
] as const;

/** The longest phrase of the lists at the start of `words`, up to four words. */
function phraseAt(
  words: readonly string[],
  at: number,
): { kind: 'greeting' | 'thanks' | 'goodbye' | 'capabilities' | 'praise' | 'aside'; length: number } | undefined {
  for (let n = Math.min(4, words.length - at); n >= 1; n--) {
    const phrase = words.slice(at, at + n).join(' ');
    const kind = KINDS.find(([, set]) => set.has(phrase))?.[0];
    if (kind) return { kind, length: n };
    if (PRAISE.has(phrase)) return { kind: 'praise', length: n };
    if (ALONGSIDE.has(phrase) || (n === 1 && ADDRESSEES.has(phrase))) return { kind: 'aside', length: n };
  }
  return undefined;
}

/**
 * What a whole message of greeting, thanks or goodbye words is, possibly addressed or with words
 * that add nothing ("hi there", "merci à tous", "thx a lot!", "ok à plus", "top, bedankt!");
 * undefined as soon as one word is none of these.
 */
export function closedTalk(text: string): 'greeting' | 'thanks' | 'goodbye' | 'capabilities' | undefined {
  // "a+" is "à plus": the sign is a word here.
  const words = forModel(text.replace(/\+/g, ' plus ')).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  const kinds = new Set<string>();
  for (let at = 0; at < words.length; ) {
    const phrase = phraseAt(words, at);
    if (!phrase) return undefined;
    kinds.add(phrase.kind);
    at += phrase.length;
  }
  const kind = KINDS.find(([k]) => kinds.has(k))?.[0];
  return kind ?? (kinds.has('praise') ? 'thanks' : undefined);
}

/** What follows a greeting that opens a longer message ("hi, cancel order 4711" → "cancel order 4711"), as written, or undefined. */
export function afterGreeting(text: string): string | undefined {
  const tokens = [...text.matchAll(/[\p{L}\p{N}']+/gu)];
  const words = tokens.map((m) => forModel(m[0]));
  for (const n of [2, 1]) {
    if (words.length <= n || !GREETINGS.has(words.slice(0, n).join(' '))) continue;
    let skip = n;
    // "hi there, …", "bonjour à tous, …"
    while (skip < words.length && ADDRESSEES.has(words[skip])) skip++;
    // "bonjour à tous": nothing is asked after the greeting and whom it is said to.
    if (skip === words.length) return undefined;
    return text.slice(tokens[skip].index).trim();
  }
  return undefined;
}

/** Words that open a question in the four languages (folded): "what's…", "quel temps…", "hur blir…", "wat voor…". */
const QUESTION_WORDS = new Set([
  'what',
  'whats',
  "what's",
  'how',
  'when',
  'where',
  'who',
  'why',
  'which',
  'quel',
  'quelle',
  'quels',
  'quelles',
  'quoi',
  'comment',
  'quand',
  'qui',
  'pourquoi',
  'combien',
  'vad',
  'hur',
  'nar',
  'vem',
  'varfor',
  'vilken',
  'vilket',
  'vilka',
  'wat',
  'hoe',
  'wanneer',
  'waar',
  'wie',
  'waarom',
  'welk',
  'welke',
  'hoeveel',
]);

/**
 * A question: thanks and goodbyes are never asked ("what's the weather tomorrow?" is no
 * "see you tomorrow"), whatever word of theirs it holds.
 */
export function isQuestion(text: string): boolean {
  return text.trim().endsWith('?') || QUESTION_WORDS.has(forModel(text).split(' ')[0] ?? '');
}

/**
 * "what can you do?", "vilka saker kan du göra i Partner Center åt mig?", "tu sais faire quoi ?":
 * asking what the assistant does, whatever follows in a few words (folded, four languages).
 */
const CAPABILITIES =
  /\b(?:actions|things|choses|saker|dingen)\b.{0,40}\b(?:avec|with|med|met) (?:cet |ce |this |the |den har |deze |de )?(?:assistant|bot|assistent|assistenten|boten)\b|^(?:so\s+)?(?:what|which\s+things)\s+(?:else\s+|all\s+|exactly\s+)?(?:can|could)\s+you\s+(?:do|help(?:\s+me)?\s+with)\b|^what\s+(?:sort|kind|type)s?\s+of\s+(?:things|stuff)\s+(?:can|could)\s+(?:you|this\s+bot|the\s+bot|it)\s+(?:do|help)\b|^(?:qu'est\s+ce\s+que\s+(?:tu|vous)\s+(?:sais|peux|savez|pouvez)\s+faire|que\s+(?:peux|sais)\s+tu\s+faire|que\s+pouvez\s+vous\s+faire|c\s*'?\s*est\s+quoi\s+(?:que|ce\s+que)\s+(?:tu|vous)\s+(?:peux|sais|pouvez|savez)\s+faire|tu\s+(?:sais|peux)\s+faire\s+quoi)\b|^(?:vad|vilka\s+(?:saker|grejer|grejor|uppgifter))\s+kan\s+(?:du|boten|botten|assistenten)\s+(?:gora|hjalpa\s+(?:mig\s+|till\s+)?med)\b|^(?:wat|welke\s+dingen)\s+(?:kun|kan|kunt)\s+(?:je|jij|u|ge)\s+(?:allemaal\s+|zoal\s+|voor\s+mij\s+)?(?:doen|regelen)\b|^(?:so\s+)?what\s+(?:are\s+you|r\s+u|do\s+you\s+do)\s+(?:(?:good\s+)?for|exactly|here)\b|^what\s+do\s+you\s+do\b|^(?:a|et\s+a)\s+quoi\s+(?:tu\s+sers|sers\s+tu|servez\s+vous|vous\s+servez)\b|^vad\s+(?:ar|gor)\s+du\s+(?:till\s+for|for\s+nagot|bra\s+pa|har)\b|^vad\s+kan\s+(?:den\s+har\s+)?(?:boten|botten|assistenten)\s+(?:gora|hjalpa)\b|^tu\s+fais\s+quoi\b|^a\s+quoi\s+sert\s+(?:ce|le|cet)\s+(?:bot|assistant)\b|^(?:vous\s+faites|que\s+fais\s+tu)\b|^(?:waar\s+ben\s+(?:je|jij|u)\s+(?:eigenlijk\s+)?voor|waarvoor\s+(?:ben|dien)\s+(?:je|jij|u)|wat\s+doe\s+(?:je|jij)\s+(?:eigenlijk|hier|precies))\b/;

/** A short question about what the assistant does, with no number in it ("what can you do about order 4711" is about the order). */
export function asksCapabilities(text: string): boolean {
  const words = forModel(text);
  return !/\d/.test(words) && words.split(' ').length <= 12 && CAPABILITIES.test(words);
}

/**
 * "je suis nouveau dans l'équipe, c'est quoi que tu peux faire ?": the last clause asks what the
 * assistant does; what comes before it, for the caller to read first (it may be a request).
 */
export function beforeCapabilitiesAsked(text: string): string | undefined {
  const clauses = text.split(/(?<=[,.;:!])\s+|\s+[-–]\s+/);
  if (clauses.length < 2) return undefined;
  return asksCapabilities(clauses[clauses.length - 1]) ? clauses.slice(0, -1).join(' ') : undefined;
}

/**
 * Topics that are never Partner Center's: a table for lunch, the weather, a joke, a recipe, a
 * match, a printer (folded, four languages). A sentence on one of them that names nothing of Partner
 * Center is out of scope, whatever its other words lean to ("boka ett lunchbord till 12").
 */
const OFF_TOPIC =
  /\b(?:lunch\w*|dinner|restaurant\w*|pizza|coffee|weather|forecast|joke|recipe|kaffe|koffie|cafe|football|soccer|movie|dejeuner|diner|resto|meteo|blague|recette|match de foot|film|lunchbord|middag|vadret|vaderprognos\w*|skamt|fotboll|fika|lunchen|weerbericht|het weer|grap(?:je)?|recept|voetbal|etentje|printer|printers|imprimante|skrivare\w*)\b/;

export function offTopic(text: string): boolean {
  return OFF_TOPIC.test(forModel(text));
}
