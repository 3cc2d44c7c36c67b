import { msg } from '../../../../cards/view';
import { GO_LIVE_MAX_HOURS, GO_LIVE_MIN_HOURS } from '../../../../domain/isv/offer-rules';
import { fold } from '../../../nlu/text';
import type { QuestionDefinition } from '../../../procedure';
import { phrasesOf } from '../../../understand/intents';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as nl } from './phrases.nl';
import { phrases as sv } from './phrases.sv';

/** What happens once an offer is live: how long it takes and what its listing shows. */
const afterGoLive: QuestionDefinition = {
  id: 'after-go-live',
  phrases: phrasesOf({ en, fr, sv, nl }, 'after-go-live'),
  // "what happens once the offer is live?": asking what comes next, after going live, is this
  // question whatever the recognizer ranks (the words of going live also start the procedure).
  // Asked (a question mark) of an offer live or after it goes live, it is this too ("after go live,
  // do customers see it right away?"), unless it asks for the going live ("… can you push it live?").
  asks: (text) => {
    const folded = fold(text);
    // "we're about to press go live … what actually happens after that?", "vi tryckte på go live igår, vad händer nu?".
    if (GO_LIVE_SAID.test(folded) && HAPPENS.test(folded) && !ASKED_TO_DO.test(folded)) return true;
    if (!AFTER_LIVE.test(folded) && !LIVE_NOW.test(folded)) return false;
    // "vilka planer är live i crm-sync?" asks what the offer has (its status).
    if (PLANS_ASKED.test(folded)) return false;
    // "is our offer live or still stuck in review?": where it stands.
    if (/\blive (?:or|ou|eller|of) (?:still|toujours|fortfarande|nog)\b/.test(folded)) return false;
    // "ou est le bouton Go live ?": the step itself.
    if (/\b(?:go[ -]?live[ -]?(?:button|knapp\w*|knop)|bouton (?:de )?go[ -]?live)\b/.test(folded)) return false;
    return WHAT_NEXT.test(folded) || (/\?/.test(folded) && !MAKE_LIVE.test(folded) && !YET.test(folded) && !isLiveAsked(folded));
  },
  answer: async () => [
    msg('understand.ask.goLive.window', { min: GO_LIVE_MIN_HOURS, max: GO_LIVE_MAX_HOURS }),
    msg('isv.listing.license-check'),
    msg('isv.listing.free-install'),
    msg('understand.ask.goLive.status'),
  ],
};

/** The going live named (folded). */
const GO_LIVE_SAID = /\bgo[ -]?live\b/;
/** What happens, asked (folded, four languages). */
const HAPPENS =
  /\b(?:what (?:actually |exactly )?happens|vad (?:hander|sker)|wat gebeurt|(?:qu'est-ce qui|ce qui|que) se passe|se passe quoi|what changes|qu'est-ce qui change|vad andras|wat verandert)\b/;
/** The assistant asked to do it: "can you push it live?", "peux-tu …" (folded, four languages). */
const ASKED_TO_DO = /\b(?:can you|could you|please|pls|peux-tu|pouvez-vous|tu peux|kan du|kun je|kan je|kunt u)\b/;
/** Which plans, asked (folded, four languages). */
const PLANS_ASKED = /\b(?:which|what|quels?|vilka|welke)\b (?:[\w-]+ ){0,2}(?:plans|plannen|planer|forfaits)\b/;
/** Asking what comes next (folded, four languages). */
const WHAT_NEXT =
  /\b(?:what comes (?:next|after)|how long (?:until|till|before|does it take|will it take)|combien de temps (?:avant|faut|ca prend)|hur lang tid (?:tar|innan)|hoe lang (?:duurt|tot|voordat)|etapes? (?:apres|suivantes?)|et ensuite|wat komt er (?:hierna|nu|daarna|na)|vad (?:kommer|hander) (?:sen|efter|harnast)|what happens|what next|whats next|what's next|next steps?|still (?:to do|have to)|anything (?:else|left)|(?:anything|something) (?:to do|we (?:need|have) to do)|(?:qu'est-ce qu'il|qu'est-ce qui|que|ce qui) se passe|qu'est-ce qu'on (?:doit|fait)|qu'est[ -]ce qui arrive|les suites|(?:il )?reste|quelque chose a faire|(?:rien|des choses) a faire|ensuite|prochaines? etapes?|vad (?:hander|sker|galler)|nasta steg|nagot kvar|nagot (?:mer )?att gora|sen da|wat (?:gebeurt|nu|moeten)|vervolgstappen|daarna|iets (?:te doen|doen)|nog (?:iets )?(?:te doen|doen)|(?:and|so) now what|now what|(?:so )?what now|et maintenant|et apres|vad (?:ska|behover|maste) (?:vi|jag) gora|vad gor (?:vi|jag)\b|hoe gaat het (?:nu )?verder|och nu|en nu|what (?:can|should|do) (?:i|we) expect|wat (?:kan|kunnen|mag|mogen|moet|moeten) (?:ik|we|wij|je|jij) (?:\w+ )?verwachten|a quoi (?:s'attendre|(?:je|on) doi[st] m'attendre)|vad kan (?:vi|jag) forvanta|(?:need|have|got) to do next|(?:tanka|tänka) pa|think about|faire attention|letten op|rekening houden met|do (?:i|we) do next|what changes|what (?:do|should) (?:i|we) (?:need to |have to )?do(?: now| then| next)?|(?:on|je) (?:doit|dois) faire quoi|(?:c'est )?quoi la suite|la suite\b|se passe quoi|qu'est-ce qui change|ce qui change|vad (?:andras|blir annorlunda)|wat (?:verandert|verander)|wat (?:nu|dan))\b/;
/** "after / once … live" (folded, four languages): the going live comes after the word of time. */
const AFTER_LIVE =
  /\b(?:after|post|once|when|apres|une fois|quand|lorsque|efter|nar|sa snart|zodra|nadat|na|wanneer|als)\b.{0,50}\b(?:live|go-?live|en ligne|mise en ligne|publiee?|publique|public|publicerad|publikt?|gar live|gepubliceerd|publiek|openbaar)\b/;

/** "crm-sync went live yesterday", "est en ligne", "gick live", "staat live" (folded, four languages). */
const LIVE_NOW =
  /\b(?:(?:just )?went live|gone live|(?:is|are|est|ar|staat) (?:[\w-]+ ){0,3}(?:live|public|publique?|publiee?|publik|publicerat|publiek|openbaar|en ligne|en production|visible|synlig|zichtbaar)|go[ -]?live (?:fait|done|klar|gedaan|termine|effectue)|(?:is )?public now|(?:est )?passee? en (?:ligne|production|live)|passer en (?:ligne|production|live)|en production|(?:gick|har gatt) (?:live|publik)|live (?:gegaan|gezet)|(?:net |pas )?gepubliceerd|eens live|(?:offre|offer|offert|offret|erbjudandet|aanbieding) (?:est |is |ar |staat )?(?:live|en ligne))\b/;
/**
 * Whether it is live, asked with the verb first: "staat crm sync live op appsource?", "is field
 * notes live?", "est-ce que crm sync est en ligne ?" ask where the offer stands, not what follows (folded).
 */
export const isLiveAsked = (folded: string): boolean => LIVE_ASKED.test(folded) && !WHAT_NEXT.test(folded);
const LIVE_ASKED =
  /^[\w-]+(?: [\w-]+)? (?:is|est|ar|staat) (?:live|en ligne|public|publique|publiee?|publicerad|gepubliceerd) ?\?$|(?:^|\b(?:and|so|et|donc|och|en|dus) )(?:is|are|staat|ar|est-ce qu\w*|est ce qu\w*)\b.{0,50}\b(?:live|en ligne|public|publique|publiee?|publik|publicerad|gepubliceerd|openbaar)\b[^.!?]*\?/;
/** "is it live yet?", "est bien live ?" ask where the offer stands (its status), not what follows (folded). */
const YET = /\b(?:yet|already|deja|toujours pas|redan|an|inte an|al|nog niet|of nog niet|bien|really|vraiment|verkligen|wel|echt)\b/;
/** Putting an offer live, asked for: "push field-notes live", "la mettre en ligne", "zet crm-sync live" (folded). */
export const PUT_LIVE =
  /\bpublicera\w*\b.{0,30}\bskarpt\b|\b(?:publish|publier|publiceren)\b.{0,40}\b(?:for real|pour de vrai|en prod|to prod|in prod|in productie)\b|\b(?:slapp|release)\w*\b.{0,30}\b(?:till alla|to everyone|to all|publikt|publicly|publiquement)\b|\b(?:make|push|put|set|take|mettre|pousser|lancer|publier|gora|gor|satta|lagg|zet|zetten|breng)\w*\b.{0,30}\b(?:live|en ligne|en production|en prod|publiquement|publicly|publikt|publiek)\b|\b(?:rendre|make|gora|maken|maak)\b.{0,60}\b(?:public|publique|publikt?|openbaar|publiek)\b|\bopenbaar maken\b|\bvisible (?:de|par|pour|to|for) (?:tout le monde|tous|everyone|everybody|all)\b|\b(?:synlig|syns) for alla\b|\bzichtbaar voor (?:iedereen|alle)\b|\b(?:click|press|hit|do|klicka|klik|cliquer|faire|appuie\w*|appuy\w*|tryck\w*|druk\w*)\b.{0,10}\bgo[ -]?live\b|\bgo[ -]?live (?:on|for|pour|sur|med|voor|op)\b|\blive (?:te )?(?:zetten|gaan|brengen)\b|(?<!\b(?:est|a|ont|sont|etait) )\bpass(?:e|er|ons|ez) en (?:live|ligne|prod\w*)\b|\b(?:gar|ga|gaan) (?:vi |we |wij )?live\b|\b(?:ta|tar) (?:vi |jag |man )?(?:\w+ ){0,2}live\b|\baktivera live\w*/;
/** Asking for the going live itself: "can you push it live?", "peux-tu la mettre en ligne ?" (folded). */
const MAKE_LIVE = new RegExp(
  `${ASKED_TO_DO.source}|\\bcomment (?:on |je )?(?:la |le |l')?pass\\w* en (?:live|ligne|prod\\w*)\\b|${PUT_LIVE.source}`,
);

export const isvGoLiveQuestions: readonly QuestionDefinition[] = [afterGoLive];
