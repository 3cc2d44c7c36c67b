import type { PhraseTable } from '../../../understand/intents';

/** Frågor på svenska som besvaras ur reglerna, utan att starta en procedur. */
export const phrases: PhraseTable<'cancellation-window'> = {
  'cancellation-window': [
    'hur länge kan ett köp avbrytas',
    'fram till när kan jag avbryta en order',
    'hur många dagar har jag på mig att avbryta programvara',
    'vad är avbokningsperioden',
    'finns det en sista dag för att avbryta ett köp',
    'kan jag avbryta efter 60 dagar',
    'regler för avbokning av programvara',
    'hur lång är återbetalningsperioden',
    'kan suse-planer avbrytas',
    'hur länge har jag på mig att ångra en order',
    'hur många dagar efter köpet går det att avbryta',
    'när går tiden ut för att avbryta en programvaruorder',
    'finns det en deadline för att häva ett köp',
    'går det fortfarande att avbryta efter en månad',
    'hur lång ångerrätt har vi på programvaruköp',
    'inom vilken tid måste en avbokning göras',
    'tidsgräns för att makulera en beställning',
    'hur manga dagar far man pa sig att avbryta',
    'om kunden ångrar sig efter ett köp, hur många dagar har vi på oss',
    'hur snabbt måste man vara om man vill ångra ett programköp',
    'cxl window för sw-köp, hur många dagar',
    'hur långt är cancellation window för perpetual sw',
  ],
};
