/* mig_checkpoint() for a program not built by migcc: returns -1 (mig.h). */
int mig_checkpoint(void) { return -1; }
