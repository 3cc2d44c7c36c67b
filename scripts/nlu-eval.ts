import { LANGS } from '../dialogs/understand/recognizer';
import { evaluate, formatReport } from '../test/understand/evaluate';

/** `npm run nlu:eval`: the recognizer on the held-out first messages of test/understand/eval/. */
async function main(): Promise<void> {
  const started = Date.now();
  const reports = [];
  for (const lang of LANGS) reports.push(await evaluate(lang));
  console.log(formatReport(reports));
  console.log(`\n(trained and evaluated in ${Date.now() - started} ms)`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
