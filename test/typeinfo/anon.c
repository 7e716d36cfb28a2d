// Anonymous struct/union members cannot be named: their size, alignment and
// offset are computed from their members. Each one here is checked against
// a named struct with the same members, for clang (x86-64, AArch64) and gcc.
// RUN: %clang --target=x86_64-linux-gnu -E %s -o %t.x86.i
// RUN: typeinfo-dump %t.x86.i -- --target=x86_64-linux-gnu > %t.x86.c
// RUN: %clang --target=x86_64-linux-gnu -Wall -Werror -I %S/../../typeinfo/include %t.x86.c %S/Inputs/scalars.c -o %t.x86
// RUN: %t.x86 | %FileCheck %s
// RUN: %clang --target=aarch64-linux-gnu -E %s -o %t.a64.i
// RUN: typeinfo-dump %t.a64.i -- --target=aarch64-linux-gnu > %t.a64.c
// RUN: %clang --target=aarch64-linux-gnu -Wall -Werror -I %S/../../typeinfo/include %t.a64.c %S/Inputs/scalars.c -o %t.a64
// RUN: %run-aarch64 %t.a64 | %FileCheck %s
// RUN: gcc-12 -Wall -Werror -I %S/../../typeinfo/include %t.x86.c %S/Inputs/scalars.c -o %t.gcc
// RUN: %t.gcc | %FileCheck %s

struct P1 { char c; struct { char d; int x __attribute__((packed)); }; };
struct N1 { char d; int x __attribute__((packed)); };
struct P1 a1; struct N1 b1;
// CHECK-LABEL: global a1:
// CHECK: anon struct P1.1 kind={{[A-Z]+}} size=[[SZ1:[0-9]+]] align=[[AL1:[0-9]+]]
// CHECK-LABEL: global b1:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ1]] align=[[AL1]]

struct P2 { char c; struct { char d; int x __attribute__((aligned(8))); short t; }; };
struct N2 { char d; int x __attribute__((aligned(8))); short t; };
struct P2 a2; struct N2 b2;
// CHECK-LABEL: global a2:
// CHECK: anon struct P2.1 kind={{[A-Z]+}} size=[[SZ2:[0-9]+]] align=[[AL2:[0-9]+]]
// CHECK-LABEL: global b2:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ2]] align=[[AL2]]

struct __attribute__((packed)) P3 { char c; struct { char d; int x; }; };
struct N3 { char d; int x; };
struct P3 a3; struct N3 b3;
// CHECK-LABEL: global a3:
// CHECK: anon struct P3.1 kind={{[A-Z]+}} size=[[SZ3:[0-9]+]] align=[[AL3:[0-9]+]]
// CHECK-LABEL: global b3:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ3]] align=[[AL3]]

struct P4 { char c; union { char d[5]; int x; }; };
union N4 { char d[5]; int x; };
struct P4 a4; union N4 b4;
// CHECK-LABEL: global a4:
// CHECK: anon struct P4.1 kind={{[A-Z]+}} size=[[SZ4:[0-9]+]] align=[[AL4:[0-9]+]]
// CHECK-LABEL: global b4:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ4]] align=[[AL4]]

struct P5 { char c; struct { long double ld; char e; }; };
struct N5 { long double ld; char e; };
struct P5 a5; struct N5 b5;
// CHECK-LABEL: global a5:
// CHECK: anon struct P5.1 kind={{[A-Z]+}} size=[[SZ5:[0-9]+]] align=[[AL5:[0-9]+]]
// CHECK-LABEL: global b5:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ5]] align=[[AL5]]

struct P6 { char c; struct { unsigned b1 : 3; char d; unsigned b2 : 9; }; };
struct N6 { unsigned b1 : 3; char d; unsigned b2 : 9; };
struct P6 a6; struct N6 b6;
// CHECK-LABEL: global a6:
// CHECK: anon struct P6.1 kind={{[A-Z]+}} size=[[SZ6:[0-9]+]] align=[[AL6:[0-9]+]]
// CHECK-LABEL: global b6:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ6]] align=[[AL6]]

struct P7 { char c; union { struct { char d; double e; }; struct { short f; char g[11]; }; }; };
union N7 { struct { char d; double e; } s1; struct { short f; char g[11]; } s2; };
struct P7 a7; union N7 b7;
// CHECK-LABEL: global a7:
// CHECK: anon struct P7.1 kind={{[A-Z]+}} size=[[SZ7:[0-9]+]] align=[[AL7:[0-9]+]]
// CHECK-LABEL: global b7:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ7]] align=[[AL7]]

struct P8 { char c; struct { _Alignas(32) char d; }; };
struct N8 { _Alignas(32) char d; };
struct P8 a8; struct N8 b8;
// CHECK-LABEL: global a8:
// CHECK: anon struct P8.1 kind={{[A-Z]+}} size=[[SZ8:[0-9]+]] align=[[AL8:[0-9]+]]
// CHECK-LABEL: global b8:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ8]] align=[[AL8]]

struct P9 { short c; struct { __int128 q; char r; }; };
struct N9 { __int128 q; char r; };
struct P9 a9; struct N9 b9;
// CHECK-LABEL: global a9:
// CHECK: anon struct P9.1 kind={{[A-Z]+}} size=[[SZ9:[0-9]+]] align=[[AL9:[0-9]+]]
// CHECK-LABEL: global b9:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ9]] align=[[AL9]]

struct P10 { char c; struct { char x; struct { short y; int z; }; char w; }; };
struct N10 { char x; struct { short y; int z; } yz; char w; };
struct P10 a10; struct N10 b10;
// CHECK-LABEL: global a10:
// CHECK: anon struct P10.1 kind={{[A-Z]+}} size=[[SZ10:[0-9]+]] align=[[AL10:[0-9]+]]
// CHECK-LABEL: global b10:
// CHECK-NEXT: kind={{[A-Z]+}} size=[[SZ10]] align=[[AL10]]
