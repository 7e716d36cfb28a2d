// The same program built for AArch64 runs under qemu with its arguments.
// REQUIRES: qemu-aarch64
// RUN: %migcc --target=aarch64-linux-gnu %S/Inputs/hello.c -o %t
// RUN: llvm-readelf -h %t | %FileCheck %s --check-prefix=ELF
// ELF: Machine: {{.*}}AArch64
// RUN: %run-aarch64 %t one "two words" --flag | %FileCheck %s
// CHECK: hello from migcc, 3 args
// CHECK-NEXT: arg 1: one
// CHECK-NEXT: arg 2: two words
// CHECK-NEXT: arg 3: --flag
// The other spelling of the triple gives the same binary kind.
// RUN: %migcc --target=aarch64-unknown-linux-gnu -O2 %S/Inputs/hello.c -o %t2
// RUN: %run-aarch64 %t2 x | %FileCheck %s --check-prefix=ONE
// ONE: hello from migcc, 1 args
