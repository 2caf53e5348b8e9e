#!/usr/bin/env bash
# `npm run build`: everything the bootstrap builds, each step skipped when its output is current.
#   FerretDB   the patched binary of the embedded database (not when MONGO_URL names a server)
#   contracts  packages/contracts/src/gen from proto/ (buf + ts-proto)
#   compile    every workspace's src/ into dist/ with swc
#   --code-only  contracts and compile only (the Dockerfile and the benches: no Go there, no embedded database)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=infra/shell-helpers.sh
source infra/shell-helpers.sh
SAY_PREFIX=build

CODE_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --code-only) CODE_ONLY=1 ;;
    *) echo "usage: build.sh [--code-only]" >&2; exit 2 ;;
  esac
done

FERRETDB_VERSION=v1.24.2
FERRETDB_MODULE=github.com/FerretDB/FerretDB

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
  command -v go >/dev/null || { echo "build: Go >= 1.24 is needed to build FerretDB (or set MONGO_URL)" >&2; exit 1; }
  local bin; bin=$(ferretdb_bin)
  if has_version "$bin"; then say "ferretdb: ok ($(basename "$bin"))"; return; fi
  local t src; t=$(now)
  say "ferretdb: building $(basename "$bin")"
  # A plain `go install ...@v1.24.2` builds a binary that panics at start: the module zip lacks the
  # generated build/version/version.txt. So build the same module source with that file written.
  src=$(go mod download -json "$FERRETDB_MODULE@$FERRETDB_VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
  [ -d "$src" ] || { echo "build: go mod download of $FERRETDB_MODULE failed" >&2; exit 1; }
  local work patch; work=$(mktemp -d)
  cp -r "$src/." "$work" && chmod -R u+w "$work"
  for patch in infra/ferretdb/*.patch; do
    (cd "$work" && patch -p1 -s --no-backup-if-mismatch) < "$patch" || { echo "build: $patch does not apply" >&2; exit 1; }
  done
  echo "$FERRETDB_VERSION" > "$work/build/version/version.txt"
  echo "go-install" > "$work/build/version/package.txt"
  mkdir -p "$(dirname "$bin")"
  # Build beside the target and rename, so a concurrent run never sees a half-written binary.
  (cd "$work" && go build -o "$bin.$$" ./cmd/ferretdb)
  rm -rf "$work"
  has_version "$bin.$$" || { rm -f "$bin.$$"; echo "build: built ferretdb reports wrong version" >&2; exit 1; }
  mv -f "$bin.$$" "$bin"
  ln -sfn "$(basename "$bin")" "$(dirname "$bin")/ferretdb-hr"
  say "ferretdb: built $bin in $(ms_since "$t")"
}

step_contracts() {
  local stamp=packages/contracts/src/gen/.stamp
  if ! newer_than proto "$stamp" && ! newer_than infra/generate-contracts.sh "$stamp"; then
    say "contracts: ok"; return
  fi
  local t; t=$(now)
  bash infra/generate-contracts.sh
  mkdir -p "$(dirname "$stamp")" && touch "$stamp"
  say "contracts: generated in $(ms_since "$t")"
}

step_compile() {
  local root=$PWD swc="$PWD/node_modules/.bin/swc" built=() t ws; t=$(now)
  [ -x "$swc" ] || { echo "build: $swc is missing: run npm ci (or bash infra/bootstrap.sh) first" >&2; exit 1; }
  for ws in packages/* infra services/* gateway; do
    [ -d "$ws/src" ] || continue
    if ! newer_than "$ws/src" "$ws/dist/.stamp" && ! newer_than .swcrc "$ws/dist/.stamp"; then continue; fi
    rm -rf "$ws/dist"
    # Run inside the workspace: --strip-leading-paths drops only the first path segment (src/).
    (cd "$ws" && "$swc" src -d dist --strip-leading-paths --copy-files --config-file "$root/.swcrc" -q)
    mkdir -p "$ws/dist" && touch "$ws/dist/.stamp"
    built+=("$ws")
  done
  if [ ${#built[@]} -eq 0 ]; then say "compile: ok"; else say "compile: ${built[*]} in $(ms_since "$t")"; fi
}

if [ "$CODE_ONLY" = 0 ]; then step_ferretdb; fi
step_contracts
step_compile
