// The generated descriptors compile without warnings under gcc-12 (x86-64
// and AArch64) and give the same layout as clang's build. The unit is
// preprocessed by gcc, as migcc would for a gcc build (field names such as
// sa_handler are macros in the headers).
// RUN: gcc-12 -E %s -o %t.i
// RUN: typeinfo-dump %t.i -- --target=x86_64-linux-gnu > %t.c
// RUN: gcc-12 -Wall -Wextra -Werror -I %S/../../typeinfo/include -c %t.c -o %t.gcc.o
// RUN: gcc-12 -Wall -Werror -I %S/../../typeinfo/include %t.c %S/Inputs/scalars.c -o %t.gcc
// RUN: %clang -Wall -Wextra -Werror -I %S/../../typeinfo/include %t.c %S/Inputs/scalars.c -o %t.clang
// RUN: %t.gcc > %t.gcc.out
// RUN: %t.clang > %t.clang.out
// RUN: diff %t.gcc.out %t.clang.out
// RUN: %FileCheck %s < %t.gcc.out
// RUN: aarch64-linux-gnu-gcc -E %s -o %t.a64.i
// RUN: typeinfo-dump %t.a64.i -- --target=aarch64-linux-gnu > %t.a64.c
// RUN: aarch64-linux-gnu-gcc -Wall -Wextra -Werror -I %S/../../typeinfo/include -c %t.a64.c -o %t.a64.o
#include <stdarg.h>
#include <setjmp.h>
#include <pthread.h>
#include <sys/stat.h>
#include <signal.h>
#include <netinet/in.h>

struct bits { unsigned a : 3; int b : 5; _Bool c : 1; unsigned : 0; long long w : 40; };
struct bits g_bits;
// CHECK-LABEL: global g_bits: struct bits
// CHECK: "w" long long off=0 count=1 width=40 index=3 bits=64..103(40)
enum e { E1 = 1, E2 } ;
struct ebits { enum e x : 2; unsigned __int128 big : 100; };
struct ebits g_ebits;
// CHECK-LABEL: global g_ebits: struct ebits
// CHECK: "x" enum e off=0 count=1 width=2 index=0 bits=0..1(2)
// CHECK: "big" unsigned __int128 off=0 count=1 width=100 index=1 bits=2..101(100)
struct anon { int k; struct { unsigned f : 3; int t; }; union { struct { char x; short y; }; long z; }; struct { int p; } arr[2][2]; };
struct anon g_anon;
// CHECK-LABEL: global g_anon: struct anon
// CHECK: "f" unsigned int off=0 count=1 width=3 index=0 bits=0..2(3)
struct al { char c; _Alignas(32) int x; };
struct al g_al;
// CHECK-LABEL: global g_al: struct al
// CHECK-NEXT: struct al kind=STRUCT size=64 align=32
struct al_anon { char c; struct { char d; _Alignas(16) int y; }; };
struct al_anon g_al_anon;
// CHECK-LABEL: global g_al_anon: struct al_anon
// CHECK-NEXT: struct al_anon kind=STRUCT size=48 align=16
// CHECK: anon struct al_anon.1 kind=STRUCT size=32 align=16
struct __attribute__((packed)) pk_anon { char c; union { int i; char b[3]; }; };
struct pk_anon g_pk_anon;
// CHECK-LABEL: global g_pk_anon: struct pk_anon
// CHECK-NEXT: struct pk_anon kind=STRUCT size=5 align=1 flags=---K
// CHECK: [1] "" anon struct pk_anon.1 off=1 count=1
va_list g_va;
jmp_buf g_jb;
// CHECK-LABEL: global g_jb: struct __jmp_buf_tag count=1
// CHECK-NEXT: kind=JMPBUF
sigjmp_buf g_sjb;
// CHECK-LABEL: global g_sjb: struct __jmp_buf_tag count=1
pthread_mutex_t g_mutex;
// CHECK-LABEL: global g_mutex: pthread_mutex_t
// CHECK-NEXT: pthread_mutex_t kind=MUTEX size=40 align=8 flags=-Y-- nfields=0
pthread_cond_t g_cond;
// CHECK-LABEL: global g_cond: pthread_cond_t
// CHECK-NEXT: pthread_cond_t kind=COND size=48 align=8 flags=-Y-- nfields=0
struct stat g_st;
struct sigaction g_sa;
struct sockaddr_in6 g_sin6;
_Complex double g_cd;
long double g_ld[3];
