// Reduced by scripts/csmith-diff --reduce from `csmith --seed 31 --max-funcs 8 --max-block-depth 3 --max-expr-complexity 6 --no-packed-struct`.
// Failure: cross: stopped at poll 231/1005 on x86-64, restored on AArch64: exit 0, checksum = FFFFFFFF; uninterrupted: checksum = CD70A2A
// A regression test: migcc must agree with clang on this program.
// REQUIRES: qemu-aarch64
// RUN: %clang -O1 -I/usr/include/csmith %s -o %t.ref && %t.ref > %t.ref.out
// RUN: %migcc -O1 -I/usr/include/csmith %s -o %t.x86_64
// RUN: %migcc -O1 --target=aarch64-linux-gnu -I/usr/include/csmith %s -o %t.aarch64
// RUN: rm -f %t.mig
// RUN: env MIG_STOP_AT=116 MIG_CKPT=%t.mig timeout 60 %t.x86_64 > %t.stop.out; test $? -eq 85
// RUN: env MIG_RESTORE=%t.mig MIG_CKPT=%t.mig2 timeout 120 %run-aarch64 %t.aarch64 > %t.restore.out
// RUN: cat %t.stop.out %t.restore.out | diff %t.ref.out -

#include "csmith.h"
 union U0 {
    signed f0 : 14;
    int64_t  f1;
    int16_t  f2;
    int32_t  f3;
    volatile uint32_t  f4;
 };
  static volatile int32_t g_2[7][9][4] = {
{{6L,0x9314E764L,(-7L),6L},{0xFA942F34L,0xC007C7BEL,0L,(-4L)},{0L,(-10L),(-1L),(-7L)},{(-9L),0x0A35F394L,0x4ED832CBL,(-9L)},{0xFA942F34L,0x0A35F394L,(-3L),(-7L)},{(-7L),(-10L),(-7L),(-4L)},{(-9L),0xC007C7BEL,0x4ED832CBL,6L},{0L,0x9314E764L,0x4727CAD7L,(-7L)},{0L,0x4ED832CBL,0x4ED832CBL,0L}}
,{{(-9L),0x0A35F394L,(-7L),6L},{(-7L),0x9314E764L,(-3L),(-4L)},{0xFA942F34L,0x79B5CEC8L,0x4727CAD7L,1L},{(-5L),0x79B5CEC8L,(-3L),4L},{6L,(-1L),0x7CD2BAB9L,6L},{6L,0x4727CAD7L,0xB9E588CEL,(-9L)},{4L,0x79B5CEC8L,0xB9E588CEL,0x65F4E26CL},{6L,0x4ED832CBL,0x7CD2BAB9L,1L},{6L,0x5D7C1543L,(-3L),(-9L)}}
,{{4L,0x79B5CEC8L,0xB9E588CEL,0x65F4E26CL},{6L,0x4ED832CBL,0x7CD2BAB9L,1L},{6L,0x5D7C1543L,(-3L),(-9L)},{(-5L),(-1L),0x4727CAD7L,(-5L)},{6L,(-1L),0x9314E764L,(-9L)},{(-9L),0x5D7C1543L,0xB9E588CEL,1L},{1L,0x4ED832CBL,0x4727CAD7L,0x65F4E26CL},{6L,0x79B5CEC8L,0L,(-9L)},{6L,0x4727CAD7L,0x4727CAD7L,6L}}
,{{1L,(-1L),0xB9E588CEL,4L},{(-9L),0x79B5CEC8L,0x9314E764L,1L},{6L,0L,0x4727CAD7L,1L},{(-5L),0x79B5CEC8L,(-3L),4L},{6L,(-1L),0x7CD2BAB9L,6L},{6L,0L,0xC007C7BEL,(-5L)},{(-4L),0L,0xC007C7BEL,0xFA942F34L},{4L,0x4727CAD7L,(-7L),0x478144ADL},{0x65F4E26CL,0x0A35F394L,0x9314E764L,(-5L)}}
};
  static int32_t g_3[7] = {
(-5L),(-5L),(-5L),(-5L),(-5L),(-5L),(-5L)};
  static volatile int32_t g_7 = 0xE5DEFA76L;
  static volatile int32_t g_8 = (-5L);
  static int32_t g_9 = 0xFFCACAF8L;
  static int32_t *g_25 = &g_3[6];
  static int32_t ** volatile g_24 = &g_25;
  static volatile int32_t g_28 = 0x80C48983L;
  static int32_t g_29 = 1L;
  static int32_t g_32 = 0x401BC10BL;
  static int16_t g_47 = 0xFCB8L;
  static int16_t g_67 = 6L;
  static int32_t g_71[8] = {
(-5L),(-5L),(-5L),(-5L),(-5L),(-5L),(-5L),(-5L)};
  static uint32_t g_118 = 18446744073709551615UL;
  static union U0 g_121 = {
1L};
  static volatile int64_t g_142[2] = {
0L,0L};
  static uint8_t g_145 = 1UL;
  static int32_t g_165 = 0x6B59DBCAL;
  static int16_t *g_176 = &g_67;
  static int16_t **g_175[10] = {
&g_176,&g_176,&g_176,&g_176,&g_176,&g_176,&g_176,&g_176,&g_176,&g_176};
  static int16_t g_198[3][10] = {
{(-1L),1L,(-1L),(-1L),1L,(-1L),(-1L),1L,(-1L),(-1L)}
,{1L,1L,0x850DL,1L,1L,0x850DL,1L,1L,0x850DL,1L}
,{1L,(-1L),(-1L),1L,(-1L),(-1L),1L,(-1L),(-1L),1L}
};
  static int32_t g_204 = 0x6ECFE255L;
  static int32_t *g_208 = (void*)0;
  static int32_t ** volatile g_207 = &g_208;
  static int8_t g_228 = 0L;
  static int8_t g_230 = 0xC0L;
  static int8_t g_241 = 0x74L;
  static uint64_t g_252 = 18446744073709551608UL;
  static uint16_t g_265 = 0UL;
  static int64_t g_317[6] = {
1L,1L,1L,1L,1L,1L};
  static uint32_t g_377 = 0x8E8D610EL;
  static int32_t * volatile g_402 = &g_71[2];
  static volatile union U0 g_433 = {
0L};
  static union U0 *g_472 = (void*)0;
  static int32_t * volatile g_485 = &g_71[2];
  static int32_t * volatile g_501 = &g_71[3];
  static union U0 ** volatile g_507[6][6][3] = {
{{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472}}
,{{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472}}
,{{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472},{&g_472,&g_472,&g_472}}
};
  static uint32_t g_522 = 0xA3370FCEL;
  static uint16_t g_552[10][10][2] = {
{{65535UL,65529UL},{0x7556L,0x89D7L},{0xA8AAL,0UL},{0UL,65535UL},{65529UL,65531UL},{65534UL,65531UL},{65529UL,65535UL},{0UL,0UL},{0xA8AAL,0x0943L},{0UL,65529UL}}
};
  static uint16_t g_554[6][9] = {
{6UL,65532UL,65532UL,6UL,65532UL,65532UL,6UL,65532UL,65532UL}
,{6UL,65532UL,65532UL,6UL,65532UL,65532UL,6UL,65532UL,65532UL}
,{6UL,65532UL,65532UL,6UL,65532UL,65532UL,6UL,65532UL,65532UL}
};
  static union U0 g_583 = {
-9L};
  static union U0 g_641 = {
1L};
  static volatile int32_t g_645 = 1L;
  static int32_t ** volatile g_655 = &g_25;
  static const volatile union U0 g_672 = {
0xD0810916L};
  static const int32_t * func_10(int32_t * p_11, int32_t * p_12, int32_t * p_13, int32_t * p_14);
  static int32_t  func_15(int32_t  p_16, const uint64_t  p_17, int32_t * p_18, int32_t * p_19);
  static int32_t  func_1(void) {
      int32_t l_6 = 6L;
     int64_t *l_668[3];
     uint16_t l_674 = 0x2EC7L;
     int i;
 lbl_660:     for (g_3[1] = 0;
 (g_3[1] > (-22));
 g_3[1] = safe_sub_func_int64_t_s_s(g_3[1], 9))     {          return l_6;     }
     if (g_3[1])     {          int32_t *l_20 = (void*)0;         const int32_t *l_651 = &g_3[4];         uint16_t *l_664 = &g_554[3][5];         for (l_6 = 0; (l_6 <= 6); l_6 += 1)         {              int8_t l_654[8];             int32_t l_656 = (-1L);             uint8_t *l_657 = &g_145;             int32_t **l_661[10][1][10] = {{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}},{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}},{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}},{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}},{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}},{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}},{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}},{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}},{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}},{{&g_25,&g_25,&g_25,&l_20,&g_25,&g_25,&g_25,&g_25,&l_20,&g_25}}};             int i, j, k;             for (i = 0; i < 8; i++)                 l_654[i] = (-9L);             for (g_9 = 5; (g_9 >= 0); g_9 -= 1)             {                  int32_t *l_614 = (void*)0;                 const int32_t *l_650 = (void*)0;                 const int32_t **l_649[6][9] = {{&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650},{&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650,&l_650}};                 int i, j;                 l_651 = func_10((((0x71E8EE62L != 0x365D5A10L) < (func_15(g_3[g_9], g_3[1], &g_3[g_9], l_20) , 0xC5A83730D04F597CLL)) , (*g_24)), l_614, &g_204, &g_71[5]);             }             if ((safe_rshift_func_uint8_t_u_u((1UL != l_654[3]), g_198[0][7])))             {                  return (*g_485);             }             else             {                  (*g_655) = (*g_24);             }             if ((l_656 <= (++(*l_657))))             {                  if (g_9)                     goto lbl_660;             }             else             {                  if ((*g_402))                     break;                 return l_6;             }             l_651 = (*g_24);         }         for (g_252 = 0; (g_252 <= 5); g_252 += 1)         {              int32_t l_669 = 0xF592F1A6L;             int32_t l_673 = (-8L);             if (l_6)             {                  uint16_t **l_665 = &l_664;                 int32_t l_670 = 2L;                 int8_t *l_671 = &g_241;                 l_6 = (safe_mul_func_int8_t_s_s(((*l_671) = ((((*l_665) = l_664) == &g_554[5][8]) != (safe_rshift_func_uint16_t_u_s(((l_668[2] == &g_142[0]) > ((*g_402) |= ((l_669 >= (-1L)) == l_670))), 6)))), 0xC4L));             }             else             {                  (*g_25) &= (-1L);             }             (*g_25) = (g_672 , ((void*)0 != l_664));             if (l_6)                 continue;             for (g_204 = 0; (g_204 <= 5); g_204 += 1)             {                  l_673 ^= 0x569510C2L;                 if (l_6)                     continue;                 (*g_501) |= 0xC72FF382L;             }         }         return (*g_485);     }
     else     {          return l_674;     }
 }
  static const int32_t * func_10(int32_t * p_11, int32_t * p_12, int32_t * p_13, int32_t * p_14) {
      uint32_t l_619[8][7][1] = {{{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL},{0UL},{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL}},{{0UL},{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL},{0UL},{0x2BB8F09BL},{4294967293UL}},{{0x2BB8F09BL},{0UL},{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL},{0UL},{0x2BB8F09BL}},{{4294967293UL},{0x2BB8F09BL},{0UL},{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL},{0UL}},{{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL},{0UL},{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL}},{{0UL},{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL},{0UL},{0x2BB8F09BL},{4294967293UL}},{{0x2BB8F09BL},{0UL},{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL},{0UL},{0x2BB8F09BL}},{{4294967293UL},{0x2BB8F09BL},{0UL},{0x2BB8F09BL},{4294967293UL},{0x2BB8F09BL},{0UL}}};
     int32_t *l_644[3];
     uint64_t l_646 = 0xF10E18D8FC199822LL;
     int i, j, k;
     for (i = 0;
 i < 3;
 i++)         l_644[i] = &g_32;
     if ((safe_sub_func_uint32_t_u_u((g_317[1] != (safe_lshift_func_int8_t_s_s(g_2[1][2][0], (l_619[4][1][0] != 8L)))), ((void*)0 != &g_175[5]))))     {          uint64_t l_624 = 18446744073709551609UL;         int32_t **l_630[4][6] = {{&g_25,&g_25,&g_25,&g_25,&g_25,&g_25},{&g_25,&g_25,&g_25,&g_25,&g_25,&g_25},{&g_25,&g_25,&g_25,&g_25,&g_25,&g_25},{&g_25,&g_25,&g_25,&g_25,&g_25,&g_25}};         int i, j;         for (g_228 = 0; (g_228 >= 0); g_228 = safe_add_func_uint16_t_u_u(g_228, 9))         {              uint16_t l_625 = 1UL;             int32_t **l_629 = &g_25;             uint32_t **l_638 = (void*)0;             for (g_121.f2 = (-13); (g_121.f2 != (-24)); --g_121.f2)             {                  int32_t **l_628[9][8] = {{(void*)0,(void*)0,&g_25,&g_25,&g_25,&g_208,(void*)0,&g_208},{(void*)0,(void*)0,&g_208,&g_25,&g_208,&g_208,&g_25,&g_208},{(void*)0,(void*)0,&g_25,&g_25,&g_25,&g_208,(void*)0,&g_208},{(void*)0,(void*)0,&g_208,&g_25,&g_208,&g_208,&g_25,&g_208},{(void*)0,(void*)0,&g_25,&g_25,&g_25,&g_208,(void*)0,&g_208},{(void*)0,(void*)0,&g_208,&g_25,&g_208,&g_208,&g_25,&g_208},{(void*)0,(void*)0,&g_25,&g_25,&g_25,&g_208,(void*)0,&g_208},{(void*)0,(void*)0,&g_208,&g_25,&g_208,&g_208,&g_25,&g_208},{(void*)0,(void*)0,&g_25,&g_25,&g_25,&g_208,(void*)0,&g_208}};                 int i, j;                 if (l_624)                     break;                 l_625++;                 p_11 = (*g_207);             }             (*l_629) = (void*)0;             (*g_24) = p_13;             for (g_377 = (-22); (g_377 >= 1); ++g_377)             {                  return (*g_207);             }         }         l_644[1] = (p_11 = l_644[2]);     }
     return p_14;
 }
  static int32_t  func_15(int32_t  p_16, const uint64_t  p_17, int32_t * p_18, int32_t * p_19) {
      int32_t *l_23 = &g_3[1];
     int16_t l_36 = 0xF497L;
     for (p_16 = 3;
 (p_16 == (-13));
 p_16--)     {          return g_7;     }
     (*g_24) = l_23;
     return (*p_18);
 }
  int main (int argc, char* argv[]) {
     int i, j, k;
     int print_hash_value = 0;
     if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
     platform_main_begin();
     crc32_gentab();
     func_1();
     transparent_crc(g_47, "g_47", print_hash_value);
     transparent_crc(g_67, "g_67", print_hash_value);
     for (i = 0;
 i < 8;
 i++)     {         transparent_crc(g_71[i], "g_71[i]", print_hash_value);         if (print_hash_value) printf("index = [%d]\n", i);     }
     for (i = 0;
 i < 6;
 i++)     {         for (j = 0; j < 9; j++)         {             transparent_crc(g_554[i][j], "g_554[i][j]", print_hash_value);             if (print_hash_value) printf("index = [%d][%d]\n", i, j);         }     }
     platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
 }
