/*===- user_signals.c - The program's own signal handlers ----------------------===*
 * A signal handler runs on top of whatever frame the signal interrupted,
 * which may be halfway through a transformed function, an unwind or a
 * rewind. mig-pp rewrites the program's signal() and sigaction() calls to
 * the wrappers below, which install one trampoline for every handled
 * signal. The trampoline runs the user's handler
 *   - with __mig_unsafe_depth raised: a poll point reached inside it is not
 *     a safe point (the checkpoint waits for the next one outside), and
 *     mig_checkpoint() called in it is refused;
 *   - in NORMAL state, the interrupted code's state put back afterwards:
 *     transformed functions called by the handler must neither unwind nor
 *     rewind because the interrupted thread happened to be doing so.
 * The user's handlers and flags are kept here; what signal()/sigaction()
 * report as the previous action is the user's, never the trampoline.
 * The runtime's own triggers (SIGUSR1, SIGTERM or MIG_STOP_SIGNAL, SIGALRM
 * in triggers.c) are installed directly; a program that installs its own
 * handler for one of them replaces the trigger, as it would replace any
 * earlier handler.
 *===----------------------------------------------------------------------===*/
#include "user_signals.h"
#include "runtime_globals.h"
#include "util.h"
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>

/* Linux numbers signals 1..64 alike on x86-64 and AArch64 (and the SA_*
 * flags alike): the table travels in checkpoints as it is. */
#define MIG_NSIG 65

enum { ACTION_UNSET = 0, ACTION_DEFAULT = 1, ACTION_IGNORE = 2, ACTION_HANDLER = 3 };

/* What the program asked for, per signal. A migcc global: it is saved in
 * every checkpoint (handlers as function pointers, translated by name) and
 * re-installed on restore, since a new process starts with default
 * dispositions. */
typedef struct user_action {
  int disposition;                          /* ACTION_*                     */
  int flags;                                /* sa_flags as the program gave */
  unsigned long long mask;                  /* signals 1..64 of sa_mask     */
  void (*handler)(int);                     /* without SA_SIGINFO           */
  void (*action)(int, siginfo_t *, void *); /* with SA_SIGINFO              */
} user_action;

static user_action actions[MIG_NSIG];

MIG_RUNTIME_GLOBAL(signal_actions, user_action, actions, MIG_TF_HAS_PTR,
                   MIG_RUNTIME_FIELD(user_action, disposition, __mig_type_int, 1),
                   MIG_RUNTIME_FIELD(user_action, flags, __mig_type_int, 1),
                   MIG_RUNTIME_FIELD(user_action, mask, __mig_type_ullong, 1),
                   MIG_RUNTIME_FIELD(user_action, handler, __mig_type_fnptr, 1),
                   MIG_RUNTIME_FIELD(user_action, action, __mig_type_fnptr, 1))

static void trampoline(int sig, siginfo_t *info, void *uc) {
  int saved_errno = errno;
  int state = __mig_state;
  __mig_state = __MIG_NORMAL;
  ++__mig_unsafe_depth;
  errno = saved_errno;
  user_action a = actions[sig];
  if ((a.flags & SA_SIGINFO) && a.action) a.action(sig, info, uc);
  else if (a.handler) a.handler(sig);
  saved_errno = errno;
  --__mig_unsafe_depth;
  __mig_state = state;
  errno = saved_errno;
}

static unsigned long long mask_bits(const sigset_t *set) {
  unsigned long long m = 0;
  for (int i = 1; i < MIG_NSIG; i++)
    if (sigismember(set, i) == 1) m |= 1ull << (i - 1);
  return m;
}

static void mask_set(sigset_t *set, unsigned long long m) {
  sigemptyset(set);
  for (int i = 1; i < MIG_NSIG; i++)
    if (m & (1ull << (i - 1))) sigaddset(set, i);
}

static user_action record(const struct sigaction *act) {
  user_action a = {ACTION_HANDLER, act->sa_flags, mask_bits(&act->sa_mask), NULL, NULL};
  if (act->sa_flags & SA_SIGINFO) a.action = act->sa_sigaction;
  else if (act->sa_handler == SIG_DFL) a.disposition = ACTION_DEFAULT;
  else if (act->sa_handler == SIG_IGN) a.disposition = ACTION_IGNORE;
  else a.handler = act->sa_handler;
  return a;
}

/* The kernel's action for the recorded one: handlers go through the
 * trampoline. */
static struct sigaction kernel_action(const user_action *a) {
  struct sigaction k;
  memset(&k, 0, sizeof k);
  mask_set(&k.sa_mask, a->mask);
  k.sa_flags = a->flags;
  if (a->disposition == ACTION_HANDLER) {
    k.sa_flags |= SA_SIGINFO;
    k.sa_sigaction = trampoline;
  } else {
    k.sa_flags &= ~SA_SIGINFO;
    k.sa_handler = a->disposition == ACTION_IGNORE ? SIG_IGN : SIG_DFL;
  }
  return k;
}

/* What the program sees as the previous action: its own handler, never the
 * trampoline. */
static void user_view(const user_action *before, struct sigaction *sa) {
  if (sa->sa_sigaction != trampoline) return;
  sa->sa_flags = before->flags;
  if (before->flags & SA_SIGINFO) sa->sa_sigaction = before->action;
  else sa->sa_handler = before->handler;
}

int __mig_sigaction(int sig, const struct sigaction *act, struct sigaction *old) {
  if (sig <= 0 || sig >= MIG_NSIG) return sigaction(sig, act, old); /* libc's answer */
  /* Block the signal while its entry changes under a running trampoline. */
  sigset_t block, saved;
  sigemptyset(&block);
  sigaddset(&block, sig);
  pthread_sigmask(SIG_BLOCK, &block, &saved);
  user_action before = actions[sig];
  struct sigaction k, prev;
  if (act) {
    actions[sig] = record(act);
    k = kernel_action(&actions[sig]);
  }
  int rc = sigaction(sig, act ? &k : NULL, &prev);
  if (rc != 0) actions[sig] = before;
  else if (old) {
    user_view(&before, &prev);
    *old = prev;
  }
  pthread_sigmask(SIG_SETMASK, &saved, NULL);
  return rc;
}

/* glibc's signal(): BSD semantics (the handler stays installed, system
 * calls restart). */
__mig_sighandler_t __mig_signal(int sig, __mig_sighandler_t h) {
  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = h;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  if (__mig_sigaction(sig, &sa, &old) != 0) return SIG_ERR;
  /* sa_handler and sa_sigaction share storage: an SA_SIGINFO handler comes
   * back as the same address, as glibc's signal() returns it. */
  return old.sa_handler;
}

void mig_user_signals_reinstall(void) {
  for (int sig = 1; sig < MIG_NSIG; sig++) {
    if (actions[sig].disposition == ACTION_UNSET) continue;
    struct sigaction k = kernel_action(&actions[sig]);
    if (sigaction(sig, &k, NULL) != 0)
      mig_fatal("cannot re-install the program's action for signal %d", sig);
  }
}
