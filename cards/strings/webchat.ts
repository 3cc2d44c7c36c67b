import { defineArea } from './types';

/** The Web Chat page around the conversation. */
export const webchatStrings = defineArea({
  en: {
    'webchat.title': 'Partner Center Assistant',
    'webchat.signedIn': 'Signed in as {name}',
    'webchat.sandbox': 'Sandbox data: nothing here changes a real Partner Center account.',
    'webchat.noConnection': 'The chat could not connect. Reload the page to try again.',
  },
  fr: {
    'webchat.title': "Assistant de l'Espace partenaires",
    'webchat.signedIn': 'Connecté en tant que {name}',
    'webchat.sandbox': "Données du bac à sable : rien ici ne modifie un vrai compte de l'Espace partenaires.",
    'webchat.noConnection': "La conversation n'a pas pu se connecter. Rechargez la page pour réessayer.",
  },
  sv: {
    'webchat.title': 'Partnercenter-assistenten',
    'webchat.signedIn': 'Inloggad som {name}',
    'webchat.sandbox': 'Sandlådedata: inget här ändrar ett riktigt Partnercenter-konto.',
    'webchat.noConnection': 'Chatten kunde inte ansluta. Läs in sidan igen för att försöka på nytt.',
  },
  nl: {
    'webchat.title': 'Partnercentrum-assistent',
    'webchat.signedIn': 'Aangemeld als {name}',
    'webchat.sandbox': 'Sandboxgegevens: hier verandert niets aan een echt Partnercentrum-account.',
    'webchat.noConnection': 'De chat kon geen verbinding maken. Laad de pagina opnieuw om het nog eens te proberen.',
  },
});
