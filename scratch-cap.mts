import { asksCapabilities, beforeCapabilitiesAsked } from './dialogs/understand/talk/closed-words.ts';
import { forModel } from './dialogs/understand/recognizer.ts';
const t = process.argv[2];
console.log(asksCapabilities(t), beforeCapabilitiesAsked(t), forModel('c est quoi que tu peux faire pour moi dans partner center?'));
console.log(asksCapabilities('c est quoi que tu peux faire pour moi dans partner center?'));
