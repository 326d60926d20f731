// QEMU driver: written next.
export {}
