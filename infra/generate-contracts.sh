#!/usr/bin/env bash
# Generates packages/contracts/src/gen from proto/ with buf (binary shipped inside its npm package) and ts-proto.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf packages/contracts/src/gen
node_modules/.bin/buf lint
node_modules/.bin/buf generate
touch packages/contracts/src/gen/.stamp
