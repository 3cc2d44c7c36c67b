# syntax=docker/dockerfile:1
# Partner Center Assistant: compiled, production dependencies only, non-root, with a health check.

# --- build: native modules (SQLite drivers) compile here with node-gyp, then TypeScript ---
FROM node:20-bookworm AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm rebuild better-sqlite3
COPY tsconfig.json ./
COPY scripts/build.js ./scripts/build.js
COPY bot ./bot
COPY dialogs ./dialogs
COPY domain ./domain
COPY cards ./cards
# One bundled file, dist/main.js, as `npm start` builds it.
RUN node scripts/build.js \
  && npm prune --omit=dev --no-audit --no-fund --ignore-scripts

# --- run: the same Debian release as the build, so the native modules load ---
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3978 LOG_FORMAT=json STORAGE_URL=sqlite:///app/data/assistant.sqlite
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3978
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# As `npm start` (test/tooling/start-flags.test.ts holds them equal): V8 lets the old generation
# grow to twice what survived its last full collection, not up to four times as it does under
# load by itself (a third less peak memory), and the young one to 32 MB per semi-space instead of
# 16 (half as many scavenges: a sixth less CPU per turn, about 40 MB more peak): BENCHMARKS.md.
CMD ["node", "--heap-growing-percent=100", "--max-semi-space-size=32", "--no-deprecation", "dist/main.js"]
