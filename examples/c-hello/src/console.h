#ifndef CONSOLE_H
#define CONSOLE_H

#include <stdint.h>

void console_init(void);
void console_write(const char *text);
void console_write_uint(uint32_t value);
/* Ends the VM through QEMU's isa-debug-exit device (iobase 0x501): QEMU exits with (code << 1) | 1. */
void machine_exit(uint8_t code);

#endif
