// Layout facts of descriptors, computed by each target compiler.
// RUN: %clang --target=x86_64-linux-gnu -E %s -o %t.x86.i
// RUN: typeinfo-dump %t.x86.i -- --target=x86_64-linux-gnu > %t.x86.c
// RUN: %clang --target=x86_64-linux-gnu -Wall -Werror -I %S/../../typeinfo/include %t.x86.c %S/Inputs/scalars.c -o %t.x86
// RUN: %t.x86 | %FileCheck %s --check-prefixes=CHECK,X86
// RUN: %clang --target=aarch64-linux-gnu -E %s -o %t.a64.i
// RUN: typeinfo-dump %t.a64.i -- --target=aarch64-linux-gnu > %t.a64.c
// RUN: %clang --target=aarch64-linux-gnu -Wall -Werror -I %S/../../typeinfo/include %t.a64.c %S/Inputs/scalars.c -o %t.a64
// RUN: %run-aarch64 %t.a64 | %FileCheck %s --check-prefixes=CHECK,A64
// The descriptor text is the same for both targets (no system type here
// differs between them).
// RUN: sed -n '/typeinfo-dump ----/,$p' %t.x86.c > %t.x86.defs
// RUN: sed -n '/typeinfo-dump ----/,$p' %t.a64.c > %t.a64.defs
// RUN: diff %t.x86.defs %t.a64.defs
#include <stdarg.h>
#include <stddef.h>
#include <time.h>

struct mixed { char c; short s; int i; long l; float f; double d; long double ld; _Bool b; };
struct mixed g_mixed;
// CHECK-LABEL: global g_mixed: struct mixed count=1
// CHECK-NEXT: struct mixed kind=STRUCT size=64 align=16 flags=---- nfields=8
// CHECK-NEXT: [0] "c" char off=0 count=1
// CHECK-NEXT: [1] "s" short off=2 count=1
// CHECK-NEXT: [2] "i" int off=4 count=1
// CHECK-NEXT: [3] "l" long off=8 count=1
// CHECK-NEXT: [4] "f" float off=16 count=1
// CHECK-NEXT: [5] "d" double off=24 count=1
// CHECK-NEXT: [6] "ld" long double off=32 count=1
// CHECK-NEXT: [7] "b" _Bool off=48 count=1

struct node { int v; struct node *next; };
struct outer { char tag; struct node n; struct node arr[3]; int m[3][4]; };
struct outer g_outer;
// CHECK-LABEL: global g_outer: struct outer count=1
// CHECK-NEXT: struct outer kind=STRUCT size=120 align=8 flags=--P- nfields=4
// CHECK-NEXT: [0] "tag" char off=0 count=1
// CHECK-NEXT: [1] "n" struct node off=8 count=1
// CHECK-NEXT: struct node kind=STRUCT size=16 align=8 flags=--P- nfields=2
// CHECK-NEXT: [0] "v" int off=0 count=1
// CHECK-NEXT: [1] "next" ptr off=8 count=1
// CHECK-NEXT: [2] "arr" struct node off=24 count=3
// CHECK:      [3] "m" int off=72 count=12

struct node g_nodes[2][3];
// CHECK-LABEL: global g_nodes: struct node count=6
int g_2d[3][4];
// CHECK-LABEL: global g_2d: int count=12
// CHECK-NEXT: int kind=INT size=4 align=4

union u { int i; double d; char c[3]; };
union u g_u;
// CHECK-LABEL: global g_u: union u count=1
// CHECK-NEXT: union u kind=UNION size=8 align=8 flags=---- nfields=3
// CHECK-NEXT: [0] "i" int off=0 count=1
// CHECK-NEXT: [1] "d" double off=0 count=1
// CHECK-NEXT: [2] "c" char off=0 count=3

enum col { RED, GREEN } g_col;
// CHECK-LABEL: global g_col: enum col count=1
// CHECK-NEXT: enum col kind=ENUM size=4 align=4 flags=---- nfields=0
enum neg { NA = -1, NB } g_neg;
// CHECK-LABEL: global g_neg: enum neg count=1
// CHECK-NEXT: enum neg kind=ENUM size=4 align=4 flags=S--- nfields=0
enum big { BIG = 0x100000000 } g_big;
// CHECK-LABEL: global g_big: enum big count=1
// CHECK-NEXT: enum big kind=ENUM size=8 align=8 flags=---- nfields=0

struct bits { unsigned a : 3; int b : 5; _Bool c : 1; unsigned : 0; enum col e : 2; long long w : 40; signed char sc : 2; };
struct bits g_bits;
// CHECK-LABEL: global g_bits: struct bits count=1
// CHECK-NEXT: struct bits kind=STRUCT size=16 align=8 flags=---- nfields=6 probe
// CHECK-NEXT: [0] "a" unsigned int off=0 count=1 width=3 index=0 bits=0..2(3)
// CHECK-NEXT: [1] "b" int off=0 count=1 width=5 index=1 bits=3..7(5)
// CHECK-NEXT: [2] "c" _Bool off=0 count=1 width=1 index=2 bits=8..8(1)
// CHECK-NEXT: [3] "e" enum col off=0 count=1 width=2 index=3 bits=32..33(2)
// CHECK-NEXT: [4] "w" long long off=0 count=1 width=40 index=4 bits=64..103(40)
// CHECK-NEXT: [5] "sc" signed char off=0 count=1 width=2 index=5 bits=104..105(2)

_Bool g_bool;
// CHECK-LABEL: global g_bool: _Bool count=1
// CHECK-NEXT: _Bool kind=BOOL size=1 align=1
long double g_ld;
// CHECK-LABEL: global g_ld: long double count=1
// CHECK-NEXT: long double kind=LDOUBLE size=16 align=16

char *g_p;
// CHECK-LABEL: global g_p: ptr count=1
int (*g_fp)(int);
// CHECK-LABEL: global g_fp: int (*)(int) count=1
void (*g_fps[4])(void);
// CHECK-LABEL: global g_fps: fnptr count=4
int (*g_parr)[8];
// CHECK-LABEL: global g_parr: ptr count=1

typedef struct { int x; void (*cb)(void); } anon_t;
anon_t g_anon;
// CHECK-LABEL: global g_anon: anon_t count=1
// CHECK-NEXT: anon_t kind=STRUCT size=16 align=8 flags=--P- nfields=2
// CHECK-NEXT: [0] "x" int off=0 count=1
// CHECK-NEXT: [1] "cb" fnptr off=8 count=1

struct wa { char k; union { int ai; double ad; }; struct { char q; int r; } named[2]; struct { short s1; short s2; }; };
struct wa g_wa;
// CHECK-LABEL: global g_wa: struct wa count=1
// CHECK-NEXT: struct wa kind=STRUCT size=40 align=8 flags=---- nfields=4
// CHECK-NEXT: [0] "k" char off=0 count=1
// CHECK-NEXT: [1] "" anon struct wa.1 off=8 count=1
// CHECK-NEXT: anon struct wa.1 kind=UNION size=8 align=8 flags=---- nfields=2
// CHECK-NEXT: [0] "ai" int off=0 count=1
// CHECK-NEXT: [1] "ad" double off=0 count=1
// CHECK-NEXT: [2] "named" anon struct wa.2 off=16 count=2
// CHECK-NEXT: anon struct wa.2 kind=STRUCT size=8 align=4 flags=---- nfields=2
// CHECK-NEXT: [0] "q" char off=0 count=1
// CHECK-NEXT: [1] "r" int off=4 count=1
// CHECK-NEXT: [3] "" anon struct wa.3 off=32 count=1
// CHECK-NEXT: anon struct wa.3 kind=STRUCT size=4 align=2 flags=---- nfields=2
// CHECK-NEXT: [0] "s1" short off=0 count=1
// CHECK-NEXT: [1] "s2" short off=2 count=1

// Anonymous members starting with / holding bitfields, nested ones.
struct ab { int k; struct { unsigned f1 : 3; unsigned f2 : 7; int tail; }; union { struct { char x; short y; }; long z; }; };
struct ab g_ab;
// CHECK-LABEL: global g_ab: struct ab count=1
// CHECK-NEXT: struct ab kind=STRUCT size=24 align=8 flags=---- nfields=3
// CHECK-NEXT: [0] "k" int off=0 count=1
// CHECK-NEXT: [1] "" anon struct ab.1 off=4 count=1
// CHECK-NEXT: anon struct ab.1 kind=STRUCT size=8 align=4 flags=---- nfields=3 probe
// CHECK-NEXT: [0] "f1" unsigned int off=0 count=1 width=3 index=0 bits=0..2(3)
// CHECK-NEXT: [1] "f2" unsigned int off=0 count=1 width=7 index=1 bits=3..9(7)
// CHECK-NEXT: [2] "tail" int off=4 count=1
// CHECK-NEXT: [2] "" anon struct ab.2 off=16 count=1
// CHECK-NEXT: anon struct ab.2 kind=UNION size=8 align=8 flags=---- nfields=2
// CHECK-NEXT: [0] "" anon struct ab.2.0 off=0 count=1
// CHECK-NEXT: anon struct ab.2.0 kind=STRUCT size=4 align=2 flags=---- nfields=2
// CHECK-NEXT: [0] "x" char off=0 count=1
// CHECK-NEXT: [1] "y" short off=2 count=1
// CHECK-NEXT: [1] "z" long off=0 count=1

struct fam { int n; double d[]; };
struct fam g_fam;
// CHECK-LABEL: global g_fam: struct fam count=1
// CHECK-NEXT: struct fam kind=STRUCT size=8 align=8 flags=---- nfields=2
// CHECK-NEXT: [0] "n" int off=0 count=1
// CHECK-NEXT: [1] "d" double off=8 count=0

struct __attribute__((packed)) pk { char c; int i; long *p; };
struct pk g_pk;
// CHECK-LABEL: global g_pk: struct pk count=1
// CHECK-NEXT: struct pk kind=STRUCT size=13 align=1 flags=--PK nfields=3
// CHECK-NEXT: [0] "c" char off=0 count=1
// CHECK-NEXT: [1] "i" int off=1 count=1
// CHECK-NEXT: [2] "p" ptr off=5 count=1

va_list g_va;
// CHECK-LABEL: global g_va: va_list count=1
// X86-NEXT: va_list kind=UNSAFE size=24 align=8
// A64-NEXT: va_list kind=UNSAFE size=32 align=8
struct hasva { int n; va_list ap; };
struct hasva g_hasva;
// CHECK-LABEL: global g_hasva: struct hasva count=1
// CHECK: [1] "ap" va_list off=8 count=1

struct timespec g_ts;
// CHECK-LABEL: global g_ts: struct timespec count=1
// CHECK-NEXT: struct timespec kind=STRUCT size=16 align=8 flags=-Y-- nfields=2
// CHECK-NEXT: [0] "tv_sec" long off=0 count=1
// CHECK-NEXT: [1] "tv_nsec" long off=8 count=1

__int128 g_i128;
// CHECK-LABEL: global g_i128: __int128 count=1
// CHECK-NEXT: __int128 kind=INT128 size=16 align=16
unsigned __int128 g_u128;
// CHECK-LABEL: global g_u128: unsigned __int128 count=1
// CHECK-NEXT: unsigned __int128 kind=UINT128 size=16 align=16
_Complex float g_cf;
// CHECK-LABEL: global g_cf: _Complex float count=1
// CHECK-NEXT: _Complex float kind=CFLOAT size=8 align=4
_Complex long double g_cld;
// CHECK-LABEL: global g_cld: _Complex long double count=1
// CHECK-NEXT: _Complex long double kind=CLDOUBLE size=32 align=16
_Atomic(long) g_atomic;
// CHECK-LABEL: global g_atomic: long count=1
typedef int v4si __attribute__((vector_size(16)));
v4si g_vec;
// CHECK-LABEL: global g_vec: vector 16 count=1
// CHECK-NEXT: vector 16 kind=BYTES size=16 align=16
signed char g_sc; unsigned char g_uc; char g_c;
// CHECK-LABEL: global g_sc: signed char count=1
// CHECK-LABEL: global g_uc: unsigned char count=1
// CHECK-LABEL: global g_c: char count=1

// wchar_t is int on x86-64, unsigned int on AArch64: int on both.
wchar_t g_wc[2];
// CHECK-LABEL: global g_wc: int count=2

// Unnamed types of file-scope variables are named through the variable.
struct { int z; char *p; } g_unnamed;
// CHECK-LABEL: global g_unnamed: anon g_unnamed count=1
// CHECK-NEXT: anon g_unnamed kind=STRUCT size=16 align=8 flags=--P- nfields=2
// CHECK-NEXT: [0] "z" int off=0 count=1
// CHECK-NEXT: [1] "p" ptr off=8 count=1
static struct { double d; } g_unnamed_arr[4];
// CHECK-LABEL: global g_unnamed_arr: anon g_unnamed_arr count=4
// CHECK-NEXT: anon g_unnamed_arr kind=STRUCT size=8 align=8
enum { UA, UB = -3 } g_unnamed_enum;
// CHECK-LABEL: global g_unnamed_enum: anon g_unnamed_enum count=1
// CHECK-NEXT: anon g_unnamed_enum kind=ENUM size=4 align=4 flags=S---
const struct { int c; } g_unnamed_const = {1};
// CHECK-LABEL: global g_unnamed_const: error: unnamed struct/union without a typedef cannot be described
void use_unnamed(void) { (void)g_unnamed_arr; }
