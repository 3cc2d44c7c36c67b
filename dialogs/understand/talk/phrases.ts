import type { Lang } from '../../nlu/text';
import type { PhraseTable, TalkIntent } from '../intents';
import { phrases as en } from './phrases.en';
import { phrases as fr } from './phrases.fr';
import { phrases as nl } from './phrases.nl';
import { phrases as sv } from './phrases.sv';

export const TALK_PHRASES: Record<Lang, PhraseTable<TalkIntent>> = { en, fr, sv, nl };
