#!/usr/bin/env bash
# Prepares this machine to run or test the system. Idempotent: every step is skipped when already
# satisfied, so a second run takes seconds.
#   --test        also the tools the tests need (docker-compose)
#   --build-only  only contracts + compile (used by the Dockerfile)
set -euo pipefail
cd "$(dirname "$0")/.."

TEST=0; BUILD_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --test) TEST=1 ;;
    --build-only) BUILD_ONLY=1 ;;
    *) echo "usage: bootstrap.sh [--test] [--build-only]" >&2; exit 2 ;;
  esac
done

FERRETDB_VERSION=v1.24.2
FERRETDB_MODULE=github.com/FerretDB/FerretDB
say() { echo "bootstrap: $*"; }
now() { date +%s%N; }
ms_since() { echo "$(( ($(now) - $1) / 1000000 )) ms"; }
# true when any file under $1 (dir or file) is newer than $2, or $2 is missing
newer_than() { [ ! -e "$2" ] || [ -n "$(find "$1" -newer "$2" -print -quit 2>/dev/null)" ]; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
  echo "bootstrap: need root to run: $*" >&2; exit 1; fi; }

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

# (not `| grep -q` under pipefail: grep exiting early SIGPIPEs the binary and fails the check)
has_version() { [[ "$("$1" --version 2>/dev/null || true)" == *"version: $FERRETDB_VERSION"$'\n'* ]]; }

# FerretDB is built from its module source with infra/ferretdb/*.patch applied (indexes that serve the
# SQL it sends, atomic updates, sort/limit pushdown: see infra/ferretdb/README.md). The binary's name
# carries the patches' hash, so a changed patch builds anew and the release's plain `ferretdb` is left alone.
ferretdb_bin() {
  local hash; hash=$(cat infra/ferretdb/*.patch | sha256sum | cut -c1-12)
  echo "$(go env GOPATH | cut -d: -f1)/bin/ferretdb-$FERRETDB_VERSION-hr-$hash"
}

step_ferretdb() {
  if [ -n "${MONGO_URL:-}" ]; then say "ferretdb: skipped (MONGO_URL set)"; return; fi
  command -v go >/dev/null || { echo "bootstrap: Go >= 1.24 is needed to build FerretDB (or set MONGO_URL)" >&2; exit 1; }
  local bin; bin=$(ferretdb_bin)
  if has_version "$bin"; then say "ferretdb: ok ($(basename "$bin"))"; return; fi
  local t src; t=$(now)
  say "ferretdb: building $(basename "$bin")"
  # A plain `go install ...@v1.24.2` builds a binary that panics at start: the module zip lacks the
  # generated build/version/version.txt. So build the same module source with that file written.
  src=$(go mod download -json "$FERRETDB_MODULE@$FERRETDB_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  [ -d "$src" ] || { echo "bootstrap: go mod download of $FERRETDB_MODULE failed" >&2; exit 1; }
  local work patch; work=$(mktemp -d)
  cp -r "$src/." "$work" && chmod -R u+w "$work"
  for patch in infra/ferretdb/*.patch; do
    (cd "$work" && patch -p1 -s --no-backup-if-mismatch) < "$patch" || { echo "bootstrap: $patch does not apply" >&2; exit 1; }
  done
  echo "$FERRETDB_VERSION" > "$work/build/version/version.txt"
  echo "go-install" > "$work/build/version/package.txt"
  mkdir -p "$(dirname "$bin")"
  # Build beside the target and rename, so a concurrent run never sees a half-written binary.
  (cd "$work" && go build -o "$bin.$$" ./cmd/ferretdb)
  rm -rf "$work"
  has_version "$bin.$$" || { rm -f "$bin.$$"; echo "bootstrap: built ferretdb reports wrong version" >&2; exit 1; }
  mv -f "$bin.$$" "$bin"
  ln -sfn "$(basename "$bin")" "$(dirname "$bin")/ferretdb-hr"
  say "ferretdb: built $bin in $(ms_since "$t")"
}

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

step_contracts() {
  local stamp=packages/contracts/src/gen/.stamp
  if [ ! -f infra/generate-contracts.sh ]; then say "contracts: skipped (infra/generate-contracts.sh not present)"; return; fi
  if [ ! -d proto ]; then say "contracts: skipped (no proto/)"; return; fi
  if ! newer_than proto "$stamp" && ! newer_than infra/generate-contracts.sh "$stamp"; then
    say "contracts: ok"; return
  fi
  local t; t=$(now)
  bash infra/generate-contracts.sh
  mkdir -p "$(dirname "$stamp")" && touch "$stamp"
  say "contracts: generated in $(ms_since "$t")"
}

step_build() {
  local root=$PWD swc="$PWD/node_modules/.bin/swc" built=() t ws; t=$(now)
  for ws in packages/* infra services/* gateway; do
    [ -d "$ws/src" ] || continue
    if ! newer_than "$ws/src" "$ws/dist/.stamp" && ! newer_than .swcrc "$ws/dist/.stamp"; then continue; fi
    rm -rf "$ws/dist"
    # Run inside the workspace: --strip-leading-paths drops only the first path segment (src/).
    (cd "$ws" && "$swc" src -d dist --strip-leading-paths --copy-files --config-file "$root/.swcrc" -q)
    mkdir -p "$ws/dist" && touch "$ws/dist/.stamp"
    built+=("$ws")
  done
  if [ ${#built[@]} -eq 0 ]; then say "build: ok"; else say "build: ${built[*]} in $(ms_since "$t")"; fi
}

if [ "$BUILD_ONLY" = 0 ]; then step_apt; step_ferretdb; step_npm; fi
step_contracts
step_build
