#!/usr/bin/env bash
# The main job from a terminal: builds the example unikernel (examples/hello) and smoke-boots it
# with the same code the boot action runs, then prints the verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/setup.sh

ensure_packages qemu-system-x86 binutils make ca-certificates
ensure_node_modules

echo "── build examples/hello"
make -s -C examples/hello
echo "── boot"
node dist/cli.js boot --kernel examples/hello/hello.elf --expect 'Hello from unikernel-actions!' --timeout 60
