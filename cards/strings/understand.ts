import { defineArea } from './types';

/** What is said to small talk (the answers to questions are in the strings of the procedure that declares them). */
export const understandStrings = defineArea({
  en: {
    'understand.talk.greeting': 'Hello! I am here to take you through your Partner Center procedures.',
    'understand.talk.thanks': 'You are welcome! Anything else?',
    'understand.talk.goodbye': 'Goodbye! A procedure you leave half way is kept; come back whenever you like.',
    'understand.talk.capabilities':
      'I take you through Partner Center procedures step by step: software and Azure reservations, CSP subscriptions, Azure management for your customers, and marketplace offers with their deals and licenses. I check the rules before any change. You can also ask me, for example, "What is Azure Hybrid Benefit?" or "Where are Azure reservations not available?". Tell me what you need, or pick below.',
    'understand.talk.out-of-scope': 'That is outside what I can do: I only know Partner Center procedures.',
    'understand.didYouMean': 'I am not sure what you meant. Did you mean "{procedure}"?',
  },
  fr: {
    'understand.talk.greeting': "Bonjour ! Je suis là pour vous guider dans vos procédures de l'Espace partenaires.",
    'understand.talk.thanks': 'Avec plaisir ! Autre chose ?',
    'understand.talk.goodbye': 'Au revoir ! Une procédure laissée en cours est gardée ; revenez quand vous voulez.',
    'understand.talk.capabilities':
      "Je vous guide pas à pas dans les procédures de l'Espace partenaires : logiciels et réservations Azure, abonnements CSP, gestion Azure pour vos clients, et offres de la place de marché avec leurs transactions et licences. Je vérifie les règles avant toute modification. Vous pouvez aussi me demander, par exemple, « Qu'est-ce qu'Azure Hybrid Benefit ? » ou « Où les réservations Azure ne sont-elles pas disponibles ? ». Dites-moi ce qu'il vous faut, ou choisissez ci-dessous.",
    'understand.talk.out-of-scope': "Cela dépasse ce que je sais faire : je ne connais que les procédures de l'Espace partenaires.",
    'understand.didYouMean': 'Je ne suis pas sûr de vous avoir compris. Vouliez-vous dire « {procedure} » ?',
  },
  sv: {
    'understand.talk.greeting': 'Hej! Jag hjälper dig genom dina procedurer i Partnercenter.',
    'understand.talk.thanks': 'Varsågod! Något mer?',
    'understand.talk.goodbye': 'Hej då! En procedur som du lämnar halvvägs sparas; kom tillbaka när du vill.',
    'understand.talk.capabilities':
      'Jag tar dig steg för steg genom procedurer i Partnercenter: programvara och Azure-reservationer, CSP-prenumerationer, Azure-hantering för dina kunder samt erbjudanden på marknadsplatsen med avtal och licenser. Jag kontrollerar reglerna före varje ändring. Du kan också fråga mig till exempel "Vad är Azure Hybrid Benefit?" eller "Var finns inte Azure-reservationer?". Säg vad du behöver, eller välj nedan.',
    'understand.talk.out-of-scope': 'Det ligger utanför vad jag kan: jag kan bara procedurer i Partnercenter.',
    'understand.didYouMean': 'Jag är inte säker på vad du menade. Menade du "{procedure}"?',
  },
  nl: {
    'understand.talk.greeting': 'Hallo! Ik help u door uw procedures in Partnercentrum.',
    'understand.talk.thanks': 'Graag gedaan! Nog iets?',
    'understand.talk.goodbye': 'Tot ziens! Een procedure die u halverwege laat, blijft bewaard; kom terug wanneer u wilt.',
    'understand.talk.capabilities':
      'Ik help u stap voor stap door procedures in Partnercentrum: software en Azure-reserveringen, CSP-abonnementen, Azure-beheer voor uw klanten, en marketplace-aanbiedingen met hun deals en licenties. Ik controleer de regels vóór elke wijziging. U kunt me ook bijvoorbeeld vragen "Wat is Azure Hybrid Benefit?" of "Waar zijn Azure-reserveringen niet beschikbaar?". Zeg wat u nodig hebt, of kies hieronder.',
    'understand.talk.out-of-scope': 'Dat valt buiten wat ik kan: ik ken alleen procedures van Partnercentrum.',
    'understand.didYouMean': 'Ik weet niet zeker wat u bedoelde. Bedoelde u "{procedure}"?',
  },
});
