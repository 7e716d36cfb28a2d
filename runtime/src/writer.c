#include "internal.h"
int mig_write_checkpoint(const char *path) { (void)path; return -1; }
