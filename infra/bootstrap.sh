#!/usr/bin/env bash
# Prepares this machine to run or test the system. Idempotent: every step is skipped when already
# satisfied, so a second run takes seconds.
#   --test   also the tools the tests need (docker-compose)
# Steps: Node.js (the pinned LTS when the machine's is older), apt packages, npm dependencies, then
# `npm run build` (FerretDB, contracts, compile: infra/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=infra/shell-helpers.sh
source infra/shell-helpers.sh

TEST=0
for arg in "$@"; do
  case "$arg" in
    --test) TEST=1 ;;
    *) echo "usage: bootstrap.sh [--test]" >&2; exit 2 ;;
  esac
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "bootstrap: need root to run: $*" >&2; exit 1; fi; }

# --- Node.js ------------------------------------------------------------------------------------
# infra/node-runtime.sh names the pinned LTS when the machine's node is older (fetched once into a
# cache), and node_modules/.bin/node then points at it: npm puts that directory first on PATH for
# every script, so `npm start`, `npm test`, `npx …` and every process they spawn (process.execPath)
# run on it.
NODE_LINK=node_modules/.bin/node
PROJECT_NODE=

step_node() {
  local dir; dir=$(bash infra/node-runtime.sh)
  if [ -z "$dir" ]; then
    # A link left by an earlier run would shadow the machine's own (new enough) node.
    if [ -L "$NODE_LINK" ]; then rm -f "$NODE_LINK"; fi
    return
  fi
  PROJECT_NODE="$dir/node"
  # Every later step (npm ci, buf's plugins, swc) runs on it too.
  export PATH="$dir:$PATH"
}

# After npm (npm ci recreates node_modules).
link_node() {
  if [ -z "$PROJECT_NODE" ]; then return; fi
  mkdir -p "$(dirname "$NODE_LINK")"
  ln -sfn "$PROJECT_NODE" "$NODE_LINK"
}

# --- Debian packages --------------------------------------------------------------------------
step_apt() {
  local want=() missing=()
  [ -z "${AMQP_URL:-}" ] && want+=(rabbitmq-server)
  # PostgreSQL: the storage of the embedded FerretDB (an own cluster under DATA_DIR, never the system one).
  [ -z "${MONGO_URL:-}" ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && want+=(postgresql)
  # fonts-wqy-microhei: the CJK font the offer service draws offer-letter PDFs with (OFFER_PDF_FONT).
  want+=(fonts-wqy-microhei)
  [ "$TEST" = 1 ] && want+=(docker-compose)
  for p in "${want[@]}"; do
    [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)" = "install ok installed" ] || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then say "apt: ok (${want[*]:-nothing needed})"; return; fi
  local t; t=$(now)
  say "apt: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  say "apt: installed ${missing[*]} in $(ms_since "$t")"
}

# --- npm dependencies -------------------------------------------------------------------------
step_npm() {
  local marker=node_modules/.package-lock.json t
  if [ ! -d node_modules ] || [ ! -e "$marker" ]; then
    t=$(now)
    if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
    say "npm: installed in $(ms_since "$t")"; return
  fi
  local stale=0 f
  for f in package-lock.json package.json packages/*/package.json services/*/package.json infra/package.json gateway/package.json; do
    [ -f "$f" ] && [ "$f" -nt "$marker" ] && stale=1
  done
  if [ "$stale" = 0 ]; then say "npm: ok"; return; fi
  # A changed manifest or lock on an installed tree: install reconciles both without a full wipe.
  t=$(now)
  npm install --no-audit --no-fund
  touch "$marker"
  say "npm: updated in $(ms_since "$t")"
}

step_node
step_apt
step_npm
link_node
# The same command a developer runs, so `npm run build` is exercised by every start and test run.
npm run --silent build
