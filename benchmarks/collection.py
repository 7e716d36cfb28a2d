"""A public benchmark collection for run.py: the C benchmark programs of LLVM's
test-suite (SingleSource/Benchmarks: BenchmarkGame, CoyoteBench, Dhrystone,
Linpack, McGill, Misc, Polybench, Shootout, Stanford), vendored with their
reference outputs and licences in test/corpus/programs (README.md there), at
their full ("reference") problem sizes, with the test-suite's own flags.

Each program is built by clang-19 -O2 and by migcc -O2 with the same flags;
both builds must print alike (the program's own tolerance rules, as
scripts/corpus-campaign compares them). A program is in the table when
either build runs for at least MIN_SECONDS of CPU: the ones clang finishes
in microseconds because the optimizer deletes or folds their loops, while
migcc's build keeps them, are exactly the ones this table must show (#14).

Figures: CPU time (user + sys of the child) of the migcc build over the clang
build, the median over --runs alternating pairs, and .text of the program's
object file, migcc over clang. Ratios above SUSPECT are flagged: a poll
point keeps a loop alive that clang removes.
"""
import importlib.machinery
import importlib.util
import os
import resource
import statistics

import run as R  # run.py's helpers (imported as a module by run.py itself)

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(R.REPO, "test", "corpus", "programs")
MIN_SECONDS = 0.2
SUSPECT = 2.0
KEPT_LOOP = 30


def campaign_module():
    """scripts/corpus-campaign as a module: its build and compare rules."""
    path = os.path.join(R.REPO, "scripts", "corpus-campaign")
    loader = importlib.machinery.SourceFileLoader("corpus_campaign", path)
    spec = importlib.util.spec_from_loader("corpus_campaign", loader)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    return mod


def collection_programs(cc_mod, only):
    """The vendored benchmark programs (paths relative to CORPUS)."""
    import re
    rels = [r for r in cc_mod.programs(CORPUS) if r.startswith("Benchmarks/")]
    return [r for r in rels if not only or re.search(only, r)]


def build_both(args, cc_mod, rel, comps, work, size_tool):
    """Builds rel with each compiler: ({which: exe}, {which: .text}, status)."""
    rules = cc_mod.rules_for(rel)
    flags = cc_mod.COMMON_CFLAGS + [f.format(programs=CORPUS) for f in rules["cflags"]]
    src = os.path.join(CORPUS, rel)
    stem = rel[:-2].replace("/", "_")
    exes, texts = {}, {}
    for which, comp in comps.items():
        out = os.path.join(work, "collection", "%s.%s" % (stem, which))
        rc, so, se, _ = R.run([comp] + flags + [src, "-o", out, "-lm"], cwd=work, timeout=args.timeout)
        if rc != 0:
            R.log("BUILD FAILED (%s) %s:\n%s" % (which, rel, R.first_lines(so + se, 8)))
            return exes, texts, "%s build failed" % which
        rc, _, _, _ = R.run([comp] + flags + ["-c", src, "-o", out + ".o"], cwd=work, timeout=args.timeout)
        texts[which] = R.text_size(size_tool, out + ".o") if rc == 0 and size_tool else None
        exes[which] = out
    return exes, texts, "ok"


def children_cpu():
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def check_run(cc_mod, rel, work, exes, timeout):
    """Runs each build once: (both exit and print alike, within the program's
    tolerance; {which: CPU seconds of that run}). run.py runs one child at a
    time, so the children's rusage delta is that run's."""
    rules = cc_mod.rules_for(rel)
    got, cpu = {}, {}
    for which in ("clang", "migcc"):
        before = children_cpu()
        rc, so, se, dt = R.run([exes[which]], cwd=work, timeout=timeout)
        cpu[which] = children_cpu() - before
        got[which] = (rc, so.encode(), se.encode())
        if rc is None:
            return "%s run timed out (%gs)" % (which, timeout), cpu
        # A migcc build KEPT_LOOP times slower than clang's is reported as
        # such without waiting for it (a loop clang deletes).
        timeout = min(timeout, max(10.0, KEPT_LOOP * dt))
    a, b = got["clang"], got["migcc"]
    same = a[0] == b[0] and all(cc_mod.fp_equal(x, y, rules["rel"], rules["abs"]) for x, y in zip(a[1:], b[1:]))
    return ("ok" if same else "OUTPUT MISMATCH"), cpu


def measure_pairs(args, case, exes, work):
    cpu, ratios = {"clang": [], "migcc": []}, []
    for i in range(args.runs):
        order = ("clang", "migcc") if i % 2 == 0 else ("migcc", "clang")
        got = {}
        for which in order:
            rc, _, c = R.run_timed([exes[which]], cwd=work, timeout=args.timeout)
            if rc is None:
                case["status"] = "%s run timed out" % which
                return
            got[which] = c
            cpu[which].append(c)
        ratios.append(got["migcc"] / max(got["clang"], 1e-4))
    case["clang_cpu_s"] = statistics.median(cpu["clang"])
    case["migcc_cpu_s"] = statistics.median(cpu["migcc"])
    case["cpu_ratio"] = statistics.median(ratios)


def bench_collection(args, cc, migcc, work):
    """Returns (cases, failed_build). Cases whose both builds run shorter than
    MIN_SECONDS get status 'short' and no ratio."""
    if not migcc:
        return [], False
    cc_mod = campaign_module()
    size_tool = R.find_size_tool()
    os.makedirs(os.path.join(work, "collection"), exist_ok=True)
    comps = {"clang": cc, "migcc": migcc}
    cases, failed = [], False
    for rel in collection_programs(cc_mod, getattr(args, "collection", None)):
        case = {"name": rel[len("Benchmarks/"):-2], "status": "ok"}
        cases.append(case)
        exes, texts, case["status"] = build_both(args, cc_mod, rel, comps, work, size_tool)
        case["clang_text"], case["migcc_text"] = texts.get("clang"), texts.get("migcc")
        if case["clang_text"] and case["migcc_text"]:
            case["text_ratio"] = case["migcc_text"] / case["clang_text"]
        if case["status"] != "ok":
            failed |= case["status"] == "migcc build failed"
            continue
        case["status"], probe = check_run(cc_mod, rel, work, exes, args.timeout)
        if case["status"].startswith("migcc run timed out"):
            case["status"] = "migcc > %dx clang (timed out)" % KEPT_LOOP
            case["clang_cpu_s"] = probe.get("clang")
        if case["status"] != "ok":
            continue
        if max(probe.values()) < MIN_SECONDS:
            case["status"] = "short"
            continue
        measure_pairs(args, case, exes, work)
        R.log("%-32s %s cpu ratio %s" % (case["name"], case["status"], R.fmt(case.get("cpu_ratio"))))
    return cases, failed


def print_collection(cases, runs):
    print()
    print("## LLVM test-suite benchmark collection (CPU time, median of %d alternating pairs, -O2; "
          "programs running >= %.1f s in either build)" % (runs, MIN_SECONDS))
    print()
    rows, timed = [], []
    for c in cases:
        if c["status"] == "short":
            continue
        ok = c["status"] == "ok" and c.get("cpu_ratio") is not None
        if ok:
            timed.append(c)
        flag = " (loop kept?)" if ok and c["cpu_ratio"] > SUSPECT else ""
        rows.append([c["name"], R.fmt(c.get("clang_cpu_s")), R.fmt(c.get("migcc_cpu_s")),
                     (R.fmt(c.get("cpu_ratio"), "%.3f") + flag) if ok else c["status"],
                     R.fmt(c.get("clang_text"), "%d"), R.fmt(c.get("migcc_text"), "%d"),
                     R.fmt(c.get("text_ratio"), "%.2fx")])
    print(R.table(["program", "clang cpu s", "migcc cpu s", "cpu ratio", "clang .text", "migcc .text",
                   ".text ratio"], rows))
    short = [c["name"] for c in cases if c["status"] == "short"]
    print()
    print("geometric mean cpu ratio: %s over %d programs; %d more run shorter than %.1f s in both builds"
          % (R.fmt(R.geomean([c["cpu_ratio"] for c in timed]), "%.3f", "n/a"), len(timed), len(short),
             MIN_SECONDS))
    kept = [c["name"] for c in cases if c["status"].startswith("migcc >")]
    if kept:
        print("not in the geometric mean, migcc > %dx clang (loops clang deletes, kept by polls?): %s"
              % (KEPT_LOOP, " ".join(kept)))
    print("geometric mean .text ratio: %s (all programs built)"
          % R.fmt(R.geomean([c.get("text_ratio") for c in cases]), "%.2fx", "n/a"))
