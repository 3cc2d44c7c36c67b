import { defineArea } from './types';

/** What the assistant says when it protects a run, a secret or a change from the wrong hands. */
export const securityStrings = defineArea({
  en: {
    'security.notYourRun':
      '{owner} started "{procedure}" in this conversation, so only {owner} can answer its questions, go back, cancel or confirm. Nothing was changed. To do something yourself, write to me in a one-to-one chat, or here once that procedure has ended.',
    'security.secret.hidden': '(not shown here: other people can read this conversation)',
    'security.secret.sent':
      'Product keys and links are not shown here, where other people can read them: I sent them to you in a one-to-one chat.',
    'security.secret.where':
      'Product keys and links are not shown here, where other people can read them. Ask me again in a one-to-one chat, or get them in Partner Center.',
    'security.secret.intro': 'You asked for this in a conversation with other people; here it is, just for you:',
    'security.changed':
      "Partner Center's data changed after you saw that summary (someone else made a change meanwhile), so I did not apply yours. Here is the current state: check it and confirm again.",
    'log.action.foreign-run': "Answer to another user's procedure",
    'security.changedNow':
      "Partner Center's data changed after you saw that summary (someone else made a change meanwhile), so I did not apply yours. Here is how it is now:",
  },
  fr: {
    'security.notYourRun':
      "{owner} a lancé « {procedure} » dans cette conversation : seul(e) {owner} peut répondre à ses questions, revenir en arrière, annuler ou confirmer. Rien n'a été modifié. Pour faire quelque chose vous-même, écrivez-moi dans une conversation privée, ou ici quand cette procédure sera terminée.",
    'security.secret.hidden': "(non affiché ici : d'autres personnes lisent cette conversation)",
    'security.secret.sent':
      "Les clés de produit et les liens ne sont pas affichés ici, où d'autres personnes peuvent les lire : je vous les ai envoyés dans une conversation privée.",
    'security.secret.where':
      "Les clés de produit et les liens ne sont pas affichés ici, où d'autres personnes peuvent les lire. Redemandez-les-moi dans une conversation privée, ou obtenez-les dans l'Espace partenaires.",
    'security.secret.intro': "Vous avez demandé ceci dans une conversation avec d'autres personnes ; le voici, pour vous seul(e) :",
    'security.changed':
      "Les données de l'Espace partenaires ont changé depuis que vous avez vu ce récapitulatif (quelqu'un d'autre a fait une modification entre-temps) : je n'ai donc pas appliqué la vôtre. Voici l'état actuel : vérifiez-le et confirmez à nouveau.",
    'log.action.foreign-run': "Réponse à la procédure d'un autre utilisateur",
    'security.changedNow':
      "Les données de l'Espace partenaires ont changé depuis que vous avez vu ce récapitulatif (quelqu'un d'autre a fait une modification entre-temps) : je n'ai donc pas appliqué la vôtre. Voici l'état actuel :",
  },
  sv: {
    'security.notYourRun':
      '{owner} startade "{procedure}" i den här konversationen, så bara {owner} kan svara på dess frågor, gå tillbaka, avbryta eller bekräfta. Inget har ändrats. Vill du göra något själv kan du skriva till mig i en privat chatt, eller här när den proceduren är klar.',
    'security.secret.hidden': '(visas inte här: andra personer kan läsa den här konversationen)',
    'security.secret.sent':
      'Produktnycklar och länkar visas inte här, där andra personer kan läsa dem: jag skickade dem till dig i en privat chatt.',
    'security.secret.where':
      'Produktnycklar och länkar visas inte här, där andra personer kan läsa dem. Fråga mig igen i en privat chatt, eller hämta dem i Partnercenter.',
    'security.secret.intro': 'Du bad om det här i en konversation med andra personer; här är det, bara för dig:',
    'security.changed':
      'Uppgifterna i Partnercenter har ändrats sedan du såg sammanfattningen (någon annan gjorde en ändring under tiden), så jag genomförde inte din. Här är det aktuella läget: kontrollera det och bekräfta igen.',
    'log.action.foreign-run': 'Svar på en annan användares procedur',
    'security.changedNow':
      'Uppgifterna i Partnercenter har ändrats sedan du såg sammanfattningen (någon annan gjorde en ändring under tiden), så jag genomförde inte din. Så här ser det ut nu:',
  },
  nl: {
    'security.notYourRun':
      '{owner} is "{procedure}" in dit gesprek gestart, dus alleen {owner} kan de vragen beantwoorden, teruggaan, annuleren of bevestigen. Er is niets gewijzigd. Wilt u zelf iets doen, schrijf me dan in een privégesprek, of hier zodra die procedure klaar is.',
    'security.secret.hidden': '(hier niet getoond: andere mensen lezen dit gesprek)',
    'security.secret.sent':
      'Productsleutels en koppelingen worden hier niet getoond, waar anderen ze kunnen lezen: ik heb ze u in een privégesprek gestuurd.',
    'security.secret.where':
      'Productsleutels en koppelingen worden hier niet getoond, waar anderen ze kunnen lezen. Vraag het me opnieuw in een privégesprek, of haal ze op in Partnercentrum.',
    'security.secret.intro': 'U hebt hierom gevraagd in een gesprek met andere mensen; hier is het, alleen voor u:',
    'security.changed':
      'De gegevens in Partnercentrum zijn gewijzigd nadat u die samenvatting zag (iemand anders heeft intussen iets gewijzigd), dus ik heb uw wijziging niet doorgevoerd. Dit is de huidige stand: controleer die en bevestig opnieuw.',
    'log.action.foreign-run': 'Antwoord op de procedure van een andere gebruiker',
    'security.changedNow':
      'De gegevens in Partnercentrum zijn gewijzigd nadat u die samenvatting zag (iemand anders heeft intussen iets gewijzigd), dus ik heb uw wijziging niet doorgevoerd. Zo staat het er nu voor:',
  },
});
