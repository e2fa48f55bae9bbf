#!/usr/bin/env bash
# Debian's NetworkX, igraph and leidenalg: the oracles the interop tests compare our files against.
set -euo pipefail
if /usr/bin/python3 -c "import networkx, igraph, leidenalg" 2>/dev/null; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq python3-networkx python3-igraph python3-scipy python3-leidenalg >/dev/null
