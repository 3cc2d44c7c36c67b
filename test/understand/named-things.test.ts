import { readNames } from '../../dialogs/understand/mask';
import type { Lang } from '../../dialogs/nlu/text';
import { demoNames, readIntent } from './evaluate';

/** `expected` is an intent, or "!<intent>" for one the sentence must not reach. */
async function expectRead(lang: Lang, text: string, expected: string): Promise<void> {
  const got = await readIntent(lang, text);
  if (expected.startsWith('!')) expect(got).not.toBe(expected.slice(1));
  else expect(got).toBe(expected);
}

/** What a first sentence names of Partner Center besides customers, read against the demo sandbox. */
describe('things a first sentence names', () => {
  it.each([
    ['verhoog de licenties van de exchange van contoso naar 30', 'product'],
    ['remove 2 licences from the business standard of contoso', 'product'],
    ['ready to push field notes through to review', 'offer'],
    ['publish CRM Sync now', 'offer'],
    ['licences on D-0990 from 20 to 35', 'deal'],
    ['the download of order 4711 fails', 'order'],
    // An order by its number alone, and a name written in one word.
    ["chez contoso la 4713 est en trop, faut l'annuler", 'order'],
    ['Le plan Red Hat pris pour Contoso (4717) ne sert à rien', 'order'],
    ['le produit fieldnotes doit avoir 2 niveaux de prix', 'offer'],
    ['is crmsync live yet?', 'offer'],
    // Catalog names without their brand, as partners say them.
    ['upgrade from business basic to business standard', 'product'],
  ])('"%s" names a %s', async (text, kind) => {
    const { kinds } = readNames(text, await demoNames(text));
    expect([...kinds]).toContain(kind);
  });

  it("a customer found by part of its name is left out whole, possessive too: 'city of' is no request's words", async () => {
    for (const text of ["show me city of redmond's subscriptions", 'kan ik een nieuwe subscription afnemen voor city of redmond?']) {
      const { said } = readNames(text, await demoNames(text));
      expect(said).not.toMatch(/city|redmond|'s/);
    }
  });

  it('the brand alone names no product: "with microsoft" is no subscription of the customer named', async () => {
    const text = 'share the lakeside school district opportunity with microsoft';
    expect([...readNames(text, await demoNames(text)).kinds]).toEqual([]);
  });

  it('an order number Partner Center does not have names no order, said so or not; nor does a year or a deal', async () => {
    for (const text of [
      'the download of order 9999 fails',
      'buy windows server 2022 for contoso',
      'licences on D-4711',
      'cancel 4711.5 licences',
    ])
      expect([...readNames(text, await demoNames(text)).kinds]).not.toContain('order');
  });

  it("a customer's subscription is found only among that customer's: contoso has no E3", async () => {
    const text = 'raise the e3 of contoso to 30 seats';
    const { kinds } = readNames(text, await demoNames(text));
    expect([...kinds]).not.toContain('product');
  });

  it('a catalog product named with its brand abbreviated is left out whole ("m365" too)', async () => {
    const text = 'raise the m365 business standard of contoso ltd to 30';
    const { said } = readNames(text, await demoNames(text));
    expect(said).not.toMatch(/m365|business|standard/);
  });

  it("an offer's alias is left out of what the recognizer reads", async () => {
    const text = 'publish crm sync now';
    const { said } = readNames(text, await demoNames(text));
    expect(said).not.toMatch(/crm|sync/);
  });

  it("a catalog product the named customer has no subscription of is a new one's: changing it is not meant", async () => {
    const text = "I'd like to set up a Project Plan 3 subscription for City of Redmond";
    const { kinds } = readNames(text, await demoNames(text));
    expect([...kinds]).toEqual(['new-product']);
    const owned = 'raise the seats of Project Plan 3 for contoso ltd to 12';
    expect([...readNames(owned, await demoNames(owned)).kinds]).toEqual(['product']);
    // One it has, named in part beside one it has not: a change to a subscription may be meant.
    const both = 'raise the exchange of contoso ltd to 30 and add power bi pro';
    expect([...readNames(both, await demoNames(both)).kinds]).toEqual(['product']);
  });

  it.each([
    // The deal is named in the story, the request is read alone: the deal still tells the side.
    ['sv', 'kunden på D-0990 behöver fler licenser, kan du lägga till 20', 'isv-licenses'],
    // A deal's ID with words of a subscription's change: the deal is sure, so its licences are meant.
    ['sv', 'ändra antalet licenser på D-1002 från 100 till 150', 'isv-licenses'],
    // An offer named, with a day: going live, not the activity log of software downloads.
    ['en', 'Field Notes got certified yesterday, please publish it to production', 'isv-go-live'],
    // An order Partner Center has was bought already: its key, not a new subscription.
    ['en', 'customer wants the licence key of their project pro, order 4712', 'keys-and-downloads'],
    // A product the customer has none of, with a change its procedure makes and nothing read of a new one:
    // still the change (the procedure then says there is none), not the menu.
    ['en', 'please suspend the power bi pro subscription of northwind traders', 'manage-subscription'],
  ] as const)('(%s) "%s" is read on the side of what it names: %s', async (lang, text, expected) => {
    await expectRead(lang, text, expected);
  });

  it.each([
    ['en', 'how far along is field notes in certification?', 'isv-status'],
    ['fr', 'on a envoyé notre offre en revue lundi, ça en est où ?', 'isv-status'],
    ['sv', 'är granskningen av field notes klar än?', 'isv-status'],
    ['nl', 'hoe staat het met de certificering van crm-sync', 'isv-status'],
    ['fr', 'on a envoyé field notes en certification lundi, des nouvelles ?', 'isv-status'],
    // Where an order stands is no offer's.
    ['en', 'where is order 4711 at?', '!isv-status'],
  ] as const)('(%s) "%s": asking where an offer stands is its status, whatever the words lean to', async (lang, text, expected) => {
    await expectRead(lang, text, expected);
  });

  it.each([
    // Northwind has no Power BI Pro: adding it is a new subscription, whatever "add" leans to.
    ['en', 'we need to add power bi pro for northwind traders, 5 seats', 'new-subscription'],
    ['sv', 'lägg till power bi pro åt northwind traders', 'new-subscription'],
    // Suspending one it has none of is still the change (the procedure says there is none).
    ['en', 'suspend the power bi pro of northwind traders', 'manage-subscription'],
  ] as const)('(%s) "%s": a catalog product the customer has none of, added, is a new subscription', async (lang, text, expected) => {
    await expectRead(lang, text, expected);
  });

  it.each([
    // A deal registered, whatever offer it names; said as done, it is the story before another request.
    ['en', 'register a co-sell deal for fabrikam with crm sync', 'isv-deal'],
    ['en', 'the deal for fabrikam is registered, now send them the consent link', '!isv-deal'],
    // An offer sent for certification is published; said as sent, it is not sent again.
    ['fr', 'tu peux envoyer field notes en certification ?', 'isv-publish'],
    ['fr', 'les plans sont finis, tu peux envoyer field notes en certif ?', 'isv-publish'],
    ['en', 'we submitted field notes for certification last week, any news?', '!isv-publish'],
    // A customer's holdings listed or asked after.
    ['sv', 'kan du kolla vilka licenser wingtip har', 'customer-subscriptions'],
    ['en', 'show me the subscriptions of fabrikam', 'customer-subscriptions'],
    // A named product's licences lowered, or the product suspended.
    ['sv', 'minska licenserna på exchange för contoso till 20', 'manage-subscription'],
    // An offer made public.
    ['fr', 'la préversion de crm-sync est validée, on veut la rendre publique', 'isv-go-live'],
    // Reservations are bought, not subscribed to.
    ['en', 'northwind wants a 1 year reserved instance for their sql servers, how do I order that', 'buy-software'],
    // A new tier of a named offer is a plan; a plan added to a deal with its licences is the deal's licences.
    ['nl', 'nieuw plan premium erbij voor field notes', 'isv-plans'],
    ['en', 'add the field notes premium plan with 10 licences to deal D-1002', '!isv-plans'],
    ['en', 'can you pull up the subscription overview of wingtip', 'customer-subscriptions'],
    ['sv', 'hur funkar deal registration för en kund som vill ha crm sync', 'isv-deal'],
    ['nl', 'we moeten 2 seats afhalen bij de exchange van contoso', 'manage-subscription'],
    ['en', 'any update on the review of field notes?', 'isv-status'],
    // Who looked at keys or downloaded, asked, is the activity log; a key asked for is not.
    ['nl', 'welke gebruikers hebben vorige week productsleutels bekeken?', 'activity-log'],
    ['en', 'i need the product key of the office contoso bought last month', '!activity-log'],
    // A customer's own access to its Azure.
    ['nl', 'de beheerder van fabrikam moet zelf hun azure abonnement kunnen beheren', 'azure-management'],
    // Software plans are bought as software; cancelling one is not buying it.
    ['nl', 'klant wil een SUSE plan, hoe bestel ik dat voor ze', 'buy-software'],
    ['en', 'cancel the suse plan order 4712', '!buy-software'],
    // A case opened with support; a new offer, none named; a new referral; a plan added to a named product's add-ons.
    ['sv', 'öppna ett supportärende, fakturan för november är fel', 'support-request'],
    ['fr', 'il faut remonter ça au support microsoft, double facturation', 'support-request'],
    ['fr', 'nouvelle offre saas pour notre appli de planning', 'isv-create-offer'],
    ['fr', 'nouveau referral co-sell pour lakeside', 'isv-deal'],
    ['nl', 'kan je een add-on toevoegen op de exchange van contoso', 'manage-subscription'],
    ['sv', 'är previewn redo för field notes?', 'isv-status'],
    // Licences given once the relationship is there; the invitation asked for before licences stays the invitation.
    ['fr', 'fabrikam a accepté la relation, je veux leur ajouter 20 licences field notes', 'isv-licenses'],
    ['en', 'their admin must approve the relationship before we can give them licences, send them the invite for D-1002', 'isv-invite'],
    ['fr', "il me faut le lien que l'admin de wingtip doit ouvrir pour accepter la relation", 'isv-invite'],
    ['fr', "on signe avec fabrikam, tu peux créer l'abonnement power bi pro pour 10 personnes ?", 'new-subscription'],
    ['fr', 'on a une oppo chez contoso, je veux la référencer chez microsoft', 'isv-deal'],
    ['fr', "je peux voir l'historique des téléchargements de windows server ?", 'activity-log'],
    ['fr', "on est éditeur, par où commencer pour créer l'offre sur la marketplace ?", 'isv-create-offer'],
    ['en', "i'd like to cancel a software order i placed for fabrikam", 'cancel-software-purchase'],
    ['en', 'customer wants visio professional, perpetual. can you help me buy it', 'buy-software'],
    ['en', 'ordered visio perpetual for contoso by mistake, want to reverse that purchase', '!buy-software'],
    ['en', 'how do i get our planning app onto appsource', 'isv-create-offer'],
    ['en', 'field notes is all filled in, please submit it now', 'isv-publish'],
    ['en', 'help me submit a deal registration for northwind with crm sync', 'isv-deal'],
    ['en', 'click go live on field notes for me', 'isv-go-live'],
    ['fr', "j'aimerais ouvrir un incident chez microsoft, la commande reste bloquée", 'support-request'],
    ['fr', "je voudrais suivre l'avancement de crm sync dans la publication", 'isv-status'],
    ['fr', "comment faire pour que l'admin de northwind autorise la relation avec nous ?", 'isv-invite'],
    ['fr', 'je veux voir ce que fabrikam a chez nous', 'customer-subscriptions'],
    ['fr', "contoso a la 4712 en double, faudrait l'annuler", 'cancel-software-purchase'],
    ['fr', 'fabrikam a besoin de visio pour 3 postes, tu peux leur acheter ?', 'buy-software'],
    ['fr', "wingtip veut un plan red hat sur azure, on fait l'achat ?", 'buy-software'],
    ['fr', 'ils veulent du power bi pro chez northwind pour 8 users, tu me crées ça ?', 'new-subscription'],
    ['fr', 'la direction de lakeside veut un récap de leurs souscriptions', 'customer-subscriptions'],
    ['fr', 'crm sync est bien en ligne sur appsource ?', 'isv-status'],
    ['fr', 'combien de licences sur le D-1001 ?', 'isv-status'],
    ['fr', 'field notes doit être visible de tout le monde sur appsource', 'isv-go-live'],
    ['fr', 'les service id sont là, on peut lancer la publication de fieldnotes', 'isv-publish'],
    ['fr', "une nouvelle fiche d'offre pour notre connecteur dynamics", 'isv-create-offer'],
    ['nl', 'northwind heeft visio nodig, kan jij de aankoop doen?', 'buy-software'],
    ['nl', 'de refund voor order 4711 komt niet, graag een ticket bij microsoft aanmaken', 'support-request'],
    ['nl', 'lakeside heeft power bi pro nodig, 30 seats', 'new-subscription'],
    ['nl', 'contoso wil 3 extra seats op de exchange', 'manage-subscription'],
    ['nl', 'is de project van contoso nog altijd gesuspend? graag de status van hun abonnementen', 'customer-subscriptions'],
    ['nl', 'field notes krijgt twee plannen: basic en premium', 'isv-plans'],
    ['nl', 'licenties op d1002 verhogen naar 12', 'isv-licenses'],
    ['nl', 'staat field notes al live op appsource?', 'isv-status'],
    ['en', 'is crm sync live on appsource?', 'isv-status'],
    ['en', 'which plans does crm sync have?', 'isv-status'],
    ['fr', 'on a un 3 ans RI D8s v5 en west europe pour contoso, validé en réunion', 'buy-software'],
    ['fr', 'perdu la clé de produit du windows server de contoso, tu peux la retrouver ?', 'keys-and-downloads'],
    ['fr', "je veux checker si quelqu'un a téléchargé des isos ce mois-ci", 'activity-log'],
    ['fr', 'il faut une nouvelle sub power bi pro pour lakeside', 'new-subscription'],
    ['fr', 'tu peux provisionner un abonnement business basic chez adatum, 4 users ?', 'new-subscription'],
    ['fr', 'il faut definir les plans de field notes avant la publication', 'isv-plans'],
    ['fr', 'envoyer field notes à microsoft pour validation', 'isv-publish'],
    ['fr', 'publier en live crm sync maintenant que la preview est ok', 'isv-go-live'],
    ['fr', 'tu peux me montrer les service ids de field notes', 'isv-status'],
    ['fr', 'jusqua quand je peux annuler la 4712 ?', 'ask.cancellation-window'],
    ['en', 'contoso bought the wrong thing, order 4712, reverse it please, we are within the window', 'cancel-software-purchase'],
    ['en', 'a 3 year reserved instance for wingtip in brazil south please', 'buy-software'],
    ['en', 'which subscriptions are suspended at contoso?', 'customer-subscriptions'],
    ['en', 'where do i fill in the package url for field notes?', 'isv-publish'],
    ['en', 'fabrikam wants to go from 10 to 20 on their deal', 'isv-licenses'],
    ['en', 'take the standard plan off d-1001 and put 5 premium instead', 'isv-licenses'],
    ['en', 'they need 4 more seats on D-1001', 'isv-licenses'],
    ['en', 'set the licence count for deal 1001 to 15', 'isv-licenses'],
    ['sv', 'de vill ha office ltsc, 3 perpetual licenser till contoso, ordra pls', 'buy-software'],
    ['sv', 'öppna ett ärende, avbokningen av red hat ordern gick inte', 'support-request'],
    ['sv', 'contoso behöver 3 licenser till på exchange', 'manage-subscription'],
    ['sv', 'hur ligger vi till med crm sync?', 'isv-status'],
    ['sv', 'är field notes fortfarande i granskning?', 'isv-status'],
    ['sv', 'hur byter jag från månads- till årsbetalning på business standard?', 'ask.subscription-change-elsewhere'],
    ['en', 'please void order 4712 for contoso, we are still inside the window', 'cancel-software-purchase'],
    ['en', 'someone ordered visio for fabrikam by mistake, how do i undo order 5001?', 'cancel-software-purchase'],
    ['en', 'the tech needs the activation code for order 6001', 'keys-and-downloads'],
    ['en', 'did anyone download the office iso last week? is there a record?', 'activity-log'],
    ['en', 'raise an SR with microsoft, the credit for order 4711 never came', 'support-request'],
    ['en', 'the cancellation said microsoft needs more information before the refund', 'support-request'],
    ['en', 'how do i start a new listing for our extension', 'isv-create-offer'],
    ['en', 'field notes has no price levels yet, we want a basic and a pro one', 'isv-plans'],
    ['en', 'what do i do so microsoft reviews field notes?', 'isv-publish'],
    ['en', 'our app preview was approved, now everyone should see it on appsource', 'isv-go-live'],
    ['en', 'tailspin is keen on crm sync, we should tell microsoft so they help us close it', 'isv-deal'],
    ['en', "northwind's admin must approve something before we can assign licences, how do i send it", 'isv-invite'],
    ['en', 'until what date can contoso cancel 4711?', 'ask.cancellation-window'],
    ['en', 'once field notes is live, how long until customers see it?', 'ask.after-go-live'],
    ['en', 'move 3 users to the premium plan instead of standard, can we change that on their deal D-1001', 'isv-licenses'],
    ['fr', "le client veut office, qu'il paie une seule fois, pas au mois. je lui achète comment ?", 'buy-software'],
    ['fr', "mon client a acheté windows server et veut le code pour l'activer", 'keys-and-downloads'],
    ['fr', "on a annulé un achat pour contoso mais jamais vu l'argent, je peux écrire à microsoft ?", 'support-request'],
    ['fr', "lakeside n'a rien chez nous, comment je crée l'abonnement power bi pro ?", 'new-subscription'],
    ['fr', 'ils veulent rajouter teams premium sur leur abonnement business standard chez contoso', 'manage-subscription'],
    ['fr', 'un nouveau produit à côté de crm sync, il lui faut sa propre offre', 'isv-create-offer'],
    ['fr', "field notes n'a aucune formule, on voudrait une basic et une premium", 'isv-plans'],
    ['fr', 'envoyer field notes en révision svp', 'isv-publish'],
    ['fr', 'peux-tu me lister les service ids de crm-sync', 'isv-status'],
    ['fr', 'fabrikam veut 12 licences au lieu de 10 sur le D-1001', 'isv-licenses'],
    ['fr', 'faut changer ce qui est attribué sur le deal D-1001', 'isv-licenses'],
    ['en', "i'm new here - what kind of things can this bot do?", 'talk.capabilities'],
    ['fr', 'contoso souhaite ajouter teams premium à son abonnement business standard', 'manage-subscription'],
    ['fr', 'une opportunité chez northwind sur crm sync, vous pouvez la référencer auprès de microsoft ?', 'isv-deal'],
    ['fr', "pour le deal D-1002 le client n'a rien reçu, pouvez-vous renvoyer l'invitation ?", 'isv-invite'],
    ['fr', 'fabrikam veut 15 lic premium au lieu de 10, maj le deal stp', 'isv-licenses'],
    ['fr', 'il faut cancel la 4716, on est encore dans la cancellation window', 'cancel-software-purchase'],
    ['fr', "contoso a acheté le mauvais office par erreur, c'est la 4714, tu peux l'annuler ?", 'cancel-software-purchase'],
    ['fr', "un client veut payer d'avance ses vm azure sur 1 an, ça se fait où ?", 'buy-software'],
    ['fr', 'le serial de la commande 4711 svp', 'keys-and-downloads'],
    ['fr', "j'essaie d'annuler un achat de fabrikam, ça marche pas, y'a un message d'erreur", 'support-request'],
    ['fr', "besoin d'un SR chez MS, remboursement bloqué sur la 5001", 'support-request'],
    ['fr', 'notre boite a fait une extension dynamics, on veut la proposer sur le store de microsoft', 'isv-create-offer'],
    ['fr', "l'offre est créée mais sans formule, faut que je mette une standard et une premium", 'isv-plans'],
    ['fr', 'notre app est prête, comment je la soumets à microsoft ?', 'isv-publish'],
    ['fr', 'une opportunité chez wingtip pour notre app, comment on la déclare à microsoft ?', 'isv-deal'],
    ['fr', "le deal northwind est enregistré, comment leur admin accepte qu'on travaille avec eux ?", 'isv-invite'],
    ['fr', 'status check sur nos offres stp', 'isv-status'],
    ['nl', 'een aanvraag bij microsoft support indienen over een mislukte annulering', 'support-request'],
    ['sv', 'northwind vill komma igång med power bi pro för 10 anställda', 'new-subscription'],
    ['sv', 'lista alla subbar för contoso', 'customer-subscriptions'],
    ['sv', 'vi vill ha två nivåer på field notes', 'isv-plans'],
    ['sv', 'nu vill vi publicera crm sync skarpt', 'isv-go-live'],
    ['sv', 'släpp field notes till alla, vi har fått ok på previewn', 'isv-go-live'],
    ['sv', 'ändra D-1001 till 12 Premium istället för Standard', 'isv-licenses'],
    ['sv', 'vad är status på field notes?', 'isv-status'],
    ['nl', 'kun je de abonnementsvormen van field notes instellen?', 'isv-plans'],
    ['nl', 'hoe maak ik de tiers aan voor field-notes?', 'isv-plans'],
    ['nl', 'waar vul ik de service id in voor field notes', 'isv-publish'],
    ['nl', 'ik wil field notes publiceren, de plannen staan erin', 'isv-publish'],
    ['fr', 'faut créer les paliers de field notes avant de pouvoir publier', 'isv-plans'],
    ['nl', 'hoe meld ik een verkoopkans bij microsoft aan?', 'isv-deal'],
    ['nl', 'licenties van crm sync voor fabrikam: 12 premium ipv standard', 'isv-licenses'],
    ['fr', "suite à une erreur de saisie, merci d'annuler la commande 4712 de contoso", 'cancel-software-purchase'],
    ['fr', "faut définir les niveaux de l'offre field notes", 'isv-plans'],
    ['fr', 'on passe à la config technique de field notes ?', 'isv-publish'],
    ['fr', 'la certif est passée, on veut publier crm sync en prod', 'isv-go-live'],
    ['fr', 'une oppo chez northwind pour crm sync, je la remonte comment à microsoft en referral ?', 'isv-deal'],
    ['fr', 'quelles actions je peux faire avec cet assistant ?', 'talk.capabilities'],
    ['en', 'their IT lead wants full control of the azure subscription of lakeside', 'azure-management'],
    ['en', 'how many seats does contoso have on exchange online and is anything suspended?', 'customer-subscriptions'],
    ['en', 'what is lakeside subscribed to right now?', 'customer-subscriptions'],
    ['en', 'publish crm sync for real now, the preview is signed off', 'isv-go-live'],
    ['en', 'verbal yes from northwind for crm sync, how do i submit it to isv connect?', 'isv-deal'],
    ['en', "how do i get the customer's admin to accept us? deal D-1002", 'isv-invite'],
    ['en', 'deal D-0990 is won, now i need to invite them', 'isv-invite'],
    ['en', 'did field notes make it to preview yet? boss wants to know, can you check', 'isv-status'],
    ['fr', 'la 4712 a été prise en double, faut la résilier', 'cancel-software-purchase'],
    ['fr', "on attend toujours l'avoir de la commande 5001 annulée, je veux ouvrir un dossier chez microsoft", 'support-request'],
    ['fr', "creer un incident MS pour l'annulation en echec de la 4716", 'support-request'],
    ['fr', 'comment je rajoute des plans à mon offre field notes ?', 'isv-plans'],
    ['fr', 'quels plans sont configurés sur crm sync ?', 'isv-status'],
    ['fr', 'contoso a 20 business standard mais 4 personnes sont parties, on baisse à 16', 'manage-subscription'],
    ['fr', 'liste des lic de lakeside svp', 'customer-subscriptions'],
    ['fr', 'le deal D-1002 est gagné, tu peux inviter leur admin ?', 'isv-invite'],
    ['fr', 'windows server en perpétuel pour fabrikam, 2 postes, go', 'buy-software'],
    ['fr', 'erreur quand j annule la cmd 5001, je veux escalader à microsoft', 'support-request'],
    ['fr', "ajoute teams premium sur l'exchange de contoso", 'manage-subscription'],
    ['fr', 'aide moi a creer l offre dans PC pour notre connecteur', 'isv-create-offer'],
    ['fr', "faut les paliers pour l'offre field notes", 'isv-plans'],
    ['fr', 'ajouter 3 premium sur le deal D-1001', 'isv-licenses'],
    ['fr', "c'est quoi les service ids de crm-sync", 'isv-status'],
    ['en', 'order 4711 is perpetual office, cancel it', '!buy-software'],
    // Something already bought is not to buy: its keys, who bought it, its cancellation.
    ['sv', 'var hittar jag produktnyckeln till office ltsc som contoso köpte?', 'keys-and-downloads'],
    ['fr', "ou je trouve l'ISO de windows server 2022 que fabrikam a acheté", 'keys-and-downloads'],
    ['sv', 'revisorn vill veta vem som köpte windows server till northwind i januari, var kollar jag det', 'activity-log'],
    ['en', 'somebody cancelled order 4716 and nobody admits it, how do i find out who it was', 'activity-log'],
    ['fr', "c'est possible de voir qui a annulé des achats depuis début janvier?", 'activity-log'],
    [
      'nl',
      'Windows Server 2022 voor Fabrikam dubbel besteld, graag de dubbele eraf halen zodat we de credit terugkrijgen',
      'cancel-software-purchase',
    ],
    ['nl', 'is pas eergisteren besteld. Ik wil dat order cancellen.', 'cancel-software-purchase'],
    [
      'fr',
      "J'ai passé une commande de Windows Server 2022 par erreur pour Northwind, je veux la renverser pis récupérer le crédit",
      'cancel-software-purchase',
    ],
    ['en', 'Charged twice for 4719', '!cancel-software-purchase'],
    [
      'en',
      "We cancelled an order two weeks ago and the credit still hasn't shown up. How do I chase Microsoft on that?",
      'support-request',
    ],
    ['nl', 'goeiemorgen, ik zou graag visio aankopen voor lakeside school district, 10 stuks', 'buy-software'],
    ['nl', 'exchange online plan 1 opzetten voor northwind, 12 users', 'new-subscription'],
    ['fr', 'Faut que je mette en place du Power BI Pro pour Adatum Seychelles, une vingtaine de postes', 'new-subscription'],
    // A subscription's count moved by some, or from one number to another.
    ['nl', 'Contoso wil er 5 licenties M365 Business Standard bij', 'manage-subscription'],
    ['sv', 'skala upp business standard hos contoso ltd med 3 användare', 'manage-subscription'],
    [
      'en',
      'Lakeside School District is dropping from 200 to 150 licences on Exchange Online, can you help me bring it down?',
      'manage-subscription',
    ],
    ['en', "is northwind's exchange online sub still active or did it get suspended?", 'customer-subscriptions'],
    // ISV: plans priced, a certification asked for or asked about, the publish button, invitations, a deal's counts.
    ['nl', 'hoe zet ik een per-user prijs in mijn offer?', 'isv-plans'],
    ['en', 'we want a per-seat plan and a flat-rate one on field-notes, where do I configure that', 'isv-plans'],
    ['nl', 'we willen een extra tier Enterprise bij crm-sync, naast Standard en Premium', 'isv-plans'],
    ['nl', 'certification aanvragen voor onze nieuwe SaaS offer', 'isv-publish'],
    ['nl', 'field-notes is klaar, hoe dien ik het in voor certificatie?', 'isv-publish'],
    ['nl', 'alles ingevuld, nu op publish drukken. hoe gaat dat?', 'isv-publish'],
    ['fr', 'Allo, je clique où pour publier field-notes en preview?', 'isv-publish'],
    ['fr', 'Bonjour, notre offre est-elle toujours en certification ?', 'isv-status'],
    ['sv', 'hur går det med certifieringen av field-notes', 'isv-status'],
    ['en', 'I want to know if my offer is already in preview or not', 'isv-status'],
    ['fr', "Je voudrais vérifier l'état de publication de notre offre SaaS", 'isv-status'],
    ['nl', 'invitation versturen voor deal D-1002 naar it@fabrikam.com', 'isv-invite'],
    ['en', "Contoso's IT admin needs to be invited on the registered deal so they can accept it", 'isv-invite'],
    ['nl', 'kan je de license counts van D-1001 wijzigen?', 'isv-licenses'],
    ['sv', 'kunden i D-0990 ska ha 20 standard och 5 premium, kan du lägga in det', 'isv-licenses'],
    ['sv', 'behöver justera licensantalet på dealen med contoso, de vill ha 10 fler', 'isv-licenses'],
    ['sv', 'ska anmäla en ny affärsmöjlighet till microsoft så vi får co-sell-stöd', 'isv-deal'],
    ['fr', "On a une nouvelle solution à lister sur Azure Marketplace, par où je commence dans l'espace partenaires ?", 'isv-create-offer'],
    // How the assistant works is not the benefit's question.
    ['sv', 'hur funkar det här?', 'talk.capabilities'],
    // Swedish and Dutch ways of undoing a purchase made by mistake; bought by mistake is never to buy.
    [
      'sv',
      'Vi har råkat köpa Windows Server 2022 till fel kund (Fabrikam Pty istället för Northwind). Hur gör jag för att häva köpet?',
      'cancel-software-purchase',
    ],
    [
      'sv',
      'jag klickade köp på office ltsc för contoso pharma men det skulle vara contoso ltd. hur drar jag tillbaka det?',
      'cancel-software-purchase',
    ],
    ['sv', 'behover backa ett mjukvarukop, bestallde red hat i onsdags helt i onodan', 'cancel-software-purchase'],
    ['nl', 'collega heeft visio dubbel ingeschoten voor northwind, 1 vd 2 orders moet weg', 'cancel-software-purchase'],
    [
      'nl',
      'wil die SQL Server aankoop van gisteren cancellen, was een foutje van mij, verkeerde klant gekozen',
      'cancel-software-purchase',
    ],
    ['sv', 'ta fram produktkoder och iso för northwinds visio-köp', 'keys-and-downloads'],
    ['nl', 'de technieker ter plaatse vraagt de licentiekey van SQL Server voor Lakeside', 'keys-and-downloads'],
    ['sv', 'behöver 2 st sql server enterprise, permanent licens, till northwind traders', 'buy-software'],
    ['sv', 'Contoso vill ha en 3-årsreservation på två D4s v5, kan du hjälpa mig att köpa den?', 'buy-software'],
    // The log: who annulled, what the users did, every event, the log of purchases.
    ['sv', 'Revisorn vill ha spårbarhet på vem som annullerade order 4713, var hittar jag det?', 'activity-log'],
    ['sv', 'vill se vad användarna i vårt konto har gjort senaste 14 dagarna', 'activity-log'],
    ['sv', 'Jag vill se alla händelser på vårt konto från 1 februari till idag.', 'activity-log'],
    ['sv', 'kan du plocka fram loggen över köp och avbokningar i april?', 'activity-log'],
    // Subscriptions: suspended asked about, brought back, scaled down, still active.
    ['sv', 'har adatum seychelles några suspenderade subscriptions?', 'customer-subscriptions'],
    ['sv', 'är city of redmonds exchange-prenumeration aktiv eller suspenderad?', 'customer-subscriptions'],
    ['nl', 'klant aan de lijn, wil weten of hun exchange sub nog actief is. Lakeside School District', 'customer-subscriptions'],
    ['nl', 'Northwind heeft eindelijk betaald, hun Exchange subscription mag terug aan', 'manage-subscription'],
    ['sv', 'behöver skala ner antalet seats på City of Redmonds Business Standard med 15', 'manage-subscription'],
    ['sv', 'hur ändrar jag faktureringsfrekvensen på en prenumeration?', 'ask.subscription-change-elsewhere'],
    ['sv', 'Vi behöver adminrättigheter i kundens Azure-prenumeration (Contoso). Hur ordnar jag det?', 'azure-management'],
    // ISV: into preview is publishing, out of it is going live; a deal's licences adjusted; co-selling.
    ['nl', 'kun je field-notes naar preview pushen?', 'isv-publish'],
    ['sv', 'vad gör jag för att skicka in offern så den hamnar i preview?', 'isv-publish'],
    ['nl', 'Alle tabbladen zijn groen, we willen field-notes nu doorsturen naar Microsoft voor goedkeuring.', 'isv-publish'],
    ['nl', 'staat field-notes al in preview?', 'isv-status'],
    ['sv', 'Field-notes ligger i preview och är godkänt. Hur går vi live?', 'isv-go-live'],
    ['sv', 'aktivera live-läge för vår offer som ligger i preview', 'isv-go-live'],
    ['nl', 'klanten moeten field-notes kunnen vinden in de marketplace, staat nu nog in preview. graag live zetten', 'isv-go-live'],
    ['sv', 'sista steget: från preview till skarpt läge. hur?', 'isv-go-live'],
    ['sv', 'vilka planer är live i crm-sync just nu?', 'isv-status'],
    ['sv', 'Har crm-sync gått live eller ligger den kvar i preview?', 'isv-status'],
    ['sv', 'hej, hur justerar jag hur många licenser av varje plan kunden har i D-1001?', 'isv-licenses'],
    ['sv', 'Hur fördelar jag licenser från dealen till kunden? 20 Premium och 10 Standard.', 'isv-licenses'],
    ['nl', 'we willen co-sellen met Microsoft op een opportunity bij City of Redmond', 'isv-deal'],
    ['nl', 'deal aanmaken contoso pharma, 150 licenties crm-sync standard', 'isv-deal'],
    ['nl', 'invitatie deal D-0990 opnieuw versturen, de vorige is verlopen', 'isv-invite'],
    ['nl', 'listing maken op appsource voor onze tool invoicebot', 'isv-create-offer'],
    ['nl', 'mijn printer doet raar, kan je helpen?', 'talk.out-of-scope'],
    ['fr', 'log des actions du 1/04 au 30/04', 'activity-log'],
    ['fr', 'Peut-on déposer notre offre pour validation ? Tous les onglets sont remplis', 'isv-publish'],
    ['fr', 'Bonjour, la préversion de field-notes est validée, comment on la passe en live ?', 'isv-go-live'],
    ['fr', "Allo, l'invitation du deal D-1002 a expiré, j'en envoie une nouvelle comment?", 'isv-invite'],
    ['fr', 'crm-sync est live ?', 'isv-status'],
    ['fr', 'comment ça marche ce bot ?', 'talk.capabilities'],
    ['en', 'Need an audit trail of everything that was done in our PC account between 1 and 15 March', 'activity-log'],
    ['fr', 'Salut, tu peux me sortir qui a fait quoi dans Partner Center depuis lundi? On fait un audit interne', 'activity-log'],
    ['sv', 'revisorn vill ha en sammanställning över vilka användare som köpt och avbokat saker i januari', 'activity-log'],
    ['en', 'Kindly help to raise a service request with Microsoft, credit note not received for cancelled order 4718.', 'support-request'],
    [
      'nl',
      'we hebben 3 weken geleden een annulering gedaan en de creditnota is er nog altijd niet, hoe escaleer ik dat naar Microsoft?',
      'support-request',
    ],
    [
      'fr',
      "On a besoin de deux sièges de plus sur le Business Standard de Contoso Pharma, ils engagent des stagiaires pour l'été",
      'manage-subscription',
    ],
    ['sv', 'Kunden har anställt 8 pers till, kan vi utöka platserna på deras befintliga abonnemang?', 'manage-subscription'],
    ['fr', "je voudrais savoir si l'abonnement Exchange de Lakeside est toujours actif ou s'il est suspendu", 'customer-subscriptions'],
    ['nl', 'Is het Exchange Online abonnement van City of Redmond nog actief of niet?', 'customer-subscriptions'],
    [
      'fr',
      "Bonjour, avant une réunion avec Wingtip Toys Brasil, j'aimerais avoir un aperçu de tout ce à quoi ils sont abonnés.",
      'customer-subscriptions',
    ],
    [
      'nl',
      'Goedemiddag, hoe zet ik voor Lakeside School District Exchange Online op? Ze hebben dat nog niet, het gaat om 40 mailboxen',
      'new-subscription',
    ],
    ['sv', 'kunden hittar inte produktnyckeln till office som de köpte, var får jag fram den?', 'keys-and-downloads'],
    ['fr', 'Salut, pour field-notes je veux un plan Standard à prix fixe et un plan Premium par utilisateur', 'isv-plans'],
    ['fr', "on a fini de remplir la fiche de field-notes, c'est quoi l'étape pour la faire examiner par Microsoft?", 'isv-publish'],
    ['nl', 'alles is ingevuld voor onze app, nu nog laten nakijken door MS. Hoe doe ik dat?', 'isv-publish'],
    ['sv', 'vi är klara med alla flikar, dags att publicera till preview', 'isv-publish'],
    [
      'en',
      'Our CEO wants our analytics platform in the Microsoft marketplace by Q3, need to set up the listing from scratch',
      'isv-create-offer',
    ],
    ['en', "where's the go-live button, our offer's just sitting in preview", 'isv-go-live'],
    ['sv', 'Dealen är registrerad, nästa steg är väl att kunden ska godkänna? Hur skickar jag det till dem?', 'isv-invite'],
    ['sv', 'Hej, kunden har accepterat inbjudan. Nu ska de få sina licenser för crm-sync, hur gör jag?', 'isv-licenses'],
    [
      'en',
      "Hi there! Quick one - my colleague bought 10 Visio licences for Northwind Traders yesterday but the customer actually wanted Project. Need to undo that purchase before it's too late.",
      'cancel-software-purchase',
    ],
    ['en', 'is it too late to cancel order 4711?', 'ask.cancellation-window'],
    ['en', 'how do I set per-user pricing on my offer?', 'isv-plans'],
    ['nl', 'hoe stel ik de prijs per gebruiker in voor mijn offer?', 'isv-plans'],
    ['en', 'ready to hit publish on our new offer', 'isv-publish'],
    ['en', 'where do I set how many licenses of each plan the customer gets on a deal?', 'isv-licenses'],
    [
      'fr',
      "Salut ! petite question, le client a bien reçu sa commande 6001 mais il a pas l'installeur, tu peux me sortir le lien de dl ?",
      'keys-and-downloads',
    ],
    [
      'fr',
      "Le client Wingtip me dit qu'un de ses abonnements serait suspendu, je veux juste vérifier l'état de ses abonnements avant de le rappeler",
      'customer-subscriptions',
    ],
    ['fr', "comment j'affecte les licences crm-sync au client une fois le deal accepté ?", 'isv-licenses'],
    ['sv', 'vi behöver handla SQL Server Standard till en kund (engångslicens, inte sub), kan du guida mig', 'buy-software'],
    [
      'nl',
      "ik krijg de melding 'something went wrong' bij het bestellen en de knop doet niks, wil dit melden bij microsoft",
      'support-request',
    ],
    ['nl', 'licentieaantallen deal d-0990 aanpassen', 'isv-licenses'],
    ['nl', 'klant heeft de invite geaccepteerd, nu de seats uit de deal aan hen koppelen', 'isv-licenses'],
    ['nl', 'Bij D-1002 moeten we van 20 Premium naar 35 Premium, en 10 Standard erbij', 'isv-licenses'],
    ['sv', 'stryk köpet av SQL Server på 4718, det hamnade på fel kund och ska krediteras', 'cancel-software-purchase'],
    ['sv', 'har wingtip någon exchange online just nu? vill bara kolla vad de har', 'customer-subscriptions'],
    ['nl', 'staat de exchange online van wingtip nog op active of is die gesuspend?', 'customer-subscriptions'],
    ['fr', 'ou est le bouton Go live ? notre offre est validée en preview', 'isv-go-live'],
    ['nl', 'hoe maak ik mijn offer na de preview fase publiek beschikbaar op appsource?', 'isv-go-live'],
    [
      'en',
      "Our new cloud engineer started Monday and can't see any of Contoso Ltd's Azure resources. How do I assign him a role on their subscription?",
      'azure-management',
    ],
    ['sv', 'kan jag se historik pa vad mina kollegor gjort i portalen sista 30 dagarna', 'activity-log'],
    ['en', 'list of actions done by users in partner center from 05/01 to 05/15 pls', 'activity-log'],
    [
      'en',
      'need to back out a perpetual licence purchase we made this morning for wingtip toys brasil, picked the wrong product',
      'cancel-software-purchase',
    ],
    [
      'en',
      'Our security team wants a record of every purchase and cancellation done by our staff in Q1, where can I pull that from',
      'activity-log',
    ],
    ['en', 'kindly tell how to check which user has cancelled order 4716, there is some confusion in team', 'activity-log'],
    ['en', 'i need to check if northwind traders power bi is still active or suspended', 'customer-subscriptions'],
    ['en', 'hi, can we reactivate the Teams Essentials sub for City of Redmond that we suspended last month?', 'manage-subscription'],
    [
      'en',
      "Hi! We've built a timesheet app and management wants it on Azure Marketplace by Q3. How do we set up the listing from scratch?",
      'isv-create-offer',
    ],
    ['en', 'invite contoso admin to the registered deal', 'isv-invite'],
    [
      'fr',
      "Bonjour, mon collègue a passé une commande de Windows Server 2022 pour Fabrikam alors que le client n'en voulait plus. Comment je fais pour la faire sauter ?",
      'cancel-software-purchase',
    ],
    ['fr', "Comment on soumet une offre pour qu'elle passe en preview ?", 'isv-publish'],
    [
      'fr',
      "Bonjour, notre commercial vient de conclure avec City of Redmond et il veut qu'on inscrive l'opportunité chez Microsoft. Comment on fait ?",
      'isv-deal',
    ],
    ['sv', 'dubbelbeställning på sql server för northwind, vill stryka den ena av dem', 'cancel-software-purchase'],
    ['sv', 'kunden vill komma igång med power bi pro, 10 användare. hur sätter jag upp det?', 'new-subscription'],
    ['sv', 'hur definierar jag prissättningen för field-notes? vill ha standard och premium', 'isv-plans'],
    ['nl', "hoe check ik wat mijn collega's deze week allemaal uitgespookt hebben in partner center?", 'activity-log'],
    [
      'nl',
      'kan iemand van microsoft hier naar kijken? de annulatie van de Red Hat order blijft hangen op pending. wil dat officieel melden',
      'support-request',
    ],
    ['nl', 'Lakeside wil hun Exchange Online abonnement stilleggen tijdens de zomervakantie, kan dat?', 'manage-subscription'],
    [
      'nl',
      'Mijn baas wil tegen eind van de maand een nieuw aanbod in de marketplace. Kun je me begeleiden bij het aanmaken ervan?',
      'isv-create-offer',
    ],
    ['nl', 'plans instellen voor ons nieuw aanbod, ik weet niet hoe ik de pricing moet ingeven', 'isv-plans'],
    ['nl', 'licenses assignen voor deal D-1002 pls', 'isv-licenses'],
    ['en', 'quick one - is our offer live or still stuck in review?', 'isv-status'],
    ['fr', 'salut, on peut voir les achats passés par chaque utilisateur de notre compte sur les 30 derniers jours ?', 'activity-log'],
    ['fr', "Allo, comment j'ouvre un billet avec Microsoft? l'annulation de la commande 5001 passe pas pantoute", 'support-request'],
    ['fr', 'salut, nouveau deal à enregistrer pour Northwind Traders, offre crm-sync plan Premium', 'isv-deal'],
    ['sv', 'kunden har accepterat inbjudan, nu ska de ha 10 standard och 5 premium av crm-sync. hur lägger jag in det?', 'isv-licenses'],
    ['sv', 'hur delar jag ut licenser till kunden på D-0990?', 'isv-licenses'],
    ['nl', 'hoe krijg ik de key van sql server uit partner center? klant staat te wachten', 'keys-and-downloads'],
    ['nl', 'Er is een order van Visio geannuleerd en niemand wil het gedaan hebben. Kan ik zien welke user dat was?', 'activity-log'],
    [
      'nl',
      'Alles is ingevuld voor onze nieuwe offer: listing, plannen, technical config. Hoe stuur ik dat door naar Microsoft voor review?',
      'isv-publish',
    ],
    ['nl', 'hoe stuur ik de invitation naar de admin van Contoso voor D-1002?', 'isv-invite'],
    [
      'en',
      "Hi, I want to check City of Redmond's subscriptions, is their Exchange Online still active or has it lapsed?",
      'customer-subscriptions',
    ],
    ['en', 'need to move 5 of the Premium licenses on D-1002 over to Standard', 'isv-licenses'],
    ['sv', 'behöver justera licensantalet på exchange hos fabrikam, ner till 8 st', 'manage-subscription'],
    ['en', 'drop 3 licences off the business basic of contoso', 'manage-subscription'],
    ['en', "Redmond's project plan 3 got suspended, they want it back, how do I reactivate it?", 'manage-subscription'],
    ['en', 'was their exchange suspended?', 'customer-subscriptions'],
    ['en', "which of Fabrikam's subscriptions are suspended right now", 'customer-subscriptions'],
    ['nl', 'welke abonnementen van contoso zijn opgeschort', 'customer-subscriptions'],
    ['en', 'how many licences does the fabrikam deal have', 'isv-status'],
    ['fr', 'combien de licences sur le deal avec wingtip ?', 'isv-status'],
    ['nl', 'de bestelling office ltsc voor contoso moet teruggedraaid worden', 'cancel-software-purchase'],
    ['en', 'set up an azure plan for tailspin toys kenya', 'new-subscription'],
    ['fr', 'souscrire un azure plan pour northwind', 'new-subscription'],
    ['en', 'contoso wants to manage their azure plan themselves', 'azure-management'],
    ['nl', 'hoe voeg ik een exchange online abonnement toe voor lakeside', 'new-subscription'],
    ['nl', 'voeg 5 licenties toe aan een abonnement van contoso', '!new-subscription'],
    ['fr', "ajouter 10 licences a l'abonnement business standard de contoso", '!new-subscription'],
    ['fr', 'comment je publie crm-sync ? les service ids sont prêts', 'isv-publish'],
    ['nl', 'hoe publish ik onze offer naar de marketplace', 'isv-publish'],
    ['fr', 'comment on publie crm-sync en live', '!isv-publish'],
    ['fr', 'associer le client à mon deal, on a déjà une relation', 'isv-invite'],
    ['en', 'can you help me adjust the licences on the northwind deal? half should be premium', 'isv-licenses'],
    ['fr', "quelqu'un a acheté windows server pour wingtip, je veux voir dans le journal des activités qui a fait l'achat", 'activity-log'],
    ['en', 'need the activity log for office purchases at contoso last month', 'activity-log'],
    ['en', 'the auditors want a record of all software purchases we made this year', 'activity-log'],
    ['fr', 'voir souscriptions northwind', 'customer-subscriptions'],
    ['fr', 'délai annulation commande office ?', 'ask.cancellation-window'],
    ['sv', 'var anger jag package url och vilka service ids ska med?', 'isv-publish'],
    ['nl', 'field-notes publishen', 'isv-publish'],
    ['sv', 'hur många licenser har wingtip-dealen? vill inte ändra något, bara se', 'isv-status'],
    ['en', 'how many seats are on the fabrikam deal, I need to change them to 30', 'isv-licenses'],
    ['en', 'we pressed go live on field-notes this morning, what happens now?', 'ask.after-go-live'],
    ['nl', 'we drukken morgen op go live voor crm-sync, wat gebeurt er dan precies?', 'ask.after-go-live'],
    ['en', 'can you press go live on field-notes please', 'isv-go-live'],
    ['fr', "on crée une nouvelle offre pour notre connecteur : l'alias et les options de licence, tu m'aides ?", 'isv-create-offer'],
    ['en', 'service ids for crm-sync?', 'isv-status'],
    ['en', "why can't we find project plan 3 when adding a subscription for fabrikam?", 'ask.missing-product'],
    ['en', 'we cancelled order 4716 a month ago and still no refund, who should I contact at microsoft?', 'support-request'],
    ['en', 'how long is the cxl window on SW purchases?', 'ask.cancellation-window'],
    ['en', 'pls cxl order 4714, wrong customer', 'cancel-software-purchase'],
    ['fr', 'liste des subs actives/suspendues de northwind stp', 'customer-subscriptions'],
    ['en', 'read-only please: which subscriptions does wingtip have, active and suspended', 'customer-subscriptions'],
    ['fr', 'crm-sync est en preview depuis 10 jours, on peut la lancer publiquement ?', 'isv-go-live'],
    ['fr', 'on lance la publication de field-notes', 'isv-publish'],
    ['fr', 'combien de licences a wingtip sur notre vente ?', 'isv-status'],
    ['nl', 'ik wil een goedkope en een dure versie van onze app op appsource', 'isv-plans'],
    ['sv', 'hur sätter jag olika priser på vårt erbjudande?', 'isv-plans'],
    ['en', 'add teams premium onto fabrikam existing business basic', 'manage-subscription'],
    ['nl', 'de klant wil exchange online gaan gebruiken, hoe regel ik dat?', 'new-subscription'],
    ['sv', 'vem cancellade order 4712?', 'activity-log'],
    ['fr', 'renvoyer la reseller relationship request à wingtip, toujours pas acceptée', 'azure-management'],
    ['sv', 'vilka grejer kan boten göra?', 'talk.capabilities'],
    ['en', 'add 10 licences to e3', 'manage-subscription'],
    ['nl', 'licenties exchange online p1 min 3 voor contoso', 'manage-subscription'],
    ['en', "add the defender add-on to fabrikam's power bi pro pls", 'manage-subscription'],
    ['en', 'where do I download the office installer for a customer who already paid for it', 'keys-and-downloads'],
    ['fr', 'quel utilisateur a annulé la commande 4716 ?', 'activity-log'],
    ['fr', 'le client veut avoir la main sur son abonnement azure', 'azure-management'],
    ['en', 'make our app visible to everyone on appsource, the preview is fine', 'isv-go-live'],
    ['sv', 'hur får vi appen att synas för alla på appsource?', 'isv-go-live'],
    ['sv', 'vi avbröt köpet av office men krediten kom aldrig, hjälp mig öppna ett supportcase', 'support-request'],
    ['nl', 'kan field-notes vandaag live te zetten?', 'isv-go-live'],
    ['sv', 'släpp crm-sync publikt nu', 'isv-go-live'],
    ['en', 'buy an azure reservation for contoso', 'buy-software'],
    ['nl', 'collega heeft 2x office besteld voor wingtip, eentje moet eraf voordat de termijn verloopt', 'cancel-software-purchase'],
    ['en', 'please cancel the duplicate order 4714 before the window closes', 'cancel-software-purchase'],
    ['nl', 'wat neemt northwind allemaal af en hoe wordt het gefactureerd?', 'customer-subscriptions'],
    ['en', 'what is fabrikam paying for right now', 'customer-subscriptions'],
    ['nl', 'is het azure plan van northwind nog actief?', 'customer-subscriptions'],
    ['en', 'manage licences on an isv connect deal', 'isv-licenses'],
    ['fr', 'ajouter un nouveau produit du catalogue à un client existant', 'new-subscription'],
    ['sv', 'lägga till en ny produkt hos en kund, de vill ha e-post', 'new-subscription'],
    ['en', 'activity log for last week please, someone cancelled order 4712 and nobody knows who', 'activity-log'],
    ['en', 'sell power bi pro to lakeside, 20 licenses', 'new-subscription'],
    ['en', 'contoso is letting 4 people go, drop the licence count on their business standard', 'manage-subscription'],
    ['en', 'the northwind deal needs another 5 standard seats', 'isv-licenses'],
    ['en', 'did our submission for crm-sync pass certification yet?', 'isv-status'],
    ['sv', 'crm-sync är klar i preview, hur tar vi den live?', 'isv-go-live'],
    ['sv', 'god morgon! hoppas kaffet är varmt', 'talk.greeting'],
    ['nl', 'het exchange abonnement van contoso is gesuspendeerd, we willen het weer activeren', 'manage-subscription'],
    ['nl', 'is het exchange abonnement van contoso gesuspendeerd?', 'customer-subscriptions'],
    ['fr', "l'état de tous les abonnements de fabrikam : actifs, suspendus", 'customer-subscriptions'],
    ['fr', 'crm-sync est ok en preview, comment on appuie sur go live ?', 'isv-go-live'],
  ] as const)('(%s) "%s": claimed by the procedure its words say, or not', async (lang, text, expected) => {
    await expectRead(lang, text, expected);
  });

  it('a sentence naming a catalog product never starts an ISV procedure, even when its words lean that way', async () => {
    const text = 'Le client veut passer de Business Basic vers Business Standard, je fais comment ?';
    expect(await readIntent('fr', text)).not.toMatch(/^isv-/);
  });
});
