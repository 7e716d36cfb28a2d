// Reduced by scripts/csmith-diff --reduce from `csmith --seed 38 --max-funcs 8 --max-block-depth 3 --max-expr-complexity 6 --no-packed-struct`.
// Failure: cross: stopping at poll 320/365: exit 0 (expected exit 85); stderr: mig: checkpoint refused: global prog.c:g_73 points to memory the runtime does not know (0x7f266fe00030)
// A regression test: migcc must agree with clang on this program.
// REQUIRES: qemu-aarch64
// RUN: %clang -O1 -I/usr/include/csmith %s -o %t.ref && %t.ref > %t.ref.out
// RUN: %migcc -O1 -I/usr/include/csmith %s -o %t.x86_64
// RUN: %migcc -O1 --target=aarch64-linux-gnu -I/usr/include/csmith %s -o %t.aarch64
// RUN: rm -f %t.mig
// RUN: env MIG_STOP_AT=320 MIG_CKPT=%t.mig timeout 60 %t.x86_64 > %t.stop.out; test $? -eq 85
// RUN: env MIG_RESTORE=%t.mig MIG_CKPT=%t.mig2 timeout 120 %run-aarch64 %t.aarch64 > %t.restore.out
// RUN: cat %t.stop.out %t.restore.out | diff %t.ref.out -

#include "csmith.h"
 struct S0 {
    uint8_t  f0;
    uint16_t  f1;
    volatile uint32_t  f2;
    int8_t  f3;
 };
  static uint32_t g_19 = 0UL;
  static uint32_t g_45 = 0x657CF7A0L;
  static uint64_t g_48 = 0x1832D748AEE51190LL;
  static int8_t g_54 = 0xF8L;
  static int8_t g_63 = 0x5FL;
  static volatile struct S0 g_65 = {
255UL,0xD8E7L,4294967291UL,0xB2L};
  static volatile struct S0 * volatile g_68 = &g_65;
  static volatile int32_t * const g_69 = (void*)0;
  static int32_t g_74 = 0x50630208L;
  static int32_t *g_73[7] = {
&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74};
  static uint8_t g_80 = 1UL;
  static const struct S0 g_86 = {
1UL,65529UL,0x4D5381D8L,-1L};
  static volatile struct S0 g_122[6] = {
{252UL,0xD1CEL,0xE09151F0L,0xF6L}
,{252UL,0xD1CEL,0xE09151F0L,0xF6L}
,{2UL,0x6DE0L,0xDF947B41L,-1L}
,{252UL,0xD1CEL,0xE09151F0L,0xF6L}
,{252UL,0xD1CEL,0xE09151F0L,0xF6L}
,{2UL,0x6DE0L,0xDF947B41L,-1L}
};
  static volatile struct S0 *g_121[3][4] = {
{&g_122[2],&g_122[2],&g_122[2],&g_122[2]}
,{&g_122[2],&g_122[2],&g_122[2],&g_122[2]}
,{&g_122[2],&g_122[2],&g_122[2],&g_122[2]}
};
  static struct S0 g_124 = {
0x92L,4UL,0x064F7A50L,0x19L};
  static uint16_t g_136 = 4UL;
  static volatile uint8_t g_149 = 2UL;
  static struct S0 g_158 = {
0UL,65533UL,0x11E01BE6L,0x33L};
  static int16_t g_221 = 5L;
  static struct S0 g_230 = {
1UL,0xD540L,1UL,0x04L};
  static uint32_t g_248 = 0xFC0F78E1L;
  static volatile uint32_t *g_276 = (void*)0;
  static volatile uint32_t * volatile *g_275 = &g_276;
  static volatile uint32_t * volatile **g_274[10][6] = {
};
  static volatile uint32_t * volatile ** volatile *g_273[9] = {
&g_274[1][3],&g_274[1][3],&g_274[8][3],&g_274[1][3],&g_274[1][3],&g_274[8][3],&g_274[1][3],&g_274[1][3],&g_274[8][3]};
  static int32_t * volatile g_281 = &g_74;
  static struct S0 *g_292 = &g_230;
  static struct S0 **g_291 = &g_292;
  static uint32_t *g_312 = &g_45;
  static volatile struct S0 g_328 = {
0x53L,6UL,7UL,0x37L};
  static volatile struct S0 g_329 = {
0xEEL,0UL,1UL,0xB2L};
  static int32_t ** volatile g_339 = &g_73[6];
  static int32_t * volatile g_341 = &g_74;
  static int32_t * volatile * volatile g_342 = &g_281;
  static int64_t g_356 = 0x96D85EFD67946D1BLL;
  static struct S0 ***g_380 = &g_291;
  static struct S0 ****g_379 = &g_380;
  static struct S0 ***** volatile g_378 = &g_379;
  static struct S0 g_393 = {
0x0EL,0x9066L,4294967294UL,8L};
  static volatile struct S0 g_410[2] = {
{250UL,0x9FE3L,0x95734132L,0xE4L}
,{250UL,0x9FE3L,0x95734132L,0xE4L}
};
  static uint16_t g_431 = 0x20A0L;
  static volatile struct S0 g_551 = {
255UL,0x3060L,1UL,5L};
  static uint32_t ***g_573[8] = {
(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
  static uint32_t ****g_572 = &g_573[0];
  static uint32_t *****g_571 = &g_572;
  static uint8_t g_656 = 0x1FL;
  static struct S0 g_667 = {
0x42L,0UL,4294967295UL,0xECL};
  static struct S0 * const g_666 = &g_667;
  static struct S0 * const *g_665[9][2][4] = {
{{(void*)0,(void*)0,&g_666,&g_666},{(void*)0,(void*)0,(void*)0,&g_666}}
,{{(void*)0,&g_666,&g_666,(void*)0},{(void*)0,&g_666,&g_666,&g_666}}
,{{&g_666,(void*)0,&g_666,&g_666},{(void*)0,(void*)0,&g_666,&g_666}}
,{{(void*)0,(void*)0,(void*)0,&g_666},{(void*)0,&g_666,&g_666,(void*)0}}
};
  static uint16_t  func_7(uint32_t  p_8);
  static uint8_t  func_13(int32_t  p_14, uint16_t  p_15, uint32_t  p_16, int16_t  p_17, int16_t  p_18);
  static uint64_t  func_22(uint32_t  p_23, uint64_t  p_24);
  static uint16_t  func_29(uint32_t  p_30, const uint64_t  p_31, int32_t  p_32);
  static uint32_t  func_33(uint16_t  p_34, uint64_t  p_35, int32_t  p_36, uint8_t  p_37);
  static int64_t  func_39(uint64_t  p_40, uint64_t  p_41);
  static int8_t  func_55(uint32_t  p_56, int16_t  p_57, uint32_t  p_58, uint16_t  p_59);
  static uint32_t  func_1(void) {
      int16_t l_2 = 0L;
     uint32_t l_522 = 4294967288UL;
     uint32_t *l_523[3];
     int32_t l_524 = 0xCD151A34L;
     uint16_t *l_654 = (void*)0;
     uint16_t *l_655 = &g_158.f1;
     int32_t *l_659 = &l_524;
     struct S0 * const *l_662 = &g_292;
     struct S0 * const **l_663 = (void*)0;
     struct S0 * const **l_664[7][1][1];
     int32_t l_668[2];
     uint32_t **l_699 = (void*)0;
     int i, j, k;
     for (i = 0;
 i < 3;
 i++)         l_523[i] = &g_248;
     for (i = 0;
 i < 7;
 i++)     {         for (j = 0; j < 1; j++)         {             for (k = 0; k < 1; k++)                 l_664[i][j][k] = &l_662;         }     }
     for (i = 0;
 i < 2;
 i++)         l_668[i] = (-1L);
     g_656 |= (l_2 == (safe_mul_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(((*l_655) = func_7((safe_add_func_int16_t_s_s(((((safe_lshift_func_uint8_t_u_s(func_13(g_19, (((safe_div_func_uint64_t_u_u(func_22((l_524 = ((((safe_rshift_func_uint8_t_u_s(((safe_mod_func_uint32_t_u_u((0x4ADCL > func_29(l_2, l_2, g_19)), g_19)) > l_522), g_19)) | 18446744073709551615UL) & l_2) || (-1L))), g_19), g_124.f3)) > l_2) > l_2), g_124.f1, g_86.f0, g_124.f3), 2)) >= l_2) ^ 1UL) > l_2), g_86.f1)))), l_2)), l_522)));
     if (((safe_mod_func_uint32_t_u_u((l_522 || ((*l_659) = (l_522 > 0L))), (safe_mod_func_int8_t_s_s((((-1L) == ((g_665[1][0][1] = l_662) == (void*)0)) , g_230.f1), l_668[0])))) < g_667.f0))     {          int8_t l_683 = 0x8AL;         int32_t l_684 = 0xEF34A15CL;         int32_t l_688 = (-6L);         int32_t l_689 = (-1L);         int32_t l_690 = 1L;         int32_t l_691 = 0x0FEF0BFAL;         int32_t l_692 = 0x5087212DL;         int32_t l_693 = 0xABBD1C5DL;         int32_t l_694 = 0x394C7BFBL;         (*l_659) = ((safe_rshift_func_int8_t_s_s(2L, (safe_mod_func_int64_t_s_s((safe_add_func_int16_t_s_s(((safe_mul_func_uint8_t_u_u((safe_div_func_uint8_t_u_u(g_328.f2, g_158.f1)), g_45)) && (*l_659)), g_54)), 18446744073709551609UL)))) , (*l_659));         for (g_248 = 0; (g_248 <= 6); g_248 += 1)         {              uint32_t l_679 = 18446744073709551612UL;             int32_t l_685 = 1L;             int32_t l_686 = (-9L);             int32_t l_687[1][8];             int16_t l_695 = 0x880EL;             uint8_t l_696 = 0x64L;             int i, j;             for (i = 0; i < 1; i++)             {                 for (j = 0; j < 8; j++)                     l_687[i][j] = 4L;             }         }     }
     else     {          return g_86.f2;     }
     return g_65.f1;
 }
  static uint16_t  func_7(uint32_t  p_8) {
      volatile struct S0 *l_552 = &g_65;
     int32_t **l_553 = &g_73[3];
     int8_t l_557[3][3] = {{(-1L),(-1L),(-1L)},{0xEFL,0x07L,0xEFL},{(-1L),(-1L),(-1L)}};
     int32_t l_559 = 0L;
     int32_t l_560 = 0xE9CBE9C6L;
     int32_t l_561 = 0x4451D8E2L;
     int32_t l_562[7];
     uint32_t l_564 = 1UL;
     uint32_t **l_570 = &g_312;
     uint32_t ***l_569 = &l_570;
     uint32_t ****l_568 = &l_569;
     uint32_t *****l_567[10] = {&l_568,&l_568,&l_568,&l_568,&l_568,&l_568,&l_568,&l_568,&l_568,&l_568};
     struct S0 **l_581 = &g_292;
     uint32_t l_608 = 1UL;
     int64_t *l_648 = &g_356;
     int i, j;
     for (i = 0;
 i < 7;
 i++)         l_562[i] = 0x8F308D57L;
     (*l_552) = g_551;
     (*l_553) = (void*)0;
     if ((safe_add_func_uint32_t_u_u(((+p_8) >= 0L), l_557[1][2])))     {          int32_t *l_558[10] = {(void*)0,&g_74,&g_74,&g_74,(void*)0,(void*)0,&g_74,&g_74,&g_74,(void*)0};         int16_t l_563 = 0xE9E7L;         int i;         l_564++;         g_571 = l_567[0];     }
     else     {          struct S0 ***l_582 = &l_581;         uint16_t *l_591[8][1][4] = {{{&g_230.f1,&g_230.f1,&g_230.f1,&g_230.f1}},{{&g_230.f1,&g_230.f1,&g_230.f1,&g_230.f1}},{{&g_230.f1,&g_230.f1,&g_230.f1,&g_230.f1}},{{&g_230.f1,&g_230.f1,&g_230.f1,&g_230.f1}},{{&g_230.f1,&g_230.f1,&g_230.f1,&g_230.f1}},{{&g_230.f1,&g_230.f1,&g_230.f1,&g_230.f1}},{{&g_230.f1,&g_230.f1,&g_230.f1,&g_230.f1}},{{&g_230.f1,&g_230.f1,&g_230.f1,&g_230.f1}}};         int32_t l_592 = 0x066F00F0L;         int32_t *l_593 = &l_561;         int16_t l_598[7][9] = {{0xA097L,(-10L),0xA097L,0L,(-1L),0xD54BL,0xA029L,0x4307L,(-1L)},{0x389FL,0xC5CFL,(-1L),9L,(-8L),(-5L),(-10L),0x5E16L,0L},{0xD54BL,0L,(-1L),0L,0L,(-1L),0L,0xD54BL,0xA097L},{0x1E3CL,0L,0x4E19L,0xC5CFL,0xEBD4L,0L,(-1L),0xA097L,(-10L)},{0L,0xC5CFL,0x4307L,(-1L),0xA097L,9L,0x5E16L,9L,0xA097L},{0xA029L,(-10L),(-10L),0xA029L,(-1L),(-8L),0x5E16L,0x1E3CL,0L},{(-1L),0x4307L,0xC5CFL,0L,(-10L),0x4E19L,(-1L),(-5L),(-1L)}};         int32_t l_599[3][4] = {{0xF7B8F6EEL,0xF7B8F6EEL,0L,0xF7B8F6EEL},{0xF7B8F6EEL,0xB8953FF0L,0xB8953FF0L,0xF7B8F6EEL},{0xB8953FF0L,0xF7B8F6EEL,0xB8953FF0L,0xB8953FF0L}};         int32_t l_604 = 0x55D890EEL;         uint32_t l_616 = 0UL;         const uint8_t l_651[8] = {255UL,255UL,255UL,255UL,255UL,255UL,255UL,255UL};         int i, j, k; lbl_633:         (*l_593) ^= (safe_mod_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s(((safe_add_func_int32_t_s_s((((*g_380) = (void*)0) == ((*l_582) = l_581)), ((****l_568) = (safe_add_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_u(((4UL <= ((g_431 = ((safe_sub_func_int16_t_s_s(((safe_lshift_func_int16_t_s_u((g_248 > g_431), 1)) == p_8), 0x9032L)) && 0x6968L)) == p_8)) == 0xEFB80693L), g_124.f2)), p_8))))) | 0x82DE8E09D25492E1LL), 0L)) , p_8), l_592));         for (g_431 = (-24); (g_431 <= 17); g_431 = safe_add_func_int64_t_s_s(g_431, 5))         {              int16_t l_600 = 0x38D0L;             int32_t l_601 = 0x759361A3L;             int32_t l_602 = 0xFA355EA4L;             int32_t l_603 = 0x99AAE679L;             int32_t l_605 = 2L;             int32_t l_606 = (-3L);             int32_t l_607 = 0L;             for (g_63 = 0; (g_63 <= 6); g_63 += 1)             {                  int32_t *l_596 = &l_562[0];                 int32_t *l_597[9][6] = {{&l_562[0],&l_560,&l_562[0],&l_562[0],&l_560,&l_562[0]},{&l_562[0],&l_560,&l_562[0],&l_562[0],&l_560,&l_562[0]},{&l_562[0],&l_560,&l_562[0],&l_562[0],&l_560,&l_562[0]},{&l_562[0],&l_560,&l_562[0],&l_562[0],&l_560,&l_562[0]},{&l_562[0],&l_560,&l_562[0],&l_562[0],&l_560,&l_562[0]},{&l_562[0],&l_560,&l_562[0],&l_562[0],&l_560,&l_562[0]},{&l_562[0],&l_560,&l_562[0],&l_562[0],&l_560,&l_562[0]},{&l_560,&l_562[0],&l_560,&l_560,&l_562[0],&l_560},{&l_560,&l_562[0],&l_560,&l_560,&l_562[0],&l_560}};                 int i, j;                 l_608--;                 (*l_593) = (0x7AD22136L || l_562[g_63]);             }             if ((((~(g_122[2].f3 , 0xC77E0D4BL)) ^ (((*l_593) = ((((safe_add_func_int64_t_s_s(g_136, l_616)) | (~(safe_lshift_func_int16_t_s_s((safe_div_func_uint64_t_u_u((((l_603 ^ g_74) && 0x4B56L) <= l_606), 18446744073709551610UL)), 4)))) , 0x75744F19L) <= 0x7DEAD4E5L)) < p_8)) ^ 0xA272170EL))             {                  int32_t *l_622 = &l_604;                 (*l_553) = l_622;                 return p_8;             }             else             {                  int32_t *l_623 = (void*)0;                 int32_t *l_624 = &l_561;                 int32_t *l_625 = (void*)0;                 int32_t *l_626 = &g_74;                 int32_t *l_627 = (void*)0;                 int32_t *l_628 = &l_562[0];                 int32_t *l_629[9][7][4];                 uint8_t l_630 = 5UL;                 int i, j, k;                 for (i = 0; i < 9; i++)                 {                     for (j = 0; j < 7; j++)                     {                         for (k = 0; k < 4; k++)                             l_629[i][j][k] = &l_606;                     }                 }                 l_630++;                 if (l_592)                     goto lbl_633;                 (*l_581) = (*l_581);             }         }         for (g_230.f0 = (-19); (g_230.f0 < 40); g_230.f0 = safe_add_func_int16_t_s_s(g_230.f0, 9))         {              int64_t *l_650 = &g_356;             int64_t **l_649 = &l_650;             int8_t l_652[9];             int32_t *l_653 = &l_562[4];             int i;             for (i = 0; i < 9; i++)                 l_652[i] = 0x42L;             (*l_653) &= (safe_sub_func_uint32_t_u_u(((*l_593) ^ (safe_rshift_func_int16_t_s_s((8L & (g_329.f2 || (l_652[0] = (safe_lshift_func_int8_t_s_s((safe_add_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_u((safe_div_func_uint32_t_u_u((l_648 != ((*l_649) = l_648)), (*l_593))), l_651[0])), p_8)), p_8))))), 3))), (*l_593)));             (*l_553) = &l_599[2][3];         }     }
     return g_431;
 }
  static uint8_t  func_13(int32_t  p_14, uint16_t  p_15, uint32_t  p_16, int16_t  p_17, int16_t  p_18) {
      int8_t l_550 = 1L;
     return l_550;
 }
  static uint64_t  func_22(uint32_t  p_23, uint64_t  p_24) {
      int32_t *l_525 = &g_74;
     int32_t l_526[10] = {0L,(-3L),0x2F30971AL,0x2F30971AL,(-3L),0L,(-3L),0x2F30971AL,0x2F30971AL,(-3L)};
     int32_t *l_527 = &g_74;
     int32_t *l_538 = (void*)0;
     int32_t *l_539 = &g_74;
     int32_t *l_540 = &l_526[0];
     int32_t *l_541 = &g_74;
     int32_t *l_542[9][3][5] = {{{&g_74,&l_526[0],&l_526[7],&g_74,&g_74},{&l_526[0],&g_74,&l_526[0],&g_74,&g_74},{&l_526[0],&l_526[8],&l_526[9],&l_526[2],&l_526[0]}},{{&l_526[0],&l_526[2],&l_526[0],&l_526[0],&g_74},{&l_526[1],&g_74,&l_526[9],&l_526[0],(void*)0},{&l_526[2],&l_526[0],&l_526[0],&l_526[2],&l_526[1]}},{{&l_526[2],&l_526[0],&l_526[7],&l_526[0],&l_526[0]},{&l_526[1],&l_526[0],&g_74,&l_526[9],&g_74},{&l_526[0],&l_526[1],&l_526[0],&l_526[0],&l_526[9]}},{{&l_526[0],&l_526[2],&l_526[0],&l_526[2],&l_526[0]},{&l_526[0],&l_526[2],&l_526[1],&l_526[0],&g_74},{&g_74,&l_526[1],&l_526[9],&l_526[0],&l_526[0]}},{{&l_526[2],&l_526[0],&l_526[0],&l_526[2],&g_74},{&l_526[8],&l_526[0],&g_74,&g_74,&l_526[0]},{&g_74,&l_526[0],&g_74,&g_74,&l_526[9]}},{{&l_526[0],&g_74,&l_526[0],&l_526[0],&g_74},{&l_526[0],&l_526[2],&l_526[9],&l_526[8],&l_526[0]},{&l_526[0],&l_526[8],&l_526[1],&l_526[0],&l_526[1]}},{{&g_74,&g_74,&l_526[0],&l_526[0],(void*)0},{&l_526[8],&l_526[0],&l_526[0],&l_526[8],&g_74},{&l_526[2],&l_526[0],&g_74,&l_526[0],&l_526[0]}},{{&g_74,&l_526[0],&l_526[7],&g_74,&g_74},{&l_526[0],&g_74,&l_526[0],&g_74,&g_74},{&l_526[0],&l_526[8],&l_526[9],&l_526[2],&l_526[0]}},{{&l_526[0],&l_526[2],&l_526[0],&l_526[0],&g_74},{&l_526[1],&g_74,&l_526[9],&l_526[0],(void*)0},{&l_526[2],&l_526[0],&l_526[0],&l_526[2],&l_526[1]}}};
     int8_t l_543 = (-3L);
     uint16_t l_544 = 0xD321L;
     int i, j, k;
     l_544++;
     for (l_544 = (-13);
 (l_544 != 1);
 l_544 = safe_add_func_int16_t_s_s(l_544, 7))     {          int32_t *l_549 = (void*)0;         l_541 = l_549;         return p_23;     }
     return p_23;
 }
  static uint16_t  func_29(uint32_t  p_30, const uint64_t  p_31, int32_t  p_32) {
      int16_t l_38[5] = {0x0CD1L,0x0CD1L,0x0CD1L,0x0CD1L,0x0CD1L};
     uint32_t *l_44 = &g_45;
     uint64_t *l_46 = (void*)0;
     uint64_t *l_47 = &g_48;
     uint8_t l_49 = 246UL;
     int32_t l_467 = 0L;
     int32_t *l_482[9] = {&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74,&g_74};
     int8_t l_496 = 0xCFL;
     uint32_t ****l_510 = (void*)0;
     uint32_t *****l_509 = &l_510;
     uint16_t l_511 = 65531UL;
     uint32_t l_520 = 0xD4B4B8E5L;
     uint8_t l_521 = 1UL;
     int i;
     l_467 = (func_33(l_38[3], p_32, (((l_38[0] <= func_39(((*l_47) = ((g_19 == (((safe_mul_func_uint16_t_u_u((((*l_44) = 2UL) ^ (-1L)), 0xEA1BL)) , p_30) | 0x6DL)) && g_45)), l_49)) && p_30) , 0xB3D6CBAAL), g_230.f0) != 1UL);
     l_482[5] = ((((safe_unary_minus_func_uint8_t_u((safe_lshift_func_uint8_t_u_s(((safe_sub_func_int32_t_s_s(((((*g_291) = (void*)0) == (void*)0) > ((1L ^ ((safe_div_func_int64_t_s_s((+(safe_mod_func_int8_t_s_s(l_38[3], (safe_lshift_func_uint16_t_u_u((((((((l_49 , (void*)0) != (void*)0) | g_328.f1) <= 4294967286UL) == l_467) , g_136) >= l_49), g_136))))), (-1L))) == 255UL)) ^ g_48)), l_38[3])) , 0x6FL), p_31)))) ^ p_31) < p_31) , &p_32);
     for (p_30 = (-24);
 (p_30 >= 18);
 ++p_30)     {          int32_t **l_493[1][10];         int i, j;         for (i = 0; i < 1; i++)         {             for (j = 0; j < 10; j++)                 l_493[i][j] = &g_73[3];         }         for (g_54 = 18; (g_54 != 19); g_54++)         {              int32_t **l_491 = (void*)0;             int32_t ***l_492 = &l_491;             (*g_281) = ((safe_mod_func_uint64_t_u_u(((safe_sub_func_int32_t_s_s(((((*l_492) = l_491) != l_493[0][0]) , (&p_31 != (void*)0)), (safe_sub_func_uint64_t_u_u(l_496, p_32)))) , 0x150330CD328D9628LL), p_32)) , 1L);             if (p_30)                 continue;         }         (**g_342) = (safe_add_func_int16_t_s_s(g_65.f2, (safe_rshift_func_int16_t_s_u(((((((safe_add_func_int32_t_s_s((safe_div_func_uint32_t_u_u(4294967295UL, (*g_312))), ((p_30 == g_124.f1) ^ g_63))) ^ g_230.f0) , g_86.f3) != 65533UL) <= g_54) ^ p_31), 11))));         if ((safe_sub_func_uint64_t_u_u(0x2A4BCFB077342F73LL, (((safe_add_func_int32_t_s_s(((1L > (((((l_509 = (void*)0) != &l_510) <= (g_158.f3 >= 5UL)) , g_124.f0) , l_511)) <= 4294967289UL), 0UL)) < g_45) > 0x6D28L))))         {              int32_t *l_512 = (void*)0;             l_512 = (void*)0;         }         else         {              uint8_t l_517 = 249UL;             (*g_342) = &p_32;             l_521 &= (safe_sub_func_uint16_t_u_u((((safe_lshift_func_int16_t_s_u(((p_30 <= ((0x72CE783B011D3ADALL || ((l_517 > 18446744073709551615UL) < (safe_mul_func_int16_t_s_s((1UL > 1L), p_32)))) == g_86.f3)) > p_30), p_32)) || 0x77L) != l_520), g_122[2].f3));         }     }
     return g_410[0].f1;
 }
  static uint32_t  func_33(uint16_t  p_34, uint64_t  p_35, int32_t  p_36, uint8_t  p_37) {
      uint32_t l_351 = 0xFBA849D8L;
     int64_t *l_355[10][2] = {{&g_356,&g_356},{(void*)0,&g_356},{&g_356,&g_356},{(void*)0,&g_356},{&g_356,&g_356},{(void*)0,&g_356},{&g_356,&g_356},{(void*)0,&g_356},{&g_356,&g_356},{(void*)0,&g_356}};
     int32_t l_357 = 0L;
     int32_t l_358 = 0x6545ED4EL;
     int32_t *l_359 = &l_358;
     struct S0 **l_360 = (void*)0;
     struct S0 ****l_377 = (void*)0;
     int32_t l_413 = 0x2752BDE5L;
     int32_t *l_458 = (void*)0;
     uint32_t l_464 = 18446744073709551615UL;
     l_464++;
     return p_34;
 }
  static int64_t  func_39(uint64_t  p_40, uint64_t  p_41) {
      int8_t *l_53[3][6] = {{&g_54,&g_54,&g_54,&g_54,&g_54,&g_54},{&g_54,&g_54,&g_54,&g_54,&g_54,&g_54},{&g_54,&g_54,&g_54,&g_54,&g_54,&g_54}};
     int32_t l_62 = 0x47FD326DL;
     int32_t l_64 = 0x4E288A3DL;
     uint32_t *l_71 = (void*)0;
     uint32_t *l_72 = &g_45;
     int32_t l_92 = 7L;
     struct S0 *l_123[9];
     int32_t *l_163 = &l_64;
     int32_t l_183 = 0xC0FDE11BL;
     uint64_t *l_188 = &g_48;
     uint32_t l_280 = 1UL;
     if ((safe_lshift_func_int8_t_s_u((safe_div_func_int8_t_s_s(((7UL > p_40) >= l_183), ((safe_sub_func_int16_t_s_s(p_40, ((safe_mod_func_uint32_t_u_u((((*l_188) = g_45) | p_41), p_41)) && 250UL))) | g_63))), 3)))     {          uint8_t *l_208 = &g_124.f0;         int64_t l_228[3];         const int32_t *l_238 = &g_74;         const int32_t **l_237 = &l_238;         int32_t l_253[5][7][7] = {{{0xCF639D24L,2L,0x86B51200L,1L,0x9C095ABAL,1L,0x86B51200L},{(-8L),(-8L),0xB3EB1FB3L,(-1L),(-5L),0xC8F7C640L,0x5B80E2FCL},{0x16C94C7DL,0x68CDDB16L,1L,0x16202BD4L,0x444E87E4L,(-1L),0xCF639D24L},{0xD98C8301L,(-5L),(-6L),0xA5C46C03L,(-5L),6L,0x08E94AB7L},{(-4L),0x3FB9E2A9L,0xD2F3559AL,0L,0x9C095ABAL,(-1L),1L},{0xB3EB1FB3L,0x5B80E2FCL,0x18F2E103L,(-1L),2L,1L,0x28A994A6L},{1L,(-3L),2L,0x3FB9E2A9L,0x3FB9E2A9L,2L,(-3L)}},{{(-1L),5L,0x27101267L,0x18F2E103L,0xD98C8301L,0x12F1D451L,0x38E5F94DL},{0xE03B3499L,0x7B546B69L,(-2L),(-4L),3L,9L,3L},{0xC906A75CL,0x995CB69CL,(-8L),0x18F2E103L,(-5L),9L,(-1L)},{(-10L),3L,3L,0x3FB9E2A9L,0x4EDC10B8L,(-3L),1L},{(-5L),0xED1AFC2CL,0x778F2E37L,(-1L),(-1L),(-8L),1L},{0x8B6F583CL,0x430C6EE4L,1L,0L,1L,0x430C6EE4L,0x8B6F583CL},{0xCDFD70EAL,0x0CB7C3AAL,0xF1F1B92BL,0xA5C46C03L,0xB3EB1FB3L,(-5L),0x995CB69CL}},{{3L,0L,1L,0L,(-1L),3L,(-3L)},{0x28A994A6L,5L,(-1L),0x123FC930L,0x5B80E2FCL,(-5L),1L},{0x7B546B69L,0x68CDDB16L,(-10L),0x2525884CL,(-4L),3L,0L},{(-5L),(-1L),0xC8F7C640L,(-5L),0x123FC930L,0x38E5F94DL,(-1L)},{0xD2F3559AL,0x16C94C7DL,(-3L),(-3L),0x16C94C7DL,0xD2F3559AL,(-10L)},{0x12F1D451L,(-9L),0xB3EB1FB3L,0xC906A75CL,0x778F2E37L,(-1L),6L},{0x9C095ABAL,0x7B546B69L,3L,(-10L),0x16BE27C5L,(-1L),(-3L)}},{{0xCDFD70EAL,(-9L),(-1L),1L,0x18F2E103L,2L,0x5B80E2FCL},{0xE03B3499L,0x16C94C7DL,0x16BE27C5L,3L,0xD0D3D268L,1L,0x16202BD4L},{1L,(-1L),0xCDFD70EAL,(-6L),5L,0xC906A75CL,0xC906A75CL},{(-10L),0x68CDDB16L,(-4L),0x68CDDB16L,(-10L),0x9C095ABAL,0x3FB9E2A9L},{0L,5L,0x08E94AB7L,0xBD0620ECL,0x12F1D451L,(-1L),0xC8F7C640L},{(-2L),0L,0x2525884CL,0x430C6EE4L,0x4EDC10B8L,(-3L),7L},{0L,0xBD0620ECL,(-1L),0xD98C8301L,0xC906A75CL,0x12F1D451L,9L}},{{(-10L),(-2L),(-1L),0x4EDC10B8L,0x444E87E4L,(-10L),0x16BE27C5L},{1L,0x5B80E2FCL,0x0CB7C3AAL,0x778F2E37L,(-6L),0x27101267L,(-6L)},{0xE03B3499L,0x9C095ABAL,0x9C095ABAL,0xE03B3499L,(-1L),0x16202BD4L,(-2L)},{0xCDFD70EAL,0xD98C8301L,0xA5C46C03L,6L,(-5L),0xBD0620ECL,(-5L)},{0x9C095ABAL,0x16202BD4L,0x16C94C7DL,1L,1L,3L,(-2L)},{0x12F1D451L,(-5L),6L,(-1L),(-8L),0xF1F1B92BL,(-6L)},{0xD2F3559AL,1L,0xE03B3499L,(-4L),0x8B6F583CL,0xCF639D24L,0x16BE27C5L}}};         uint32_t l_270 = 0x98011CAAL;         int i, j, k;         for (i = 0; i < 3; i++)             l_228[i] = (-10L);         if ((safe_mod_func_uint64_t_u_u(((*l_163) > (safe_add_func_uint32_t_u_u((+(safe_div_func_int16_t_s_s((safe_add_func_uint64_t_u_u(g_74, (safe_sub_func_int32_t_s_s((safe_lshift_func_uint16_t_u_s(((safe_sub_func_int8_t_s_s(g_65.f1, ((safe_div_func_uint64_t_u_u((p_41 = (((*l_208) ^= (safe_add_func_int8_t_s_s(((p_40 && p_41) ^ 0x3CL), p_40))) == p_41)), p_40)) , g_19))) >= p_40), 12)), g_86.f1)))), (*l_163)))), 0x808F3841L))), 0x31088CC242C42AF9LL)))         {              int8_t l_214 = 0xFAL;             uint32_t * const *l_229 = (void*)0;             uint32_t **l_233 = &l_72;             uint32_t **l_235 = &l_72;             int32_t *l_236 = &g_74;             for (g_158.f3 = 0; (g_158.f3 <= 5); g_158.f3 += 1)             {                  int32_t *l_209 = &l_92;                 int32_t **l_215 = (void*)0;                 int16_t *l_220 = &g_221;                 uint32_t ***l_234[7][8] = {{&l_233,&l_233,&l_233,&l_233,&l_233,(void*)0,&l_233,(void*)0},{&l_233,(void*)0,&l_233,(void*)0,&l_233,(void*)0,&l_233,&l_233},{(void*)0,(void*)0,&l_233,&l_233,&l_233,(void*)0,(void*)0,&l_233},{&l_233,&l_233,&l_233,(void*)0,&l_233,&l_233,(void*)0,&l_233},{&l_233,&l_233,&l_233,&l_233,&l_233,&l_233,&l_233,&l_233},{&l_233,&l_233,&l_233,&l_233,&l_233,&l_233,&l_233,(void*)0},{&l_233,&l_233,&l_233,&l_233,&l_233,(void*)0,&l_233,(void*)0}};                 int i, j;                 l_209 = &g_74;                 (*l_209) = ((*l_163) = (((*l_220) = (safe_sub_func_uint64_t_u_u((safe_mul_func_int16_t_s_s(l_214, ((l_215 = &l_163) == &l_163))), ((safe_sub_func_int16_t_s_s(4L, (safe_add_func_int32_t_s_s((*l_163), p_41)))) , p_40)))) ^ 0x940CL));                 (**l_215) = (safe_div_func_int8_t_s_s((safe_rshift_func_int16_t_s_u((safe_sub_func_uint64_t_u_u(l_228[1], ((((l_229 != (g_230 , (l_235 = (((((*l_163) <= (safe_mul_func_uint8_t_u_u(g_86.f0, 0xA6L))) , 0xC185641E5C071142LL) || g_65.f1) , l_233)))) & (*l_163)) , 0x0E80L) | p_40))), p_40)), g_54));             }             (*l_236) &= ((*l_163) ^= p_40);         }         else         {              uint64_t l_249 = 18446744073709551606UL;             struct S0 **l_252[8] = {&l_123[1],&l_123[1],&l_123[1],&l_123[1],&l_123[1],&l_123[1],&l_123[1],&l_123[1]};             int32_t l_268[2][2][10] = {{{0x8B0BA487L,(-1L),(-1L),1L,0x4F20E0C4L,0x4F20E0C4L,1L,(-1L),(-1L),0x8B0BA487L},{0x4F20E0C4L,1L,(-1L),(-1L),0x8B0BA487L,0x4F20E0C4L,(-1L),0x01E4ACEDL,(-1L),0x4F20E0C4L}},{{0x8B0BA487L,1L,1L,1L,0x8B0BA487L,(-1L),1L,0x01E4ACEDL,1L,0x8B0BA487L},{0x8B0BA487L,(-1L),(-1L),1L,0x4F20E0C4L,0x4F20E0C4L,1L,(-1L),(-1L),0x8B0BA487L}}};             int i, j, k;             (*l_163) = (((g_65.f2 >= 0xCD4049CAE6DAE2C0LL) <= ((void*)0 == l_237)) <= p_41);             (*l_163) &= (p_40 && (safe_add_func_uint64_t_u_u((+((l_249 = (((g_248 &= (safe_add_func_uint8_t_u_u(1UL, ((safe_lshift_func_uint8_t_u_s(0xF3L, (safe_sub_func_uint32_t_u_u(4294967295UL, ((*l_72) = g_122[2].f2))))) > (*l_238))))) || (**l_237)) <= 65535UL)) == (-2L))), 0L)));             if ((l_253[4][3][2] |= ((safe_sub_func_uint16_t_u_u(p_40, ((void*)0 == l_252[1]))) ^ (*l_163))))             {                  int32_t *l_254 = &l_92;                 int32_t *l_255 = &l_253[3][1][3];                 int32_t *l_256 = &l_92;                 int32_t *l_257 = &g_74;                 int32_t *l_258 = &l_253[4][3][2];                 int32_t *l_259 = (void*)0;                 int32_t *l_260 = &l_92;                 int32_t *l_261 = &l_64;                 int32_t *l_262 = &l_253[3][0][5];                 int32_t *l_263 = &l_64;                 int32_t *l_264 = &l_62;                 int32_t *l_265 = &g_74;                 int32_t *l_266 = &l_92;                 int32_t *l_267 = (void*)0;                 int32_t *l_269[10][7][3] = {{{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]}},{{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]}},{{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]}},{{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]}},{{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]}},{{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]}},{{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]}},{{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]}},{{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]}},{{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]},{&l_268[0][1][2],&l_268[0][1][2],&l_268[0][1][2]},{&l_253[4][3][6],&l_253[4][3][6],&l_253[4][3][6]}}};                 int i, j, k;                 (*l_237) = &l_64;                 --l_270;             }             else             {                  l_268[1][1][2] = (*l_163);                 (*l_237) = &g_74;             }         }     }
     else     {          uint32_t l_294 = 9UL;         int32_t *l_338[3][10][2] = {{{&l_62,&l_62},{&l_62,&g_74},{(void*)0,&g_74},{&l_62,&l_62},{&l_62,(void*)0},{(void*)0,(void*)0},{(void*)0,&g_74},{(void*)0,&l_62},{&l_62,&l_62},{&g_74,&l_62}},{{(void*)0,(void*)0},{&l_92,(void*)0},{&g_74,&l_92},{(void*)0,(void*)0},{(void*)0,&l_92},{&g_74,(void*)0},{&l_92,(void*)0},{(void*)0,&l_62},{&g_74,&l_62},{&l_62,&l_62}},{{(void*)0,&g_74},{(void*)0,(void*)0},{(void*)0,(void*)0},{&l_62,&l_62},{&l_62,&g_74},{(void*)0,&g_74},{&l_62,&l_62},{&l_62,(void*)0},{(void*)0,(void*)0},{(void*)0,&g_74}}};         int i, j, k;         for (g_230.f3 = 4; (g_230.f3 >= 1); g_230.f3 -= 1)         {              volatile uint32_t * volatile ** volatile **l_277 = &g_273[2];             (*l_277) = g_273[2];             for (l_183 = 5; (l_183 >= 1); l_183 -= 1)             {                  g_73[3] = (((safe_sub_func_uint64_t_u_u(18446744073709551615UL, 5UL)) , l_280) , (void*)0);                 (*g_281) |= (*l_163);             }         }         for (g_80 = (-23); (g_80 >= 56); g_80 = safe_add_func_int8_t_s_s(g_80, 2))         {              int32_t **l_284 = (void*)0;             struct S0 **l_290 = &l_123[7];             struct S0 ***l_289[7][5][6] = {{{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{&l_290,(void*)0,&l_290,(void*)0,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,(void*)0},{&l_290,&l_290,&l_290,&l_290,&l_290,(void*)0}},{{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{(void*)0,&l_290,&l_290,&l_290,&l_290,(void*)0},{&l_290,&l_290,(void*)0,(void*)0,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290,(void*)0,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290}},{{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{&l_290,(void*)0,&l_290,&l_290,(void*)0,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{(void*)0,&l_290,(void*)0,&l_290,&l_290,&l_290},{&l_290,(void*)0,&l_290,&l_290,(void*)0,&l_290}},{{(void*)0,&l_290,&l_290,&l_290,(void*)0,&l_290},{&l_290,(void*)0,(void*)0,&l_290,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{&l_290,(void*)0,&l_290,&l_290,&l_290,(void*)0},{(void*)0,(void*)0,&l_290,(void*)0,(void*)0,&l_290}},{{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{&l_290,(void*)0,&l_290,&l_290,&l_290,&l_290},{&l_290,(void*)0,&l_290,&l_290,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,(void*)0},{&l_290,(void*)0,&l_290,&l_290,&l_290,&l_290}},{{(void*)0,&l_290,&l_290,(void*)0,(void*)0,&l_290},{&l_290,&l_290,(void*)0,&l_290,(void*)0,&l_290},{(void*)0,&l_290,&l_290,&l_290,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{&l_290,(void*)0,(void*)0,&l_290,&l_290,&l_290}},{{&l_290,(void*)0,&l_290,&l_290,(void*)0,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{&l_290,&l_290,&l_290,&l_290,&l_290,&l_290},{(void*)0,&l_290,&l_290,&l_290,&l_290,&l_290}}};             int16_t *l_293 = (void*)0;             uint32_t *l_313 = &g_45;             int32_t l_335[1];             int i, j, k;             for (i = 0; i < 1; i++)                 l_335[i] = 0L;         }     }
     (*g_339) = &l_62;
     return g_86.f3;
 }
  static int8_t  func_55(uint32_t  p_56, int16_t  p_57, uint32_t  p_58, uint16_t  p_59) {
      volatile struct S0 *l_66 = (void*)0;
     volatile int32_t *l_70 = (void*)0;
     (*g_68) = g_65;
     l_70 = g_69;
     return p_57;
 }
  int main (int argc, char* argv[]) {
     crc32_gentab();
     func_1();
     return 0;
 }
