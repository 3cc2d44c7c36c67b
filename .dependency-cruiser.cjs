/**
 * The layers of the assistant (see DESIGN.md): bot -> dialogs -> domain, cards pure.
 * `npm test` runs this check (npm run lint:layers) so a wrong import fails CI.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-plain',
      comment: 'domain/ holds the model and the rules: no state machines, no Bot Framework, no cards, no upper layer.',
      severity: 'error',
      from: { path: '^domain/' },
      to: { path: ['^(bot|dialogs|cards)/', 'node_modules/(xstate|botbuilder[^/]*|botframework-[^/]+|adaptivecards|restify)/'] },
    },
    {
      name: 'cards-are-pure',
      comment: 'cards/ turns view models into cards and text: it imports only cards/ (and domain types).',
      severity: 'error',
      from: { path: '^cards/' },
      to: { path: ['^(bot|dialogs)/', 'node_modules/(xstate|botbuilder[^/]*|botframework-[^/]+|restify)/'] },
    },
    {
      name: 'dialogs-below-bot',
      comment: 'dialogs/ never reaches back into bot/ nor knows Bot Framework.',
      severity: 'error',
      from: { path: '^dialogs/' },
      to: { path: ['^bot/', 'node_modules/(botbuilder[^/]*|botframework-[^/]+|restify)/'] },
    },
    {
      name: 'no-cycles',
      comment: 'No import cycle, type-only imports included.',
      severity: 'error',
      from: { path: '^(bot|dialogs|domain|cards)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(node_modules|dist|data)/' },
  },
};
