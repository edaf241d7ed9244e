#!/usr/bin/env bash
# Starts the whole Xdt world on this machine: the core site, every region and the edge router.
# Usage: scripts/start-world.sh [--regions beijing,frankfurt,ohio] [--debug]   (default: all nine regions, Release)
# It says "Xdt is up: all N regions serving through the edge …" with the time it took, the status page and Prometheus
# URLs, once every region's shoppers are served by that region. Stop with Ctrl+C: the app host stops every process it started.
set -euo pipefail
cd "$(dirname "$0")/.."

regions=""
config=Release
while [ $# -gt 0 ]; do
  case "$1" in
    --regions) regions=${2:-}; shift 2 ;;
    --debug) config=Debug; shift ;;
    *) echo "usage: scripts/start-world.sh [--regions a,b,c] [--debug]" >&2; exit 2 ;;
  esac
done

source scripts/setup.sh
# Build unless nothing the build reads changed since the last build this script made: even a build with nothing to do
# costs 7-8 s of CPU (MSBuild evaluating every project), a seventh of the start. A stamp taken before the build covers
# edits made while it ran; a deleted file changes its folder's time, a checkout rewrites the files it changes, and a
# clean removes the app host's binary.
stamp=".state/built-$config"
if [ -f "$stamp" ] && [ -x "src/Xdt.AppHost/bin/$config/net10.0/Xdt.AppHost" ] && [ -z "$(find src Xdt.slnx Directory.Build.props Directory.Packages.props global.json \
    \( -name bin -o -name obj \) -prune -o -newer "$stamp" -print -quit)" ]; then
  echo "Build: up to date ($config; nothing changed since the last start's build)."
else
  mkdir -p .state
  touch "$stamp.next"
  dotnet build Xdt.slnx -c "$config" -nologo -clp:ErrorsOnly
  mv "$stamp.next" "$stamp"
fi

echo
echo "Starting Xdt (${regions:-all nine regions}, $config) ..."
echo "  Edge (the one public entry): http://127.0.0.1:8080/s/demo"
echo "  Edge status:                 http://127.0.0.1:8080/_xdt/status.html"
echo "  Aspire dashboard:            http://127.0.0.1:18888"
echo "  Prometheus (alerts, rules):  http://127.0.0.1:9090/alerts"
echo "  Stop with Ctrl+C."
echo

# The built app host itself, not `dotnet run`, which evaluates the project once more (seconds of CPU on the start's
# critical path) and stays resident as a ~80 MB wrapper. It gets the environment dotnet run would give it: the "http"
# launch profile's (src/Xdt.AppHost/Properties/launchSettings.json, also what an IDE uses).
eval "$(python3 - <<'PY'
import json, shlex
profile = json.load(open("src/Xdt.AppHost/Properties/launchSettings.json"))["profiles"]["http"]
settings = dict(profile.get("environmentVariables", {}), ASPNETCORE_URLS=profile["applicationUrl"], DOTNET_LAUNCH_PROFILE="http")
for name, value in settings.items():
    print(f"export {name}={shlex.quote(value)}")
PY
)"
# Its content root is the working directory, as under dotnet run: that is where its appsettings.json is read from.
# exec: the app host keeps this script's process, so its ready line counts from the start command, set-up and build
# check included.
cd src/Xdt.AppHost
Xdt__Regions="$regions" exec "bin/$config/net10.0/Xdt.AppHost"
