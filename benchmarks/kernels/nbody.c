/* N-body gravitational simulation (all pairs), leapfrog-style step as in
 * the Computer Language Benchmarks Game, on NB bodies in a heap array. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define NB 256
#define STEPS 4000
#define DT 0.001

struct body {
  double x, y, z;
  double vx, vy, vz;
  double mass;
};

static void init_bodies(struct body *b, int n) {
  unsigned s = 42;
  for (int i = 0; i < n; i++) {
    double r[7];
    for (int k = 0; k < 7; k++) {
      s = s * 1664525u + 1013904223u;
      r[k] = (double)(s >> 9) / (double)(1u << 23);
    }
    b[i].x = r[0] * 10 - 5;
    b[i].y = r[1] * 10 - 5;
    b[i].z = r[2] * 10 - 5;
    b[i].vx = r[3] - 0.5;
    b[i].vy = r[4] - 0.5;
    b[i].vz = r[5] - 0.5;
    b[i].mass = 0.5 + r[6];
  }
}

static void advance(struct body *b, int n, double dt) {
  for (int i = 0; i < n; i++) {
    struct body *bi = &b[i];
    for (int j = i + 1; j < n; j++) {
      struct body *bj = &b[j];
      double dx = bi->x - bj->x, dy = bi->y - bj->y, dz = bi->z - bj->z;
      double d2 = dx * dx + dy * dy + dz * dz + 0.01;
      double mag = dt / (d2 * sqrt(d2));
      bi->vx -= dx * bj->mass * mag;
      bi->vy -= dy * bj->mass * mag;
      bi->vz -= dz * bj->mass * mag;
      bj->vx += dx * bi->mass * mag;
      bj->vy += dy * bi->mass * mag;
      bj->vz += dz * bi->mass * mag;
    }
  }
  for (int i = 0; i < n; i++) {
    b[i].x += dt * b[i].vx;
    b[i].y += dt * b[i].vy;
    b[i].z += dt * b[i].vz;
  }
}

static double energy(const struct body *b, int n) {
  double e = 0.0;
  for (int i = 0; i < n; i++) {
    e += 0.5 * b[i].mass *
         (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
    for (int j = i + 1; j < n; j++) {
      double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
      e -= b[i].mass * b[j].mass / sqrt(dx * dx + dy * dy + dz * dz + 0.01);
    }
  }
  return e;
}

int main(void) {
  struct body *b = malloc(sizeof(struct body) * NB);
  init_bodies(b, NB);
  double e0 = energy(b, NB);
  for (int s = 0; s < STEPS; s++)
    advance(b, NB, DT);
  double e1 = energy(b, NB);
  printf("nbody n=%d steps=%d e0=%.9e e1=%.9e\n", NB, STEPS, e0, e1);
  free(b);
  return 0;
}
