#include "internal.h"
void mig_restore(const char *path) { mig_fatal("restore of %s: not implemented", path); }
