#!/usr/bin/env bash
# Installs what is missing, builds everything, and runs every test (unit, app-host model, integration, browser).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/setup.sh
dotnet build Xdt.slnx -c Debug -nologo -clp:ErrorsOnly

# Tests run in a shuffled order (tests/Xdt.Tests/RandomTestOrder.cs); the seed printed here replays a run's order.
export XDT_TEST_SEED="${XDT_TEST_SEED:-$RANDOM}"
echo "Test order seed: XDT_TEST_SEED=$XDT_TEST_SEED"

log=$(mktemp)
status=0
dotnet test tests/Xdt.Tests/Xdt.Tests.csproj -c Debug --no-build -nologo \
  --logger "console;verbosity=normal" --blame-hang-timeout 10m 2>&1 | tee "$log" || status=$?

# CI keeps only the tail of the output, so the failures are repeated here, each with its error message, and the
# seed that replays this run's order.
if grep -qE "^[[:space:]]+Failed " "$log"; then
  echo "Failed tests (replay the order with XDT_TEST_SEED=$XDT_TEST_SEED):"
  awk '/^[[:space:]]+Failed /{show=1; n=0; print; next}
       show && /^[[:space:]]+Stack Trace:/{show=0; next}
       show && /^[[:space:]]+(Passed|Skipped) /{show=0; next}
       show && n < 25 {print; n++}' "$log"
fi

# One plain closing line for CI: "N passed, N failed, N skipped" (from the runner's "Total tests" summary).
count() { grep -E "^[[:space:]]+$1: +[0-9]+$" "$log" | tail -n 1 | grep -oE "[0-9]+" || echo 0; }
if grep -q "^Total tests:" "$log"; then
  echo "$(count Passed) passed, $(count Failed) failed, $(count Skipped) skipped"
fi
rm -f "$log"
exit $status
