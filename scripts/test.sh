#!/usr/bin/env bash
# The whole test suite on a fresh Debian 12 machine with only Node and npm: installs what the tests
# run for real (QEMU, binutils, busybox, skopeo, …), then typecheck, lint, import cycles, dist freshness, jest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/setup.sh

ensure_packages qemu-system-x86 qemu-system-arm qemu-utils binutils binutils-aarch64-linux-gnu gcc make pkg-config libseccomp-dev ccache git busybox-static cpio erofs-utils xz-utils jq skopeo docker-registry apache2-utils openssl python3 python3-nacl ca-certificates
ensure_node_modules

echo "── typecheck";   npm run -s typecheck
echo "── format";      npm run -s check-format
echo "── lint";        npm run -s lint
echo "── cycles";      npm run -s check-cycles
# A stale dist/ leaves the fresh build in .cache/expected-dist (CI uploads it as an artifact).
echo "── dist/";       npm run -s check-dist -- --out .cache/expected-dist
echo "── docs";        npm run -s check-docs
echo "── tests"
mkdir -p .cache
status=0
npm run -s test -- --json --outputFile=.cache/jest-results.json "$@" || status=$?
node -e '
  const r = JSON.parse(require("fs").readFileSync(".cache/jest-results.json", "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`)'
exit $status
