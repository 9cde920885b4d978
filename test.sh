#!/usr/bin/env bash
# Runs the whole test suite on a fresh Debian machine: installs what the tests need (Node oracles,
# redis-server, chromium), builds, runs every test project, and prints one closing line
# "N passed, N failed".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

packages=()
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
command -v redis-server >/dev/null 2>&1 || packages+=(redis-server)
# chromium drives the GraphiQL browser test.
[ -x /usr/bin/chromium ] || packages+=(chromium)
if [ "${#packages[@]}" -gt 0 ]; then
  echo "test.sh: installing ${packages[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
fi

# The oracles (graphql-js & co.), pinned by the committed lockfile. A missing oracle fails the
# conformance tests rather than skipping them.
(cd tests/conformance && npm ci --no-audit --no-fund --loglevel=error)

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test ClusterGraph.sln -c Release --nologo "$@" 2>&1 | tee "$log" || status=$?

# Sum the per-project summaries into the closing line CI reads.
awk '/(Passed|Failed)!  *- *Failed: / {
       gsub(/,/, ""); for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1); if ($i == "Skipped:") s += $(i + 1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
