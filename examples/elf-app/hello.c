/*
 * The application of the elf-app example: a static Linux ELF, as Unikraft's ELF loader (the `base`
 * runtime) and a Linux kernel both run it. It prints its arguments and a file of its root filesystem,
 * then, when it is the first process of a Linux guest (`rdinit=/hello`), powers the machine off so the
 * boot ends by itself.
 */
#include <stdio.h>
#include <sys/reboot.h>
#include <unistd.h>

int main(int argc, char **argv) {
  printf("Hello from the rootfs:");
  for (int i = 0; i < argc; i++) printf(" %s", argv[i]);
  printf("\n");
  FILE *greeting = fopen("/etc/greeting", "r");
  if (greeting == NULL) {
    perror("/etc/greeting");
    return 1;
  }
  char line[256];
  while (fgets(line, sizeof line, greeting) != NULL) fputs(line, stdout);
  fclose(greeting);
  fflush(stdout);
  if (getpid() == 1) {
    sync();
    reboot(RB_POWER_OFF);
  }
  return 0;
}
