import { defineArea } from './types';

/** What the assistant says when an answer does not fit what the question expects: what was expected, with an example. */
export const answersStrings = defineArea({
  en: {
    'answers.back.wall':
      'I can\'t go back past a change already made in Partner Center: {done}. That stays as it is. You can still answer the current question ({step}), or type "cancel" to stop here.',
    'answers.dropped.changed': 'Stopped. Already done in Partner Center, and kept: {done}.',
    'answers.resume.dropped.changed': 'Dropped "{procedure}". Already done in Partner Center, and kept: {done}.',
    'answers.committed.kept': 'Done in Partner Center: {done}. "back" from here changes only what comes next.',
    'answers.expected.yesNo': '"{text}" is not a yes or a no. Answer "yes" or "no".',
    'answers.expected.integer': '"{text}" is not a whole number from {min} to {max}. Type one, for example {example} or "twelve".',
    'answers.expected.integerAtLeast': '"{text}" is not a whole number of at least {min}. Type one, for example {example} or "twelve".',
    'answers.expected.amount': '"{text}" is not an amount I can read. Type one, for example {example}.',
    'answers.expected.amountBounds': '"{text}" is not an amount from {min} to {max}. Type one, for example {example}.',
    'answers.expected.currency':
      '"{text}" is in {given}, and this amount is asked in {currency}. Type it in {currency}, for example {example}.',
    'answers.expected.date': '"{text}" is not a date I can read. Type one, for example {example}, "2026-12-31" or "tomorrow".',
    'answers.expected.dateRange':
      '"{text}" is not a date range I can read. Type one, for example "2026-11-01 to 2026-11-20", "11/01/2026 - 11/20/2026", "last month" or "last 7 days".',
    'answers.expected.email': '"{text}" is not an email address. Type one, for example megan@contoso.com.',
    'answers.expected.phone': '"{text}" is not a phone number. Type one, for example +1 425 555 0100.',
    'answers.expected.choice': '"{text}" is not one of the choices. Type its number, its name or a part of it, for example "{example}".',
    'answers.several': '"{text}" fits more than one choice: {choices}. Which one?',
    'answers.escalate.list': 'Here are the choices again; type the number or the name of the one you want:\n{items}',
    'answers.escalate.item': '{n}. {label}',
    'answers.next': 'What next? Type "menu" to see everything I can do, or say what you want.',
  },
  fr: {
    'answers.back.wall':
      "Je ne peux pas revenir avant une modification déjà faite dans l'Espace partenaires : {done}. Elle reste telle quelle. Vous pouvez toujours répondre à la question en cours ({step}), ou taper « annuler » pour arrêter ici.",
    'answers.dropped.changed': "Arrêté. Déjà fait dans l'Espace partenaires, et conservé : {done}.",
    'answers.resume.dropped.changed': "« {procedure} » abandonnée. Déjà fait dans l'Espace partenaires, et conservé : {done}.",
    'answers.committed.kept': "Fait dans l'Espace partenaires : {done}. « retour » à partir d'ici ne modifie que la suite.",
    'answers.expected.yesNo': "« {text} » n'est ni un oui ni un non. Répondez « oui » ou « non ».",
    'answers.expected.integer': "« {text} » n'est pas un nombre entier de {min} à {max}. Tapez-en un, par exemple {example} ou « douze ».",
    'answers.expected.integerAtLeast':
      "« {text} » n'est pas un nombre entier d'au moins {min}. Tapez-en un, par exemple {example} ou « douze ».",
    'answers.expected.amount': "« {text} » n'est pas un montant que je sais lire. Tapez-en un, par exemple {example}.",
    'answers.expected.amountBounds': "« {text} » n'est pas un montant de {min} à {max}. Tapez-en un, par exemple {example}.",
    'answers.expected.currency':
      '« {text} » est en {given}, et ce montant est demandé en {currency}. Tapez-le en {currency}, par exemple {example}.',
    'answers.expected.date':
      "« {text} » n'est pas une date que je sais lire. Tapez-en une, par exemple {example}, « 31/12/2026 » ou « demain ».",
    'answers.expected.dateRange':
      "« {text} » n'est pas une plage de dates que je sais lire. Tapez-en une, par exemple « 01/11/2026 au 20/11/2026 », « du 1er au 20 novembre », « le mois dernier » ou « 7 derniers jours ».",
    'answers.expected.email': "« {text} » n'est pas une adresse e-mail. Tapez-en une, par exemple megan@contoso.com.",
    'answers.expected.phone': "« {text} » n'est pas un numéro de téléphone. Tapez-en un, par exemple +33 1 23 45 67 89.",
    'answers.expected.choice':
      "« {text} » n'est pas l'une des options. Tapez son numéro, son nom ou une partie de celui-ci, par exemple « {example} ».",
    'answers.several': '« {text} » correspond à plusieurs options : {choices}. Laquelle ?',
    'answers.escalate.list': 'Voici à nouveau les options ; tapez le numéro ou le nom de celle que vous voulez :\n{items}',
    'answers.escalate.item': '{n}. {label}',
    'answers.next': 'Et ensuite ? Tapez « menu » pour voir tout ce que je sais faire, ou dites ce que vous voulez.',
  },
  sv: {
    'answers.back.wall':
      'Jag kan inte gå tillbaka förbi en ändring som redan är gjord i Partnercenter: {done}. Den står kvar. Du kan fortfarande svara på den aktuella frågan ({step}), eller skriva "avbryt" för att sluta här.',
    'answers.dropped.changed': 'Avbrutet. Redan gjort i Partnercenter, och kvar: {done}.',
    'answers.resume.dropped.changed': '"{procedure}" avbröts. Redan gjort i Partnercenter, och kvar: {done}.',
    'answers.committed.kept': 'Gjort i Partnercenter: {done}. "tillbaka" härifrån ändrar bara det som kommer sedan.',
    'answers.expected.yesNo': '"{text}" är varken ett ja eller ett nej. Svara "ja" eller "nej".',
    'answers.expected.integer': '"{text}" är inte ett heltal från {min} till {max}. Skriv ett, till exempel {example} eller "tolv".',
    'answers.expected.integerAtLeast': '"{text}" är inte ett heltal på minst {min}. Skriv ett, till exempel {example} eller "tolv".',
    'answers.expected.amount': '"{text}" är inte ett belopp jag kan läsa. Skriv ett, till exempel {example}.',
    'answers.expected.amountBounds': '"{text}" är inte ett belopp från {min} till {max}. Skriv ett, till exempel {example}.',
    'answers.expected.currency':
      '"{text}" är i {given}, och beloppet ska anges i {currency}. Skriv det i {currency}, till exempel {example}.',
    'answers.expected.date': '"{text}" är inte ett datum jag kan läsa. Skriv ett, till exempel {example}, "2026-12-31" eller "imorgon".',
    'answers.expected.dateRange':
      '"{text}" är inte ett datumintervall jag kan läsa. Skriv ett, till exempel "2026-11-01 till 2026-11-20", "från 1 november till 20 november", "förra månaden" eller "senaste 7 dagarna".',
    'answers.expected.email': '"{text}" är inte en e-postadress. Skriv en, till exempel megan@contoso.com.',
    'answers.expected.phone': '"{text}" är inte ett telefonnummer. Skriv ett, till exempel +46 8 123 456 78.',
    'answers.expected.choice':
      '"{text}" är inte ett av alternativen. Skriv dess nummer, dess namn eller en del av det, till exempel "{example}".',
    'answers.several': '"{text}" passar flera alternativ: {choices}. Vilket?',
    'answers.escalate.list': 'Här är alternativen igen; skriv numret eller namnet på det du vill ha:\n{items}',
    'answers.escalate.item': '{n}. {label}',
    'answers.next': 'Vad vill du göra nu? Skriv "meny" för att se allt jag kan göra, eller säg vad du vill.',
  },
  nl: {
    'answers.back.wall':
      'Ik kan niet teruggaan voorbij een wijziging die al in Partnercentrum is gemaakt: {done}. Die blijft zoals ze is. U kunt de huidige vraag ({step}) nog beantwoorden, of "annuleren" typen om hier te stoppen.',
    'answers.dropped.changed': 'Gestopt. Al gedaan in Partnercentrum, en behouden: {done}.',
    'answers.resume.dropped.changed': '"{procedure}" gestopt. Al gedaan in Partnercentrum, en behouden: {done}.',
    'answers.committed.kept': 'Gedaan in Partnercentrum: {done}. "terug" vanaf hier wijzigt alleen wat volgt.',
    'answers.expected.yesNo': '"{text}" is geen ja of nee. Antwoord "ja" of "nee".',
    'answers.expected.integer': '"{text}" is geen geheel getal van {min} tot {max}. Typ er een, bijvoorbeeld {example} of "twaalf".',
    'answers.expected.integerAtLeast': '"{text}" is geen geheel getal van minstens {min}. Typ er een, bijvoorbeeld {example} of "twaalf".',
    'answers.expected.amount': '"{text}" is geen bedrag dat ik kan lezen. Typ er een, bijvoorbeeld {example}.',
    'answers.expected.amountBounds': '"{text}" is geen bedrag van {min} tot {max}. Typ er een, bijvoorbeeld {example}.',
    'answers.expected.currency':
      '"{text}" is in {given}, en dit bedrag wordt gevraagd in {currency}. Typ het in {currency}, bijvoorbeeld {example}.',
    'answers.expected.date': '"{text}" is geen datum die ik kan lezen. Typ er een, bijvoorbeeld {example}, "31-12-2026" of "morgen".',
    'answers.expected.dateRange':
      '"{text}" is geen datumbereik dat ik kan lezen. Typ er een, bijvoorbeeld "1-11-2026 tot 20-11-2026", "van 1 november tot 20 november", "vorige maand" of "afgelopen 7 dagen".',
    'answers.expected.email': '"{text}" is geen e-mailadres. Typ er een, bijvoorbeeld megan@contoso.com.',
    'answers.expected.phone': '"{text}" is geen telefoonnummer. Typ er een, bijvoorbeeld +31 20 123 4567.',
    'answers.expected.choice': '"{text}" is geen van de opties. Typ het nummer, de naam of een deel ervan, bijvoorbeeld "{example}".',
    'answers.several': '"{text}" past bij meer dan één optie: {choices}. Welke?',
    'answers.escalate.list': 'Hier zijn de opties nog eens; typ het nummer of de naam van de optie die u wilt:\n{items}',
    'answers.escalate.item': '{n}. {label}',
    'answers.next': 'Wat nu? Typ "menu" om alles te zien wat ik kan, of zeg wat u wilt.',
  },
});
