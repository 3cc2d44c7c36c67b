import type { PhraseTable } from '../../../understand/intents';

/** Vragen in het Nederlands die uit de regels worden beantwoord, zonder een procedure te starten. */
export const phrases: PhraseTable<'reservation-markets' | 'hybrid-benefit'> = {
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
};
