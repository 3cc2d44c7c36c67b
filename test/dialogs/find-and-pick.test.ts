import Keyv from 'keyv';
import { ManualClock } from '../../domain/clock';
import { DEMO_SEED } from '../../domain/sandbox/demo-seed';
import { SandboxPartnerCenter } from '../../domain/sandbox/sandbox';
import { parseSeed } from '../../domain/sandbox/seed-schema';
import { ConversationEngine, type ConversationRecord } from '../../dialogs/engine';
import { PROCEDURES } from '../../dialogs/registry';
import { replyText } from '../../cards/render-text';
import type { Locale } from '../../cards/strings';
import { findOffer } from '../../dialogs/procedures/isv-shared';
import { pick } from '../../dialogs/procedures/new-subscription/shared';

/** The demo customers and 14 more: 23 in all, so that "list" has three pages of 10. */
const EXTRA = Array.from({ length: 14 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return {
    id: `extra-${n}`,
    name: `Zephyr Retail ${n}`,
    tenantId: `00000000-0000-4000-8000-0000000000${n}`,
    domain: `zephyr${n}.example`,
    market: 'US',
    type: 'commercial',
    currency: 'USD',
  };
});

async function engineWithCustomers() {
  const clock = new ManualClock(new Date('2026-11-20T10:00:00Z'));
  const pc = new SandboxPartnerCenter(new Keyv(), clock);
  const seed = parseSeed({ ...DEMO_SEED, customers: [...DEMO_SEED.customers, ...EXTRA] });
  if (!seed.ok) throw new Error(seed.errors.join('; '));
  await pc.seed(seed.seed);
  return new ConversationEngine(PROCEDURES, { pc, clock });
}

/** One conversation with the engine in this process, in one language: each turn's replies as plain text. */
function talk(engine: ConversationEngine, locale: Locale) {
  let record: ConversationRecord | undefined;
  const turn = async (input: Parameters<ConversationEngine['turn']>[1]) => {
    const r = await engine.turn(record, input, { channelUserId: 'ada', locale });
    record = r.record;
    return r.replies.map((x) => replyText(x, locale)).join('\n');
  };
  return {
    say: (text: string) => turn({ kind: 'message', text }),
    /** A card's choice clicked: the option's value, as the engine hands it to the machine. */
    pick: (value: string) => turn({ kind: 'submit', run: record!.run!.id, seq: record!.run!.seq, value }),
    get step() {
      return record?.run?.step;
    },
  };
}

describe('the find-and-pick step for customers', () => {
  let engine: ConversationEngine;
  beforeAll(async () => {
    engine = await engineWithCustomers();
  });

  it('takes one clear match at once (a typo, a legal form of its own)', async () => {
    const c = talk(engine, 'en');
    expect(await c.say('cancel-software-purchase')).toMatch(/Which customer bought the software\?/);
    // Northwind's only order needs a support request: the procedure goes straight to it.
    expect(await c.say('northwnd traders')).toMatch(/needs more information to cancel order 4719/);
    const d = talk(engine, 'en');
    await d.say('cancel-software-purchase');
    expect(await d.say('Contoso Ltd.')).toMatch(/Which product of Contoso Ltd/);
  });

  it('offers a short list when several fit, picked by value or by a typed name', async () => {
    const c = talk(engine, 'en');
    await c.say('cancel-software-purchase');
    const list = await c.say('contosso');
    expect(list).toMatch(/Several customers match "contosso"/);
    expect(list).toMatch(/1\. Contoso Ltd \(contoso\.com\)\n2\. Contoso Pharma/);
    expect(c.step).toBe('cancel.chooseCustomer');
    expect(await c.say('contoso ltd')).toMatch(/Which product of Contoso Ltd/);
    const d = talk(engine, 'en');
    await d.say('cancel-software-purchase');
    await d.say('Contoso');
    expect(await d.pick('contoso')).toMatch(/Which product of Contoso Ltd/);
  });

  it('searches again when another name is typed at the short list', async () => {
    const c = talk(engine, 'en');
    await c.say('cancel-software-purchase');
    await c.say('Contoso');
    expect(await c.say('northwind')).toMatch(/needs more information to cancel order 4719/);
  });

  it('lists every customer on "list my customers", 10 a page, with "more"', async () => {
    const c = talk(engine, 'en');
    await c.say('cancel-software-purchase');
    const first = await c.say('list my customers');
    expect(first).toMatch(/Your customers, 1–10 of 23\. Which one\?/);
    expect(first).toMatch(/1\. Adatum Seychelles/);
    expect(first).toMatch(/11\. More customers/);
    const second = await c.pick('more');
    expect(second).toMatch(/Your customers, 11–20 of 23/);
    const third = await c.say('more');
    expect(third).toMatch(/Your customers, 21–23 of 23/);
    expect(third).not.toMatch(/More customers/);
    // A name typed at the list picks it (Zephyr Retail 13 has bought no software: said so).
    expect(await c.say('zephyr retail 13')).toMatch(/Zephyr Retail 13 has no software purchases/);
  });

  it('grows its help after misses: what to type, then an example, then the list', async () => {
    const c = talk(engine, 'en');
    await c.say('cancel-software-purchase');
    const one = await c.say('foo');
    expect(one).toMatch(/No customer matches "foo"\. Type part of the company name/);
    expect(one).not.toMatch(/For example/);
    const two = await c.say('bar');
    expect(two).toMatch(/No customer matches "bar" either\. For example, type "Adatum Seychelles" or "adatum\.sc"/);
    const three = await c.say('baz');
    expect(three).toMatch(/No customer matches "baz"\. Here are all your customers/);
    expect(three).toMatch(/Your customers, 1–10 of 23/);
    expect(c.step).toBe('cancel.chooseCustomer');
    // Found at last: the count of misses starts again.
    expect(await c.say('Tailspin')).toMatch(/Tailspin Toys Kenya/);
  });

  it('quotes a long text back on one line', async () => {
    const c = talk(engine, 'en');
    await c.say('cancel-software-purchase');
    const reply = await c.say('q'.repeat(300));
    expect(reply).toContain(`No customer matches "${'q'.repeat(80)}"`);
  });

  it('does all of it in French', async () => {
    const c = talk(engine, 'fr');
    expect(await c.say('cancel-software-purchase')).toMatch(/Quel client a acheté le logiciel/);
    expect(await c.say('aucun')).toMatch(/Aucun client ne correspond à « aucun »\. Tapez une partie du nom/);
    expect(await c.say('personne')).toMatch(/Par exemple, tapez « Adatum Seychelles » ou « adatum\.sc »/);
    const list = await c.say('liste des clients');
    expect(list).toMatch(/Vos clients, 1 à 10 sur 23\. Lequel \?/);
    expect(list).toMatch(/Plus de clients/);
    expect(await c.say('plus')).toMatch(/Vos clients, 11 à 20 sur 23/);
    expect(await c.say('contoso ltd')).toMatch(/Contoso Ltd/);
  });

  it('understands "list" in Swedish and Dutch', async () => {
    const sv = talk(engine, 'sv');
    await sv.say('cancel-software-purchase');
    expect(await sv.say('visa alla kunder')).toMatch(/Dina kunder, 1–10 av 23/);
    expect(await sv.say('mer')).toMatch(/Dina kunder, 11–20 av 23/);
    const nl = talk(engine, 'nl');
    await nl.say('cancel-software-purchase');
    expect(await nl.say('toon mijn klanten')).toMatch(/Uw klanten, 1–10 van 23/);
    expect(await nl.say('meer')).toMatch(/Uw klanten, 11–20 van 23/);
  });
});

describe('an offer named as typed (the ISV pickers)', () => {
  const offers = [
    { offerId: 'fieldsync', alias: 'FieldSync Pro' },
    { offerId: 'crm-sync', alias: 'CRM Sync' },
  ];
  const id = (text: string) => findOffer(offers, text)?.offerId;

  it('takes the ID or the alias as typed, then the one offer that clearly fits', () => {
    expect(id('fieldsync')).toBe('fieldsync');
    expect(id('FieldSync Pro.')).toBe('fieldsync');
    expect(id('feldsync pro')).toBe('fieldsync');
    expect(id('crm')).toBe('crm-sync');
  });

  it('takes nothing that fits several or none', () => {
    expect(id('sync')).toBeUndefined();
    expect(id('later')).toBeUndefined();
    expect(id('x')).toBeUndefined();
  });
});

describe('a product or subscription named as typed (the subscription procedures)', () => {
  const items = [
    { id: 'exo-1', name: 'Exchange Online (Plan 1)' },
    { id: 'exo-archiving', name: 'Exchange Online Archiving (add-on)' },
    { id: 'm365-basic', name: 'Microsoft 365 Business Basic' },
    { id: 'pbi-pro', name: 'Power BI Pro' },
  ];
  const id = (text: string) => pick(items, text, (i) => [i.id, i.name])?.id;

  it('takes the value, the name, the one name containing the text, then the one the matcher finds', () => {
    expect(id('pbi-pro')).toBe('pbi-pro');
    expect(id('power bi pro')).toBe('pbi-pro');
    expect(id('business basic')).toBe('m365-basic');
    expect(id('micrsoft 365 busines basic')).toBe('m365-basic');
    expect(id('powerbi pro')).toBe('pbi-pro');
  });

  it('takes nothing when several fit', () => {
    expect(id('exchange online')).toBeUndefined();
    expect(id('exchange onlin')).toBeUndefined();
  });
});
