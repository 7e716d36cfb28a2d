/*===- state_errno.c - errno, per thread --------------------------------===*
 * A program may stop between a failing call and the test of errno
 * (`if (!f) { ...poll...; perror("open"); }`). Each thread's errno is
 * copied when it enters the runtime at a poll point (poll.c, before the runtime's own
 * calls change it) into a runtime thread-local registered like a program's
 * _Thread_local global ("<runtime>:errno"): saved once per running thread
 * and restored into that thread's instance, and put back into errno when
 * the thread's rewind ends (mig_end_rewind), after a restore or when the
 * program goes on after writing a checkpoint.
 *
 * errno values are the same on every Linux target migcc supports (the
 * generic and x86 numbering agree for the values libc sets).
 *===----------------------------------------------------------------------===*/
#include "state_errno.h"
#include "poll.h"
#include "registry.h"

static void *errno_tls_addr(unsigned i) {
  (void)i;
  return &mig_saved_errno;
}

/* A thread-local's address is not a constant: filled in at registration. */
static __mig_global errno_globals[1];
static const __mig_unit errno_unit = {MIG_ABI_VERSION, "<runtime-errno>", errno_globals, 1, NULL,
                                      0, NULL, 0, NULL, 0, NULL, 0, errno_tls_addr};

__attribute__((constructor)) static void register_errno_unit(void) {
  errno_globals[0] = (__mig_global){"<runtime>:errno", &mig_saved_errno, &__mig_type_int, 1,
                                    MIG_GF_THREAD};
  __mig_register_unit(&errno_unit);
}

void mig_st_errno_collect(writer *w) { (void)w; }
