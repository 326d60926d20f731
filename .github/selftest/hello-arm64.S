// The arm64 half of the selftest project: a bare ELF for QEMU's `virt` machine that prints one line on
// the PL011 UART and powers the machine off through PSCI. QEMU loads an ELF given to -kernel at its
// physical addresses and enters it at EL1 with the MMU off; on `virt` without EL2/EL3 the PSCI
// conduit is HVC, both under TCG and KVM.

    .set UART0, 0x09000000          // PL011 on `virt`
    .set UARTCR, 0x30
    .set UARTCR_ENABLE, 0x301       // UARTEN | TXE | RXE
    .set PSCI_SYSTEM_OFF, 0x84000008

    .text
    .globl _start
_start:
    ldr x1, =UART0
    mov w2, #UARTCR_ENABLE
    str w2, [x1, #UARTCR]
    adr x2, message
1:  ldrb w3, [x2], #1
    cbz w3, 2f
    strb w3, [x1]
    b 1b
2:  ldr x0, =PSCI_SYSTEM_OFF
    hvc #0
3:  wfi
    b 3b

    .section .rodata
message:
    .asciz "Hello from unikernel-actions (arm64)!\n"
