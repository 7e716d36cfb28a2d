#!/usr/bin/env python3
"""check-migration.py - behaviour half of a test/pp test.

  check-migration.py TOOL-OPTIONS [OPTIONS] SRC WORKDIR [-- PROGRAM-ARGS...]

Tool options (lit.local.cfg passes them through %check-migration):
  --mig-pp P --clang C --include DIR --lib-x86_64 DIR --lib-aarch64 DIR
  --qemu "CMD ..." (empty: no AArch64 runs)
Options:
  --max-all N     stop at every poll point when there are at most N (default 40),
                  else at --spread of them (default 24; first and last included)
  --spread N
  --aarch64-stops N   how many of those stops are also restored on AArch64 (default 8)
  --pp-arg A      extra mig-pp argument (e.g. --poll=explicit), repeatable
  --ref-src F     extra source linked into the plain clang reference build only
                  (e.g. a mig_checkpoint() stub)
  --min-polls N   fail unless the program reaches at least N poll points (default 1)
  --gcc CMD       also compile mig-pp's output with CMD (gcc-12), see 5.

Does:
  1. reference: SRC built by plain `clang -O1`, run once (stdout, exit status);
  2. SRC through `clang -E`, mig-pp, `clang -O1` + libmigrt for x86-64; the
     uninterrupted run must print what the reference prints and exit alike;
     MIG_STATS=1 gives the number of poll points P;
  3. for each stop N: run with MIG_STOP_AT=N, expect exit 85 and a checkpoint,
     restore it (MIG_RESTORE) on x86-64 and require stdout(stop)+stdout(restore)
     == reference stdout and the reference's exit status;
  4. if qemu and the AArch64 runtime exist: same build for AArch64, its
     uninterrupted run must match, and some of the x86-64 checkpoints are
     restored on AArch64 with the same requirement;
  5. with --gcc: the x86-64 mig-pp output compiled by gcc; its run must
     match and the x86-64 checkpoints of 4 are restored by it.
Prints one line per case, then "check-migration: N passed, M failed".
Exit status 0 iff nothing failed. The run, stop and restore steps are
scripts/lib/migharness.py's, shared by every migration test.
"""
import argparse
import difflib
import os
import shlex
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts", "lib"))
import migharness as mh  # noqa: E402

TIMEOUT = 30  # per run: these are small programs


class Check:
    def __init__(self, a):
        self.a, self.w = a, a.workdir
        self.passed = self.failed = 0

    def ok(self, what):
        print("PASS: " + what)
        self.passed += 1

    def bad(self, what, *details):
        print("FAIL: " + what)
        for d in details:
            if d:
                sys.stdout.write(d)
        self.failed += 1

    def path(self, name):
        return os.path.join(self.w, name)

    def compile(self, cmd, log, append=False):
        """Run a build step, its stderr to log; True on success."""
        with open(log, "ab" if append else "wb") as f:
            return subprocess.run(cmd, stdin=subprocess.DEVNULL, stderr=f).returncode == 0

    def build(self, arch):
        """SRC -> ARCH.i -> ARCH.mig.c -> ARCH (mig-pp between two clangs)."""
        a = self.a
        lib, tflags, ppt = a.lib_x86_64, [], []
        if arch == "aarch64":
            lib, tflags, ppt = a.lib_aarch64, ["--target=aarch64-linux-gnu"], ["--", "--target=aarch64-linux-gnu"]
        log, i, c = self.path(arch + ".build.err"), self.path(arch + ".i"), self.path(arch + ".mig.c")
        return (self.compile([a.clang] + tflags + ["-E", "-I", a.include, a.src, "-o", i], log)
                and self.compile([a.mig_pp, i, "-o", c] + a.pp_arg + ppt, log, True)
                and self.compile([a.clang] + tflags + ["-O1", "-w", "-I", a.include, c,
                                  os.path.join(lib, "libmigrt.a"), "-lpthread", "-lm", "-o", self.path(arch)],
                                 log, True))

    def run(self, cmd, name, env=None, runner=()):
        """An uninterrupted run, its output kept as NAME.out / NAME.err."""
        r = mh.run(list(runner) + [cmd] + self.a.args, TIMEOUT, env)
        self.keep(name, r)
        return r

    def keep(self, name, r):
        mh.write(self.path(name + ".out"), r.out)
        mh.write(self.path(name + ".err"), r.err)

    def same_run(self, what, r):
        if r.same_as(self.ref):
            self.ok(what)
        else:
            self.bad("%s: exit %s (reference %s)" % (what, rc(r), rc(self.ref)),
                     showdiff(self.ref.out, r.out), showerr(r.err))

    def restore_case(self, tag, st, exe, runner=()):
        res = mh.restore(list(runner) + [exe] + self.a.args, TIMEOUT, st)
        if res.same_as(self.ref):
            self.ok(tag)
        else:
            self.bad("%s: restored run exit %s (reference %s), stdout(stop)+stdout(restore) vs reference:"
                     % (tag, rc(res.proc), rc(self.ref)), showdiff(self.ref.out, res.combined),
                     showerr(res.proc.err))

    def main(self):
        a = self.a
        shutil.rmtree(self.w, ignore_errors=True)
        os.makedirs(self.w)
        # 1. reference
        if not self.compile([a.clang, "-O1", "-w", "-I", a.include, a.src] + a.ref_src + ["-lm", "-o", self.path("ref")],
                            self.path("ref.build.err")):
            print("FAIL: reference build")
            sys.stdout.write(showerr(read(self.path("ref.build.err"))))
            return 1
        self.ref = self.run(self.path("ref"), "ref")
        print("reference: exit %s, %d lines" % (rc(self.ref), self.ref.out.count(b"\n")))
        # 2. x86-64 build, uninterrupted runs
        if not self.build("x86_64"):
            print("FAIL: x86_64 build")
            sys.stdout.write(indent(read(self.path("x86_64.build.err")), 20))
            return 1
        x86 = self.path("x86_64")
        self.same_run("x86_64 uninterrupted", self.run(x86, "x.plain"))
        st, polls = mh.stats_run([x86] + a.args, TIMEOUT)
        self.keep("x.stats", st)
        if polls is None:
            self.bad("MIG_STATS=1 printed no poll count", showerr(st.err))
            polls = 0
        elif st.same_as(self.ref):
            self.ok("x86_64 MIG_STATS=1 run (%d polls)" % polls)
        else:
            self.bad("x86_64 MIG_STATS=1 run: exit %s" % rc(st), showdiff(self.ref.out, st.out), showerr(st.err))
        if polls < a.min_polls:
            self.bad("only %d poll points (expected at least %d)" % (polls, a.min_polls))
        stops = list(range(1, polls + 1)) if polls <= a.max_all else mh.spread(polls, a.spread, rounding=int)
        astops = stops if len(stops) <= a.aarch64_stops else \
            sorted({stops[i * (len(stops) - 1) // (a.aarch64_stops - 1)] for i in range(a.aarch64_stops)})
        # 3. x86-64 -> x86-64
        stopped = {}
        for n in stops:
            s = mh.stop([x86] + a.args, TIMEOUT, n, self.path("ck.%d" % n))
            self.keep("stop.%d" % n, s.proc)
            if not s.stopped:
                self.bad("stop at %d/%d: exit %s (expected 85 and a checkpoint)" % (n, polls, rc(s.proc)),
                         showerr(s.proc.err))
                continue
            stopped[n] = s
            self.restore_case("x86_64->x86_64 stop %d/%d" % (n, polls), s, x86)
        # 4. AArch64
        if a.qemu and a.lib_aarch64 and os.path.isfile(os.path.join(a.lib_aarch64, "libmigrt.a")):
            if not self.build("aarch64"):
                self.bad("aarch64 build", indent(read(self.path("aarch64.build.err")), 20))
            else:
                q, a64 = shlex.split(a.qemu), self.path("aarch64")
                self.same_run("aarch64 uninterrupted", self.run(a64, "a.plain", runner=q))
                for n in astops:
                    if n in stopped:
                        self.restore_case("x86_64->aarch64 stop %d/%d" % (n, polls), stopped[n], a64, q)
        else:
            print("note: no qemu-aarch64 or AArch64 runtime: x86_64->aarch64 skipped")
        # 5. with --gcc: mig-pp's x86-64 output compiled by GCC too (it must be C
        #    that gcc compiles without a warning under -Wall; for sources that
        #    include no system header, since a clang-preprocessed glibc header is
        #    not GCC's); its uninterrupted run must match, and the checkpoints of
        #    4 (written by the clang build) are restored by the gcc build.
        if a.gcc:
            if not self.compile([a.gcc, "-O1", "-Wall", "-Werror", "-Wno-unused", "-Wno-main", "-I", a.include,
                                 self.path("x86_64.mig.c"), os.path.join(a.lib_x86_64, "libmigrt.a"),
                                 "-lpthread", "-lm", "-o", self.path("gcc")], self.path("gcc.build.err")):
                self.bad("gcc build", indent(read(self.path("gcc.build.err")), 20))
            else:
                self.same_run("gcc uninterrupted", self.run(self.path("gcc"), "g.plain"))
                for n in astops:
                    if n in stopped:
                        self.restore_case("x86_64 clang->gcc stop %d/%d" % (n, polls), stopped[n], self.path("gcc"))
        print("check-migration: %d passed, %d failed" % (self.passed, self.failed))
        return 0 if self.failed == 0 else 1


def rc(r):
    """An exit status as the shell shows it (124: timeout, 128+N: signal N)."""
    if r.timed_out:
        return 124
    return 128 - r.rc if r.rc < 0 else r.rc


def read(path):
    with open(path, "rb") as f:
        return f.read()


def indent(text, n):
    lines = text.decode(errors="replace").splitlines()[:n]
    return "".join("    %s\n" % l for l in lines)


def showdiff(expected, actual):
    d = list(difflib.unified_diff(expected.decode(errors="replace").splitlines(),
                                  actual.decode(errors="replace").splitlines(), "reference", "actual", lineterm=""))
    return "".join("    %s\n" % l for l in d[:12])


def showerr(err):
    return "".join("    stderr: %s\n" % l for l in err.decode(errors="replace").splitlines()[:8])


def main(argv):
    sys.stdout.reconfigure(line_buffering=True)  # progress shows in a log as it happens
    argv, args = mh.split_program_args(argv)
    # A value may start with '-' (--pp-arg --poll=explicit): join it on.
    joined, i = [], 0
    while i < len(argv):
        if argv[i] in ("--pp-arg", "--ref-src", "--qemu", "--gcc") and i + 1 < len(argv):
            joined.append(argv[i] + "=" + argv[i + 1])
            i += 2
        else:
            joined.append(argv[i])
            i += 1
    argv = joined
    p = argparse.ArgumentParser(prog="check-migration")
    for o in ("--mig-pp", "--clang", "--include", "--lib-x86_64"):
        p.add_argument(o, required=True)
    p.add_argument("--lib-aarch64", default="")
    p.add_argument("--qemu", default="")
    p.add_argument("--gcc", default="")
    p.add_argument("--max-all", type=int, default=40)
    p.add_argument("--spread", type=int, default=24)
    p.add_argument("--aarch64-stops", type=int, default=8)
    p.add_argument("--pp-arg", action="append", default=[])
    p.add_argument("--ref-src", action="append", default=[])
    p.add_argument("--min-polls", type=int, default=1)
    p.add_argument("src")
    p.add_argument("workdir")
    a = p.parse_args(argv)
    a.args = args
    return Check(a).main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
