"""migharness - the stop/compare/restore loop every migcc test tool shares.

A migration test is always the same three steps (README "Environment"):

  reference  run the program uninterrupted (MIG_STATS=1 prints
             `mig: polls=<n>` on stderr: the number of poll points reached);
  stop       run it with MIG_STOP_AT=N MIG_CKPT=ck: it must exit 85 and
             leave the checkpoint ck;
  restore    run a build (same or other architecture) with MIG_RESTORE=ck:
             stdout(stop) + stdout(restore) must be the reference's stdout,
             byte for byte, and its exit status the reference's.

This module holds those steps once; the tools only choose builds, stop points
and how to report. Users: scripts/mig-migrate-test (test/e2e),
scripts/csmith-diff (test/csmith), scripts/torture-diff (test/torture),
test/pp/Inputs/check-migration.py (test/pp), test/runtime/Inputs/migrate-all.py
(test/runtime), test/real/Inputs/make-migrate.py (test/real). Its own test:
test/e2e/harness-lib.test.

Every step takes the command (a list) and its timeout in seconds first.
Every run has stdin from /dev/null, a timeout, and an environment without
inherited MIG_* variables (a stray MIG_STOP_AT in the caller's environment
must not change a test), plus the variables of the step.
"""

import os
import re
import subprocess

STOP_EXIT = 85  # the runtime's exit status after writing a checkpoint
# Not anchored: the line follows program output on stderr that did not end
# its line (a Polybench array dump).
POLLS_RE = re.compile(r"mig: polls=(\d+)")


class Proc:
    """One finished (or timed-out) run: exit status rc (None on timeout,
    negative for a signal, 127 when it could not be started), stdout and
    stderr as bytes."""

    def __init__(self, rc, out, err, timed_out):
        self.rc, self.out, self.err, self.timed_out = rc, out, err, timed_out

    def status(self, signal_fmt="signal %d"):
        if self.timed_out:
            return "timeout"
        if self.rc < 0:
            return signal_fmt % -self.rc
        return "exit %d" % self.rc

    def ok(self):
        return not self.timed_out and self.rc == 0

    def same_as(self, ref):
        """Exit status and stdout equal ref's (a reference run)."""
        return not self.timed_out and self.rc == ref.rc and self.out == ref.out


def split_program_args(argv):
    """(own options, program arguments): a driver's command line
    `OPTIONS... [-- PROGRAM-ARGS...]` split at the first `--`."""
    if "--" not in argv:
        return list(argv), []
    i = argv.index("--")
    return argv[:i], argv[i + 1:]


def clean_env(extra=None):
    """The environment of a test run: ours without MIG_*, plus extra."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIG_")}
    env.update(extra or {})
    return env


def run(cmd, timeout, env=None, cwd=None, kind=Proc):
    """Run cmd (a list) with stdin from /dev/null and `timeout` seconds.
    env: the MIG_* (or other) variables of this step. kind: the Proc
    subclass to return (a tool's own status wording)."""
    try:
        p = subprocess.run(cmd, env=clean_env(env), cwd=cwd, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        return kind(p.returncode, p.stdout, p.stderr, False)
    except subprocess.TimeoutExpired as e:
        return kind(None, e.stdout or b"", e.stderr or b"", True)
    except OSError as e:
        return kind(127, b"", str(e).encode(), False)


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)


# -- reference ---------------------------------------------------------------

def poll_count(err):
    """The n of the `mig: polls=<n>` line MIG_STATS=1 prints, or None."""
    m = POLLS_RE.search(err.decode(errors="replace") if isinstance(err, bytes) else err)
    return int(m.group(1)) if m else None


def stats_run(cmd, timeout, ckpt=None, cwd=None, env=None, kind=Proc):
    """The uninterrupted run with MIG_STATS=1 (and MIG_CKPT=ckpt, where a
    stray checkpoint would go). Returns (Proc, polls or None)."""
    e = {"MIG_STATS": "1"}
    if ckpt:
        e["MIG_CKPT"] = ckpt
    e.update(env or {})
    r = run(cmd, timeout, e, cwd, kind)
    return r, poll_count(r.err)


def spread(polls, k, single="middle", rounding=round):
    """k stop points over 1..polls, first and last included (fewer when
    they coincide). k == 1: the middle one (single="middle") or the first.
    rounding: round (nearest) or int (towards the first)."""
    if not polls or polls <= 0 or k <= 0:
        return []
    if k == 1:
        return [max(1, (polls + 1) // 2)] if single == "middle" else [1]
    pts = {max(1, min(polls, 1 + rounding(i * (polls - 1) / (k - 1)))) for i in range(k)}
    return sorted(pts)


# -- stop and restore ----------------------------------------------------------

class Stop:
    """A run stopped at poll n: proc, the checkpoint path, and whether it
    stopped as required (exit 85 and a non-empty checkpoint file)."""

    def __init__(self, n, proc, ckpt):
        self.n, self.proc, self.ckpt = n, proc, ckpt
        self.stopped = (not proc.timed_out and proc.rc == STOP_EXIT and os.path.isfile(ckpt)
                        and os.path.getsize(ckpt) > 0)

    def refusals(self):
        """What a refused checkpoint said (`mig: checkpoint refused: WHY`)."""
        return [l.split("mig: checkpoint refused: ", 1)[1]
                for l in self.proc.err.decode(errors="replace").splitlines()
                if "mig: checkpoint refused: " in l]


def stop(cmd, timeout, n, ckpt, cwd=None, env=None, kind=Proc):
    """Run cmd with MIG_STOP_AT=n MIG_CKPT=ckpt (an old ckpt is removed
    first, so a run that writes none is seen)."""
    if os.path.exists(ckpt):
        os.remove(ckpt)
    e = {"MIG_STOP_AT": str(n), "MIG_CKPT": ckpt}
    e.update(env or {})
    return Stop(n, run(cmd, timeout, e, cwd, kind), ckpt)


class Restore:
    """A run restored from a Stop: proc, and `combined`, stdout of the
    stopped run followed by the restored run's."""

    def __init__(self, st, proc):
        self.stop, self.proc = st, proc
        self.combined = st.proc.out + proc.out

    def same_as(self, ref, same_out=None):
        """The migrated run equals the uninterrupted ref: its exit status,
        and stdout(stop) + stdout(restore) (compared by same_out(ref, out)
        when given, e.g. to compare only the status of a program whose
        output changes from run to run)."""
        out_ok = same_out(ref, self.combined) if same_out else self.combined == ref.out
        return not self.proc.timed_out and self.proc.rc == ref.rc and out_ok


def restore(cmd, timeout, st, cwd=None, ckpt2=None, env=None, kind=Proc):
    """Run cmd with MIG_RESTORE=<st's checkpoint> (MIG_CKPT=ckpt2: where a
    checkpoint of the restored run would go)."""
    e = {"MIG_RESTORE": st.ckpt}
    if ckpt2:
        e["MIG_CKPT"] = ckpt2
    e.update(env or {})
    return Restore(st, run(cmd, timeout, e, cwd, kind))


# -- reporting helpers ---------------------------------------------------------

def first_lines(b, n=3, skip_blank=False):
    """The first n lines of b joined by ' | ' (' | ...' when cut)."""
    if isinstance(b, bytes):
        b = b.decode(errors="replace")
    lines = b.strip().splitlines()
    if skip_blank:
        lines = [l for l in lines if l.strip()]
    s = " | ".join(lines[:n])
    return s if len(lines) <= n else s + " | ..."
