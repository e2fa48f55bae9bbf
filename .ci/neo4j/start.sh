#!/usr/bin/env bash
# Starts the Neo4j 3.1.1 test server (fetching it first if needed) and waits until its HTTP endpoint answers.
# Prints `export NEO4J_URI=http://127.0.0.1:PORT` on stdout, so a caller can `eval "$(.ci/neo4j/start.sh)"`;
# when sourced, it also exports NEO4J_URI itself. Exits non-zero (after printing the server log tail) on failure.
# Safe to call when the server is already running.
_neo4j_start() {
  local here
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  # shellcheck source=common.sh
  . "$here/common.sh"
  bash "$here/fetch.sh" || return 1
  local uri="http://127.0.0.1:$NEO4J_HTTP_PORT"

  if ! curl -fsS -o /dev/null "$uri/" 2>/dev/null; then
    if ! (cd "$NEO4J_HOME_DIR" && bin/neo4j start) >&2; then
      echo "start.sh: bin/neo4j start failed" >&2
      tail -n 40 "$NEO4J_HOME_DIR/logs/neo4j.log" >&2 2>/dev/null
      return 1
    fi
    local waited=0
    until curl -fsS -o /dev/null "$uri/" 2>/dev/null; do
      if [ "$waited" -ge "$NEO4J_START_TIMEOUT" ]; then
        echo "start.sh: Neo4j did not answer on $uri within ${NEO4J_START_TIMEOUT}s" >&2
        tail -n 40 "$NEO4J_HOME_DIR/logs/neo4j.log" >&2 2>/dev/null
        return 1
      fi
      sleep 1
      waited=$((waited + 1))
    done
    echo "start.sh: Neo4j answered on $uri after ${waited}s" >&2
  fi
  export NEO4J_URI="$uri"
  echo "export NEO4J_URI=$uri"
}
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -uo pipefail
  _neo4j_start || exit 1
else
  _neo4j_start
fi
