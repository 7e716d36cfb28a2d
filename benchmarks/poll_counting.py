#!/usr/bin/env python3
"""Cost of counting polls: each kernel built by migcc, run plain and with
MIG_STATS=1 (every poll is counted; MIG_STOP_AT counts the same way), in
alternating pairs so the machine's load hits both alike. Prints per kernel
the best CPU seconds of each and their ratio. Since issue 10 a counting
poll decrements a per-thread countdown and calls the runtime once per
65536 polls (runtime/src/poll.c); before, every poll called __mig_poll().

    benchmarks/poll_counting.py [--build build] [--runs 5] [--only fib,sort]

Standard library only; the kernels are benchmarks/kernels/*.c (-O2).
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def cpu_seconds(cmd, env):
    """Run cmd (output discarded); its user+system CPU seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit("%s exited %d" % (" ".join(cmd), p.returncode))
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    migcc = os.path.join(os.path.abspath(a.build), "bin", "migcc")
    kernels = sorted(f[:-2] for f in os.listdir(os.path.join(HERE, "kernels")) if f.endswith(".c"))
    if a.only:
        kernels = [k for k in kernels if k in a.only.split(",")]
    base = {k: v for k, v in os.environ.items() if not k.startswith("MIG_")}
    counting = dict(base, MIG_STATS="1")
    print("%-8s %10s %10s %7s" % ("kernel", "plain s", "stats s", "ratio"))
    with tempfile.TemporaryDirectory() as work:
        for k in kernels:
            exe = os.path.join(work, k)
            subprocess.run([migcc, "-O2", os.path.join(HERE, "kernels", k + ".c"), "-o", exe, "-lm"],
                           check=True, cwd=work)
            plain, stats = [], []
            for _ in range(a.runs):
                plain.append(cpu_seconds([exe], base))
                stats.append(cpu_seconds([exe], counting))
            print("%-8s %10.3f %10.3f %7.2f" % (k, min(plain), min(stats), min(stats) / min(plain)))


if __name__ == "__main__":
    main()
