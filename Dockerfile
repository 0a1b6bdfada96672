# syntax=docker/dockerfile:1

# One image for every process of the platform: the API (default command), the worker,
# the department simulator and the one-shot jobs (migrations, search attribute setup).
ARG NODE_IMAGE=node:20-bookworm-slim

# ---- deps: full install; compiling and bundling need the dev tooling ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
# Opts out of the install-time analytics call of a transitive dependency.
ENV SCARF_ANALYTICS=false
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund

# ---- build: TypeScript to dist/, the workflow bundle so workers start without webpack, the staff console ----
FROM deps AS build
COPY . .
RUN npm run build \
 && node dist/libs/temporal/src/cli/bundle-workflows.js dist/workflow-bundle.js \
 && npm run console:build

# ---- prod-deps: runtime dependencies only ----
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts only serve local tooling (embedded PostgreSQL binaries, analytics), not the runtime.
# The Temporal native bridge ships prebuilt binaries for every OS; only the Linux ones can load here.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/@temporalio/core-bridge/releases/*-apple-darwin \
           node_modules/@temporalio/core-bridge/releases/*-windows-*

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    API_HOST=0.0.0.0 \
    WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
WORKDIR /app
# Files stay owned by root: the processes only read them.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
# The staff console, served by the API at `/`.
COPY --from=build /app/apps/console/dist ./apps/console/dist
# The official Node images ship this unprivileged user (uid 1000).
USER node
EXPOSE 3000 3100
CMD ["node", "dist/apps/api/src/main.js"]
