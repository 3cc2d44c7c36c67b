// node --import tsx scratch-why.mts <lang> "<text>" ...
import { demoNames, readIntent } from './test/understand/evaluate.ts';
import { readNames } from './dialogs/understand/mask.ts';
import { sharedRecognizer } from './dialogs/understand/catalogue.ts';
import { PROCEDURES } from './dialogs/registry.ts';
import { mainClause } from './dialogs/understand/main-clause.ts';
import { askingSentence } from './dialogs/understand/asking.ts';
import { afterGreeting } from './dialogs/understand/talk/closed-words.ts';
import { fold } from './dialogs/nlu/text.ts';
import { weighNamed } from './dialogs/understand/named-kinds.ts';
const [lang, ...texts] = process.argv.slice(2);
const rec = await sharedRecognizer(PROCEDURES);
const byId = new Map(PROCEDURES.map((p) => [p.id, p]));
for (const text of texts) {
  const known = await demoNames(text);
  const { said, kinds } = readNames(text, known);
  console.log(`\n«${text}» -> ${await readIntent(lang as any, text)}`);
  console.log(`  greet=${afterGreeting(text) ?? '-'} | asking=${askingSentence(text) ?? '-'} | main=${mainClause(text)}`);
  console.log(`  said=«${said}» kinds=[${[...kinds]}] claimed=${PROCEDURES.filter((p) => p.claims?.(fold(text), kinds)).map((p) => p.id)} asked=${PROCEDURES.flatMap((p) => p.questions ?? []).filter((q) => q.asks?.(text)).map((q) => q.id)}`);
  const r = rec.read(said, lang as any);
  const ranked = weighNamed(await r.rank(), kinds, byId).slice(0, 4);
  console.log(`  inf=${r.informative} rel=${r.relevant} known=${r.known} :: ` + ranked.map((x) => `${x.intent} ${x.score.toFixed(2)}`).join(', '));
}
process.exit(0);
