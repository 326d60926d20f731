#include "console.h"
#include "units.h"

void kmain(void)
{
    console_init();
    uint32_t passed = 0;
    for (uint32_t i = 0; i < unit_count; i++) {
        if (unit_checks[i]())
            passed++;
        else {
            console_write("unit ");
            console_write_uint(i + 1);
            console_write(" FAILED\n");
        }
    }
    console_write("Hello from c-hello: ");
    console_write_uint(passed);
    console_write("/");
    console_write_uint(unit_count);
    console_write(" units passed\n");
    machine_exit(passed == unit_count ? 0 : 1);
}
