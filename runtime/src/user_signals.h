/*===- user_signals.h - The program's signal handlers (user_signals.c) ----===*/
#ifndef MIG_USER_SIGNALS_H
#define MIG_USER_SIGNALS_H

/* After a restore: install the program's signal actions again. */
void mig_user_signals_reinstall(void);

#endif
