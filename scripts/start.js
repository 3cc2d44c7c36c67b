/**
 * `npm start`: the compiled assistant (dist/main.js), built first if it is missing or older
 * than the sources, so that a start never runs stale code and never compiles TypeScript.
 * The code it loads is compiled with V8's code cache (scripts/compile-cache.js), kept when the
 * process stops: the next start skips most of the compiling.
 */
const { join } = require('node:path');
const { ensureBuilt, OUT } = require('./build');
const { enableCompileCache } = require('./compile-cache');

if (ensureBuilt()) console.log('Built the assistant (dist/main.js).');
const saveCompileCache = enableCompileCache(join(__dirname, '..', 'dist', 'compile-cache.bin'));
process.once('exit', saveCompileCache);
require(OUT);
