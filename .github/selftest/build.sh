#!/usr/bin/env bash
# The selftest's two-architecture project for the reusable workflow. The custom toolchain runs this once
# per target, natively on that target's runner: x86_64 builds examples/hello (a Multiboot kernel), arm64
# builds hello-arm64.S (a bare ELF for QEMU's virt machine). Both print "Hello from unikernel-actions".
set -euo pipefail
case "$UNIKERNEL_ARCH" in
  x86_64)
    make -C ../../examples/hello
    cp ../../examples/hello/hello.elf kernel.elf
    ;;
  arm64)
    as -o hello-arm64.o hello-arm64.S
    ld --build-id=none -z max-page-size=0x1000 -Ttext=0x40080000 -e _start -o kernel.elf hello-arm64.o
    ;;
  *)
    echo "no kernel for $UNIKERNEL_ARCH" >&2
    exit 1
    ;;
esac
