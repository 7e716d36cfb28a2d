/*===- code_ranges.h - Does an address point at this process's code? ------===*/
#ifndef MIG_CODE_RANGES_H
#define MIG_CODE_RANGES_H
#include <stdint.h>

/* 1 when v lies in an executable mapping of this process (read from
 * /proc/self/maps on first use, kept until mig_code_ranges_forget). */
int mig_points_to_code(uintptr_t v);
void mig_code_ranges_forget(void);

#endif
