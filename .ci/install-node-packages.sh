#!/usr/bin/env bash
# npm packages the tests load our exports with: cytoscape 3.35.0 and graphology 0.26.0 (both MIT), pinned in
# tests/interop/node/package.json and installed into tests/interop/node/node_modules (git-ignored). The node interop
# tests (tests/Network.Tests/IO/FrontEndInteropTests.cs) and the dashboard sample's build (which copies
# cytoscape.min.js into its wwwroot/lib) use them. Without node/npm the tests report as ignored, not failed.
set -euo pipefail
cd "$(dirname "$0")/../tests/interop/node"
if [ -f node_modules/cytoscape/package.json ] && [ -f node_modules/graphology/package.json ]; then exit 0; fi
for attempt in 1 2 3; do
  if npm install --no-audit --no-fund --no-save --loglevel=error; then
    exit 0
  fi
  echo "install-node-packages: npm install failed (attempt $attempt); retrying in 10 s" >&2
  sleep 10
done
exit 1
