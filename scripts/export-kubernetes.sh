#!/usr/bin/env bash
# Exports the world to Kubernetes manifests: the app host publishes its Aspire manifest (real images, stable ports),
# then src/Xdt.KubernetesExport turns it into one folder per site: core/, one per region, edge/, and monitoring/
# (Prometheus with the repository's rules from monitoring/, Alertmanager).
# Usage: scripts/export-kubernetes.sh [output-dir]   (default artifacts/k8s, git-ignored: the Secrets hold
# freshly generated passwords). XDT_EXPORT_NO_BUILD=1 skips the build (tests, after scripts/test.sh built everything);
# XDT_EXPORT_CONFIGURATION picks the build configuration (default Debug).
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-artifacts/k8s}"
config="${XDT_EXPORT_CONFIGURATION:-Debug}"
if [ "${XDT_EXPORT_NO_BUILD:-0}" != 1 ]; then
  dotnet build src/Xdt.AppHost/Xdt.AppHost.csproj -c "$config" -nologo -v q -clp:ErrorsOnly
  dotnet build src/Xdt.KubernetesExport/Xdt.KubernetesExport.csproj -c "$config" -nologo -v q -clp:ErrorsOnly
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! dotnet run --project src/Xdt.AppHost -c "$config" --no-build --no-launch-profile -- \
     --publisher manifest --output-path "$work" >"$work/publish.log" 2>&1; then
  cat "$work/publish.log" >&2
  exit 1
fi

# A previous export may hold regions that are gone: remove its files (only those), then write afresh.
mkdir -p "$out"
find "$out" -mindepth 2 -maxdepth 2 -name '[0-9][0-9]-*.yaml' -delete
find "$out" -mindepth 1 -maxdepth 1 -type d -empty -delete
dotnet run --project src/Xdt.KubernetesExport -c "$config" --no-build -- "$work/aspire-manifest.json" "$out" monitoring
