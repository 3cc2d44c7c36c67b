/**
 * `npm start`: the compiled assistant (dist/main.js), built first if it is missing or older
 * than the sources, so that a start never runs stale code and never compiles TypeScript.
 */
const { ensureBuilt, OUT } = require('./build');

if (ensureBuilt()) console.log('Built the assistant (dist/main.js).');
require(OUT);
