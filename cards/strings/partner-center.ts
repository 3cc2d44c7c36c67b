import { defineArea } from './types';

/** The real Partner Center: signing in, its refusals, and the pages where a step is finished by hand. */
export const partnerCenterStrings = defineArea({
  en: {
    'pc.signIn.title': 'Sign in to Partner Center',
    'pc.signIn.text': 'To go on, sign in with your Partner Center account. I carry on where we were as soon as you are signed in.',
    'pc.signedOut': 'You are signed out of Partner Center. I will ask you to sign in again when a procedure needs it.',
    'pc.signedIn': 'You are signed in to Partner Center.',
    'pc.signIn.badCode':
      'That code did not sign you in (it may have expired). Select the sign-in button again, or type the new code it shows.',
    'pc.refusal.sign-in-needed': 'Partner Center needs you to sign in (again) before I can go on.',
    'pc.refusal.forbidden':
      'Partner Center refused: this needs one of these roles: {roles}. Ask a Global admin of your Partner Center account to give you one.',
    'pc.refusal.not-found': 'Partner Center does not know that (any more). Please check it and choose again.',
    'pc.refusal.throttled': 'Partner Center is receiving too many requests. Please try again in {seconds} seconds; nothing was changed.',
    'pc.refusal.throttledNow': 'Partner Center is receiving too many requests. Please try again in a minute; nothing was changed.',
    'pc.refusal.unavailable': 'Partner Center is not answering right now. Please try again in a few minutes.',
    'pc.refusal.timeout': 'Partner Center took too long to answer. Please try again in a few minutes.',
    'pc.refusal.outcome-unknown':
      'Partner Center did not confirm whether the change was made. I will not send it again; check it in Partner Center (request ID {requestId}) before trying again.',
    'pc.refusal.rejected': 'Partner Center refused the request (error {code}): {description}',
    'pc.refusal.history-limit': 'Partner Center keeps activity for {days} days: choose dates from {oldest} on.',
    'pc.handOver.intro': 'Partner Center offers no way to do this step for you. Finish it here: {link}',
    'pc.handOver.values': 'The values you chose: {values}.',
    'handOver.keys-and-downloads': 'Open the customer, then Orders, choose the order and select "Keys and downloads".',
    'handOver.support-request': 'Choose the customer and the problem type, describe the request, and submit it.',
    'handOver.isv-offers': 'Open the offer in Marketplace offers, make the change, then select "Review and publish".',
    'handOver.isv-licenses': 'Open the deal\'s customer under ISV licensing, set the licenses of each plan, and select "Update licenses".',
    'handOver.isv-deals': 'Open Referrals, then Co-sell opportunities, and register or update the deal there.',
    'handOver.azure-role-assignment':
      'In the Azure portal, open the subscription\'s "Access control (IAM)", select "Add role assignment", and choose the user and the role.',
    'handOver.csp-catalog': 'Open the customer, select "Add products", choose the product and its term, and review the order.',
  },
  fr: {
    'pc.signIn.title': "Se connecter à l'Espace partenaires",
    'pc.signIn.text':
      "Pour continuer, connectez-vous avec votre compte de l'Espace partenaires. Je reprends là où nous en étions dès que vous êtes connecté.",
    'pc.signedOut':
      "Vous êtes déconnecté de l'Espace partenaires. Je vous demanderai de vous reconnecter quand une procédure en aura besoin.",
    'pc.signedIn': "Vous êtes connecté à l'Espace partenaires.",
    'pc.signIn.badCode':
      'Ce code ne vous a pas connecté (il a peut-être expiré). Sélectionnez à nouveau le bouton de connexion, ou tapez le nouveau code affiché.',
    'pc.refusal.sign-in-needed': "L'Espace partenaires vous demande de vous (re)connecter avant que je puisse continuer.",
    'pc.refusal.forbidden':
      "L'Espace partenaires a refusé : il faut l'un de ces rôles : {roles}. Demandez-en un à un administrateur général de votre compte.",
    'pc.refusal.not-found': "L'Espace partenaires ne connaît pas (plus) cet élément. Vérifiez-le et choisissez à nouveau.",
    'pc.refusal.throttled': "L'Espace partenaires reçoit trop de demandes. Réessayez dans {seconds} secondes ; rien n'a été modifié.",
    'pc.refusal.throttledNow': "L'Espace partenaires reçoit trop de demandes. Réessayez dans une minute ; rien n'a été modifié.",
    'pc.refusal.unavailable': "L'Espace partenaires ne répond pas pour le moment. Réessayez dans quelques minutes.",
    'pc.refusal.timeout': "L'Espace partenaires a mis trop de temps à répondre. Réessayez dans quelques minutes.",
    'pc.refusal.outcome-unknown':
      "L'Espace partenaires n'a pas confirmé si la modification a été faite. Je ne la renverrai pas ; vérifiez dans l'Espace partenaires (ID de demande {requestId}) avant de réessayer.",
    'pc.refusal.rejected': "L'Espace partenaires a refusé la demande (erreur {code}) : {description}",
    'pc.refusal.history-limit': "L'Espace partenaires conserve l'activité {days} jours : choisissez des dates à partir du {oldest}.",
    'pc.handOver.intro': "L'Espace partenaires ne permet pas de faire cette étape pour vous. Terminez-la ici : {link}",
    'pc.handOver.values': 'Les valeurs choisies : {values}.',
    'handOver.keys-and-downloads': 'Ouvrez le client, puis Commandes, choisissez la commande et sélectionnez « Clés et téléchargements ».',
    'handOver.support-request': 'Choisissez le client et le type de problème, décrivez la demande et envoyez-la.',
    'handOver.isv-offers':
      "Ouvrez l'offre dans Offres de la Place de marché, faites la modification, puis sélectionnez « Vérifier et publier ».",
    'handOver.isv-licenses':
      'Ouvrez le client du contrat dans Gestion des licences ISV, indiquez les licences de chaque plan et sélectionnez « Mettre à jour les licences ».',
    'handOver.isv-deals': 'Ouvrez Recommandations, puis Opportunités de co-vente, et enregistrez ou modifiez le contrat.',
    'handOver.azure-role-assignment':
      "Dans le portail Azure, ouvrez « Contrôle d'accès (IAM) » de l'abonnement, sélectionnez « Ajouter une attribution de rôle », puis l'utilisateur et le rôle.",
    'handOver.csp-catalog':
      'Ouvrez le client, sélectionnez « Ajouter des produits », choisissez le produit et sa durée, puis vérifiez la commande.',
  },
  sv: {
    'pc.signIn.title': 'Logga in i Partnercenter',
    'pc.signIn.text': 'Logga in med ditt Partnercenter-konto för att fortsätta. Jag fortsätter där vi var så snart du är inloggad.',
    'pc.signedOut': 'Du är utloggad från Partnercenter. Jag ber dig logga in igen när en procedur behöver det.',
    'pc.signedIn': 'Du är inloggad i Partnercenter.',
    'pc.signIn.badCode':
      'Koden loggade inte in dig (den kan ha gått ut). Välj inloggningsknappen igen, eller skriv den nya koden som visas.',
    'pc.refusal.sign-in-needed': 'Partnercenter kräver att du loggar in (igen) innan jag kan fortsätta.',
    'pc.refusal.forbidden':
      'Partnercenter nekade: det krävs en av dessa roller: {roles}. Be en global administratör för ert Partnercenter-konto om en.',
    'pc.refusal.not-found': 'Partnercenter känner inte till det (längre). Kontrollera och välj igen.',
    'pc.refusal.throttled': 'Partnercenter tar emot för många förfrågningar. Försök igen om {seconds} sekunder; inget har ändrats.',
    'pc.refusal.throttledNow': 'Partnercenter tar emot för många förfrågningar. Försök igen om en minut; inget har ändrats.',
    'pc.refusal.unavailable': 'Partnercenter svarar inte just nu. Försök igen om några minuter.',
    'pc.refusal.timeout': 'Partnercenter tog för lång tid att svara. Försök igen om några minuter.',
    'pc.refusal.outcome-unknown':
      'Partnercenter bekräftade inte om ändringen gjordes. Jag skickar den inte igen; kontrollera i Partnercenter (begärande-ID {requestId}) innan du försöker igen.',
    'pc.refusal.rejected': 'Partnercenter nekade begäran (fel {code}): {description}',
    'pc.refusal.history-limit': 'Partnercenter sparar aktivitet i {days} dagar: välj datum från och med {oldest}.',
    'pc.handOver.intro': 'Partnercenter kan inte göra det här steget åt dig. Slutför det här: {link}',
    'pc.handOver.values': 'Värdena du valde: {values}.',
    'handOver.keys-and-downloads': 'Öppna kunden, sedan Beställningar, välj beställningen och välj "Nycklar och nedladdningar".',
    'handOver.support-request': 'Välj kunden och problemtypen, beskriv ärendet och skicka det.',
    'handOver.isv-offers': 'Öppna erbjudandet under Marketplace-erbjudanden, gör ändringen och välj "Granska och publicera".',
    'handOver.isv-licenses': 'Öppna avtalets kund under ISV-licensiering, ange licenserna för varje plan och välj "Uppdatera licenser".',
    'handOver.isv-deals': 'Öppna Hänvisningar, sedan Samförsäljningsmöjligheter, och registrera eller uppdatera avtalet där.',
    'handOver.azure-role-assignment':
      'Öppna prenumerationens "Åtkomstkontroll (IAM)" i Azure-portalen, välj "Lägg till rolltilldelning" och välj användaren och rollen.',
    'handOver.csp-catalog': 'Öppna kunden, välj "Lägg till produkter", välj produkten och dess period och granska beställningen.',
  },
  nl: {
    'pc.signIn.title': 'Aanmelden bij Partnercentrum',
    'pc.signIn.text': 'Meld u aan met uw Partnercentrum-account om verder te gaan. Zodra u bent aangemeld, ga ik verder waar we waren.',
    'pc.signedOut': 'U bent afgemeld bij Partnercentrum. Ik vraag u opnieuw aan te melden wanneer een procedure dat nodig heeft.',
    'pc.signedIn': 'U bent aangemeld bij Partnercentrum.',
    'pc.signIn.badCode':
      'Met die code bent u niet aangemeld (hij is misschien verlopen). Selecteer de aanmeldknop opnieuw, of typ de nieuwe code die wordt getoond.',
    'pc.refusal.sign-in-needed': 'Partnercentrum vraagt u (opnieuw) aan te melden voordat ik verder kan.',
    'pc.refusal.forbidden':
      'Partnercentrum weigerde: hiervoor is een van deze rollen nodig: {roles}. Vraag een globale beheerder van uw Partnercentrum-account om er een.',
    'pc.refusal.not-found': 'Partnercentrum kent dit niet (meer). Controleer het en kies opnieuw.',
    'pc.refusal.throttled':
      'Partnercentrum ontvangt te veel aanvragen. Probeer het over {seconds} seconden opnieuw; er is niets gewijzigd.',
    'pc.refusal.throttledNow': 'Partnercentrum ontvangt te veel aanvragen. Probeer het over een minuut opnieuw; er is niets gewijzigd.',
    'pc.refusal.unavailable': 'Partnercentrum antwoordt op dit moment niet. Probeer het over een paar minuten opnieuw.',
    'pc.refusal.timeout': 'Partnercentrum deed er te lang over om te antwoorden. Probeer het over een paar minuten opnieuw.',
    'pc.refusal.outcome-unknown':
      'Partnercentrum heeft niet bevestigd of de wijziging is doorgevoerd. Ik stuur haar niet opnieuw; controleer het in Partnercentrum (aanvraag-ID {requestId}) voordat u het opnieuw probeert.',
    'pc.refusal.rejected': 'Partnercentrum weigerde de aanvraag (fout {code}): {description}',
    'pc.refusal.history-limit': 'Partnercentrum bewaart activiteit {days} dagen: kies datums vanaf {oldest}.',
    'pc.handOver.intro': 'Partnercentrum biedt geen manier om deze stap voor u te doen. Rond hem hier af: {link}',
    'pc.handOver.values': 'De gekozen waarden: {values}.',
    'handOver.keys-and-downloads': 'Open de klant, dan Orders, kies de order en selecteer "Sleutels en downloads".',
    'handOver.support-request': 'Kies de klant en het type probleem, beschrijf de aanvraag en verstuur haar.',
    'handOver.isv-offers':
      'Open de aanbieding onder Marketplace-aanbiedingen, breng de wijziging aan en selecteer "Controleren en publiceren".',
    'handOver.isv-licenses':
      'Open de klant van de deal onder ISV-licenties, stel de licenties per plan in en selecteer "Licenties bijwerken".',
    'handOver.isv-deals': 'Open Verwijzingen, dan Co-sell-kansen, en registreer of wijzig de deal daar.',
    'handOver.azure-role-assignment':
      'Open in Azure Portal "Toegangsbeheer (IAM)" van het abonnement, selecteer "Roltoewijzing toevoegen" en kies de gebruiker en de rol.',
    'handOver.csp-catalog': 'Open de klant, selecteer "Producten toevoegen", kies het product en de looptijd en controleer de order.',
  },
});
