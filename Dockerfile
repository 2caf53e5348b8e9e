# One image per deployable:  docker build --build-arg SERVICE=services/requisition .   (or SERVICE=gateway)
# The Node.js of .node-version (infra/test/node-runtime.test.ts checks that they agree).
ARG NODE_IMAGE=node:24.22.3-bookworm-slim

# Only the manifests, so the dependency layer is rebuilt only when a package.json or the lock changes.
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
RUN mkdir /out && cp package.json package-lock.json /out/ \
 && find packages services infra gateway -maxdepth 2 -name package.json -exec cp --parents {} /out/ \;

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY --from=manifests /out/ ./
RUN npm ci --no-audit --no-fund
COPY . .
# Contracts from proto/ (buf ships inside its npm package), then swc for every workspace.
RUN npm run build -- --code-only \
 && npm prune --omit=dev --no-audit --no-fund \
 && rm -rf proto bench e2e docs .ci .data

FROM ${NODE_IMAGE}
ARG SERVICE
ENV NODE_ENV=production SERVICE=${SERVICE}
WORKDIR /app
COPY --from=build --chown=node:node /app ./
# The offer service draws Chinese offer letters into PDFs: it needs a CJK font (OFFER_PDF_FONT).
RUN if [ "$SERVICE" = services/offer ]; then \
      apt-get update -qq && apt-get install -y -qq --no-install-recommends fonts-wqy-microhei && rm -rf /var/lib/apt/lists/*; \
    fi
RUN { test -n "$SERVICE" && test -f "$SERVICE/dist/main.js"; } || { echo "build with --build-arg SERVICE=<services/name|gateway>"; exit 1; } \
 && mkdir -p .data && chown node:node .data
USER node
CMD ["sh", "-c", "exec node --enable-source-maps \"$SERVICE/dist/main.js\""]
