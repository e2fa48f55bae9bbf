#!/bin/sh
# The policy team's commands from docs/getting-started-policy-teams.md, run from the repository root.
# tests/Examples.Tests runs every line that starts with "stakeholders" through the CLI and checks what it writes;
# the docs quote each block verbatim. Without the installed tool, replace "stakeholders" by
# "dotnet run --project src/Network.Cli --".
set -e

# begin-snippet: policy-info
stakeholders info examples/data/forum.csv
# end-snippet

# begin-snippet: policy-analyze
stakeholders analyze examples/data/forum.csv --measures betweenness,pagerank,constraint --communities louvain --seed 42 --out forum-analysis.csv
stakeholders analyze examples/data/forum.csv --out forum-analysis.json
# end-snippet

# begin-snippet: policy-report
stakeholders report examples/data/forum.csv --out forum-report.html
stakeholders report examples/data/forum.csv --out forum-report.md --top 5 --seed 42
# end-snippet

# begin-snippet: policy-questions
stakeholders brokers examples/data/forum.csv --group-by kind
stakeholders keyplayers examples/data/forum.csv -k 2
stakeholders path examples/data/forum.csv p.garcia p.sato
stakeholders ego examples/data/forum.csv p.chen
# end-snippet

# begin-snippet: policy-filters
stakeholders analyze examples/data/forum.csv --as-of 2024 --min-evidence 1 --out forum-2024-evidenced.json
stakeholders analyze examples/data/forum.csv --tie-types HOLDS_POSITION,SPOKE_AT --kinds person,organization,event --out forum-core.json
# end-snippet

# begin-snippet: policy-convert
stakeholders convert examples/data/forum.csv forum.graphml
stakeholders convert examples/data/forum.csv forum.nodelink.json
# end-snippet
