import { defineArea } from './types';

/** What the assistant says to small talk and to questions it answers without a procedure. */
export const understandStrings = defineArea({
  en: {
    'understand.talk.greeting': 'Hello! I am here to take you through your Partner Center procedures.',
    'understand.talk.thanks': 'You are welcome! Anything else?',
    'understand.talk.goodbye': 'Goodbye! A procedure you leave half way is kept; come back whenever you like.',
    'understand.talk.capabilities':
      'I take you through Partner Center procedures step by step: software and Azure reservations, CSP subscriptions, Azure management for your customers, and marketplace offers with their deals and licenses. I check the rules before any change. You can also ask me, for example, "What is Azure Hybrid Benefit?" or "Where are Azure reservations not available?". Tell me what you need, or pick below.',
    'understand.talk.out-of-scope': 'That is outside what I can do: I only know Partner Center procedures.',
    'understand.didYouMean': 'I am not sure what you meant. Did you mean "{procedure}"?',
    'understand.ask.markets.list':
      'Azure reservations are not available in these {count} markets, so they cannot be sold to customers there: {markets}.',
    'understand.ask.markets.ask': 'Name a customer or a market to know about it: "can I sell reservations to Adatum?"',
    'understand.ask.markets.unavailable':
      'Azure reservations are not available in {market}: they cannot be sold to customers there. Software can still be bought.',
    'understand.ask.markets.available':
      '{market} is not on the list of markets without Azure reservations: they can be sold to commercial customers there.',
    'understand.ask.markets.customerYes':
      'Azure reservations can be sold to {customer}: its market, {market}, has them, and it is a commercial customer.',
    'understand.ask.cancel.intro':
      'A software purchase can be cancelled, without an early-termination fee, within these days of its purchase:',
    'understand.ask.cancel.kind': '{kind}: {days} days',
    'understand.ask.cancel.never': 'Software plans in Azure from {vendors} can never be cancelled or exchanged.',
    'understand.ask.cancel.orderOpen': 'Order {order} ({product}) can still be cancelled: {days} {days|day|days} left, until {deadline}.',
    'understand.ask.cancel.orderClosed': 'Order {order} ({product}) can no longer be cancelled: its {days}-day window closed on {closed}.',
    'understand.ask.cancel.orderNever': 'Order {order} ({product}) can never be cancelled: {vendor} software plans in Azure cannot be.',
    'understand.ask.cancel.orderDone': 'Order {order} ({product}) is already cancelled.',
    'understand.kind.perpetual': 'Perpetual software',
    'understand.kind.software-subscription': 'Software subscriptions',
    'understand.kind.new-commerce-software-subscription': 'New-commerce software subscriptions',
    'understand.kind.azure-software-plan': 'Software plans in Azure',
    'understand.ask.missing.more': 'Name the customer and the product to know why: "why is Power BI Pro missing for Lakeside?"',
    'understand.ask.goLive.window': 'After Go live, an offer is live in {min} to {max} hours; I tell you when it is.',
    'understand.ask.goLive.status': 'Ask "ISV status" to see where each offer stands.',
  },
  fr: {
    'understand.talk.greeting': "Bonjour ! Je suis là pour vous guider dans vos procédures de l'Espace partenaires.",
    'understand.talk.thanks': 'Avec plaisir ! Autre chose ?',
    'understand.talk.goodbye': 'Au revoir ! Une procédure laissée en cours est gardée ; revenez quand vous voulez.',
    'understand.talk.capabilities':
      "Je vous guide pas à pas dans les procédures de l'Espace partenaires : logiciels et réservations Azure, abonnements CSP, gestion Azure pour vos clients, et offres de la place de marché avec leurs transactions et licences. Je vérifie les règles avant toute modification. Vous pouvez aussi me demander, par exemple, « Qu'est-ce qu'Azure Hybrid Benefit ? » ou « Où les réservations Azure ne sont-elles pas disponibles ? ». Dites-moi ce qu'il vous faut, ou choisissez ci-dessous.",
    'understand.talk.out-of-scope': "Cela dépasse ce que je sais faire : je ne connais que les procédures de l'Espace partenaires.",
    'understand.didYouMean': 'Je ne suis pas sûr de vous avoir compris. Vouliez-vous dire « {procedure} » ?',
    'understand.ask.markets.list':
      "Les réservations Azure ne sont pas disponibles dans ces {count} marchés ; elles ne peuvent donc pas être vendues aux clients qui s'y trouvent : {markets}.",
    'understand.ask.markets.ask': 'Nommez un client ou un marché pour en savoir plus : « puis-je vendre des réservations à Adatum ? »',
    'understand.ask.markets.unavailable':
      'Les réservations Azure ne sont pas disponibles sur ce marché ({market}) : elles ne peuvent pas y être vendues. Les logiciels restent disponibles.',
    'understand.ask.markets.available':
      '{market} ne figure pas parmi les marchés sans réservations Azure : elles peuvent y être vendues aux clients commerciaux.',
    'understand.ask.markets.customerYes':
      "Les réservations Azure peuvent être vendues à {customer} : son marché, {market}, les propose, et c'est un client commercial.",
    'understand.ask.cancel.intro':
      "Un achat de logiciel peut être annulé, sans frais de résiliation anticipée, dans ces délais après l'achat :",
    'understand.ask.cancel.kind': '{kind} : {days} jours',
    'understand.ask.cancel.never': 'Les plans logiciels dans Azure de {vendors} ne peuvent jamais être annulés ni échangés.',
    'understand.ask.cancel.orderOpen':
      "La commande {order} ({product}) peut encore être annulée : il reste {days} {days|jour|jours}, jusqu'au {deadline}.",
    'understand.ask.cancel.orderClosed':
      'La commande {order} ({product}) ne peut plus être annulée : son délai de {days} jours a pris fin le {closed}.',
    'understand.ask.cancel.orderNever':
      'La commande {order} ({product}) ne peut jamais être annulée : les plans logiciels {vendor} dans Azure ne le peuvent pas.',
    'understand.ask.cancel.orderDone': 'La commande {order} ({product}) est déjà annulée.',
    'understand.kind.perpetual': 'Logiciels perpétuels',
    'understand.kind.software-subscription': 'Abonnements logiciels',
    'understand.kind.new-commerce-software-subscription': 'Abonnements logiciels New Commerce',
    'understand.kind.azure-software-plan': 'Plans logiciels dans Azure',
    'understand.ask.missing.more':
      'Nommez le client et le produit pour savoir pourquoi : « pourquoi Power BI Pro manque-t-il pour Lakeside ? »',
    'understand.ask.goLive.window':
      "Après la mise en ligne, une offre est en ligne en {min} à {max} heures ; je vous préviens quand elle l'est.",
    'understand.ask.goLive.status': 'Demandez « état ISV » pour voir où en est chaque offre.',
  },
  sv: {
    'understand.talk.greeting': 'Hej! Jag hjälper dig genom dina procedurer i Partnercenter.',
    'understand.talk.thanks': 'Varsågod! Något mer?',
    'understand.talk.goodbye': 'Hej då! En procedur som du lämnar halvvägs sparas; kom tillbaka när du vill.',
    'understand.talk.capabilities':
      'Jag tar dig steg för steg genom procedurer i Partnercenter: programvara och Azure-reservationer, CSP-prenumerationer, Azure-hantering för dina kunder samt erbjudanden på marknadsplatsen med avtal och licenser. Jag kontrollerar reglerna före varje ändring. Du kan också fråga mig till exempel "Vad är Azure Hybrid Benefit?" eller "Var finns inte Azure-reservationer?". Säg vad du behöver, eller välj nedan.',
    'understand.talk.out-of-scope': 'Det ligger utanför vad jag kan: jag kan bara procedurer i Partnercenter.',
    'understand.didYouMean': 'Jag är inte säker på vad du menade. Menade du "{procedure}"?',
    'understand.ask.markets.list':
      'Azure-reservationer finns inte på dessa {count} marknader, så de kan inte säljas till kunder där: {markets}.',
    'understand.ask.markets.ask': 'Nämn en kund eller en marknad för att få veta mer: "kan jag sälja reservationer till Adatum?"',
    'understand.ask.markets.unavailable':
      'Azure-reservationer finns inte i {market}: de kan inte säljas till kunder där. Programvara kan fortfarande köpas.',
    'understand.ask.markets.available':
      '{market} finns inte med bland marknaderna utan Azure-reservationer: de kan säljas till kommersiella kunder där.',
    'understand.ask.markets.customerYes':
      'Azure-reservationer kan säljas till {customer}: dess marknad, {market}, har dem, och det är en kommersiell kund.',
    'understand.ask.cancel.intro':
      'Ett programvaruköp kan avbrytas, utan avgift för förtida uppsägning, inom så här många dagar efter köpet:',
    'understand.ask.cancel.kind': '{kind}: {days} dagar',
    'understand.ask.cancel.never': 'Programvaruplaner i Azure från {vendors} kan aldrig avbrytas eller bytas.',
    'understand.ask.cancel.orderOpen': 'Order {order} ({product}) kan fortfarande avbrytas: {days} {days|dag|dagar} kvar, till {deadline}.',
    'understand.ask.cancel.orderClosed':
      'Order {order} ({product}) kan inte längre avbrytas: dess period på {days} dagar tog slut {closed}.',
    'understand.ask.cancel.orderNever':
      'Order {order} ({product}) kan aldrig avbrytas: programvaruplaner från {vendor} i Azure kan inte det.',
    'understand.ask.cancel.orderDone': 'Order {order} ({product}) är redan avbruten.',
    'understand.kind.perpetual': 'Programvara med evig licens',
    'understand.kind.software-subscription': 'Programvaruprenumerationer',
    'understand.kind.new-commerce-software-subscription': 'Programvaruprenumerationer i New Commerce',
    'understand.kind.azure-software-plan': 'Programvaruplaner i Azure',
    'understand.ask.missing.more': 'Nämn kunden och produkten för att få veta varför: "varför saknas Power BI Pro för Lakeside?"',
    'understand.ask.goLive.window': 'Efter Go live är ett erbjudande live inom {min} till {max} timmar; jag säger till när det är det.',
    'understand.ask.goLive.status': 'Fråga "ISV-status" för att se var varje erbjudande står.',
  },
  nl: {
    'understand.talk.greeting': 'Hallo! Ik help u door uw procedures in Partnercentrum.',
    'understand.talk.thanks': 'Graag gedaan! Nog iets?',
    'understand.talk.goodbye': 'Tot ziens! Een procedure die u halverwege laat, blijft bewaard; kom terug wanneer u wilt.',
    'understand.talk.capabilities':
      'Ik help u stap voor stap door procedures in Partnercentrum: software en Azure-reserveringen, CSP-abonnementen, Azure-beheer voor uw klanten, en marketplace-aanbiedingen met hun deals en licenties. Ik controleer de regels vóór elke wijziging. U kunt me ook bijvoorbeeld vragen "Wat is Azure Hybrid Benefit?" of "Waar zijn Azure-reserveringen niet beschikbaar?". Zeg wat u nodig hebt, of kies hieronder.',
    'understand.talk.out-of-scope': 'Dat valt buiten wat ik kan: ik ken alleen procedures van Partnercentrum.',
    'understand.didYouMean': 'Ik weet niet zeker wat u bedoelde. Bedoelde u "{procedure}"?',
    'understand.ask.markets.list':
      'Azure-reserveringen zijn niet beschikbaar in deze {count} markten, dus ze kunnen daar niet aan klanten worden verkocht: {markets}.',
    'understand.ask.markets.ask': 'Noem een klant of een markt om het te weten: "kan ik reserveringen verkopen aan Adatum?"',
    'understand.ask.markets.unavailable':
      'Azure-reserveringen zijn niet beschikbaar in {market}: ze kunnen daar niet aan klanten worden verkocht. Software kan nog wel worden gekocht.',
    'understand.ask.markets.available':
      '{market} staat niet op de lijst van markten zonder Azure-reserveringen: ze kunnen daar aan commerciële klanten worden verkocht.',
    'understand.ask.markets.customerYes':
      'Azure-reserveringen kunnen aan {customer} worden verkocht: de markt, {market}, heeft ze, en het is een commerciële klant.',
    'understand.ask.cancel.intro':
      'Een softwareaankoop kan worden geannuleerd, zonder kosten voor vroegtijdige beëindiging, binnen deze dagen na de aankoop:',
    'understand.ask.cancel.kind': '{kind}: {days} dagen',
    'understand.ask.cancel.never': 'Softwareplannen in Azure van {vendors} kunnen nooit worden geannuleerd of geruild.',
    'understand.ask.cancel.orderOpen':
      'Bestelling {order} ({product}) kan nog worden geannuleerd: nog {days} {days|dag|dagen}, tot {deadline}.',
    'understand.ask.cancel.orderClosed':
      'Bestelling {order} ({product}) kan niet meer worden geannuleerd: de termijn van {days} dagen is op {closed} verstreken.',
    'understand.ask.cancel.orderNever':
      'Bestelling {order} ({product}) kan nooit worden geannuleerd: softwareplannen van {vendor} in Azure kunnen dat niet.',
    'understand.ask.cancel.orderDone': 'Bestelling {order} ({product}) is al geannuleerd.',
    'understand.kind.perpetual': 'Eeuwigdurende software',
    'understand.kind.software-subscription': 'Softwareabonnementen',
    'understand.kind.new-commerce-software-subscription': 'Softwareabonnementen in New Commerce',
    'understand.kind.azure-software-plan': 'Softwareplannen in Azure',
    'understand.ask.missing.more': 'Noem de klant en het product om te weten waarom: "waarom ontbreekt Power BI Pro voor Lakeside?"',
    'understand.ask.goLive.window': 'Na Go live is een aanbieding binnen {min} tot {max} uur live; ik laat het u weten wanneer.',
    'understand.ask.goLive.status': 'Vraag "ISV-status" om te zien hoe elke aanbieding ervoor staat.',
  },
});
