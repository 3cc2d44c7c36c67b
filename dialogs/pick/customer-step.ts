import { fromPromise } from 'xstate';
import { customerFindable, findCustomer } from '../../domain/find/customers';
import type { PartnerCenter } from '../../domain/partner-center';
import { msg, type Choice, type Msg, type Prompt } from '../../cards/view';
import { toCustomerRef, type CustomerRef } from './customer-ref';
import { findAndPick, MORE, said, type PickHost, type Searched } from './find-and-pick';

/** Customers shown per page of "list". */
export const CUSTOMER_PAGE = 10;

/** What a machine that asks for a customer keeps: the find-and-pick fields for customers. */
export type CustomerHost = PickHost<CustomerRef> & { customerQuery?: string; customer?: CustomerRef };

/**
 * The Partner Center search behind the customer step: a typed text is ranked by the matcher
 * (exact domain or GUID, then fuzzy names); "list" pages through every customer.
 */
export function searchCustomers(pc: PartnerCenter) {
  return fromPromise(
    async ({
      input,
    }: {
      input: { query?: string; list?: boolean; continuation?: string; from?: number };
    }): Promise<Searched<CustomerRef>> => {
      if (input.list) {
        const page = await pc.customers.page({ size: CUSTOMER_PAGE, continuation: input.continuation });
        return {
          kind: 'list',
          items: page.items.map(toCustomerRef),
          continuation: page.continuation,
          total: page.total,
          from: input.from ?? 0,
        };
      }
      const query = input.query ?? '';
      const found = await pc.customers.search(query, { size: CUSTOMER_PAGE });
      const verdict = findCustomer(query, found.items);
      if (verdict.kind === 'one') return { kind: 'one', items: [toCustomerRef(verdict.match.item)] };
      if (verdict.kind === 'several') return { kind: 'several', items: verdict.matches.map((m) => toCustomerRef(m.item)) };
      // Nothing: the first page helps the next try (an example from the user's own customers, or the list).
      const page = await pc.customers.page({ size: CUSTOMER_PAGE });
      return { kind: 'none', items: page.items.map(toCustomerRef), continuation: page.continuation, total: page.total, from: 0 };
    },
  );
}

/** Nothing matched: the help grows with the misses in a row (what to type, a real example, the list). */
function missed(query: string, misses: number, first: CustomerRef | undefined): Msg {
  if (!first) return msg('pick.customer.noneAtAll', { query });
  if (misses <= 1) return msg('pick.customer.none', { query });
  if (misses === 2) return msg('pick.customer.noneExample', { query, name: first.name, domain: first.domain });
  return msg('pick.customer.noneList', { query });
}

/**
 * The customer step of a procedure: the states askCustomer, findingCustomer and chooseCustomer,
 * to spread into its machine's states (their names are the procedure's step keys). The machine
 * provides the actor `searchCustomers` (from `searchCustomers(pc)`), reads a first sentence's
 * customer into `customerQuery`, and goes on to `next` with `customer` set (or what `take` assigns).
 */
export function customerStep<C extends CustomerHost>(options: {
  next: string;
  take?: (c: CustomerRef) => Partial<C>;
  clearQueryOnMiss?: boolean;
}) {
  return findAndPick<CustomerRef, C>({
    states: { ask: 'askCustomer', finding: 'findingCustomer', choose: 'chooseCustomer' },
    actor: 'searchCustomers',
    next: options.next,
    take: options.take ?? ((c) => ({ customer: c }) as Partial<C>),
    findable: customerFindable,
    messages: { tooShort: msg('pick.customer.tooShort'), missed },
    queryOf: (ctx) => ctx.customerQuery,
    withQuery: (customerQuery) => ({ customerQuery }) as Partial<C>,
    clearQueryOnMiss: options.clearQueryOnMiss,
  });
}

const customerChoice = (c: CustomerRef): Choice => ({
  value: c.id,
  label: msg('common.raw', { text: c.name }),
  detail: msg('common.raw', { text: c.domain }),
});

/**
 * The questions of the customer step, in the words of the procedure's area (`${area}.askCustomer.*`,
 * `${area}.chooseCustomer.title`): undefined for the step's other states.
 */
export function customerPrompt(step: string, ctx: CustomerHost, area: string): Prompt | undefined {
  if (step === 'askCustomer') {
    return {
      title: msg(`${area}.askCustomer.title`),
      lines: [msg(`${area}.askCustomer.line`), msg('pick.customer.orList')],
      input: { id: 'answer', kind: 'text', label: msg(`${area}.askCustomer.label`), placeholder: msg(`${area}.askCustomer.placeholder`) },
    };
  }
  if (step !== 'chooseCustomer') return undefined;
  const pick = ctx.pick;
  const items = pick?.items ?? [];
  if (pick?.list) {
    const from = (pick.from ?? 0) + 1;
    return {
      title: msg('pick.customer.listTitle', { from, to: from + items.length - 1, total: pick.total ?? from + items.length - 1 }),
      lines: [msg(pick.continuation ? 'pick.customer.listLineMore' : 'pick.customer.listLine')],
      choices: [...items.map(customerChoice), ...(pick.continuation ? [{ value: MORE, label: msg('pick.customer.more') }] : [])],
    };
  }
  return {
    title: msg(`${area}.chooseCustomer.title`, { query: said(ctx.customerQuery) }),
    lines: [msg('pick.customer.chooseLine')],
    choices: items.map(customerChoice),
  };
}
