/* globals_statics.c - global variables and static locals of many kinds.
 *
 * Exercises: initialized and zero-initialized globals, global arrays and
 * structs, a global pointer into a global array, static locals (counters,
 * arrays, a static pointer to another static), a static function-local
 * struct holding a pointer to a global, and file-scope statics with the same
 * name as a static local elsewhere. State evolves through the run, so a
 * restore that loses any of it changes the output.
 */
#include <stdio.h>
#include <string.h>

int g_counter = 17;
long g_zero;
unsigned g_table[64];
double g_weights[4] = {0.5, 0.25, 2.0, -1.5};
struct config {
  int mode;
  char name[12];
  unsigned *cursor; /* points into g_table */
} g_cfg = {3, "initial", g_table + 5};
static int hidden = 99; /* file-scope static */
static const char *g_msg = "constant message";

static int next_id(void) {
  static int id = 1000; /* static local */
  return id++;
}

static unsigned mix(unsigned x) {
  static unsigned history[8];
  static unsigned pos;
  static unsigned *last = &history[0];
  history[pos % 8] ^= x;
  last = &history[pos % 8];
  pos++;
  unsigned h = 0;
  for (int i = 0; i < 8; i++) h = h * 33 + history[i];
  return h ^ *last;
}

static int hidden_counter(void) {
  static int hidden = 5; /* same name as the file-scope static */
  hidden += 3;
  return hidden;
}

struct stats {
  long calls;
  long long sum;
  int *watch;
};

static long long accumulate(int v) {
  static struct stats st = {0, 0, &g_counter};
  st.calls++;
  st.sum += v + *st.watch;
  return st.sum + st.calls;
}

int main(void) {
  unsigned long long check = 0;
  for (int step = 0; step < 600; step++) {
    int id = next_id();
    g_counter = (g_counter * 7 + step) % 10007;
    g_zero += step & 3;
    g_table[(unsigned)step % 64] += (unsigned)id;
    *g_cfg.cursor += 1;
    if (step % 50 == 49) {
      g_cfg.cursor = g_table + (g_counter % 64);
      g_cfg.mode = (g_cfg.mode * 5 + 1) % 17;
      snprintf(g_cfg.name, sizeof g_cfg.name, "cfg%d", g_cfg.mode);
      g_weights[step % 4] *= 2.0;
    }
    unsigned m = mix((unsigned)g_counter);
    long long acc = accumulate(step);
    hidden = (hidden + g_counter) % 1000;
    int hc = hidden_counter();
    check = check * 1000003 + m + (unsigned long long)acc + (unsigned)hidden + (unsigned)hc;
    if (step % 20 == 0)
      printf("step %3d id %d counter %5d zero %ld mix %08x acc %lld hidden %3d hc %d cfg %s/%d cur %ld\n",
             step, id, g_counter, g_zero, m, acc, hidden, hc, g_cfg.name, g_cfg.mode,
             (long)(g_cfg.cursor - g_table));
  }
  for (int i = 0; i < 64; i += 8)
    printf("table[%2d..]: %u %u %u %u %u %u %u %u\n", i, g_table[i], g_table[i + 1], g_table[i + 2],
           g_table[i + 3], g_table[i + 4], g_table[i + 5], g_table[i + 6], g_table[i + 7]);
  printf("weights %g %g %g %g\n", g_weights[0], g_weights[1], g_weights[2], g_weights[3]);
  printf("msg %s (%zu)\n", g_msg, strlen(g_msg));
  printf("checksum %016llx\n", check);
  return 0;
}
