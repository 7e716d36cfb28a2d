// A program built for the host runs, and its arguments pass through.
// RUN: %migcc %S/Inputs/hello.c -o %t
// RUN: %t one "two words" '' --flag | %FileCheck %s
// CHECK: hello from migcc, 4 args
// CHECK-NEXT: arg 1: one
// CHECK-NEXT: arg 2: two words
// CHECK-NEXT: arg 3: {{$}}
// CHECK-NEXT: arg 4: --flag
// RUN: %t | %FileCheck %s --check-prefix=NOARGS
// NOARGS: hello from migcc, 0 args
// The host binary is x86-64.
// RUN: llvm-readelf -h %t | %FileCheck %s --check-prefix=ELF
// ELF: Machine: {{.*}}X86-64
