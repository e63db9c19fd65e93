#!/bin/sh
# Install the Prometheus server (Debian package `prometheus`) for the integration test that scrapes a real
# worker, when it is missing and this machine allows it (root with apt-get). `make test` runs this first.
# Where it cannot be installed, the test skips and says why; nothing else needs Prometheus.
set -eu
if command -v prometheus >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "prometheus: not installed and cannot install it here (needs root and apt-get); its integration test will skip" >&2
    exit 0
fi
echo "prometheus: installing the Debian package (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# policy-rc.d says "no" for this install only: the package must not start a system-wide server; the test
# starts its own, on a free port, with its own configuration and storage.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod +x "$policy"
    trap 'rm -f "$policy"' EXIT
fi
apt-get install -y -qq --no-install-recommends prometheus >/dev/null
command -v prometheus >/dev/null
