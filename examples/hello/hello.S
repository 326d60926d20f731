# A minimal unikernel: a Multiboot v1 kernel that prints one line on the first serial port and
# powers QEMU off through its isa-debug-exit device. Plain GNU as, no C preprocessor needed.

    .set COM1, 0x3f8
    .set COM1_LSR, COM1 + 5
    .set LSR_THR_EMPTY, 0x20
    # QEMU's `-device isa-debug-exit,iobase=0x501,iosize=0x02`: writing v makes QEMU exit with (v << 1) | 1.
    .set DEBUG_EXIT_PORT, 0x501

    .set MB_MAGIC, 0x1badb002
    .set MB_FLAGS, 0

    # The boot loader looks for this header in the first 8 KiB of the file; linker.ld puts it first.
    .section .multiboot, "a"
    .balign 4
    .long MB_MAGIC
    .long MB_FLAGS
    .long -(MB_MAGIC + MB_FLAGS)

    .code32
    .text
    .globl _start
_start:
    cli
    cld
    mov $stack_top, %esp

    mov $message, %esi
next:
    lodsb
    test %al, %al
    jz done
    mov %al, %ah
    mov $COM1_LSR, %dx
wait_thr:
    inb %dx, %al
    test $LSR_THR_EMPTY, %al
    jz wait_thr
    mov $COM1, %dx
    mov %ah, %al
    outb %al, %dx
    jmp next

done:
    # Exit status 0 for the guest, which QEMU reports as 1.
    mov $DEBUG_EXIT_PORT, %dx
    xor %al, %al
    outb %al, %dx
    # Without the exit device, stop here.
halt:
    cli
    hlt
    jmp halt

    .section .rodata
message:
    .asciz "Hello from unikernel-actions!\n"

    .bss
    .balign 16
    .skip 4096
stack_top:

    .section .note.GNU-stack, "", @progbits
