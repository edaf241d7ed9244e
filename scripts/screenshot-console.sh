#!/usr/bin/env bash
# Screenshot of the operator console of a running world (scripts/start-world.sh) for the README.
# Usage: scripts/screenshot-console.sh [--url http://127.0.0.1:8080] [--out docs/operator-console.png]
# Uses the Playwright driver of the Microsoft.Playwright NuGet package (restored by tests/Xdt.Tests) with /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

url=http://127.0.0.1:8080
out=docs/operator-console.png
while [ $# -gt 0 ]; do
  case "$1" in
    --url) url=${2:?}; shift 2 ;;
    --out) out=${2:?}; shift 2 ;;
    *) echo "usage: scripts/screenshot-console.sh [--url URL] [--out FILE.png]" >&2; exit 2 ;;
  esac
done

# The version the repository pins, so the driver matches the one the browser tests use.
version=$(sed -n 's/.*PackageVersion Include="Microsoft.Playwright" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
playwright="${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.playwright/$version/.playwright"
if [ ! -x "$playwright/node/linux-x64/node" ]; then
  echo "No Playwright driver at $playwright: restore the tests first (dotnet restore tests/Xdt.Tests)." >&2
  exit 1
fi

mkdir -p "$(dirname "$out")"
"$playwright/node/linux-x64/node" scripts/screenshot-console.mjs "$playwright/package" "$url" "$out"
