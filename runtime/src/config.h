/*===- config.h - Settings read from the environment once at start --------===*
 * Read-only after mig_config_init(); the counters a run changes are in
 * counters.h, the checkpoint requests in triggers.h.
 *===----------------------------------------------------------------------===*/
#ifndef MIG_CONFIG_H
#define MIG_CONFIG_H
#include <stdint.h>

typedef struct mig_config {
  const char *ckpt_path; /* MIG_CKPT, else ./<program>.mig                  */
  uint64_t stop_at;      /* MIG_STOP_AT: checkpoint and exit at this poll   */
  uint64_t interval;     /* MIG_INTERVAL: seconds between checkpoints       */
  int stop_signal;       /* MIG_STOP_SIGNAL: checkpoint and exit (SIGTERM)  */
  int stats;             /* MIG_STATS: print the counters at exit           */
  int strict;            /* MIG_STRICT: refuse stale data pointers          */
  int keep_polling;      /* every poll enters the runtime (stop_at, stats)  */
} mig_config;
extern mig_config mig_cfg;
/* Exits with a message on a malformed setting. Cleans the checkpoint's
 * temporaries a killed run left (debris.c). */
void mig_config_init(void);

#endif
