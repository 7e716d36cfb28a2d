"""Checks scripts/lib/migharness.py on a fake program (no migcc, no qemu):
stop points, the environment of each step, and what stop/restore report.
Prints one line per check; exits 1 when any failed."""
import os
import shutil
import stat
import sys
import tempfile

sys.path.insert(0, sys.argv[1])
import migharness as mh  # noqa: E402

failed = 0


def check(what, cond):
    global failed
    print("%s %s" % ("ok" if cond else "FAILED", what))
    failed += not cond


# A "program" counting 1..5 with a poll point per line: MIG_STOP_AT=N prints
# 1..N-1, writes the rest's start into MIG_CKPT and exits 85; MIG_RESTORE
# goes on from there (BUG=1: with one line too many); MIG_STATS prints polls.
FAKE = r"""#!/bin/sh
from=1
[ -n "$MIG_RESTORE" ] && from=$(cat "$MIG_RESTORE")
i=$from
while [ $i -le 5 ]; do
  if [ -n "$MIG_STOP_AT" ] && [ $i -eq "$MIG_STOP_AT" ] && [ -z "$MIG_RESTORE" ]; then
    echo $i > "$MIG_CKPT"; exit 85
  fi
  echo line $i; i=$((i + 1))
done
[ -n "$BUG" ] && [ -n "$MIG_RESTORE" ] && echo extra
[ -n "$MIG_STATS" ] && echo "mig: polls=5 checkpoints=0" >&2
[ -n "$LEAK" ] && echo "leaked $LEAK" >&2
exit 3
"""

d = tempfile.mkdtemp(prefix="harness-lib.")
prog = os.path.join(d, "prog")
with open(prog, "w") as f:
    f.write(FAKE)
os.chmod(prog, stat.S_IRWXU)

check("spread: 3 over 10, ends included (half to even)", mh.spread(10, 3) == [1, 5, 10])
check("spread: 1 is the middle (or the first)", mh.spread(9, 1) == [5] and mh.spread(9, 1, single="first") == [1])
check("spread: towards the first with rounding=int", mh.spread(10, 4, rounding=int) == [1, 4, 7, 10])
check("spread: no polls, no stops", mh.spread(0, 3) == [] and mh.spread(None, 3) == [])

os.environ["MIG_STOP_AT"] = "2"  # a caller's stray setting must not leak
ref, polls = mh.stats_run([prog], 10)
check("reference: exit 3, 5 lines, 5 polls", ref.rc == 3 and ref.out.count(b"\n") == 5 and polls == 5)
st = mh.stop([prog], 10, 4, os.path.join(d, "ck"))
check("stop at 4: exit 85, checkpoint written", st.stopped and st.proc.out == b"line 1\nline 2\nline 3\n")
res = mh.restore([prog], 10, st)
check("restore: same as the reference", res.same_as(ref))
bad = mh.restore([prog], 10, st, env={"BUG": "1"})
check("restore with an extra line: differs", not bad.same_as(ref) and bad.combined.endswith(b"extra\n"))
past = mh.stop([prog], 10, 9, os.path.join(d, "ck"))
check("stop beyond the end: not stopped, no checkpoint", not past.stopped and past.proc.same_as(ref)
      and not os.path.exists(os.path.join(d, "ck")))
check("timeout", mh.run(["sleep", "5"], 0.2).status() == "timeout")
check("missing program: exit 127", mh.run([os.path.join(d, "nope")], 5).rc == 127)
check("signal", mh.run(["sh", "-c", "kill -9 $$"], 5).status() == "signal 9")
shutil.rmtree(d, ignore_errors=True)
print("harness-lib: %d failed" % failed)
sys.exit(1 if failed else 0)
