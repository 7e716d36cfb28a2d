/*===- pthread_entry.h - The routine every runtime thread runs (pthread.c) ===*/
#ifndef MIG_PTHREAD_ENTRY_H
#define MIG_PTHREAD_ENTRY_H

/* Runs the thread's start routine, again after every checkpoint (and after
 * a restore); main() hands it to mig_threads_init_main. */
void *mig_thread_trampoline(void *thread);

#endif
