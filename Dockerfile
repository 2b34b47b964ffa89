# The production path of the README in a container (build with dev dependencies; run without them, as a non-root
# user). The same steps run by hand and in CI (scripts/ci-production-path.sh); the image itself was not built on the
# machine this was written on (no Docker engine there). Run it with compose.yaml (PostgreSQL 15 beside it).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY seeds ./seeds
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY scripts/run.js ./scripts/run.js
# The dashboard's bundle, committed and served at / (built by `npm run build:web`, not in the image build).
COPY web/dist ./web/dist
USER node
EXPOSE 4000
# /ready: the database answers and no migration is pending. Node's fetch: the slim image has no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself, not npm start: SIGTERM from `docker stop` then reaches the service, which finishes in-flight requests.
CMD ["node", "dist/src/main.js"]
