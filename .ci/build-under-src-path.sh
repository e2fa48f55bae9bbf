#!/usr/bin/env bash
# A clone that sits under a folder named "src" (~/src/stakeholders) must build and test like any other: the
# src-project test in Directory.Build.props once matched the clone's own parent path and broke the test projects.
# Clones the committed HEAD into <tmp>/src/stakeholders, builds the solution there and runs one test project.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$repo" "$work/src/stakeholders"
cd "$work/src/stakeholders"
dotnet build Stakeholders.sln -v q -nologo
dotnet test tests/Network.Tests/Network.Tests.csproj --no-build -v q -nologo --filter "FullyQualifiedName~Seeds"
echo "build-under-src-path: a clone under $work/src builds and its tests pass"
