#!/usr/bin/env bash
# Prints the bin directory of the Node.js this project runs on, or nothing when the machine's own node
# serves (at least package.json's engines minimum). Otherwise the version pinned in .node-version comes
# from the npm registry (package node-<os>-<arch>: the official binary) into a cache shared by every
# checkout (NODE_CACHE_DIR, default ~/.cache/hr-recruitment; .cache/ here without a HOME), fetched once.
# Messages go to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=infra/shell-helpers.sh
source infra/shell-helpers.sh
say() { echo "bootstrap: node: $*" >&2; }

NODE_CACHE_DIR=${NODE_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-$PWD}/.cache}/hr-recruitment}
MIN=$(sed -n 's/^ *"node": *">=\([0-9.]*\)".*/\1/p' package.json | head -n1)
PINNED=$(tr -d ' v\n' < .node-version)
OS=$(uname -s | tr '[:upper:]' '[:lower:]')
case "$(uname -m)" in x86_64) ARCH=x64 ;; aarch64 | arm64) ARCH=arm64 ;; *) ARCH=$(uname -m) ;; esac

# The first node on PATH that is not a node_modules/.bin link (npm lists those first, and the
# bootstrap's own link lives there).
machine_node() {
  local dir IFS=:
  for dir in $PATH; do
    case "$dir" in */node_modules/.bin) continue ;; esac
    if [ -x "$dir/node" ]; then echo "$dir/node"; return; fi
  done
}

fetch() {
  local dest=$1 package="node-$OS-$ARCH@$PINNED" tmp t; t=$(now)
  say "fetching $package from the npm registry"
  mkdir -p "$NODE_CACHE_DIR"
  tmp=$(mktemp -d "$NODE_CACHE_DIR/.fetch-XXXXXX")
  # npm pack checks the tarball against the registry's integrity hash; only the binary is kept.
  (cd "$tmp" && npm pack --silent "$package" >/dev/null)
  tar -xzf "$tmp"/node-*.tgz -C "$tmp" package/bin/node
  if [ "$("$tmp/package/bin/node" --version)" != "v$PINNED" ]; then
    rm -rf "$tmp"; echo "bootstrap: $package does not report v$PINNED" >&2; exit 1
  fi
  # Renamed into place, so a concurrent run never sees half a binary.
  mv -T "$tmp/package" "$dest" 2>/dev/null || [ -x "$dest/bin/node" ]
  rm -rf "$tmp"
  say "v$PINNED fetched into $dest in $(ms_since "$t")"
}

machine=$(machine_node)
version=$({ [ -n "$machine" ] && "$machine" --version 2>/dev/null; } | tr -d v || true)
if [ -n "$version" ] && version_at_least "$version" "$MIN"; then
  say "ok (v$version at $machine)"
  exit 0
fi
dest="$NODE_CACHE_DIR/node-v$PINNED-$OS-$ARCH"
[ -x "$dest/bin/node" ] || fetch "$dest"
say "v$PINNED from $dest (the machine has ${version:+v}${version:-none}; engines want >= $MIN)"
echo "$dest/bin"
