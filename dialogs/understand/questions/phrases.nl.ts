import type { PhraseTable, QuestionIntent } from '../intents';

/** Vragen in het Nederlands die uit de regels worden beantwoord, zonder een procedure te starten. */
export const phrases: PhraseTable<QuestionIntent> = {
  'reservation-markets': [
    'waar zijn azure-reserveringen niet beschikbaar',
    'welke landen kunnen geen azure-reserveringen kopen',
    'lijst van markten zonder azure-reserveringen',
    'zijn azure-reserveringen beschikbaar op réunion',
    'kan mijn klant op de seychellen gereserveerde instanties krijgen',
    'kun je reserveringen verkopen in kosovo',
    'welke markten zijn uitgesloten van azure-reserveringen',
    'kan deze klant een reservering kopen',
    'beschikbaarheid van reserveringen per land',
  ],
  'hybrid-benefit': [
    'wat houdt azure hybrid benefit in',
    'hoe werkt hybrid benefit',
    'vertel me over azure hybrid benefit',
    'hoeveel bespaart hybrid benefit',
    "kunnen windows server-licenties de kosten van azure-vm's verlagen",
    'hybride voordeel van azure',
    'software assurance-korting voor virtuele machines in azure',
  ],
  'cancellation-window': [
    'hoe lang kan een aankoop geannuleerd worden',
    'tot wanneer kan ik een bestelling annuleren',
    'hoeveel dagen heb ik om software te annuleren',
    'wat is de annuleringsperiode',
    'is er een deadline om een aankoop te annuleren',
    'kan ik na 60 dagen nog annuleren',
    'annuleringsbeleid voor software',
    'hoe lang is de termijn voor terugbetaling',
    'kunnen suse-plannen geannuleerd worden',
  ],
  'missing-product': [
    'waarom ontbreekt een product',
    'waarom staat het product niet in de catalogus',
    'waarom zie ik een product niet voor deze klant',
    'waarom is een aanbieding niet beschikbaar voor mijn klant',
    'een product verschijnt niet in de lijst',
    'waar is het product dat ik zoek',
    'product niet beschikbaar voor onderwijsklanten',
  ],
  'after-go-live': [
    'wat gebeurt er nadat de aanbieding live is gegaan',
    'hoe lang duurt live gaan',
    'wanneer is de aanbieding live',
    'wat toont de appsource-pagina als hij live is',
    'wanneer verschijnt mijn aanbieding op appsource',
    'hoeveel uur tot de aanbieding live is',
    'wat zien klanten na het live gaan',
  ],
};
