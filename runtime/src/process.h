/*===- process.h - The process's argument and environment vectors ---------===*
 * Set by main() at start and by a restore (state_argv.c); read by the
 * configuration (program name) and the writer.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_PROCESS_H
#define MIG_PROCESS_H

extern int mig_argc;
extern char **mig_argv, **mig_envp;
void mig_process_init(int argc, char **argv, char **envp);
const char *mig_program_name(void);

#endif
