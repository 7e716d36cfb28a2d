static int helper(int x) { int s = 1; for (int i = 0; i < x; i++) s ^= i * 7; return s; }
static int state = 2;
int b_step(int x) { state = state * 5 % 103; return helper(x) + state; }
