#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test (unit, app-host model, integration, browser).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/setup.sh
dotnet build Xdt.slnx -c Debug -nologo -clp:ErrorsOnly

log=$(mktemp)
status=0
dotnet test tests/Xdt.Tests/Xdt.Tests.csproj -c Debug --no-build -nologo \
  --logger "console;verbosity=normal" --blame-hang-timeout 10m 2>&1 | tee "$log" || status=$?

# One plain closing line for CI: "N passed, N failed, N skipped".
summary=$(grep -E "^(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+" "$log" | tail -n 1 || true)
if [ -n "$summary" ]; then
  failed=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$summary")
  passed=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$summary")
  skipped=$(sed -E 's/.*Skipped: +([0-9]+),.*/\1/' <<<"$summary")
  echo "$passed passed, $failed failed, $skipped skipped"
fi
rm -f "$log"
exit $status
