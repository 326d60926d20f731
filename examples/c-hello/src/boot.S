/* Multiboot v1 entry: the loader jumps here in 32-bit protected mode with paging off. */

    .set MB_MAGIC, 0x1badb002
    .set MB_FLAGS, 0

    /* Loaders look for this header in the first 8 KiB of the file; linker.ld puts it first. */
    .section .multiboot, "a"
    .balign 4
    .long MB_MAGIC
    .long MB_FLAGS
    .long -(MB_MAGIC + MB_FLAGS)

    .text
    .globl _start
_start:
    cli
    cld
    mov $stack_top, %esp
    xor %ebp, %ebp
    call kmain
halt:
    cli
    hlt
    jmp halt

    .bss
    .balign 16
    .skip 16384
stack_top:

    .section .note.GNU-stack, "", @progbits
