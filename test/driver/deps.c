// Make-style dependencies: -MD/-MMD write NAME.d next to the object, naming
// the object (not a temporary file); -MF/-MT override; -M/-MM print them.
// RUN: rm -rf %t.dir && mkdir -p %t.dir && cd %t.dir
// RUN: %migcc -MD -I %S/Inputs -c %s -o obj.o
// RUN: %FileCheck %s --input-file=obj.d --check-prefix=MD
// MD: obj.o: {{.*}}deps.c
// MD: Inputs/answer.h
// MD-NOT: migcc-
// RUN: %migcc -MMD -MF custom.d -MT mytarget -I %S/Inputs -c %s -o obj2.o
// RUN: %FileCheck %s --input-file=custom.d --check-prefix=MF
// MF: mytarget: {{.*}}deps.c
// MF: Inputs/answer.h
// RUN: %migcc -MM -I %S/Inputs %s | %FileCheck %s --check-prefix=MM
// MM: deps.o: {{.*}}deps.c
// MM: Inputs/answer.h
// RUN: ls | %FileCheck %s --check-prefix=LS --implicit-check-not=.i --implicit-check-not=.mig.c
// LS: custom.d
// LS: obj.d
// LS: obj.o
// LS: obj2.o
#include "answer.h"
int answer(void) { return ANSWER; }
