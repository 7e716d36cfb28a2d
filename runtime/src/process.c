/*===- process.c - The process's argument and environment vectors ---------===*/
#include "process.h"
#include <stddef.h>
#include <string.h>

int mig_argc;
char **mig_argv, **mig_envp;

void mig_process_init(int argc, char **argv, char **envp) {
  mig_argc = argc;
  mig_argv = argv;
  mig_envp = envp;
}

const char *mig_program_name(void) {
  const char *p = mig_argv && mig_argv[0] ? mig_argv[0] : "a.out";
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}
