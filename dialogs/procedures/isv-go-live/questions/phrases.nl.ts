import type { PhraseTable } from '../../../understand/intents';

/** Vragen in het Nederlands die uit de regels worden beantwoord, zonder een procedure te starten. */
export const phrases: PhraseTable<'after-go-live'> = {
  'after-go-live': [
    'wat gebeurt er nadat de aanbieding live is gegaan',
    'hoe lang duurt live gaan',
    'wanneer is de aanbieding live',
    'wat toont de appsource-pagina als hij live is',
    'wanneer verschijnt mijn aanbieding op appsource',
    'hoeveel uur tot de aanbieding live is',
    'wat zien klanten na het live gaan',
    'wat gebeurt er als de offer live staat',
    'hoe lang duurt het voor de offer zichtbaar is na go live',
    'wat volgt er na de livegang',
    'na hoeveel tijd staat de aanbieding op appsource',
    'wat merken klanten als we live zijn',
    'moet ik nog iets doen nadat de aanbieding live is',
    'wanneer kunnen klanten de offer vinden na het live zetten',
    'wat is de volgende stap als we live zijn',
    'wat gebeurt er zodra onze app eenmaal live in de winkel staat',
    'wat moet ik verwachten na de go live van crm-sync',
    'hoe lang duurt het na de golive voor hij op appsource staat',
    'en daarna, als de offer live is, wat dan',
    'wat ziet een klant zodra onze app openbaar is',
  ],
};
