#!/usr/bin/env python3
"""make-migrate.py - build a real program with its own Makefile and CC=migcc
for x86-64 and AArch64, then stop one run at several poll points and
restore each checkpoint on x86-64 and on AArch64 (qemu): stdout of the
stopped run + stdout of the restored run must be the uninterrupted run's,
and so must the files named by --compare (byte-identical).

  make-migrate.py --migcc M --run-aarch64 "CMD" --src DIR --work DIR
      --make "ARGS" --exe PATH --stops "N1 N2 ..." [--compare FILE]...
      [--setup "SHELL"] [--to "x86_64 aarch64"] [--from "x86_64 aarch64"]
      [--prebuilt WORKDIR-OF-AN-EARLIER-RUN]
      -- PROGRAM-ARGS...

--stops: fractions of the poll count in percent (e.g. "10 50 90"); each stop
is taken on every --from architecture (default x86_64) and restored on
every --to one.
The program runs in --work/run-<case> (--setup runs there first); paths
in PROGRAM-ARGS are relative to it. The steps are scripts/lib/migharness.py's.
"""
import argparse
import filecmp
import os
import shlex
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts", "lib"))
import migharness as mh  # noqa: E402

TIMEOUT = 600


class Job:
    def __init__(self, a):
        self.a = a
        self.work = os.path.abspath(a.work)

    def build(self, arch, cc):
        """A copy of the source tree built with its Makefile and CC=cc."""
        d = os.path.join(self.work, arch)
        shutil.rmtree(d, ignore_errors=True)
        shutil.copytree(self.a.src, d, symlinks=True)
        log = os.path.join(self.work, arch + ".build.log")
        with open(log, "wb") as f:
            # --make comes last: a Makefile whose own AR rule differs overrides AR
            r = subprocess.run(["nice", "make", "-j2", "-C", d]
                               + ["CC=" + cc, "AR=llvm-ar-19 rcu", "RANLIB=llvm-ranlib-19"]
                               + shlex.split(self.a.make),
                               stdin=subprocess.DEVNULL, stdout=f, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            print("FAIL: build for %s" % arch)
            with open(log, errors="replace") as f:
                sys.stdout.write("".join(f.readlines()[-20:]))
            sys.exit(1)

    def rundir(self, case):
        """The directory a case runs in, --setup run there first."""
        d = os.path.join(self.work, "run-" + case)
        os.makedirs(d, exist_ok=True)
        subprocess.run(["bash", "-c", self.a.setup], cwd=d, stdin=subprocess.DEVNULL)
        return d

    def cmd(self, arch):
        runner = shlex.split(self.a.run_aarch64) if arch == "aarch64" else []
        built = os.path.abspath(self.a.prebuilt) if self.a.prebuilt else self.work
        return runner + [os.path.join(built, arch, self.a.exe)] + self.a.args

    def keep(self, case, proc):
        mh.write(os.path.join(self.work, case + ".out"), proc.out)
        mh.write(os.path.join(self.work, case + ".err"), proc.err)

    def main(self):
        a = self.a
        shutil.rmtree(self.work, ignore_errors=True)
        os.makedirs(self.work)
        tos = a.to.split()
        if not a.prebuilt:
            self.build("x86_64", a.migcc)
        if not a.prebuilt and ("aarch64" in tos or "aarch64" in a.from_.split()):
            self.build("aarch64", a.migcc + " --target=aarch64-linux-gnu")
        ref, polls = mh.stats_run(self.cmd("x86_64"), TIMEOUT, cwd=self.rundir("ref"))
        self.keep("ref", ref)
        if not ref.ok() or polls is None:
            print("FAIL: reference run (status %s)" % ref.rc)
            sys.stdout.write(ref.err.decode(errors="replace"))
            return 1
        passed = failed = 0
        if "aarch64" in tos or "aarch64" in a.from_.split():
            ref64 = mh.run(self.cmd("aarch64"), TIMEOUT, cwd=self.rundir("ref64"))
            self.keep("ref64", ref64)
            if ref64.out != ref.out:
                print("FAIL: AArch64 run differs")
                failed = 1
        print("reference: %d polls" % polls)
        for pct in a.stops.split():
            n = max(1, polls * int(pct) // 100)
            for fr, to in [(f, t) for f in a.from_.split() for t in tos]:
                c = "stop%d-%s" % (n, to) if fr == "x86_64" else "stop%d-%s-%s" % (n, fr, to)
                d = self.rundir(c)
                st = mh.stop(self.cmd(fr), TIMEOUT, n, os.path.join(self.work, c + ".mig"), cwd=d)
                self.keep(c + ".stop", st.proc)
                if not st.stopped:
                    print("FAIL: %s: stop status %s" % (c, st.proc.rc))
                    sys.stdout.write(st.proc.err.decode(errors="replace"))
                    failed += 1
                    continue
                res = mh.restore(self.cmd(to), TIMEOUT, st, cwd=d)
                self.keep(c, res.proc)
                why = self.differences(ref, res, c)
                if why:
                    print("FAIL: %s: %s" % (c, why))
                    failed += 1
                else:
                    print("PASS: %s" % c)
                    passed += 1
        print("make-migrate: %d passed, %d failed" % (passed, failed))
        return 0 if failed == 0 else 1

    def differences(self, ref, res, case):
        why = []
        if res.proc.rc != 0:
            why.append("restore status %s: %s" % (res.proc.rc, mh.first_lines(res.proc.err)))
        if res.combined != ref.out:
            why.append("output differs from the uninterrupted run's (files in %s)" % self.work)
        for f in self.a.compare:
            p, q = os.path.join(self.work, "run-ref", f), os.path.join(self.work, "run-" + case, f)
            if not (os.path.isfile(p) and os.path.isfile(q) and filecmp.cmp(p, q, shallow=False)):
                why.append("%s differs" % f)
        return "; ".join(why)


def main(argv):
    sys.stdout.reconfigure(line_buffering=True)  # progress shows in a log as it happens
    args = []
    if "--" in argv:
        i = argv.index("--")
        argv, args = argv[:i], argv[i + 1:]
    p = argparse.ArgumentParser(prog="make-migrate", description=__doc__.split("\n\n")[0])
    p.add_argument("--migcc", required=True)
    p.add_argument("--run-aarch64", default="")
    p.add_argument("--src", required=True)
    p.add_argument("--work", required=True)
    p.add_argument("--make", default="")
    p.add_argument("--exe", required=True)
    p.add_argument("--stops", required=True)
    p.add_argument("--compare", action="append", default=[])
    p.add_argument("--setup", default=":")
    p.add_argument("--to", default="x86_64 aarch64")
    p.add_argument("--prebuilt", default="",
                   help="the --work directory of an earlier run: use its builds, build nothing")
    p.add_argument("--from", dest="from_", default="x86_64",
                   help="architectures the runs are stopped on (\"x86_64 aarch64\": both directions)")
    a = p.parse_args(argv)
    a.args = args
    return Job(a).main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
