static int helper(int x) { int s = 0; for (int i = 0; i < x; i++) s += i; return s; }
static int state = 1;
int a_step(int x) { state = state * 3 % 101; return helper(x) + state; }
