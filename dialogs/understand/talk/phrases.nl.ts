import type { PhraseTable, TalkIntent } from '../intents';

/** Small talk in het Nederlands: groeten, bedanken, afscheid, "wat kun je?" en wat niet over Partner Center gaat. */
export const phrases: PhraseTable<TalkIntent> = {
  greeting: ['hallo daar', 'hey', 'hoi hoi', 'goedemiddag', 'goedenavond', 'dag', 'hallo assistent', 'hoi bot', 'hoe gaat het', 'alles goed', 'goeiedag'],
  thanks: ['dank je', 'dank u wel', 'hartelijk dank', 'bedankt voor je hulp', 'perfect, dank je', 'super bedankt', 'thanks', 'dat hielp'],
  goodbye: ['tot ziens', 'dag dag', 'doei doei', 'tot morgen', 'fijne dag', 'dat was het voor vandaag', 'welterusten', 'tot de volgende keer', 'ik ben klaar, tot ziens'],
  capabilities: ['wat kun je', 'wat doe je', 'hoe kun je me helpen', 'wat kan ik je vragen', 'welke functies heb je', 'laat zien wat je kunt', 'waar ben je voor', 'wie ben jij', 'hoe werkt dit', 'welke procedures ken je', 'opties'],
  'out-of-scope': ['hoe laat is het', 'wat is de hoofdstad van belgië', 'zing een liedje', 'boek een vergaderruimte', 'bestel een pizza', 'wie heeft de wedstrijd gewonnen', 'schrijf een gedicht', 'hoe oud ben je', 'wat is de zin van het leven', 'vertaal deze tekst', 'reset mijn windows-wachtwoord', 'gaat het regenen', 'speel muziek', 'raad een restaurant aan', 'hoeveel is 2 plus 2'],
};
