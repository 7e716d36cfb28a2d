#include <stdio.h>
int a_step(int), b_step(int);
int main(void) { long t = 0; for (int i = 0; i < 200; i++) { t += a_step(i % 17) - b_step(i % 13); if (i % 50 == 0) printf("%d %ld\n", i, t); } printf("%ld\n", t); return 0; }
