"""Real programs for run.py: Lua 5.4 running three scripts and bzip2
compressing/decompressing (both Debian's upstream sources, built with their
own Makefiles, only CC changed, fetched at run time by scripts/debian-source,
never committed), and the call-heavy programs in programs/*.c (written for
this project; see README.md).

Figures: CPU time (user + sys of the child) of the migcc build over the clang
build, the median over --runs alternating pairs (clang first in even pairs,
migcc first in odd ones), and user-code .text (sum over the program's own
object files) migcc over clang.
"""
import hashlib
import os
import shutil
import statistics
import subprocess

import run as R  # run.py's helpers (imported as a module by run.py itself)

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(HERE, "programs")
LUA_DIR = os.path.join(HERE, "lua")
LUA_SCRIPTS = ["fib", "strings", "sort"]


def debian_source(pkg):
    """Path of the unpacked upstream tree, or None (no network, no apt)."""
    rc, out, err, _ = R.run([os.path.join(R.REPO, "scripts", "debian-source"), pkg], timeout=900)
    path = out.strip().splitlines()[-1] if rc == 0 and out.strip() else ""
    if not os.path.isdir(path):
        R.log("note: %s source unavailable, skipped: %s" % (pkg, (err.strip().splitlines() or [""])[-1]))
        return None
    return path


def objects_text(size_tool, d):
    tot = 0
    for f in sorted(os.listdir(d)):
        if f.endswith(".o"):
            t = R.text_size(size_tool, os.path.join(d, f)) if size_tool else None
            if t is None:
                return None
            tot += t
    return tot or None


def make_build(src, dest, subdir, target_args, comp, timeout):
    """Copy src to dest and run its own Makefile with CC=comp. Returns
    (ok, log)."""
    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(src, dest, symlinks=True)
    cmd = ["make", "-s", "-j2", "-C", os.path.join(dest, subdir)] + target_args + ["CC=" + comp]
    rc, so, se, _ = R.run(cmd, timeout=timeout)
    return rc == 0, so + se


def lua_cases(args, comps, work, size_tool):
    src = debian_source("lua5.4")
    if src is None:
        return [{"name": "lua-" + s, "status": "skipped (no source)"} for s in LUA_SCRIPTS]
    exes, texts, status = {}, {}, "ok"
    for which, comp in comps.items():
        dest = os.path.join(work, "real", "lua-" + which)
        ok, blog = make_build(src, dest, "src", ["posix", "ALL=lua"], comp, args.timeout)
        if not ok:
            R.log("BUILD FAILED (%s) lua:\n%s" % (which, R.first_lines(blog, 12)))
            status = "%s build failed" % which
            continue
        exes[which] = os.path.join(dest, "src", "lua")
        texts[which] = objects_text(size_tool, os.path.join(dest, "src"))
    return [{"name": "lua-" + s, "status": status, "text": texts,
             "cmd": {w: [e, os.path.join(LUA_DIR, s + ".lua")] for w, e in exes.items()}}
            for s in LUA_SCRIPTS]


def bzip2_input(path, mib=6):
    """Deterministic, compressible text: words from a fixed list chosen by an
    LCG, with numbers mixed in (about 4:1 with bzip2 -9)."""
    if os.path.exists(path) and os.path.getsize(path) >= mib << 20:
        return
    words = ("the of and to in is that for it as with was on be by at this had not are but from "
             "or have an they which one you were all we her she there would their will when who "
             "checkpoint restore migrate frame heap stack pointer register poll unwind").split()
    x, out, n = 12345, [], 0
    while n < mib << 20:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        w = words[x % len(words)] if x % 11 else str(x % 100000)
        out.append(w)
        n += len(w) + 1
        if x % 13 == 0:
            out.append("\n")
    with open(path, "w") as f:
        f.write(" ".join(out))


def bzip2_cases(args, comps, work, size_tool):
    src = debian_source("bzip2")
    names = ["bzip2-compress", "bzip2-decompress"]
    if src is None:
        return [{"name": n, "status": "skipped (no source)"} for n in names]
    exes, texts, status = {}, {}, "ok"
    for which, comp in comps.items():
        dest = os.path.join(work, "real", "bzip2-" + which)
        ok, blog = make_build(src, dest, ".", ["bzip2"], comp, args.timeout)
        if not ok:
            R.log("BUILD FAILED (%s) bzip2:\n%s" % (which, R.first_lines(blog, 12)))
            status = "%s build failed" % which
            continue
        exes[which] = os.path.join(dest, "bzip2")
        texts[which] = objects_text(size_tool, dest)
    inp = os.path.join(work, "real", "bzip2-input.txt")
    bzip2_input(inp)
    packed = inp + ".bz2"
    if "clang" in exes:
        with open(packed, "wb") as f:
            subprocess.run([exes["clang"], "-9", "-c", inp], stdout=f, check=False)
    return [{"name": names[0], "status": status, "text": texts,
             "cmd": {w: [e, "-9", "-c", inp] for w, e in exes.items()}},
            {"name": names[1], "status": status, "text": texts,
             "cmd": {w: [e, "-d", "-c", packed] for w, e in exes.items()}}]


def program_cases(args, comps, work, size_tool):
    cases = []
    for f in sorted(os.listdir(PROGRAMS_DIR)):
        if not f.endswith(".c"):
            continue
        stem, src = f[:-2], os.path.join(PROGRAMS_DIR, f)
        case = {"name": stem, "status": "ok", "text": {}, "cmd": {}}
        for which, comp in comps.items():
            out = os.path.join(work, "real", "%s.%s" % (stem, which))
            b = R.build(comp, ["-O2"], src, out, work, args.timeout)
            if not b["ok"]:
                R.log("BUILD FAILED (%s) %s:\n%s" % (which, stem, R.first_lines(b["log"], 12)))
                case["status"] = "%s build failed" % which
                continue
            rc, _, _, _ = R.run([comp, "-O2", "-c", src, "-o", out + ".o"], cwd=work, timeout=args.timeout)
            case["text"][which] = R.text_size(size_tool, out + ".o") if rc == 0 and size_tool else None
            case["cmd"][which] = [out]
        cases.append(case)
    return cases


def output_digest(cmd, work, timeout):
    p = subprocess.run(cmd, cwd=work, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=timeout)
    return p.returncode, hashlib.sha256(p.stdout).hexdigest()


def measure(args, case, work):
    """Fills case with the output check, per-build median CPU seconds and the
    median of the per-pair ratios."""
    cmd = case.get("cmd", {})
    if case["status"] != "ok" or len(cmd) < 2:
        return
    outs = {}
    for which, c in cmd.items():
        rc, dig = output_digest(c, work, args.timeout)
        if rc != 0:
            case["status"] = "%s run failed (rc=%s)" % (which, rc)
            return
        outs[which] = dig
    if outs["clang"] != outs["migcc"]:
        case["status"] = "OUTPUT MISMATCH"
        return
    cpu = {"clang": [], "migcc": []}
    ratios = []
    for i in range(args.runs):
        order = ("clang", "migcc") if i % 2 == 0 else ("migcc", "clang")
        got = {}
        for which in order:
            rc, _, c = R.run_timed(cmd[which], cwd=work, timeout=args.timeout)
            if rc != 0:
                case["status"] = "%s run failed (rc=%s)" % (which, rc)
                return
            got[which] = c
            cpu[which].append(c)
        if got["clang"] > 0:
            ratios.append(got["migcc"] / got["clang"])
    case["clang_cpu_s"] = statistics.median(cpu["clang"])
    case["migcc_cpu_s"] = statistics.median(cpu["migcc"])
    case["all_ratios"] = ratios
    case["cpu_ratio"] = statistics.median(ratios) if ratios else None


def bench_real(args, cc, migcc, work):
    """Returns (cases, failed_build)."""
    size_tool = R.find_size_tool()
    os.makedirs(os.path.join(work, "real"), exist_ok=True)
    comps = {"clang": cc}
    if migcc:
        comps["migcc"] = migcc
    want = set(x.strip() for x in args.real.split(",")) if args.real else None
    cases = []
    for group, fn in (("lua", lua_cases), ("bzip2", bzip2_cases), ("programs", program_cases)):
        if want is None or group in want:
            cases += fn(args, comps, work, size_tool)
    failed = False
    for case in cases:
        if "build failed" in case["status"]:
            failed = True
        if not migcc and case["status"] == "ok":
            case["status"] = "migcc skipped"
        measure(args, case, work)
        t = case.get("text") or {}
        case["clang_text"], case["migcc_text"] = t.get("clang"), t.get("migcc")
        case["text_ratio"] = (case["migcc_text"] / case["clang_text"]
                              if case["clang_text"] and case["migcc_text"] else None)
        case.pop("cmd", None)
        case.pop("text", None)
        R.log("%-18s %s cpu ratio %s" % (case["name"], case["status"], R.fmt(case.get("cpu_ratio"))))
    return cases, failed


def print_real(cases, kernel_results, runs):
    print()
    print("## Real programs and call-heavy programs (CPU time, median of %d alternating pairs, -O2)" % runs)
    print()
    rows = []
    for c in cases:
        ok = c["status"] == "ok" and c.get("cpu_ratio") is not None
        rows.append([c["name"], R.fmt(c.get("clang_cpu_s")), R.fmt(c.get("migcc_cpu_s")),
                     R.fmt(c.get("cpu_ratio"), "%.3f") if ok else c["status"],
                     R.fmt(c.get("clang_text"), "%d"), R.fmt(c.get("migcc_text"), "%d"),
                     R.fmt(c.get("text_ratio"), "%.2fx")])
    print(R.table(["program", "clang cpu s", "migcc cpu s", "cpu ratio", "clang .text",
                   "migcc .text", ".text ratio"], rows))
    real = [c.get("cpu_ratio") for c in cases if c["status"] == "ok"]
    print()
    print("geometric mean cpu ratio: %s (these programs)" % R.fmt(R.geomean(real), "%.3f", "n/a"))
    if kernel_results:
        ks = [k.get("cpu_ratio") for k in kernel_results if k.get("status") == "ok"]
        print("geometric mean cpu ratio, these programs and the kernels: %s"
              % R.fmt(R.geomean(real + ks), "%.3f", "n/a"))
    print("geometric mean .text ratio: %s (user code: the programs' own objects)"
          % R.fmt(R.geomean([c.get("text_ratio") for c in cases]), "%.2fx", "n/a"))
