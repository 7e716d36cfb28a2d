// -E stops after preprocessing: to stdout, or to the -o file. -D/-U/-I are
// applied, <mig.h> is found without any -I, line markers name the input.
// RUN: %migcc -E -DGREETING=42 -UNOT_DEFINED -I %S/Inputs %s | %FileCheck %s
// RUN: %migcc -E -DGREETING=42 -I %S/Inputs %s -o %t.i
// RUN: %FileCheck %s --input-file=%t.i
// RUN: %migcc --target=aarch64-linux-gnu -E -DGREETING=42 %s | %FileCheck %s --check-prefix=A64

#include <mig.h>

int value = GREETING;
// CHECK: # {{[0-9]+}} "{{.*}}preprocess.c"
// CHECK: int mig_checkpoint(void);
// CHECK: int value = 42;
#ifdef __MIGCC__
int built_by_migcc;
// CHECK: int built_by_migcc;
#endif
#if defined(__aarch64__)
int on_aarch64;
// A64: int on_aarch64;
#endif
