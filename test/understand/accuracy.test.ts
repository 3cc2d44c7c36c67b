import { LANGS } from '../../dialogs/understand/recognizer';
import { evaluate, formatReport, type LangReport } from './evaluate';

/** The goal of the recognizer on the held-out first messages of test/understand/eval/. */
const MIN_RIGHT = 0.9;
const MAX_WRONG_PROCEDURES = 0.02;

describe('the recognizer on the held-out evaluation set', () => {
  const reports: LangReport[] = [];

  beforeAll(async () => {
    for (const lang of LANGS) reports.push(await evaluate(lang));
  });

  afterAll(() => {
    // The whole report, so that a failure shows what was confused.
    if (reports.some((r) => r.correct / r.total < MIN_RIGHT || r.wrongProcedures / r.total > MAX_WRONG_PROCEDURES))
      console.log(formatReport(reports));
  });

  it.each(LANGS)('%s: at least 90% right and at most 2% wrong procedures', (lang) => {
    const r = reports.find((x) => x.lang === lang)!;
    expect({ lang, right: r.correct / r.total >= MIN_RIGHT, wrongProcedures: r.wrongProcedures / r.total <= MAX_WRONG_PROCEDURES }).toEqual(
      { lang, right: true, wrongProcedures: true },
    );
  });
});
