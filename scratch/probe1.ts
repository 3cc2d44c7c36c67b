import { evaluate } from '../test/understand/evaluate';
(async () => {
  const cases: Record<string, [string, string][]> = {
    sv: [['hej! kan du visa prenumerationerna för fabrikam', 'customer-subscriptions'], ['kan du visa prenumerationerna för fabrikam', 'customer-subscriptions'], ['visa prenumerationerna för fabrikam', 'customer-subscriptions']],
    nl: [['ik wil de licenties van contoso verhogen naar 25', 'manage-subscription'], ['licenties van contoso verhogen naar 25', 'manage-subscription'], ['verhoog de licenties van contoso naar 25', 'manage-subscription']],
  };
  for (const [lang, cs] of Object.entries(cases)) { const r = await evaluate(lang as any, cs); for (const o of r.outcomes) console.log(lang, o.correct ? 'ok ' : 'BAD', o.text, '->', o.got); }
})();
