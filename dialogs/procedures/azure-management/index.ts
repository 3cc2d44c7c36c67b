import type { SnapshotFrom } from 'xstate';
import { AZURE_ROLES } from '../../../domain/csp/model';
import { DEAL_WORD } from '../isv-invite';
import type { ProcedureDefinition } from '../../procedure';
import { customerPrompt } from '../../pick/customer-step';
import { msg, secret, type Prompt } from '../../../cards/view';
import { extractCustomer } from '../../pick/customer-ref';
import { createAzureManagementMachine, type AzureContext, type AzureManagementMachine } from './machine';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as sv } from './phrases.sv';
import { phrases as nl } from './phrases.nl';
import { azureManagementStrings } from './strings';

type Snap = SnapshotFrom<AzureManagementMachine>;

const stepOf = (s: Snap): string => (typeof s.value === 'string' ? s.value : Object.keys(s.value)[0]);

export const azureManagement: ProcedureDefinition<AzureManagementMachine> = {
  id: 'azure-management',
  version: 2,
  permission: 'azure-management',
  group: 'subscriptions',
  prefillKeys: ['customer'],
  strings: azureManagementStrings,
  title: msg('azure.title'),
  summary: msg('azure.summary'),
  phrases: { en, fr, sv, nl },
  // "ik wil dat de it-er van city of redmond zelf z'n azure subscription kan managen": a customer's own access to its Azure.
  claims: (folded) => {
    // "management wants it on Azure Marketplace": the marketplace is the publisher's, no subscription of a customer.
    // "envoyer la reseller relationship request à Tailspin": the relationship asked of a customer (not a deal's).
    if (RESELLER_RELATIONSHIP.test(folded) && !DEAL_WORD.test(folded)) return true;
    return AZURE.test(folded) && MANAGED.test(folded) && !/\bazure marketplace\b/.test(folded);
  },
  createMachine: createAzureManagementMachine,
  extract: (text): Record<string, string> => {
    const customer = extractCustomer(text);
    return customer ? { customer } : {};
  },
  stepKey: (s) => `azure.${stepOf(s)}`,
  prompt: (s) => promptFor(stepOf(s), s.context),
};

/** A reseller relationship, named (folded, four languages). */
const RESELLER_RELATIONSHIP =
  /\b(?:reseller[- ]?relation(?:ship)?s?|relation (?:de )?revendeur|relation reseller|aterforsaljarrelation\w*|resellerrelation\w*|resellerrelatie\w*|wederverkopersrelatie\w*)\b/;

function promptFor(step: string, ctx: AzureContext): Prompt | undefined {
  const customer = ctx.customer?.name ?? '';
  const azure = ctx.azureSubs?.find((a) => a.id === ctx.azureSubId);
  const user = ctx.users?.find((u) => u.id === ctx.customerUserId);
  switch (step) {
    case 'askCustomer':
    case 'chooseCustomer':
      return customerPrompt(step, ctx, 'azure');
    case 'noDap':
      return {
        title: msg('azure.noDap.title', { customer }),
        lines: [msg('azure.noDap.line1'), msg('azure.noDap.line2', { customer })],
        choices: [
          { value: 'request', label: msg('azure.choice.request'), style: 'positive' },
          { value: 'later', label: msg('azure.choice.stop') },
        ],
      };
    case 'requested':
      return {
        title: msg('azure.requested.title', { customer }),
        lines: [
          msg('azure.requested.link', { link: secret(ctx.request?.link ?? '') }),
          msg('azure.requested.step1', { domain: ctx.customer?.domain ?? '' }),
          msg('azure.requested.step2'),
          msg('azure.requested.step3'),
        ],
        choices: [
          { value: 'check', label: msg('azure.choice.check'), style: 'positive' },
          { value: 'later', label: msg('azure.choice.later') },
        ],
      };
    case 'chooseAzure':
      return {
        title: msg('azure.chooseAzure.title', { customer }),
        choices: (ctx.azureSubs ?? []).map((a) => ({
          value: a.id,
          label: msg('common.raw', { text: a.name }),
          detail: msg('common.raw', { text: a.id }),
        })),
      };
    case 'chooseUser':
      return {
        title: msg('azure.chooseUser.title', { customer, azure: azure?.name ?? '' }),
        choices: (ctx.users ?? []).map((u) => ({
          value: u.id,
          label: msg('common.raw', { text: u.name }),
          detail: msg('common.raw', { text: u.email }),
        })),
      };
    case 'chooseRole':
      return {
        title: msg('azure.chooseRole.title', { user: user?.name ?? '', azure: azure?.name ?? '' }),
        choices: AZURE_ROLES.map((r) => ({ value: r, label: msg(`azure.role.${r}`), detail: msg(`azure.role.${r}.detail`) })),
      };
    case 'confirm':
      return {
        title: msg('azure.confirm.title'),
        facts: [
          { label: msg('azure.fact.customer'), value: ctx.customer ? `${ctx.customer.name} (${ctx.customer.domain})` : '' },
          { label: msg('azure.fact.azure'), value: azure ? `${azure.name} (${azure.id})` : '' },
          { label: msg('azure.fact.user'), value: user ? `${user.name} (${user.email})` : '' },
          { label: msg('azure.fact.role'), value: msg(`azure.role.${ctx.role ?? 'Reader'}`) },
        ],
        choices: [
          { value: 'confirm', label: msg('azure.choice.confirm', { role: msg(`azure.role.${ctx.role ?? 'Reader'}`) }), style: 'positive' },
          { value: 'back', label: msg('azure.choice.otherRole') },
        ],
      };
    case 'done':
      return ctx.outcome?.status === 'assigned'
        ? {
            title: msg('azure.done.title', {
              user: user?.name ?? '',
              role: msg(`azure.role.${ctx.outcome.assignment.role}`),
              azure: azure?.name ?? '',
            }),
            lines: [msg(`azure.done.next.${ctx.outcome.assignment.role}`, { user: user?.name ?? '' })],
          }
        : undefined;
    case 'waiting':
      return { title: msg('azure.waiting.title', { customer }), lines: [msg('azure.waiting.line')] };
    case 'noAzure':
      return { title: msg('azure.noAzure.title', { customer }), lines: [msg('azure.noAzure.line', { customer })] };
    case 'noUsers':
      return { title: msg('azure.noUsers.title', { customer }) };
    default:
      return undefined;
  }
}

/** Azure, its subscription or its portal (folded). */
const AZURE = /\bazure\b/;
/** Managing it, a role or access on it (folded, four languages). */
const MANAGED =
  /\b(?:manag\w*|administer|control|(?:avoir )?la main sur|hand (?:over|on)|zelf (?:beheren|regelen)|sjalva (?:hantera|styra)|controle|kontroll\w*|owner|contributor|reader|role|rbac|access|permissions?|gerer|acces|droits?|proprietaire|contributeur|lecteur|hantera|roll|rollen|behorighet\w*|atkomst|agare|beheren|beheer|managen|rol|rechten|toegang|eigenaar|bijdrager|lezer|admin\w*|\w*rattighet\w*|rights)\b/;
