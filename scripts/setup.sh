#!/usr/bin/env bash
# Installs what Xdt needs on a fresh Debian 12 machine, skipping what is already there. Safe to run again.
# The .NET 10 SDK is a prerequisite (it is not packaged by Debian); everything else comes from apt and NuGet.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required (dotnet on PATH): https://dotnet.microsoft.com/download" >&2
  exit 1
fi

# Debian packages: PostgreSQL 15 server binaries (run as Aspire executables), kcat and kafka-python with lz4
# (independent Kafka clients for the local broker's conformance tests), chromium (browser tests), wrk (benchmarks),
# nginx (bench/edge's peer: it starts its own nginx from a generated config; the package's own service is not used),
# node and npm (the offline Kubernetes schema validator), prometheus and prometheus-alertmanager (the world's monitoring:
# the app host runs both as plain processes with generated configs; the packages' own services are not used, and
# promtool checks and unit-tests the alert rules).
needed=()
[ -x /usr/lib/postgresql/15/bin/postgres ] || needed+=(postgresql)
command -v kcat >/dev/null 2>&1 || needed+=(kcat)
/usr/bin/python3 -c 'import kafka' >/dev/null 2>&1 || needed+=(python3-kafka)
/usr/bin/python3 -c 'import lz4.frame' >/dev/null 2>&1 || needed+=(python3-lz4)
[ -x /usr/bin/chromium ] || needed+=(chromium)
command -v wrk >/dev/null 2>&1 || needed+=(wrk)
[ -x /usr/sbin/nginx ] || needed+=(nginx)
command -v setpriv >/dev/null 2>&1 || needed+=(util-linux)
command -v node >/dev/null 2>&1 || needed+=(nodejs)
command -v npm >/dev/null 2>&1 || needed+=(npm)
command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 || needed+=(prometheus)
command -v prometheus-alertmanager >/dev/null 2>&1 || needed+=(prometheus-alertmanager)

if [ ${#needed[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${needed[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=(); else sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
  # Where systemd runs, the packages start their own Prometheus (9090) and Alertmanager (9093): that Prometheus would
  # hold the port the world's own one documents. Stop and disable what this run has just installed.
  if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    for service in prometheus prometheus-alertmanager; do
      if printf '%s\n' "${needed[@]}" | grep -qx "$service"; then
        "${sudo[@]}" systemctl disable --now "$service" >/dev/null 2>&1 || true
      fi
    done
  fi
fi

# Playwright drives Debian's chromium; it must never try to download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Offline schema validation of the Kubernetes export (npm kubernetes-models, pinned by package-lock.json). Required:
# the schema tests fail without it rather than skip.
k8s_validate="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/eng/k8s-validate"
if [ ! -d "$k8s_validate/node_modules/kubernetes-models" ]; then
  if ! npm ci --prefix "$k8s_validate" --no-audit --no-fund --loglevel=error --fetch-timeout=60000 --fetch-retries=3; then
    echo "error: npm ci in eng/k8s-validate failed: the Kubernetes schema validator is needed by the tests." >&2
    exit 1
  fi
fi
