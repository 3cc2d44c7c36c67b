/**
 * Words that point to a procedure, in the four languages, beyond each definition's own
 * `keywords`. Written without accents (texts are folded before matching). A trailing "*"
 * matches any word starting with the stem ("annul*" matches "annule", "annulez", "annulation").
 * Phrases weigh more than single words, so short common words only tip the balance.
 */
export const KEYWORDS: Record<string, string[]> = {
  'cancel-software-purchase': [
    'cancel order', 'cancel a purchase', 'cancel the purchase', 'cancel purchase', 'cancel*', 'refund*',
    'annul*', 'rembours*', 'annule la commande', 'annuler la commande', 'annuler un achat',
    'avbryt*', 'makulera*', 'aterbetal*', 'avbryt order', 'avbryt bestallning', 'avbryt kopet',
    'annuleer*', 'terugbetal*', 'annuleer bestelling', 'bestelling annuleren',
  ],
  'buy-software': [
    'buy', 'purchase software', 'order software', 'reserved instance*', 'reservation*', 'hybrid benefit',
    'acheter', 'achete*', 'achat de logiciel', 'instance reservee', 'reservation azure',
    'kop', 'kopa', 'kop programvara', 'reserverad*', 'reservation*',
    'kopen', 'koop', 'software kopen', 'gereserveerde instan*', 'reservering*',
  ],
  'keys-and-downloads': [
    'product key*', 'license key*', 'download*', 'keys', 'iso',
    'cle de produit', 'cles de produit', 'cle', 'cles', 'telecharg*',
    'produktnyck*', 'nyckl*', 'nedladdning*', 'ladda ner',
    'productsleutel*', 'sleutel*', 'download*', 'downloaden',
  ],
  'activity-log': [
    'activity log', 'audit log', 'who accessed', 'who downloaded', 'who viewed', 'log',
    "journal d'activite", "journal d'activites", 'journal', 'qui a telecharge', 'qui a consulte',
    'aktivitetslogg*', 'logg', 'vem laddade ner', 'vem visade',
    'activiteitenlogboek', 'logboek', 'wie heeft gedownload', 'wie heeft bekeken',
  ],
  'support-request': [
    'support request', 'support ticket', 'open a ticket', 'ticket', 'support case', 'refund request',
    'demande de support', "demande d'assistance", 'ticket de support', 'assistance',
    'supportarende*', 'supportbegaran', 'arende',
    'ondersteuningsaanvraag', 'supportaanvraag', 'supportticket',
  ],
  'new-subscription': [
    'new subscription', 'subscribe', 'trial', 'free trial', 'add a subscription', 'order a subscription', 'microsoft 365', 'annual', 'monthly',
    'nouvel abonnement', "s'abonner", 'essai gratuit', 'essai', 'annuel', 'mensuel',
    'ny prenumeration', 'prenumerera', 'provperiod', 'gratis prov*', 'arsvis', 'manadsvis',
    'nieuw abonnement', 'abonneren', 'proefversie', 'gratis proef*', 'jaarlijks', 'maandelijks',
  ],
  'manage-subscription': [
    'manage subscription', 'manage a subscription', 'suspend*', 'reactivat*', 'add-on*', 'addon*', 'change quantity',
    'add licenses', 'more licenses', 'fewer licenses', 'seats', 'licenses',
    'gerer un abonnement', 'gerer l\'abonnement', 'suspend*', 'reactiv*', 'module complementaire', 'ajoute* des licences', 'ajoute*', 'licences',
    'hantera prenumeration', 'pausa', 'stang av', 'ateraktiv*', 'tillagg', 'lagg till', 'licenser',
    'abonnement beheren', 'opschort*', 'heractiv*', 'invoegtoepassing', 'voeg', 'toevoegen', 'licenties',
  ],
  'azure-management': [
    'azure management', 'manage azure', 'azure subscription', 'azure role*', 'delegated admin*', 'dap', 'partner of record', 'admin relationship',
    'gestion azure', 'gerer azure', 'relation d\'administrat*', 'administrateur delegue',
    'azure-hantering', 'hantera azure', 'administratorsrelation', 'delegerad*',
    'azure-beheer', 'azure beheren', 'beheerdersrelatie', 'gedelegeerd*',
  ],
  'customer-subscriptions': [
    'licenses', 'licences', 'licenser', 'licenties',
    'subscriptions of', 'subscriptions for', 'list subscriptions', 'show subscriptions', 'which subscriptions', 'what subscriptions',
    'abonnements de', 'liste des abonnements', 'quels abonnements', 'voir les abonnements',
    'prenumerationer for', 'visa prenumerationer', 'vilka prenumerationer',
    'abonnementen van', 'toon abonnementen', 'welke abonnementen',
  ],
  'isv-create-offer': [
    'create offer', 'new offer', 'create an offer', 'offer id', 'saas offer', 'appsource',
    'creer une offre', 'nouvelle offre', "id d'offre",
    'skapa erbjudande', 'nytt erbjudande', 'erbjudande-id',
    'aanbieding maken', 'nieuwe aanbieding', 'aanbiedings-id',
  ],
  'isv-plans': [
    'plans', 'create plans', 'add a plan', 'new plan', 'plan id', 'service id*',
    'creer des plans', 'ajouter un plan', 'nouveau plan', 'id de plan',
    'skapa planer', 'lagg till en plan', 'ny plan', 'plan-id',
    'plannen maken', 'plan toevoegen', 'nieuw plan', 'plan-id',
  ],
  'isv-publish': [
    'publish', 'review and publish', 'technical configuration', 'package url',
    'publier', 'publication', 'configuration technique',
    'publicera', 'publicering', 'teknisk konfiguration',
    'publiceren', 'publicatie', 'technische configuratie',
  ],
  'isv-go-live': [
    'go live', 'go-live', 'make live', 'mettre en ligne', 'mise en ligne', 'publiera live', 'ga live', 'live gaan', 'live zetten',
  ],
  'isv-deal': [
    'register a deal', 'deal registration', 'new deal', 'deal', 'isv connect',
    'enregistrer une affaire', 'nouvelle affaire', 'affaire', 'opportunite',
    'registrera affar', 'ny affar', 'affar',
    'deal registreren', 'nieuwe deal', 'registratie',
  ],
  'isv-invite': [
    'invite', 'invitation', 'consent link', 'consent',
    'inviter', 'invite le client', 'lien de consentement', 'consentement',
    'bjud in', 'inbjudan', 'samtyckeslank', 'samtycke',
    'uitnodig*', 'uitnodiging', 'toestemmingskoppeling', 'toestemming',
  ],
  'isv-licenses': [
    'manage licenses', 'assign licenses', 'licenses for deal', 'licenses of the plan', 'licenses on plan', 'plan', 'licenses',
    'gerer les licences', 'attribuer des licences', 'licences du plan', 'licences',
    'hantera licenser', 'tilldela licenser', 'licenser for planen', 'licenser',
    'licenties beheren', 'licenties toewijzen', 'licenties voor plan', 'licenties',
  ],
  'isv-status': [
    'isv status', 'my offers', 'offer status', 'deal status', 'where things stand', 'overview',
    'mes offres', 'etat des offres', 'statut des offres', 'apercu',
    'mina erbjudanden', 'status for erbjudanden', 'oversikt',
    'mijn aanbiedingen', 'status van aanbiedingen', 'overzicht',
  ],
};
