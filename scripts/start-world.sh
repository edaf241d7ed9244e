#!/usr/bin/env bash
# Starts the whole Xdt world on this machine: the core site, every region and the edge router.
# Usage: scripts/start-world.sh [--regions beijing,frankfurt,ohio]   (default: all nine regions)
set -euo pipefail
cd "$(dirname "$0")/.."

regions=""
if [ "${1:-}" = "--regions" ]; then regions=${2:-}; fi

source scripts/setup.sh
dotnet build Xdt.slnx -c Debug -nologo -clp:ErrorsOnly

echo
echo "Starting Xdt (${regions:-all nine regions}) ..."
echo "  Edge (the one public entry): http://127.0.0.1:8080/s/demo"
echo "  Edge status:                 http://127.0.0.1:8080/_xdt/status.html"
echo "  Aspire dashboard:            http://127.0.0.1:18888"
echo "  Stop with Ctrl+C."
echo
Xdt__Regions="$regions" exec dotnet run --project src/Xdt.AppHost --no-build --launch-profile http
