import { licenseChanges, MAX_LICENSES, type LicenseChange } from '../../../domain/isv/deal-rules';
import { msg, secret, type Msg, type Prompt } from '../../../cards/view';
import { COUNT_CHANGED, MORE_OR_MOVED, NOT_CHANGED, SEATS } from '../licence-counts';
import { PLAN_WORD } from '../../understand/mask';
import type { ProcedureDefinition } from '../../procedure';
import { ACCEPTED, DEAL_WORD, dealChoices, extractDealId } from '../isv-invite';
import { stepOf } from '../isv-shared';
import { createLicensesMachine, freePlans, type LicensesContext, type LicensesMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { isvStrings } from '../isv-shared/strings';

export const isvLicenses: ProcedureDefinition<LicensesMachine> = {
  id: 'isv-licenses',
  version: 1,
  permission: 'isv-licensing',
  group: 'isv',
  commandRank: 2,
  prefillKeys: ['dealId'],
  strings: isvStrings,
  title: msg('isv.licenses.title'),
  summary: msg('isv.licenses.summary'),
  phrases: { en, fr, sv, nl },
  // "contoso a autorisé la relation, je veux leur donner 50 licences": once the relationship is there, licences given are this.
  claims: (folded, named) => {
    const isv = named.has('deal') || named.has('offer') || RELATIONSHIP.test(folded) || DEAL_WORD.test(folded);
    // "licences beheren voor een isv deal": a deal's licences managed.
    if ((named.has('deal') || DEAL_WORD.test(folded)) && LICENCES_MANAGED.test(folded)) return true;
    if (isv && LICENCES_GIVEN.test(folded) && !INVITE_ASKED.test(folded)) return true;
    // "kunden har accepterat inbjudan. Nu ska de få sina licenser": after the acceptance come the licences.
    if (ACCEPTED.test(folded) && (SEATS.test(folded) || PLAN_COUNT.test(folded))) return true;
    // A deal's licences counted anew or a plan swapped on it: "8 more standard seats on D-1001", "go from 10 to 15
    // on their deal", "remove the standard plan from d-1001 and put 10 premium instead" (not how many it has, nor a deal to register).
    const onDeal = named.has('deal') || DEAL_WORD.test(folded) || (named.has('offer') && SEATS.test(folded));
    // "how many licences has the deal" counts them; "how do I adjust how many …" changes them.
    if (!onDeal || (HOW_MANY.test(folded) && !changed(folded)) || REGISTERED.test(folded)) return false;
    const counted = MORE_OR_MOVED.test(folded) && (SEATS.test(folded) || /\d+ (?:to|a|till|naar) \d+/.test(folded));
    // A plan swapped on it: named as a plan, or as a number of another ("ändra D-1001 till 15 Premium istället för Standard").
    const swapped =
      ((named.has('plan') || PLAN_WORD.test(folded)) && PLAN_SWAPPED.test(folded)) ||
      (/\d/.test(folded) && INSTEAD.test(folded)) ||
      // "move 5 of the Premium licenses on D-1002 over to Standard".
      (named.has('deal') && MOVED_TO_PLAN.test(folded));
    // "faut changer ce qui leur est attribué sur leur deal D-1001": what is assigned on a named deal, changed.
    const reassigned =
      (named.has('deal') && ASSIGNED.test(folded) && changed(folded)) ||
      ((named.has('deal') || DEAL_WORD.test(folded)) && LICENCE_COUNT.test(folded) && changed(folded));
    // "ajouter 5 premium sur le deal fabrikam": a number of a plan's licences, by the plan's name.
    // "kunden i D-0990 ska ha 20 standard och 5 premium": a named deal's count of a plan is its licences.
    const planCounted = (ADDED.test(folded) || named.has('deal')) && PLAN_COUNT.test(folded);
    // "hur justerar jag hur många licenser av varje plan kunden har i D-1001?": how many, changed.
    const recounted = HOW_MANY.test(folded) && changed(folded) && SEATS.test(folded);
    return counted || recounted || (SEATS.test(folded) && COUNT_CHANGED.test(folded)) || swapped || reassigned || planCounted;
  },
  createMachine: createLicensesMachine,
  extract: extractDealId,
  stepKey: (s) => `isv.licenses.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

/** A change to make (summary), or, once made, what was done (receipt: "added", not "add"). */
export function changeMsg(c: LicenseChange, done = false): Msg {
  const key = `isv.licenses.${done ? 'changed' : 'change'}.${c.kind}`;
  if (c.kind === 'add') return msg(key, { plan: c.planId, to: c.to });
  if (c.kind === 'change') return msg(key, { plan: c.planId, from: c.from, to: c.to });
  return msg(key, { plan: c.planId, from: c.from });
}

function typingExample(plans: string[], inDeal: string[]): Msg {
  const add = plans.find((p) => !inDeal.includes(p)) ?? plans[0];
  if (!add) return msg('common.empty');
  return inDeal.length ? msg('isv.licenses.overview.typing', { add, remove: inDeal[0] }) : msg('isv.licenses.overview.typingAdd', { add });
}

function promptFor(step: string, ctx: LicensesContext): Prompt | undefined {
  const deal = ctx.deals.find((d) => d.dealId === ctx.dealId);
  const changes = licenseChanges(ctx.current, ctx.wanted);
  const planName = (id: string) => ctx.plans.find((p) => p.planId === id)?.name ?? id;
  switch (step) {
    case 'chooseDeal':
      return { title: msg('isv.licenses.chooseDeal.title'), choices: dealChoices(ctx.deals) };
    case 'refused':
      return {
        title: msg('isv.licenses.refused.title', { deal: ctx.dealId ?? '' }),
        lines:
          ctx.relationship?.status === 'pending'
            ? [msg('isv.licenses.refused.link'), msg('common.raw', { text: secret(ctx.relationship.consentLink) })]
            : [],
        choices: [
          { value: 'retry', label: msg('isv.licenses.choice.retry') },
          { value: 'other-deal', label: msg('isv.licenses.choice.otherDeal') },
          { value: 'stop-here', label: msg('isv.publish.choice.stop') },
        ],
      };
    case 'overview': {
      const wanted = Object.entries(ctx.wanted);
      return {
        title: msg('isv.licenses.overview.title', { deal: ctx.dealId ?? '', customer: deal?.customerName ?? '' }),
        lines: [
          ...(wanted.length
            ? wanted.map(([plan, n]) => msg('isv.licenses.overview.line', { plan, name: planName(plan), count: n }))
            : [msg('isv.licenses.overview.none')]),
          ...(changes.length ? [msg('isv.licenses.overview.pending', { count: changes.length })] : []),
          // The typed examples name this offer's own plans, never plans it does not have.
          typingExample(
            ctx.plans.map((p) => p.planId),
            wanted.map(([plan]) => plan),
          ),
        ],
        choices: [
          ...(freePlans(ctx).length ? [{ value: 'add', label: msg('isv.licenses.choice.add') }] : []),
          ...wanted.map(([plan]) => ({ value: `change:${plan}`, label: msg('isv.licenses.choice.change', { plan }) })),
          ...wanted.map(([plan]) => ({
            value: `remove:${plan}`,
            label: msg('isv.licenses.choice.remove', { plan }),
            style: 'destructive' as const,
          })),
          ...(changes.length ? [{ value: 'update', label: msg('isv.licenses.choice.update'), style: 'positive' as const }] : []),
          { value: 'stop-here', label: msg('isv.licenses.choice.stop') },
        ],
        // "premium 25", or a verb and a plan in any of the four languages ("supprimer standard").
        expects: { kind: 'text', verbs: ['add', 'remove', 'change'] },
      };
    }
    case 'choosePlan':
      return {
        title: msg('isv.licenses.choosePlan.title'),
        choices: [
          ...freePlans(ctx).map((p) => ({
            value: p.planId,
            label: msg('common.raw', { text: p.name }),
            detail: msg('common.raw', { text: p.planId }),
          })),
          { value: 'back', label: msg('isv.statusProc.choice.back') },
        ],
      };
    case 'askCount':
      return {
        title: msg('isv.licenses.askCount.title', { plan: ctx.planId ?? '', name: planName(ctx.planId ?? '') }),
        lines: [msg('isv.licenses.askCount.line', { max: MAX_LICENSES })],
        input: {
          id: 'answer',
          kind: 'number',
          label: msg('isv.licenses.fact.count'),
          ...(ctx.planId && ctx.wanted[ctx.planId] ? { value: String(ctx.wanted[ctx.planId]) } : {}),
        },
        expects: { kind: 'integer', min: 1, max: MAX_LICENSES },
      };
    case 'confirm':
      return {
        title: msg('isv.licenses.confirm.title', { deal: ctx.dealId ?? '', customer: deal?.customerName ?? '' }),
        lines: [...changes.map((c) => changeMsg(c)), msg('isv.licenses.confirm.line')],
        choices: [
          { value: 'update', label: msg('isv.licenses.choice.update'), style: 'positive' },
          { value: 'back', label: msg('isv.licenses.choice.back') },
        ],
      };
    case 'done': {
      const u = ctx.updated;
      if (!u) return undefined;
      const left = Object.entries(u.licenses);
      return {
        title: msg('isv.licenses.done.title', { deal: ctx.dealId ?? '', customer: deal?.customerName ?? '' }),
        lines: [
          ...u.changes.map((c) => changeMsg(c, true)),
          ...(left.length
            ? left.map(([plan, n]) => msg('isv.licenses.overview.line', { plan, name: planName(plan), count: n }))
            : [msg('isv.licenses.overview.none')]),
          msg('isv.licenses.done.admin'),
        ],
      };
    }
    default:
      return undefined;
  }
}

/** How many, asked: a deal's count is its status (folded, four languages). */
const HOW_MANY = /\b(?:how many|combien|hur manga|hoeveel)\b/;
/** A deal to register is another procedure (folded, four languages). */
const REGISTERED = /\b(?:regist\w*|enregistr\w*|new deal|nouveau deal|nouvelle affaire|ny deal|nieuwe deal)\b/;
/** Added (folded, four languages). */
const ADDED = /\b(?:add\w*|ajout\w*|rajout\w*|lagg\w* till|toevoeg\w*|voeg\w*)\b/;
/** A number of a plan by its name ("5 premium"): plans are named so (folded). */
const PLAN_COUNT = /\b\d{1,4} (?:x )?(?:standard|premium|basic|pro|enterprise|starter|business)\b/;
/** Licences moved to another plan (folded, four languages). */
const MOVED_TO_PLAN =
  /\b(?:move|moving|verplaats\w*|verschuiv\w*|flytta\w*|deplac\w*|basculer|passer)\b.{0,50}\b(?:to|naar|till|vers|en|sur)\b (?:the |de |la )?(?:standard|premium|basic|pro|enterprise|starter|business)\b/;
/** Instead of (folded, four languages). */
const INSTEAD = /\b(?:instead of|au lieu de|i stallet for|istallet for|in plaats van|ipv|i\.p\.v\.)/;
/** Assigned or allocated (folded, four languages). */
/** A count of licences named: "license counts", "aantal licenties", "antal licenser", "nombre de licences" (folded). */
const LICENCE_COUNT =
  /\b(?:licen[cs]e counts?|seat counts?|(?:aantal|antal|nombre de|number of) (?:licen[cs]es|licenties|licenser|seats)|licensantal\w*|licentieaantal\w*)\b/;
const ASSIGNED = /\b(?:attribu\w*|assign\w*|allou\w*|allocat\w*|tilldela\w*|toegewez\w*|toewijz\w*)\b/;
/** Changed (folded, four languages). */
const CHANGED =
  /\b(?:chang\w*|modif\w*|update|set|adjust\w*|ajust\w*|justera\w*|mettre a jour|andra|byt\w*|uppdatera|wijzig\w*|aanpass\w*|bijwerk\w*)\b/;
/** Licences managed, said so (folded, four languages). */
const LICENCES_MANAGED =
  /\b(?:manag\w*|beheren|beheer|gerer|hantera|administrer)\b (?:[\w-]+ ){0,2}(?:licen[cs]es?|licenser\w*|licenties)\b|\b(?:licen[cs]es?|licenser\w*|licenties) (?:[\w-]+ ){0,2}(?:manag\w*|beheren|gerer|hantera)\b/;
/** A change asked for, not one ruled out. */
const changed = (folded: string): boolean => CHANGED.test(folded) && !NOT_CHANGED.test(folded);
/** A plan taken off, put on or swapped (folded, four languages). */
const PLAN_SWAPPED =
  /\b(?:remove|replace|swap|switch|put|instead|retir\w*|enlev\w*|remplac\w*|au lieu|mettre|ta bort|byt\w*|satt|istallet|verwijder\w*|vervang\w*|in plaats|zet)\b/;
/** The relationship with the publisher, or a deal (folded, four languages). */
const RELATIONSHIP = /\b(?:relationship|relation|relationen|relatie|deal|dealen)\b/;
/** Licences given, added or changed (folded, four languages). */
const LICENCES_GIVEN =
  /\b(?:licen[cs]e\w*|seats?|licenties?|licenser\w*) (?:\w+ )?(?:assign\w*|toewijzen|toekennen|tilldela\w*|attribuer|affecter)\b|\b(?:give|add|assign|allocate|update|raise|increase|donner|ajouter|allouer|distribuer|fordela|verdel\w*|attribuer|affect\w*|koppel\w*|mettre a jour|augmenter|ge|lagg\w* till|tilldela\w*|fordela\w*|dela\w* (?:\w+ )?ut|oka|geven|toevoegen|toewijzen|verhogen)\b.{0,40}\b(?:licen[cs]e\w*|seats?|licenser\w*|licenties?)\b/;
/** The invitation itself asked for, or the licences said to come after it ("before we can give them licences"), folded. */
const INVITE_ASKED =
  /\b(?:how (?:do|can) (?:i|we) invite|(?:generate|create|send|get|make) (?:the |an |a )?(?:invite|invitation)|before (?:we|they|i) can|avant (?:qu'on|que|de)|innan (?:vi|de|jag) kan|voordat (?:we|ze|ik)|invite (?:them|him|her|the customer)|send (?:the|an|them the) (?:invite|invitation|link)|l'invite|inviter (?:le|la|les)|hur bjuder|bjud\w* in (?:dem|kunden)|nodig \w+ uit|uitnodig\w*|consent\w*|consentement|samtycke|toestemming|links?|lien|lank\w*)\b/;
