/* migrate_demo.c - the README's demo: a small simulation, one line per step.
 *
 * Particles bounce around a box under integer "physics"; each step prints
 * the step number, the particles' centre of mass, collisions so far and a
 * running hash. Stop it part-way on one machine and continue it on another:
 * the concatenated output equals that of an uninterrupted run.
 *
 * Usage: migrate_demo [steps [delay_ms]]   (default: 50 steps, no delay;
 * a delay makes it slow enough to interrupt by hand).
 */
#define _POSIX_C_SOURCE 199309L /* nanosleep */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#define NP 32
#define W 1000
#define H 600

struct particle {
  int x, y, vx, vy;
  int hits;
};

static void sleep_ms(long ms) {
  if (ms <= 0) return;
  struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
  nanosleep(&ts, NULL);
}

int main(int argc, char **argv) {
  int steps = argc > 1 ? atoi(argv[1]) : 50;
  long delay = argc > 2 ? atol(argv[2]) : 0;
  struct particle *ps = calloc(NP, sizeof *ps);
  unsigned long long hash = 14695981039346656037ull;
  int collisions = 0;

  for (int i = 0; i < NP; i++) {
    ps[i].x = (i * 137) % W;
    ps[i].y = (i * 71) % H;
    ps[i].vx = (i % 7) - 3 ? (i % 7) - 3 : 5;
    ps[i].vy = (i % 5) - 2 ? (i % 5) - 2 : -4;
  }

  for (int step = 1; step <= steps; step++) {
    for (int i = 0; i < NP; i++) {
      struct particle *p = &ps[i];
      p->x += p->vx * 10;
      p->y += p->vy * 10;
      if (p->x < 0) { p->x = -p->x; p->vx = -p->vx; p->hits++; }
      if (p->x >= W) { p->x = 2 * (W - 1) - p->x; p->vx = -p->vx; p->hits++; }
      if (p->y < 0) { p->y = -p->y; p->vy = -p->vy; p->hits++; }
      if (p->y >= H) { p->y = 2 * (H - 1) - p->y; p->vy = -p->vy; p->hits++; }
    }
    /* pairwise collisions on a coarse grid: swap velocities */
    for (int i = 0; i < NP; i++)
      for (int j = i + 1; j < NP; j++)
        if (ps[i].x / 40 == ps[j].x / 40 && ps[i].y / 40 == ps[j].y / 40) {
          int t = ps[i].vx; ps[i].vx = ps[j].vx; ps[j].vx = t;
          t = ps[i].vy; ps[i].vy = ps[j].vy; ps[j].vy = t;
          collisions++;
        }
    long cx = 0, cy = 0;
    for (int i = 0; i < NP; i++) {
      cx += ps[i].x;
      cy += ps[i].y;
      hash = (hash ^ (unsigned)(ps[i].x * 31 + ps[i].y)) * 1099511628211ull;
    }
    printf("step %3d  centre (%4ld,%4ld)  collisions %4d  hash %016llx\n", step, cx / NP, cy / NP,
           collisions, hash);
    fflush(stdout);
    sleep_ms(delay);
  }
  int wall_hits = 0;
  for (int i = 0; i < NP; i++) wall_hits += ps[i].hits;
  free(ps);
  printf("done: %d steps, %d wall hits, checksum %016llx\n", steps, wall_hits, hash);
  return 0;
}
