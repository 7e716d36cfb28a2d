#!/usr/bin/env python3
"""migrate-all.py "RUN_AARCH64" PREFIX "N1 N2 ..." [ARGS...]

For every stop point N and every direction FROM->TO over x86_64/aarch64:
run PREFIX.FROM ARGS with MIG_STOP_AT=N (expect exit 85), restore with
PREFIX.TO, and check that the two stdouts concatenated are byte-identical
to an uninterrupted run of PREFIX.x86_64 (which must equal the AArch64
one). Prints one PASS/FAIL line per case; exits 1 if any case failed.
The steps are scripts/lib/migharness.py's, shared by every migration test.
"""
import os
import shlex
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts", "lib"))
import migharness as mh  # noqa: E402

TIMEOUT = 600  # a hang, not a slow machine: lit bounds the test anyway


def main(argv):
    sys.stdout.reconfigure(line_buffering=True)  # progress shows in a log as it happens
    run_aarch64, prefix, stops, args = shlex.split(argv[0]), argv[1], argv[2].split(), argv[3:]
    cmd = {"x86_64": [prefix + ".x86_64"], "aarch64": run_aarch64 + [prefix + ".aarch64"]}
    d = tempfile.mkdtemp(prefix="migrate.")
    try:
        ref = mh.run(cmd["x86_64"] + args, TIMEOUT)
        if not ref.ok():
            print("FAIL reference run")
            return 1
        ref64 = mh.run(cmd["aarch64"] + args, TIMEOUT)
        if not ref64.ok():
            print("FAIL reference run (aarch64)")
            return 1
        if ref64.out != ref.out:
            print("FAIL x86_64 and aarch64 outputs differ")
            return 1
        failed = 0
        for n in stops:
            for src in ("x86_64", "aarch64"):
                for dst in ("x86_64", "aarch64"):
                    st = mh.stop(cmd[src] + args, TIMEOUT, n, os.path.join(d, "ck.mig"))
                    res = mh.restore(cmd[dst], TIMEOUT, st)  # argv comes from the checkpoint
                    if st.stopped and res.proc.rc == 0 and res.combined == ref.out:
                        print("PASS %s->%s N=%s" % (src, dst, n))
                    else:
                        print("FAIL %s->%s N=%s (exit %s, %s)" % (src, dst, n, st.proc.rc, res.proc.rc))
                        for line in (st.proc.err + res.proc.err).decode(errors="replace").splitlines()[:5]:
                            print(line)
                        failed = 1
        return failed
    finally:
        shutil.rmtree(d, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
