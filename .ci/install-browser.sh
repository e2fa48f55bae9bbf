#!/usr/bin/env bash
# Debian's chromium for the report browser tests (tests/Network.Reports.Tests/BrowserTests.cs), driven by
# Microsoft.Playwright with ExecutablePath=/usr/bin/chromium. Never `playwright install`: it downloads a browser build,
# which cannot be fetched here. Without chromium the browser tests report as ignored, not failed.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
for attempt in 1 2 3 4 5; do
  if apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
    break
  fi
  echo "install-browser: apt-get failed (attempt $attempt), maybe the dpkg lock; retrying in 15 s" >&2
  sleep 15
done
test -x /usr/bin/chromium
