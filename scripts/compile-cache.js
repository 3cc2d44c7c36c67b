/**
 * V8's code cache for the CommonJS files a start loads (the bundle and the few packages left
 * outside it): a start after the first one compiles almost none of them again. Node 22 has this
 * built in (module.enableCompileCache); on Node 20 the loader's compile step is wrapped here.
 *
 * The cache is one file: an index (file name, a hash of its source, where its data is) and the
 * data. V8 checks that data fits its version and flags and rejects it otherwise; the source's
 * own hash is ours, because V8 checks only the source's length. Written once the start is done
 * (the functions it ran are compiled by then), when anything was missing or rejected.
 */
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

const VERSION = `${process.version}/${process.arch}/1`;

function hashOf(source) {
  return createHash('sha1').update(source).digest('base64');
}

function readCache(file) {
  try {
    const blob = readFileSync(file);
    const indexLength = blob.readUInt32LE(0);
    const index = JSON.parse(blob.subarray(4, 4 + indexLength).toString('utf8'));
    if (index.version !== VERSION) return new Map();
    const body = 4 + indexLength;
    return new Map(
      index.entries.map(([name, hash, from, length]) => [name, { hash, data: blob.subarray(body + from, body + from + length) }]),
    );
  } catch {
    return new Map();
  }
}

/** How long a start loads its code: after that, a cache that fitted is let go (its memory with it). */
const SETTLED_MS = 20_000;

/** Compiles the CommonJS files loaded from now on with the cache in `file`; returns `save`. */
function enableCompileCache(file) {
  let cached = readCache(file);
  const compiled = new Map();
  let stale = false;
  let settled = false;
  // Everything fitted: nothing to save, so neither the cache file's data nor the scripts are kept.
  setTimeout(() => {
    settled = true;
    cached = new Map();
    if (!stale) compiled.clear();
  }, SETTLED_MS).unref();
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileWithCache(content, filename) {
    // ES modules and anything unusual take Node's own path.
    if (!/\.c?js$/.test(filename)) return compile.call(this, content, filename);
    const hash = hashOf(content);
    const entry = cached.get(filename);
    let script;
    try {
      script = new vm.Script(Module.wrap(content), {
        filename,
        cachedData: entry && entry.hash === hash ? entry.data : undefined,
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
    } catch {
      return compile.call(this, content, filename);
    }
    cached.delete(filename);
    // Once a start that fitted has settled, what it loads later is compiled as Node does and not saved.
    if (!settled || stale) {
      if (!entry || entry.hash !== hash || script.cachedDataRejected) stale = true;
      compiled.set(filename, { script, hash });
    }
    const wrapper = script.runInThisContext({ displayErrors: true });
    const require = makeRequire(this);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  return function save() {
    if (!stale) return;
    const entries = [];
    const parts = [];
    let at = 0;
    for (const [name, { script, hash }] of compiled) {
      const data = script.createCachedData();
      entries.push([name, hash, at, data.length]);
      parts.push(data);
      at += data.length;
    }
    const index = Buffer.from(JSON.stringify({ version: VERSION, entries }), 'utf8');
    const head = Buffer.alloc(4);
    head.writeUInt32LE(index.length, 0);
    try {
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, Buffer.concat([head, index, ...parts]));
      renameSync(tmp, file);
      stale = false;
    } catch {
      // A read-only install starts as fast as before, no faster.
    }
  };
}

/** The `require` Node gives a module: resolved from it, with its cache and main. */
function makeRequire(mod) {
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

module.exports = { enableCompileCache };
