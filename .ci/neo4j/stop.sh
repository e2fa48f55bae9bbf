#!/usr/bin/env bash
# Stops the Neo4j test server started by start.sh (through bin/neo4j stop, which ends only the pid it recorded).
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=common.sh
. "$here/common.sh"
if [ -x "$NEO4J_HOME_DIR/bin/neo4j" ]; then
  (cd "$NEO4J_HOME_DIR" && bin/neo4j stop) >&2 || true
fi
