#!/usr/bin/env bash
# Debian's NetworkX and igraph: the oracles the interop tests compare our files against.
set -euo pipefail
if /usr/bin/python3 -c "import networkx, igraph" 2>/dev/null; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq python3-networkx python3-igraph python3-scipy >/dev/null
