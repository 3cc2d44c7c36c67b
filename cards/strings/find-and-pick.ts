import { defineArea } from './types';

/** The find-and-pick step: finding a customer (by name, domain or tenant ID), a short list, all of them. */
export const findAndPickStrings = defineArea({
  en: {
    'pick.customer.tooShort':
      'Please give at least two characters of the customer\'s name, its domain or its tenant ID, or type "list" to see all your customers.',
    'pick.customer.none':
      'No customer matches "{query}". Type part of the company name, a domain such as contoso.com or the tenant ID, or "list" to see all your customers.',
    'pick.customer.noneExample':
      'No customer matches "{query}" either. For example, type "{name}" or "{domain}", or "list" to see all your customers.',
    'pick.customer.noneList': 'No customer matches "{query}". Here are all your customers: pick one, or type another name.',
    'pick.customer.noneAtAll': 'No customer matches "{query}", and your Partner Center account has no customers yet.',
    'pick.customer.orList': 'Or type "list" to see all your customers.',
    'pick.customer.chooseLine': 'Not in this list? Type another name, or "list" to see all your customers.',
    'pick.customer.listTitle': 'Your customers, {from}–{to} of {total}. Which one?',
    'pick.customer.listLine': 'Pick one, or type a name to search.',
    'pick.customer.listLineMore': 'Pick one, choose "More customers" for the next ones, or type a name to search.',
    'pick.customer.more': 'More customers',
    'pick.among.none': 'None of {what} matches "{query}". Type part of a name or an ID, or "list" to see them all.',
    'pick.among.several': 'Several of {what} fit "{query}": {names}. Type more of the name, or pick one.',
    'pick.among.closest': 'Nothing among {what} is exactly "{query}": the closest is "{name}". Pick it, or another one.',
    'pick.among.list': 'Here are all {what}: pick one by its number or its name.',
    'pick.what.product': 'the products',
    'pick.what.order': 'the orders',
    'pick.what.subscription': 'the subscriptions',
    'pick.what.offer': 'the offers',
    'pick.what.plan': 'the plans',
    'pick.what.deal': 'the deals',
  },
  fr: {
    'pick.customer.tooShort':
      'Indiquez au moins deux caractères du nom du client, de son domaine ou de son GUID de locataire, ou tapez « liste » pour voir tous vos clients.',
    'pick.customer.none':
      'Aucun client ne correspond à « {query} ». Tapez une partie du nom de la société, un domaine comme contoso.com ou le GUID de locataire, ou « liste » pour voir tous vos clients.',
    'pick.customer.noneExample':
      'Aucun client ne correspond non plus à « {query} ». Par exemple, tapez « {name} » ou « {domain} », ou « liste » pour voir tous vos clients.',
    'pick.customer.noneList': 'Aucun client ne correspond à « {query} ». Voici tous vos clients : choisissez-en un, ou tapez un autre nom.',
    'pick.customer.noneAtAll': "Aucun client ne correspond à « {query} », et votre compte de l'Espace partenaires n'a encore aucun client.",
    'pick.customer.orList': 'Ou tapez « liste » pour voir tous vos clients.',
    'pick.customer.chooseLine': "Il n'est pas dans la liste ? Tapez un autre nom, ou « liste » pour voir tous vos clients.",
    'pick.customer.listTitle': 'Vos clients, {from} à {to} sur {total}. Lequel ?',
    'pick.customer.listLine': 'Choisissez-en un, ou tapez un nom pour le rechercher.',
    'pick.customer.listLineMore': 'Choisissez-en un, choisissez « Plus de clients » pour les suivants, ou tapez un nom pour le rechercher.',
    'pick.customer.more': 'Plus de clients',
    'pick.among.none':
      "Rien ne correspond à « {query} » parmi {what}. Tapez une partie d'un nom ou un ID, ou « liste » pour afficher la liste complète.",
    'pick.among.several':
      'Plusieurs éléments parmi {what} correspondent à « {query} » : {names}. Tapez davantage du nom, ou choisissez-en un.',
    'pick.among.closest': 'Rien parmi {what} n’est exactement « {query} » : le plus proche est « {name} ». Choisissez-le, ou un autre.',
    'pick.among.list': 'Voici {what}, au complet : choisissez par le numéro ou par le nom.',
    'pick.what.product': 'les produits',
    'pick.what.order': 'les commandes',
    'pick.what.subscription': 'les abonnements',
    'pick.what.offer': 'les offres',
    'pick.what.plan': 'les plans',
    'pick.what.deal': 'les transactions',
  },
  sv: {
    'pick.customer.tooShort':
      'Ange minst två tecken av kundens namn, domän eller klient-ID, eller skriv "lista" för att se alla dina kunder.',
    'pick.customer.none':
      'Ingen kund matchar "{query}". Skriv en del av företagsnamnet, en domän som contoso.com eller klient-ID:t, eller "lista" för att se alla dina kunder.',
    'pick.customer.noneExample':
      'Ingen kund matchar heller "{query}". Skriv till exempel "{name}" eller "{domain}", eller "lista" för att se alla dina kunder.',
    'pick.customer.noneList': 'Ingen kund matchar "{query}". Här är alla dina kunder: välj en, eller skriv ett annat namn.',
    'pick.customer.noneAtAll': 'Ingen kund matchar "{query}", och ditt konto i Partnercenter har inga kunder än.',
    'pick.customer.orList': 'Eller skriv "lista" för att se alla dina kunder.',
    'pick.customer.chooseLine': 'Finns den inte i listan? Skriv ett annat namn, eller "lista" för att se alla dina kunder.',
    'pick.customer.listTitle': 'Dina kunder, {from}–{to} av {total}. Vilken?',
    'pick.customer.listLine': 'Välj en, eller skriv ett namn för att söka.',
    'pick.customer.listLineMore': 'Välj en, välj "Fler kunder" för nästa, eller skriv ett namn för att söka.',
    'pick.customer.more': 'Fler kunder',
    'pick.among.none': 'Inget av {what} matchar "{query}". Skriv en del av ett namn eller ett ID, eller "lista" för att se alla.',
    'pick.among.several': 'Flera av {what} passar "{query}": {names}. Skriv mer av namnet, eller välj i listan.',
    'pick.among.closest': 'Inget av {what} är exakt "{query}": närmast är "{name}". Välj det, eller ett annat.',
    'pick.among.list': 'Här är alla {what}: välj med nummer eller namn.',
    'pick.what.product': 'produkterna',
    'pick.what.order': 'ordrarna',
    'pick.what.subscription': 'prenumerationerna',
    'pick.what.offer': 'erbjudandena',
    'pick.what.plan': 'planerna',
    'pick.what.deal': 'affärerna',
  },
  nl: {
    'pick.customer.tooShort':
      'Geef minstens twee tekens van de naam van de klant, het domein of de tenant-id, of typ "lijst" om al uw klanten te zien.',
    'pick.customer.none':
      'Geen klant komt overeen met "{query}". Typ een deel van de bedrijfsnaam, een domein zoals contoso.com of de tenant-id, of "lijst" om al uw klanten te zien.',
    'pick.customer.noneExample':
      'Ook met "{query}" komt geen klant overeen. Typ bijvoorbeeld "{name}" of "{domain}", of "lijst" om al uw klanten te zien.',
    'pick.customer.noneList': 'Geen klant komt overeen met "{query}". Hier zijn al uw klanten: kies er een, of typ een andere naam.',
    'pick.customer.noneAtAll': 'Geen klant komt overeen met "{query}", en uw Partnercentrum-account heeft nog geen klanten.',
    'pick.customer.orList': 'Of typ "lijst" om al uw klanten te zien.',
    'pick.customer.chooseLine': 'Staat de klant niet in de lijst? Typ een andere naam, of "lijst" om al uw klanten te zien.',
    'pick.customer.listTitle': 'Uw klanten, {from}–{to} van {total}. Welke?',
    'pick.customer.listLine': 'Kies er een, of typ een naam om te zoeken.',
    'pick.customer.listLineMore': 'Kies er een, kies "Meer klanten" voor de volgende, of typ een naam om te zoeken.',
    'pick.customer.more': 'Meer klanten',
    'pick.among.none':
      'Geen van {what} komt overeen met "{query}". Typ een deel van een naam of een id, of "lijst" om ze allemaal te zien.',
    'pick.among.several': 'Meerdere van {what} passen bij "{query}": {names}. Typ meer van de naam, of kies er een.',
    'pick.among.closest': 'Niets van {what} is precies "{query}": het dichtstbij komt "{name}". Kies het, of een ander.',
    'pick.among.list': 'Hier zijn al {what}: kies er een met het nummer of de naam.',
    'pick.what.product': 'de producten',
    'pick.what.order': 'de bestellingen',
    'pick.what.subscription': 'de abonnementen',
    'pick.what.offer': 'de aanbiedingen',
    'pick.what.plan': 'de plannen',
    'pick.what.deal': 'de deals',
  },
});
