#include "console.h"
#include "port.h"

#define COM1 0x3f8
#define LSR_THR_EMPTY 0x20
#define DEBUG_EXIT_PORT 0x501

void console_init(void)
{
    outb(COM1 + 1, 0x00); /* no interrupts */
    outb(COM1 + 3, 0x80); /* DLAB on: set the divisor */
    outb(COM1 + 0, 0x01); /* 115200 baud */
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03); /* 8N1 */
    outb(COM1 + 2, 0xc7); /* FIFO on, cleared */
}

static void put_char(char c)
{
    while (!(inb(COM1 + 5) & LSR_THR_EMPTY))
        ;
    outb(COM1, (uint8_t)c);
}

void console_write(const char *text)
{
    for (; *text; text++) {
        if (*text == '\n')
            put_char('\r');
        put_char(*text);
    }
}

void console_write_uint(uint32_t value)
{
    char digits[11];
    int n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    while (n)
        put_char(digits[--n]);
}

void machine_exit(uint8_t code)
{
    outb(DEBUG_EXIT_PORT, code);
}
