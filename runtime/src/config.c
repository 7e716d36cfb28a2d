/*===- config.c - Settings read from the environment once at start --------===*/
#include "config.h"
#include "debris.h"
#include "process.h"
#include "util.h"
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

mig_config mig_cfg;

static uint64_t env_u64(const char *name, uint64_t dflt) {
  const char *s = getenv(name);
  if (!s || !*s) return dflt;
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  if (*end || s[0] == '-') mig_fatal("%s=%s is not a non-negative integer", name, s);
  return v;
}

static int env_flag(const char *name) {
  const char *s = getenv(name);
  return s && *s && strcmp(s, "0") != 0;
}

/* The signal that means "checkpoint and exit 85": SIGTERM, or the one
 * MIG_STOP_SIGNAL names, so that a program keeping its own SIGTERM handler
 * (cleanup, graceful shutdown) can still be stopped for a migration. */
static int stop_signal(void) {
  static const struct { const char *name; int sig; } names[] = {
      {"TERM", SIGTERM}, {"USR2", SIGUSR2}, {"INT", SIGINT}, {"HUP", SIGHUP}};
  const char *s = getenv("MIG_STOP_SIGNAL");
  if (!s || !*s) return SIGTERM;
  const char *n = strncmp(s, "SIG", 3) == 0 ? s + 3 : s;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(n, names[i].name) == 0) return names[i].sig;
  mig_fatal("MIG_STOP_SIGNAL=%s: expected TERM, USR2, INT or HUP", s);
}

static const char *ckpt_path(void) {
  const char *ck = getenv("MIG_CKPT");
  if (ck && *ck) return ck;
  size_t n = strlen(mig_program_name()) + 8;
  char *p = mig_xmalloc(n);
  snprintf(p, n, "./%s.mig", mig_program_name());
  return p;
}

void mig_config_init(void) {
  mig_cfg.ckpt_path = ckpt_path();
  mig_ckpt_clean_debris(mig_cfg.ckpt_path); /* a killed run's temporaries */
  mig_cfg.stop_at = env_u64("MIG_STOP_AT", 0);
  mig_cfg.stats = env_flag("MIG_STATS");
  mig_cfg.strict = env_flag("MIG_STRICT");
  mig_cfg.keep_polling = mig_cfg.stop_at || mig_cfg.stats;
  mig_cfg.stop_signal = stop_signal();
  mig_cfg.interval = env_u64("MIG_INTERVAL", 0);
}
