#!/usr/bin/env python3
"""migcc benchmarks: run time and code size of migcc-built kernels against
plain clang-19, mig-pp's own speed, and (with --checkpoint) the runtime's
checkpoint and restore costs. See benchmarks/README.md for the method.

Python 3 standard library only. Exit status: 0 unless a build failed
(a missing migcc is "skipped", not a failure; an output mismatch or a crash
is reported in the table).
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import resource
import shlex
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
KERNELS_DIR = os.path.join(HERE, "kernels")
EMPTY_C = "int main(void) { return 0; }\n"
MIGCC_FLAGS = ""


# --------------------------------------------------------------------------
# helpers

def log(msg):
    print(msg, file=sys.stderr, flush=True)


def run(cmd, cwd=None, env=None, timeout=None, preexec_fn=None):
    """Run cmd, return (rc, stdout, stderr, seconds). rc is None on timeout."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(cmd, cwd=cwd, env=env, timeout=timeout,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           preexec_fn=preexec_fn)
    except subprocess.TimeoutExpired as e:
        return None, _s(e.stdout), _s(e.stderr), time.perf_counter() - t0
    except OSError as e:
        return 127, "", str(e), time.perf_counter() - t0
    dt = time.perf_counter() - t0
    return p.returncode, _s(p.stdout), _s(p.stderr), dt


def run_timed(cmd, cwd=None, timeout=None):
    """Run cmd with output discarded. Returns (rc, wall s, cpu s): wall clock
    by time.perf_counter() around the child, CPU = the child's user + system
    time from wait4()."""
    t0 = time.perf_counter()
    try:
        p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        return 127, 0.0, 0.0
    deadline = None if timeout is None else t0 + timeout
    while True:
        pid, status, ru = os.wait4(p.pid, os.WNOHANG if deadline else 0)
        if pid:
            break
        if time.perf_counter() > deadline:
            p.kill()
            pid, status, ru = os.wait4(p.pid, 0)
            p.returncode = -9
            return None, time.perf_counter() - t0, ru.ru_utime + ru.ru_stime
        time.sleep(0.0005)
    dt = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    return p.returncode, dt, ru.ru_utime + ru.ru_stime


def _s(b):
    if b is None:
        return ""
    return b.decode("utf-8", "replace") if isinstance(b, bytes) else b


def first_lines(text, n=6):
    lines = [l for l in text.strip().splitlines() if l.strip()]
    out = "\n".join("    " + l for l in lines[:n])
    if len(lines) > n:
        out += "\n    ... (%d more lines)" % (len(lines) - n)
    return out


def geomean(xs):
    xs = [x for x in xs if x is not None and x > 0]
    if not xs:
        return None
    return math.exp(sum(math.log(x) for x in xs) / len(xs))


def fmt(x, spec="%.3f", none="-"):
    return none if x is None else spec % x


def table(headers, rows):
    """Markdown table, columns padded."""
    cols = [headers] + [[str(c) for c in r] for r in rows]
    w = [max(len(r[i]) for r in cols) for i in range(len(headers))]
    line = lambda r: "| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |"
    out = [line(headers), "|" + "|".join("-" * (x + 2) for x in w) + "|"]
    out += [line(r) for r in cols[1:]]
    return "\n".join(out)


def find_size_tool():
    for t in ("llvm-size-19", "llvm-size", "size"):
        p = shutil.which(t)
        if p:
            return p
    return None


def text_size(tool, path):
    """Sum of the sizes of all sections named .text or .text.* (SysV format)."""
    rc, out, err, _ = run([tool, "-A", path])
    if rc != 0:
        return None
    total, seen = 0, False
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 2 and (parts[0] == ".text" or parts[0].startswith(".text.")):
            try:
                total += int(parts[1], 0)
                seen = True
            except ValueError:
                pass
    return total if seen else None


def machine_info(cc):
    info = {
        "date_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cores": os.cpu_count(),
        "kernel": platform.release(),
        "arch": platform.machine(),
    }
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            info["mem_gib"] = round(kb / 1048576, 1)
    except (OSError, ValueError, IndexError):
        pass
    rc, out, _, _ = run([cc, "--version"])
    if rc == 0 and out:
        info["cc"] = out.splitlines()[0]
    return info


def resolve_build(path):
    if os.path.isabs(path):
        return path
    cand = os.path.abspath(path)
    if os.path.isdir(cand):
        return cand
    alt = os.path.join(REPO, path)
    if os.path.isdir(alt):
        return alt
    return cand


# --------------------------------------------------------------------------
# kernels

def kernel_list(only):
    names = sorted(f[:-2] for f in os.listdir(KERNELS_DIR) if f.endswith(".c"))
    if only:
        want = [k.strip() for k in only.split(",") if k.strip()]
        unknown = [k for k in want if k not in names]
        if unknown:
            sys.exit("unknown kernel(s): %s (have: %s)" % (", ".join(unknown), ", ".join(names)))
        names = [k for k in names if k in want]
    return names


def build(compiler, extra, src, out, cwd, timeout):
    cmd = [compiler] + extra + [src, "-o", out, "-lm"]
    rc, so, se, dt = run(cmd, cwd=cwd, timeout=timeout)
    return {"ok": rc == 0 and os.path.exists(out), "cmd": cmd, "rc": rc,
            "log": (so + se), "seconds": dt}


def find_migpp_cmd(verbose_log, tmpdir, stem):
    """Pick mig-pp's command line out of the driver's -v / -### output."""
    for line in verbose_log.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            toks = shlex.split(line)
        except ValueError:
            continue
        if toks and os.path.basename(toks[0]).startswith("mig-pp"):
            return toks
    return None


def migpp_times(args, migcc, migpp, names, work):
    """Time mig-pp alone on each kernel's preprocessed unit (<stem>.i kept by
    `migcc -save-temps`). Returns (rows, summary)."""
    rows = []
    tot_t = tot_cpu = tot_i = tot_src = 0.0
    all_ok = True
    for k in names:
        src = os.path.join(KERNELS_DIR, k + ".c")
        tdir = os.path.join(work, "temps", k)
        shutil.rmtree(tdir, ignore_errors=True)
        os.makedirs(tdir)
        base = ["-O2", "-save-temps"] + shlex.split(args.migcc_flags)
        r = build(migcc, base + ["-v"], src, os.path.join(tdir, k), tdir, args.timeout)
        if not r["ok"]:  # maybe no -v; try without
            r = build(migcc, base, src, os.path.join(tdir, k), tdir, args.timeout)
        ifile = None
        for d in (tdir, os.path.dirname(src)):
            cand = os.path.join(d, k + ".i")
            if os.path.exists(cand) and d == tdir:
                ifile = cand
        if ifile is None:
            for root, _, files in os.walk(tdir):
                for f in files:
                    if f.endswith(".i"):
                        ifile = os.path.join(root, f)
        if ifile is None:
            rows.append([k, "-", "-", "-", "-", "no .i kept by -save-temps", "-"])
            all_ok = False
            continue
        cmd = find_migpp_cmd(r["log"], tdir, k) if args.mig_pp_cmd is None else None
        if args.mig_pp_cmd is not None:
            out = os.path.join(tdir, k + ".bench.mig.c")
            cmd = shlex.split(args.mig_pp_cmd.format(mig_pp=migpp, input=ifile, output=out))
        elif cmd is None:
            cmd = [migpp, ifile, "-o", os.path.join(tdir, k + ".bench.mig.c")]
        best = bestcpu = None
        err = ""
        rc, so, se, _ = run(cmd, cwd=tdir, timeout=args.timeout)  # check once, with messages
        if rc != 0:
            err = "mig-pp rc=%s: %s" % (rc, (se or so).strip().splitlines()[:1])
        for _ in range(args.runs if rc == 0 else 0):
            rc, dt, cpu = run_timed(cmd, cwd=tdir, timeout=args.timeout)
            if rc != 0:
                err = "mig-pp rc=%s" % rc
                best = None
                break
            best = dt if best is None else min(best, dt)
            bestcpu = cpu if bestcpu is None else min(bestcpu, cpu)
        with open(ifile, errors="replace") as f:
            ilines = sum(1 for _ in f)
        with open(src) as f:
            slines = sum(1 for _ in f)
        if best is None:
            rows.append([k, ilines, slines, "-", "-", err, "-"])
            all_ok = False
            continue
        tot_t += best
        tot_cpu += bestcpu
        tot_i += ilines
        tot_src += slines
        rows.append([k, ilines, slines, "%.4f" % best, "%.4f" % bestcpu,
                     "%.4f" % (best / ilines * 1000), "%.4f" % (bestcpu / ilines * 1000)])
    summary = {
        "ok": all_ok and tot_i > 0,
        "total_s": tot_t, "i_lines": int(tot_i), "src_lines": int(tot_src),
        "s_per_1000_i_lines": (tot_t / tot_i * 1000) if tot_i else None,
        "s_per_1000_src_lines": (tot_t / tot_src * 1000) if tot_src else None,
        "total_cpu_s": tot_cpu,
        "cpu_s_per_1000_i_lines": (tot_cpu / tot_i * 1000) if tot_i else None,
        "command_example": None,
    }
    return rows, summary


def bench_kernels(args, cc, migcc, migpp, work):
    names = kernel_list(args.only)
    size_tool = find_size_tool()
    failed_build = False
    results = []

    # empty programs, for the code-size baseline
    empty = os.path.join(work, "empty.c")
    with open(empty, "w") as f:
        f.write(EMPTY_C)
    empty_text = {}
    for which, comp in (("clang", cc), ("migcc", migcc)):
        if comp is None:
            continue
        eout = os.path.join(work, "empty." + which)
        b = build(comp, ["-O2"], empty, eout, work, args.timeout)
        empty_text[which] = text_size(size_tool, eout) if b["ok"] and size_tool else None
        if not b["ok"]:
            log("note: empty program does not build with %s:\n%s" % (which, first_lines(b["log"])))

    for k in names:
        src = os.path.join(KERNELS_DIR, k + ".c")
        res = {"kernel": k, "status": "ok"}
        bins = {}
        for which, comp in (("clang", cc), ("migcc", migcc)):
            if comp is None:
                continue
            out = os.path.join(work, "%s.%s" % (k, which))
            if os.path.exists(out):
                os.unlink(out)
            extra = shlex.split(args.migcc_flags) if which == "migcc" else []
            b = build(comp, ["-O2"] + extra, src, out, work, args.timeout)
            res[which + "_build_s"] = b["seconds"]
            if not b["ok"]:
                log("BUILD FAILED (%s) %s: %s\n%s" % (which, k, " ".join(b["cmd"]), first_lines(b["log"], 12)))
                res["status"] = "%s build failed" % which
                failed_build = True
                continue
            bins[which] = out
            # object-file .text (user code only, no runtime library)
            obj = out + ".o"
            ob = [comp, "-O2"] + extra + ["-c", src, "-o", obj]
            rc, _, _, _ = run(ob, cwd=work, timeout=args.timeout)
            res[which + "_obj_text"] = text_size(size_tool, obj) if rc == 0 and size_tool else None
            bt = text_size(size_tool, out) if size_tool else None
            res[which + "_bin_text"] = bt
            et = empty_text.get(which)
            res[which + "_bin_text_net"] = (bt - et) if bt is not None and et is not None else None

        # reference run: outputs must be equal
        outs = {}
        for which, path in bins.items():
            rc, so, se, dt = run([path], cwd=work, timeout=args.timeout)
            outs[which] = so
            res[which + "_output"] = so.strip()
            if rc != 0:
                log("RUN FAILED (%s) %s: rc=%s\n%s" % (which, k, rc, first_lines(se)))
                res["status"] = "%s run failed (rc=%s)" % (which, rc)
                bins[which] = None
        if "clang" in outs and "migcc" in outs and res["status"] == "ok" and outs["clang"] != outs["migcc"]:
            res["status"] = "OUTPUT MISMATCH"
            log("MISMATCH %s:\n  clang: %s\n  migcc: %s" % (k, outs["clang"].strip(), outs["migcc"].strip()))

        # timing: best of N, the two builds interleaved
        best, bestcpu = {}, {}
        live = {w: p for w, p in bins.items() if p}
        for i in range(args.runs):
            for which, path in live.items():
                rc, dt, cpu = run_timed([path], cwd=work, timeout=args.timeout)
                if rc == 0:
                    best[which] = dt if which not in best else min(best[which], dt)
                    bestcpu[which] = cpu if which not in bestcpu else min(bestcpu[which], cpu)
        res["clang_s"] = best.get("clang")
        res["migcc_s"] = best.get("migcc")
        res["clang_cpu_s"] = bestcpu.get("clang")
        res["migcc_cpu_s"] = bestcpu.get("migcc")
        if res["status"] == "ok" and res["clang_s"] and res["migcc_s"]:
            res["ratio"] = res["migcc_s"] / res["clang_s"]
            res["cpu_ratio"] = res["migcc_cpu_s"] / res["clang_cpu_s"] if res["clang_cpu_s"] else None
        else:
            res["ratio"] = res["cpu_ratio"] = None
        for kind in ("obj_text", "bin_text_net"):
            c, m = res.get("clang_" + kind), res.get("migcc_" + kind)
            res[kind + "_growth"] = (m / c) if c and m is not None else None
        if migcc is None:
            res["status"] = "migcc skipped"
        results.append(res)
        log("%-8s clang %s  migcc %s  %s" % (k, fmt(res["clang_s"]), fmt(res["migcc_s"]), res["status"]))

    gm = geomean([r["ratio"] for r in results])
    gm_cpu = geomean([r.get("cpu_ratio") for r in results])
    gm_obj = geomean([r.get("obj_text_growth") for r in results])
    gm_bin = geomean([r.get("bin_text_net_growth") for r in results])
    try:
        load = os.getloadavg()
    except OSError:
        load = None
    summary = {"geomean_ratio": gm, "geomean_cpu_ratio": gm_cpu, "loadavg_after": load, "geomean_obj_text_growth": gm_obj,
               "geomean_bin_text_net_growth": gm_bin, "empty_text": empty_text,
               "size_tool": size_tool}

    migpp_rows, migpp_sum = [], None
    if migcc is not None and migpp is not None and not args.no_mig_pp:
        migpp_rows, migpp_sum = migpp_times(args, migcc, migpp, names, work)
    return names, results, summary, migpp_rows, migpp_sum, failed_build


def print_kernels(results, summary, migpp_rows, migpp_sum, migcc, runs):
    print()
    print("## Run time (best of %d, wall clock, -O2, migcc flags: %s, no checkpoint)"
          % (runs, MIGCC_FLAGS or "none (default poll policy)"))
    print()
    rows = []
    for r in results:
        st = r["status"]
        rows.append([r["kernel"], fmt(r["clang_s"]), fmt(r["migcc_s"]) if migcc else "skipped",
                     fmt(r["ratio"], "%.3f") if st == "ok" else st,
                     fmt(r.get("clang_cpu_s")), fmt(r.get("migcc_cpu_s")) if migcc else "skipped",
                     fmt(r.get("cpu_ratio"), "%.3f") if st == "ok" else "-"])
    print(table(["kernel", "clang s", "migcc s", "ratio", "clang cpu s", "migcc cpu s", "cpu ratio"], rows))
    print()
    print("geometric mean of ratios: %s (wall clock), %s (CPU time, user+sys)"
          % (fmt(summary["geomean_ratio"], "%.3f", "n/a"), fmt(summary["geomean_cpu_ratio"], "%.3f", "n/a")))
    if summary.get("loadavg_after"):
        print("load average after the timed runs: %.2f %.2f %.2f (on %d cores)"
              % (tuple(summary["loadavg_after"]) + (os.cpu_count(),)))
    print()
    print("## Code size (.text bytes)")
    print()
    rows = []
    for r in results:
        rows.append([r["kernel"],
                     fmt(r.get("clang_obj_text"), "%d"), fmt(r.get("migcc_obj_text"), "%d"),
                     fmt(r.get("obj_text_growth"), "%.2fx"),
                     fmt(r.get("clang_bin_text_net"), "%d"), fmt(r.get("migcc_bin_text_net"), "%d"),
                     fmt(r.get("bin_text_net_growth"), "%.2fx")])
    print(table(["kernel", "clang .o", "migcc .o", "growth .o",
                 "clang exe-empty", "migcc exe-empty", "growth exe"], rows))
    print()
    et = summary["empty_text"]
    print("geometric mean growth: objects %s, executables minus empty program %s"
          % (fmt(summary["geomean_obj_text_growth"], "%.2fx", "n/a"),
             fmt(summary["geomean_bin_text_net_growth"], "%.2fx", "n/a")))
    print(".text of an empty program: clang %s, migcc %s (runtime library and startup code)"
          % (fmt(et.get("clang"), "%d"), fmt(et.get("migcc"), "%d")))
    if migpp_sum is not None:
        print()
        print("## mig-pp speed (best of %d per unit, on the .i kept by migcc -save-temps)" % runs)
        print()
        print(table(["kernel", ".i lines", "source lines", "mig-pp s", "mig-pp cpu s",
                     "s / 1000 .i lines", "cpu s / 1000 .i lines"], migpp_rows))
        print()
        print("mig-pp: %s s (wall; %s s CPU) per 1,000 lines of preprocessed source (.i, all lines); "
              "%s s (wall) per 1,000 lines of user source"
              % (fmt(migpp_sum["s_per_1000_i_lines"], "%.4f", "n/a"),
                 fmt(migpp_sum.get("cpu_s_per_1000_i_lines"), "%.4f", "n/a"),
                 fmt(migpp_sum["s_per_1000_src_lines"], "%.4f", "n/a")))


# --------------------------------------------------------------------------
# checkpoint benchmark

def parse_results(text):
    res = {}
    for line in text.splitlines():
        m = re.match(r"RESULT (\S+) (\S+)", line)
        if m:
            k, v = m.group(1), m.group(2)
            try:
                v = float(v) if any(c in v for c in ".e") else int(v)
            except ValueError:
                pass
            res.setdefault(k, []).append(v)
    return res


def big_stack():
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_STACK)
        want = 4 << 30
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        resource.setrlimit(resource.RLIMIT_STACK, (want, hard))
    except (ValueError, OSError):
        pass


def bench_checkpoint(args, migcc, work):
    """Returns (dict of figures, list of error strings, build_failed)."""
    src = os.path.join(HERE, "checkpoint_bench.c")
    exe = os.path.join(work, "checkpoint_bench.migcc")
    b = build(migcc, ["-O2"], src, exe, work, args.timeout)
    if not b["ok"]:
        log("BUILD FAILED (migcc) checkpoint_bench: %s\n%s" % (" ".join(b["cmd"]), first_lines(b["log"], 12)))
        return {}, ["checkpoint_bench does not build with migcc"], True
    cdir = args.ckpt_dir or os.path.join(work, "ckpt")
    os.makedirs(cdir, exist_ok=True)
    base_env = {k: v for k, v in os.environ.items() if not k.startswith("MIG_")}
    errors = []
    fig = {"params": {"mib": args.ckpt_mib, "depth": args.ckpt_depth, "blocks": args.ckpt_blocks,
                      "reps": args.ckpt_reps, "ckpt_dir": cdir, "parts": args.ckpt_parts}}
    tmo = args.ckpt_timeout

    def go(argv, env_extra, what, preexec=None):
        env = dict(base_env)
        env.update(env_extra)
        if "BENCH_T0_NS" in env:
            env["BENCH_T0_NS"] = str(time.time_ns())
        rc, so, se, dt = run([exe] + [str(a) for a in argv], cwd=work, env=env,
                             timeout=tmo, preexec_fn=preexec)
        r = parse_results(so)
        if rc != 0 or "error" in r:
            errors.append("%s: rc=%s %s %s" % (what, rc, " ".join(map(str, r.get("error", []))),
                                                (se.strip().splitlines() or [""])[-1][:200]))
            log("%s failed (rc=%s):\n%s" % (what, rc, first_lines(se + so, 10)))
            return None, dt
        return r, dt

    def rm(*paths):
        for p in paths:
            try:
                os.unlink(p)
            except OSError:
                pass

    mib = args.ckpt_mib
    nbytes = mib << 20

    parts = set(p.strip() for p in args.ckpt_parts.split(","))

    # 1. heap checkpoint vs write+fsync
    ck, raw = os.path.join(cdir, "heap.ckpt"), os.path.join(cdir, "heap.raw")
    log("checkpoint: heap %d MiB x %d" % (mib, args.ckpt_reps))
    r, _ = (None, 0) if "heap" not in parts else go(["heap", mib, args.ckpt_reps, raw], {"MIG_CKPT": ck}, "heap checkpoint")
    if r and r.get("ckpt_s"):
        c, w, wn = (max(min(r[k]), 1e-6) for k in ("ckpt_s", "write_fsync_s", "write_nofsync_s"))
        fig["heap"] = {"ckpt_s": c, "write_fsync_s": w, "write_nofsync_s": wn,
                       "all_ckpt_s": r["ckpt_s"], "all_write_fsync_s": r["write_fsync_s"],
                       "all_write_nofsync_s": r["write_nofsync_s"],
                       "ckpt_mib_s": nbytes / c / 2**20, "write_fsync_mib_s": nbytes / w / 2**20,
                       "ratio": w / c, "ckpt_file_bytes": r.get("ckpt_file_bytes", [None])[-1]}
    rm(ck, raw)

    # 2. same-arch restore vs memcpy
    log("checkpoint: restore %d MiB" % mib)
    starts = []
    for _ in range(3):
        r, _ = go(["startup"], {"BENCH_T0_NS": ""}, "startup")
        if r and r.get("startup_s"):
            starts.append(r["startup_s"][0])
    startup = min(starts) if starts else 0.0
    fig["startup_s"] = startup
    ck = os.path.join(cdir, "restore.ckpt")
    r, _ = (None, 0) if "restore" not in parts else go(["restore", mib], {"MIG_CKPT": ck}, "restore (writer)")
    if r and not os.path.exists(ck):
        errors.append("restore: the writer left no checkpoint file at MIG_CKPT=%s" % ck)
    if r and os.path.exists(ck):
        rest, walls = [], []
        ok = True
        for _ in range(args.ckpt_reps):
            rr, dt = go(["restore", mib], {"MIG_RESTORE": ck, "BENCH_T0_NS": ""}, "restore")
            if not rr or not rr.get("restore_since_t0_s"):
                ok = False
                break
            rest.append(rr["restore_since_t0_s"][0] - startup)
            walls.append(dt)
            ok = ok and rr.get("restore_ok", [0])[0] == 1
        if rest:
            fig["restore"] = {"restore_s": min(rest), "restore_process_wall_s": min(walls),
                              "memcpy_fresh_s": r["memcpy_fresh_s"][0],
                              "memcpy_warm_s": r["memcpy_warm_s"][0],
                              "ckpt_file_bytes": r.get("ckpt_file_bytes", [None])[-1],
                              "verified": ok}
            fig["restore"]["ratio_vs_memcpy_fresh"] = min(rest) / r["memcpy_fresh_s"][0]
            if not ok:
                errors.append("restore: heap contents differ after restore")
    rm(ck)

    # 3. deep stack
    log("checkpoint: recursion %d deep" % args.ckpt_depth)
    ck = os.path.join(cdir, "deep.ckpt")
    lat = {}
    for depth in ((1, args.ckpt_depth) if "deep" in parts else ()):
        r, _ = go(["deep", depth, args.ckpt_reps], {"MIG_CKPT": ck}, "deep %d" % depth, preexec=big_stack)
        if r and r.get("deep_ckpt_s"):
            lat[depth] = (min(r["deep_ckpt_s"]), r.get("ckpt_file_bytes", [None])[-1],
                          min(r.get("deep_ckpt_cpu_s", [0.0])))
        rm(ck)
    if args.ckpt_depth in lat:
        d = {"depth": args.ckpt_depth, "ckpt_s": lat[args.ckpt_depth][0],
             "ckpt_file_bytes": lat[args.ckpt_depth][1], "ckpt_cpu_s": lat[args.ckpt_depth][2]}
        if 1 in lat:
            d["shallow_ckpt_s"] = lat[1][0]
            d["per_frame_us"] = (lat[args.ckpt_depth][0] - lat[1][0]) / max(1, args.ckpt_depth - 1) * 1e6
        fig["deep"] = d

    # 4. many small blocks
    log("checkpoint: %d heap blocks" % args.ckpt_blocks)
    ck = os.path.join(cdir, "blocks.ckpt")
    r, _ = (None, 0) if "blocks" not in parts else go(["blocks", args.ckpt_blocks], {"MIG_CKPT": ck}, "blocks (writer)")
    if r and r.get("ckpt_s"):
        c = max(r["ckpt_s"][0], 1e-6)
        d = {"blocks": args.ckpt_blocks, "ckpt_s": c, "ckpt_blocks_per_s": args.ckpt_blocks / c,
             "ckpt_file_bytes": r.get("ckpt_file_bytes", [None])[-1],
             "ckpt_cpu_s": r.get("ckpt_cpu_s", [None])[0]}
        if not os.path.exists(ck):
            errors.append("blocks: no checkpoint file at MIG_CKPT=%s" % ck)
        rr, dt = go(["blocks", args.ckpt_blocks], {"MIG_RESTORE": ck, "BENCH_T0_NS": ""}, "blocks restore")
        if rr and rr.get("restore_since_t0_s"):
            rs = rr["restore_since_t0_s"][0] - startup
            d.update({"restore_s": rs, "restore_blocks_per_s": args.ckpt_blocks / rs if rs > 0 else None,
                      "restore_cpu_s": rr.get("restore_cpu_s", [None])[0],
                      "verified": rr.get("restore_ok", [0])[0] == 1})
            if not d["verified"]:
                errors.append("blocks: list differs after restore")
        fig["blocks"] = d
    rm(ck)

    # 5. the physical floor, end-to-end downtime, restore from a pipe
    if "floor" in parts or "downtime" in parts:
        fig["floor"] = bench_floor(args, exe, cdir, go, rm, base_env, errors, parts, startup)

    # 6. optional: cross-arch restore under qemu
    if args.qemu:
        fig["qemu"] = bench_qemu(args, migcc, work, cdir, go, errors, exe)
    return fig, errors, False


def restore_from_pipe(exe, ck, argv, env, timeout):
    """`cat ck | MIG_RESTORE=- exe argv...`; returns (rc, parsed results,
    stderr). BENCH_T0_NS is taken just before cat starts."""
    env = dict(env)
    env.update({"MIG_RESTORE": "-", "BENCH_T0_NS": str(time.time_ns())})
    cat = subprocess.Popen(["cat", ck], stdout=subprocess.PIPE)
    try:
        p = subprocess.run([exe] + [str(a) for a in argv], stdin=cat.stdout, env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        cat.kill()
        cat.wait()
        return None, {}, "timeout"
    finally:
        cat.stdout.close()
    cat.wait()
    return p.returncode, parse_results(_s(p.stdout)), _s(p.stderr)


def bench_floor(args, exe, cdir, go, rm, base_env, errors, parts, startup):
    """Checkpoint vs write+fsync of the same bytes, restore from a cold page
    cache vs a cold read of the same file into fresh memory, restore from a
    pipe, and the end-to-end downtime (stop request to resumed output), per
    heap size in --floor-mib."""
    out = {"sizes": []}
    reps = args.floor_reps
    for mib in [int(m) for m in args.floor_mib.split(",") if m.strip()]:
        row = {"mib": mib}
        out["sizes"].append(row)
        if "floor" in parts:
            log("floor: checkpoint of %d MiB vs write+fsync" % mib)
            ck, raw = os.path.join(cdir, "floor.ckpt"), os.path.join(cdir, "floor.raw")
            r, _ = go(["heap", mib, reps, raw], {"MIG_CKPT": ck}, "floor heap %d" % mib)
            if r and r.get("ckpt_s"):
                c, w = min(r["ckpt_s"]), min(r["write_fsync_s"])
                row.update({"ckpt_s": c, "write_fsync_s": w, "ckpt_ratio": w / max(c, 1e-6),
                            "all_ckpt_s": r["ckpt_s"], "all_write_fsync_s": r["write_fsync_s"]})
                if r.get("write_fsync_rename_s"):
                    g = min(r["write_fsync_rename_s"])
                    row.update({"write_fsync_rename_s": g, "ckpt_ratio_guarantee": g / max(c, 1e-6),
                                "all_write_fsync_rename_s": r["write_fsync_rename_s"]})
            rm(ck, raw)
            log("floor: cold restore of %d MiB vs cold read" % mib)
            r, _ = go(["restore", mib], {"MIG_CKPT": ck, "BENCH_NO_MEMCPY": "1"}, "floor writer %d" % mib)
            if r and os.path.exists(ck) and "ckpt_s" in row:
                dd = dd_sequence(ck, raw, reps) # the checkpoint's own bytes
                if dd:
                    row.update({"dd_s": dd, "ckpt_ratio_dd": dd / max(row["ckpt_s"], 1e-6)})
            if r and os.path.exists(ck):
                cold, coldh, rest, piped, ok = [], [], [], [], True
                for k in range(reps):
                    order = ("read", "restore", "pipe") if k % 2 == 0 else ("pipe", "restore", "read")
                    for what in order:
                        go(["dropcache", ck], {}, "dropcache")
                        if what == "read":
                            rr, _ = go(["coldread", ck], {}, "coldread")
                            if rr and rr.get("coldread_s"):
                                cold.append(rr["coldread_s"][0])
                            go(["dropcache", ck], {}, "dropcache")
                            rr, _ = go(["coldread", ck, "huge"], {}, "coldread huge")
                            if rr and rr.get("coldread_s"):
                                coldh.append(rr["coldread_s"][0])
                        elif what == "restore":
                            rr, _ = go(["restore", mib], {"MIG_RESTORE": ck, "BENCH_T0_NS": ""},
                                       "cold restore %d" % mib)
                            if rr and rr.get("restore_since_t0_s"):
                                rest.append(rr["restore_since_t0_s"][0] - startup)
                                ok = ok and rr.get("restore_ok", [0])[0] == 1
                        else:
                            rc, rr, se = restore_from_pipe(exe, ck, ["restore", mib], base_env,
                                                           args.ckpt_timeout)
                            if rc == 0 and rr.get("restore_since_t0_s"):
                                piped.append(rr["restore_since_t0_s"][0] - startup)
                                ok = ok and rr.get("restore_ok", [0])[0] == 1
                            elif "pipe_error" not in row:
                                row["pipe_error"] = "rc=%s %s" % (rc, (se.strip().splitlines() or [""])[-1][:160])
                if coldh and rest:
                    row.update({"coldread_huge_s": min(coldh), "all_coldread_huge_s": coldh,
                                "restore_ratio_huge": min(coldh) / max(min(rest), 1e-6)})
                if cold and rest:
                    row.update({"coldread_s": min(cold), "restore_cold_s": min(rest),
                                "restore_ratio": min(cold) / max(min(rest), 1e-6),
                                "all_coldread_s": cold, "all_restore_cold_s": rest, "verified": ok})
                if piped:
                    row.update({"restore_pipe_s": min(piped), "all_restore_pipe_s": piped,
                                "pipe_ratio": (min(cold) / max(min(piped), 1e-6)) if cold else None})
                if not ok:
                    errors.append("floor %d MiB: heap contents differ after restore" % mib)
            rm(ck)
        if "downtime" in parts:
            log("floor: end-to-end downtime at %d MiB" % mib)
            row.update(bench_downtime(args, exe, cdir, mib, base_env, errors, reps))
    return out


def dd_sequence(src, dst, reps):
    """What a checkpoint guarantees, done with standard tools on the same
    bytes (src, read into the page cache first, untimed): dd with
    conv=fsync to a temporary file, rename over dst, fsync of the directory.
    Best of reps, seconds (None when dd fails). Includes starting dd."""
    subprocess.run(["cat", src], stdout=subprocess.DEVNULL)
    tmp, best = dst + ".dd.tmp", None
    d = os.path.dirname(os.path.abspath(dst))
    for _ in range(reps):
        for p in (tmp, dst):
            if os.path.exists(p):
                os.unlink(p)
        os.sync()
        t0 = time.perf_counter()
        r = subprocess.run(["dd", "if=" + src, "of=" + tmp, "bs=4M", "conv=fsync", "status=none"])
        if r.returncode != 0:
            return None
        os.rename(tmp, dst)
        fd = os.open(d, os.O_RDONLY)
        os.fsync(fd)
        os.close(fd)
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    if os.path.exists(dst):
        os.unlink(dst)
    return best


def bench_downtime(args, exe, cdir, mib, base_env, errors, reps):
    """Stop request (the stop signal) to the restored program's first action,
    same machine, checkpoint file in the page cache as it was just written:
    stop = signal sent -> checkpoint written, exit 85; restore = process
    start -> resumed (process start included)."""
    ck = os.path.join(cdir, "downtime.ckpt")
    best = None
    for _ in range(reps):
        env = dict(base_env)
        env["MIG_CKPT"] = ck
        p = subprocess.Popen([exe, "downtime", str(mib)], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
        line = p.stdout.readline()
        if not line.startswith(b"RESULT ready"):
            p.kill()
            p.wait()
            errors.append("downtime %d MiB: the program did not start (%s)" % (mib, _s(p.stderr.read())[:200]))
            return {}
        t0 = time.time_ns()
        p.send_signal(15)
        rc = p.wait()
        t1 = time.time_ns()
        se = _s(p.stderr.read())
        p.stdout.close()
        p.stderr.close()
        if rc != 85:
            errors.append("downtime %d MiB: stop gave exit %s %s" % (mib, rc, se[-200:]))
            return {}
        env = dict(base_env)
        env.update({"MIG_RESTORE": ck, "BENCH_RESUMED": "1"})
        rc, so, se, _ = run([exe, "downtime", str(mib)], env=env, timeout=args.ckpt_timeout)
        r = parse_results(so)
        if rc != 0 or not r.get("resumed_ns") or r.get("restore_ok", [0])[0] != 1:
            errors.append("downtime %d MiB: restore failed rc=%s %s" % (mib, rc, se[-200:]))
            return {}
        d = {"downtime_s": (r["resumed_ns"][0] - t0) * 1e-9, "stop_s": (t1 - t0) * 1e-9,
             "resume_s": (r["resumed_ns"][0] - t1) * 1e-9}
        if best is None or d["downtime_s"] < best["downtime_s"]:
            best = d
        try:
            os.unlink(ck)
        except OSError:
            pass
    return best or {}


def print_floor(f):
    rows = []
    for r in f.get("sizes", []):
        m = "%d MiB" % r["mib"]
        if "ckpt_s" in r:
            rows.append(["checkpoint " + m, "%.3f s" % r["ckpt_s"], "write+fsync %.3f s" % r["write_fsync_s"],
                         "%.2f (goal >= 0.9)" % r["ckpt_ratio"]])
            if "write_fsync_rename_s" in r:
                rows.append(["  same checkpoint vs what it guarantees", "",
                             "write+fsync+rename+dir fsync %.3f s" % r["write_fsync_rename_s"],
                             "%.2f" % r["ckpt_ratio_guarantee"]])
            if "dd_s" in r:
                rows.append(["  same checkpoint vs that sequence with dd", "",
                             "dd conv=fsync+mv+dir fsync %.3f s" % r["dd_s"], "%.2f" % r["ckpt_ratio_dd"]])
        if "restore_cold_s" in r:
            rows.append(["restore " + m + ", cold cache", "%.3f s" % r["restore_cold_s"],
                         "cold read %.3f s" % r["coldread_s"],
                         "%.2f (goal >= 0.8)%s" % (r["restore_ratio"], "" if r.get("verified") else " CONTENTS DIFFER")])
            if "coldread_huge_s" in r:
                rows.append(["  same restore vs a cold read done the restore's way", "",
                             "cold read, huge pages+populate+1 MiB reads %.3f s" % r["coldread_huge_s"],
                             "%.2f" % r["restore_ratio_huge"]])
        if "restore_pipe_s" in r:
            rows.append(["restore " + m + " from a pipe (cat, cold)", "%.3f s" % r["restore_pipe_s"],
                         "cold read %s s" % fmt(r.get("coldread_s")), "%s" % fmt(r.get("pipe_ratio"), "%.2f")])
        elif "pipe_error" in r:
            rows.append(["restore " + m + " from a pipe", "failed", "", r["pipe_error"]])
        if "downtime_s" in r:
            rows.append(["downtime " + m + " (stop signal -> resumed)", "%.3f s" % r["downtime_s"],
                         "stop %.3f s + restore %.3f s" % (r["stop_s"], r["resume_s"]), ""])
    if rows:
        print()
        print("### Against the physical floor (ratio = floor time / migcc time; best of %s)" % f.get("reps", "?"))
        print()
        print(table(["measure", "time", "floor", "ratio"], rows))


def bench_qemu(args, migcc, work, cdir, go, errors, exe):
    """x86-64 checkpoint restored by an aarch64 build under qemu-user."""
    qemu = shutil.which("qemu-aarch64") or shutil.which("qemu-aarch64-static")
    if not qemu:
        return {"status": "skipped: no qemu-aarch64"}
    src = os.path.join(HERE, "checkpoint_bench.c")
    aexe = os.path.join(work, "checkpoint_bench.aarch64")
    flags = shlex.split(args.qemu_target_flags)
    b = build(migcc, ["-O2"] + flags, src, aexe, work, args.timeout)
    if not b["ok"]:
        log("aarch64 build failed: %s\n%s" % (" ".join(b["cmd"]), first_lines(b["log"], 8)))
        return {"status": "skipped: aarch64 build failed"}
    mib = args.qemu_mib
    ck = os.path.join(cdir, "cross.ckpt")
    r, _ = go(["restore", mib], {"MIG_CKPT": ck}, "cross (x86-64 writer)")
    if not r or not os.path.exists(ck):
        return {"status": "failed: writer"}
    env = {k: v for k, v in os.environ.items() if not k.startswith("MIG_")}
    env.update({"MIG_RESTORE": ck, "QEMU_LD_PREFIX": args.qemu_ld_prefix})
    cmds = {"restore": [qemu, "-L", args.qemu_ld_prefix, aexe, "restore", str(mib)],
            "startup": [qemu, "-L", args.qemu_ld_prefix, aexe, "startup"]}
    out = {"mib": mib, "emulated": "qemu-user (aarch64 on x86-64)"}
    for what in ("startup", "restore"):
        env["BENCH_T0_NS"] = str(time.time_ns())
        e = dict(env)
        if what == "startup":
            del e["MIG_RESTORE"]
        rc, so, se, dt = run(cmds[what], cwd=work, env=e, timeout=args.ckpt_timeout)
        rr = parse_results(so)
        if rc != 0:
            errors.append("qemu %s: rc=%s %s" % (what, rc, (se.strip().splitlines() or [""])[-1][:200]))
            out["status"] = "failed: %s rc=%s" % (what, rc)
            return out
        out[what + "_wall_s"] = dt
        if what == "startup":
            out["startup_s"] = rr.get("startup_s", [None])[0]
        else:
            out["restore_since_t0_s"] = rr.get("restore_since_t0_s", [None])[0]
            out["verified"] = rr.get("restore_ok", [0])[0] == 1
    if out.get("restore_since_t0_s") is not None and out.get("startup_s") is not None:
        out["restore_s"] = out["restore_since_t0_s"] - out["startup_s"]
    out["status"] = "ok" if out.get("verified") else "restored, contents differ"
    try:
        os.unlink(ck)
    except OSError:
        pass
    return out


def print_checkpoint(fig, errors):
    P = fig["params"]
    st = lambda part: "failed" if part in P["parts"].split(",") else "not run"
    print()
    print("## Checkpoint and restore (migcc runtime; heap %d MiB, depth %d, %d blocks, best of %d)"
          % (P["mib"], P["depth"], P["blocks"], P["reps"]))
    print()
    rows = []
    mib = P["mib"]
    h = fig.get("heap")
    if h:
        rows.append(["checkpoint of %d MiB heap" % mib, "%.3f s (%.0f MiB/s)" % (h["ckpt_s"], h["ckpt_mib_s"]),
                     "write+fsync %.3f s (%.0f MiB/s)" % (h["write_fsync_s"], h["write_fsync_mib_s"]),
                     "%.2f (goal >= 0.7)" % h["ratio"]])
        rows.append(["  (write without fsync)", "", "%.3f s" % h["write_nofsync_s"],
                     "%.2f" % (h["write_nofsync_s"] / h["ckpt_s"])])
    else:
        rows.append(["checkpoint of %d MiB heap" % mib, st("heap"), "", ""])
    r = fig.get("restore")
    if r:
        rows.append(["same-arch restore of %d MiB" % mib, "%.3f s" % r["restore_s"],
                     "memcpy to fresh memory %.3f s" % r["memcpy_fresh_s"],
                     "%.2f x memcpy%s" % (r["ratio_vs_memcpy_fresh"], "" if r["verified"] else " (CONTENTS DIFFER)")])
        rows.append(["  (memcpy to touched memory)", "", "%.3f s" % r["memcpy_warm_s"],
                     "%.2f x" % (r["restore_s"] / r["memcpy_warm_s"]) if r["memcpy_warm_s"] else "-"])
    else:
        rows.append(["same-arch restore of %d MiB" % mib, st("restore"), "", ""])
    d = fig.get("deep")
    if d:
        rows.append(["checkpoint, %d frames on the stack" % d["depth"], "%.4f s" % d["ckpt_s"],
                     "1 frame: %s s" % fmt(d.get("shallow_ckpt_s"), "%.5f"),
                     "%s us per frame" % fmt(d.get("per_frame_us"), "%.3f")])
        rows.append(["  (CPU time of that checkpoint)", "%s s" % fmt(d.get("ckpt_cpu_s"), "%.4f"), "", ""])
    else:
        rows.append(["checkpoint, %d frames on the stack" % P["depth"], st("deep"), "", ""])
    b = fig.get("blocks")
    if b:
        rows.append(["checkpoint of %d heap blocks" % b["blocks"], "%.3f s" % b["ckpt_s"], "",
                     "%.2f M blocks/s" % (b["ckpt_blocks_per_s"] / 1e6)])
        if b.get("ckpt_cpu_s"):
            rows.append(["  (CPU time of that checkpoint)", "%.3f s" % b["ckpt_cpu_s"], "",
                         "%.2f M blocks/CPU-s" % (b["blocks"] / b["ckpt_cpu_s"] / 1e6)])
        if "restore_s" in b:
            rows.append(["restore of %d heap blocks" % b["blocks"], "%.3f s" % b["restore_s"], "",
                         "%s M blocks/s%s" % (fmt(b["restore_blocks_per_s"] and b["restore_blocks_per_s"] / 1e6, "%.2f"),
                                              "" if b["verified"] else " (CONTENTS DIFFER)")])
            if b.get("restore_cpu_s"):
                rows.append(["  (CPU time of the restoring process to resume)", "%.3f s" % b["restore_cpu_s"], "",
                             "%.2f M blocks/CPU-s" % (b["blocks"] / b["restore_cpu_s"] / 1e6)])
    else:
        rows.append(["checkpoint of %d heap blocks" % P["blocks"], st("blocks"), "", ""])
    q = fig.get("qemu")
    if q:
        if q.get("restore_s") is not None:
            rows.append(["cross-arch restore of %d MiB, x86-64 -> aarch64 (qemu-emulated)" % q["mib"],
                         "%.3f s" % q["restore_s"], "", q["status"]])
        else:
            rows.append(["cross-arch restore (qemu-emulated)", q.get("status", "?"), "", ""])
    print(table(["measure", "time", "reference", "ratio / rate"], rows))
    if fig.get("floor"):
        fig["floor"]["reps"] = P.get("reps")
        print_floor(fig["floor"])
    print()
    print("process start-up subtracted from restore times: %.4f s" % fig.get("startup_s", 0.0))
    for e in errors:
        print("error: " + e)


# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--build", default="build", help="CMake build directory holding bin/migcc (default: build)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per binary, best is kept (default 5)")
    ap.add_argument("--only", help="comma-separated kernel names")
    ap.add_argument("--cc", default="clang-19", help="reference compiler (default clang-19)")
    ap.add_argument("--work", help="scratch directory (default <build>/benchmarks/work)")
    ap.add_argument("--json", metavar="OUT", help="also write all figures as JSON")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per build or run")
    ap.add_argument("--migcc-flags", default="",
                    help="extra migcc flags for the kernels, e.g. '--poll=recursive' (default: none, "
                         "i.e. the default poll policy)")
    ap.add_argument("--no-kernels", action="store_true", help="skip the kernel table")
    ap.add_argument("--no-mig-pp", action="store_true", help="skip timing mig-pp")
    ap.add_argument("--no-real", action="store_true",
                    help="skip the real programs (Lua, bzip2) and programs/*.c")
    ap.add_argument("--real", help="comma-separated groups of real programs: lua,bzip2,programs "
                    "(default all)")
    ap.add_argument("--no-collection", action="store_true",
                    help="skip the LLVM test-suite benchmark collection (collection.py)")
    ap.add_argument("--collection", metavar="REGEX", help="only the collection's programs whose path matches")
    ap.add_argument("--mig-pp-cmd", help="mig-pp command template, e.g. '{mig_pp} {input} -o {output}' "
                    "(default: the command migcc -v -save-temps shows)")
    ap.add_argument("--checkpoint", action="store_true", help="also run checkpoint_bench")
    ap.add_argument("--ckpt-mib", type=int, default=1024, help="heap size for checkpoint/restore (MiB, default 1024)")
    ap.add_argument("--ckpt-depth", type=int, default=100000, help="recursion depth (default 100000)")
    ap.add_argument("--ckpt-blocks", type=int, default=10000000, help="small heap blocks (default 10,000,000)")
    ap.add_argument("--ckpt-reps", type=int, default=5, help="repetitions per checkpoint measure (default 5)")
    ap.add_argument("--ckpt-parts", default="heap,restore,deep,blocks,floor,downtime",
                    help="which checkpoint measures to run (default all: "
                    "heap,restore,deep,blocks,floor,downtime)")
    ap.add_argument("--floor-mib", default="64,512,2048",
                    help="heap sizes (MiB) of the floor and downtime measures (default 64,512,2048)")
    ap.add_argument("--floor-reps", type=int, default=3,
                    help="repetitions of each floor and downtime measure, best kept (default 3)")
    ap.add_argument("--ckpt-dir", help="where checkpoint files go (default <work>/ckpt)")
    ap.add_argument("--ckpt-timeout", type=float, default=900, help="seconds per checkpoint_bench run")
    ap.add_argument("--qemu", action="store_true", help="also restore an x86-64 checkpoint with an aarch64 "
                    "build under qemu-user (emulated; slow)")
    ap.add_argument("--qemu-mib", type=int, default=64, help="heap size for the qemu restore (MiB)")
    ap.add_argument("--qemu-target-flags", default="--target=aarch64-linux-gnu",
                    help="migcc flags selecting aarch64")
    ap.add_argument("--qemu-ld-prefix", default="/usr/aarch64-linux-gnu")
    args = ap.parse_args()

    global MIGCC_FLAGS
    MIGCC_FLAGS = args.migcc_flags
    build_dir = resolve_build(args.build)
    work = os.path.abspath(args.work or os.path.join(build_dir, "benchmarks", "work"))
    os.makedirs(work, exist_ok=True)
    cc = shutil.which(args.cc)
    if not cc:
        sys.exit("reference compiler %s not found" % args.cc)
    migcc = os.path.join(build_dir, "bin", "migcc")
    if not (os.path.isfile(migcc) and os.access(migcc, os.X_OK)):
        log("note: %s not found: migcc columns skipped" % migcc)
        migcc = None
    migpp = os.path.join(build_dir, "bin", "mig-pp")
    if not (os.path.isfile(migpp) and os.access(migpp, os.X_OK)):
        migpp = None

    info = machine_info(cc)
    info.update({"migcc": migcc, "runs": args.runs, "work": work})
    print("# migcc benchmarks, %s" % info["date_utc"])
    print()
    print("machine: %s cores, %s, %s GiB, Linux %s; reference: %s; migcc: %s"
          % (info.get("cores"), info.get("cpu", "?"), info.get("mem_gib", "?"), info.get("kernel"),
             info.get("cc", cc), migcc or "not found (skipped)"))
    report = {"machine": info}
    failed = False

    if not args.no_kernels:
        names, results, summary, migpp_rows, migpp_sum, fb = bench_kernels(args, cc, migcc, migpp, work)
        failed |= fb
        print_kernels(results, summary, migpp_rows, migpp_sum, migcc, args.runs)
        report.update({"kernels": results, "summary": summary, "mig_pp": migpp_sum,
                       "mig_pp_rows": migpp_rows})

    if not args.no_real:
        import realprogs
        cases, fb = realprogs.bench_real(args, cc, migcc, work)
        failed |= fb
        realprogs.print_real(cases, report.get("kernels"), args.runs)
        report["real"] = cases

    if not args.no_collection:
        import collection
        cases, fb = collection.bench_collection(args, cc, migcc, work)
        failed |= fb
        collection.print_collection(cases, args.runs)
        report["collection"] = cases

    if args.checkpoint:
        if migcc is None:
            print()
            print("## Checkpoint and restore: skipped (no migcc)")
            report["checkpoint"] = {"status": "skipped"}
        else:
            fig, errors, fb = bench_checkpoint(args, migcc, work)
            failed |= fb
            if not fb:
                print_checkpoint(fig, errors)
            report["checkpoint"] = {"figures": fig, "errors": errors}

    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=2, default=str)
        log("wrote %s" % args.json)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
