"""Runs every benchmark and prints one table: each figure, its baseline and
the ratio, measured in this one run.

  include cost  compiler instructions (valgrind callgrind, every child
                process) of `gcc/g++ -fsyntax-only` on a file that includes
                the header, against an empty file. Instruction counts, not
                seconds: the same on a busy machine.
  lookups       Google Benchmark (Release build of bench/), against a
                std::unordered_map and a linear strcmp scan; heap allocations
                per operation are counted.
  docs          wall time of the full docs pipeline (Doxygen + Sphinx HTML
                and man pages), clean and with nothing changed, against a
                Doxygen-only HTML build of the same headers.

Usage: bench/run.py [--save FILE] [--build-dir DIR]
Exits 1 when a target does not hold (the include-cost targets, no
allocation in a lookup, a no-op docs rebuild that reruns a tool).
"""

import argparse
import datetime
import glob
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), os.pardir))
BENCH = os.path.join(ROOT, "bench")
INCLUDE_TARGETS = {"msgrpriv.h": 1.05, "msgrpriv.hpp": 1.25}


def run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        sys.exit(f"bench/run.py: {' '.join(command)} failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return result


def instructions(command, workdir):
    """Instructions executed by `command` and every process it starts."""
    out = tempfile.mkdtemp(dir=workdir)
    run(["valgrind", "--tool=callgrind", "--trace-children=yes", f"--callgrind-out-file={out}/cg.%p", *command],
        cwd=workdir)
    total = 0
    for path in glob.glob(os.path.join(out, "cg.*")):
        with open(path, encoding="utf-8", errors="replace") as stream:
            for line in stream:
                if line.startswith("summary:"):
                    total += int(line.split()[1])
    shutil.rmtree(out)
    return total


def include_cost(workdir):
    rows = []
    cases = [
        ("gcc", "-std=c99", "empty.c", [("msgrpriv_h.c", "include msgrpriv.h", "msgrpriv.h"),
                                        ("stdio_string.c", "include <stdio.h> + <string.h> (for scale)", None)]),
        ("g++", "-std=c++17", "empty.cpp", [("msgrpriv_hpp.cpp", "include msgrpriv.hpp", "msgrpriv.hpp"),
                                            ("std_trio.cpp", "include <string_view> + <optional> + <array> (for scale)",
                                             None)]),
    ]
    for compiler, std, empty, files in cases:
        def cost(name):
            return instructions([compiler, std, "-fsyntax-only", f"-I{ROOT}/include",
                                 os.path.join(BENCH, "include_cost", name)], workdir)
        base = cost(empty)
        for name, label, header in files:
            value = cost(name)
            target = INCLUDE_TARGETS.get(header)
            rows.append({"group": "include cost", "figure": f"{label} ({compiler} {std})",
                         "value": value, "unit": "Ir", "baseline": f"empty file ({compiler} {std})",
                         "baseline_value": base, "ratio": value / base,
                         "target": f"<= {target}" if target else "",
                         "ok": None if target is None else value / base <= target})
    return rows


def lookups(build_dir):
    run(["cmake", "-S", BENCH, "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release"])
    run(["cmake", "--build", build_dir, "-j2"])
    result = run([os.path.join(build_dir, "lookup_bench"), "--benchmark_format=json", "--benchmark_min_time=0.2",
                  "--benchmark_repetitions=5", "--benchmark_report_aggregates_only=true"])
    data = json.loads(result.stdout)
    medians = {b["run_name"]: b for b in data["benchmarks"] if b.get("aggregate_name") == "median"}

    def ns(name):
        return medians[name]["real_time"] * {"ns": 1, "us": 1e3, "ms": 1e6}[medians[name]["time_unit"]]

    rows = []
    for ours, what, baselines in [
        ("C_Name", "MsgrSessionStateName", ("Map_Name", "Scan_Name")),
        ("C_Description", "MsgrSessionStateDescription", ("Map_Name", "Scan_Name")),
        ("C_ParseHit", "MsgrSessionStateFromName, hit", ("Map_ParseHit", "Scan_ParseHit")),
        ("C_ParseMiss", "MsgrSessionStateFromName, miss", ("Map_ParseMiss", "Scan_ParseMiss")),
        ("Cpp_Name", "msgrpriv::name", ("Map_Name", "Scan_Name")),
        ("Cpp_Description", "msgrpriv::description", ("Map_Name", "Scan_Name")),
        ("Cpp_ParseHit", "msgrpriv::parse, hit", ("Map_ParseHit", "Scan_ParseHit")),
        ("Cpp_ParseMiss", "msgrpriv::parse, miss", ("Map_ParseMiss", "Scan_ParseMiss")),
    ]:
        allocs = medians[ours].get("allocs/op", 0.0)
        for baseline in baselines:
            label = {"Map_Name": "std::unordered_map<int, std::string>",
                     "Scan_Name": "linear scan of {value, name}"}.get(
                baseline, "std::unordered_map<std::string, SESSION_STATE>" if baseline.startswith("Map")
                else "linear strcmp scan")
            rows.append({"group": "lookups", "figure": what, "value": ns(ours), "unit": "ns/op",
                         "baseline": label, "baseline_value": ns(baseline), "ratio": ns(ours) / ns(baseline),
                         "target": "0 allocs/op", "ok": allocs == 0})
    return rows


def docs_timings(workdir):
    def fresh_build():
        build = tempfile.mkdtemp(dir=workdir)
        run(["cmake", "-S", ROOT, "-B", build, "-DMSGRPRIV_BUILD_TESTS=OFF", "-DMSGRPRIV_BUILD_EXAMPLES=OFF",
             "-DMSGRPRIV_BUILD_DOCS=ON"])
        return build

    def timed(command, **kwargs):
        start = time.perf_counter()
        result = run(command, **kwargs)
        return time.perf_counter() - start, result.stdout

    clean, noop, doxygen_only, reran = [], [], [], []
    for _ in range(3):
        build = fresh_build()
        seconds, _ = timed(["cmake", "--build", build, "--target", "docs"])
        clean.append(seconds)
        seconds, said = timed(["cmake", "--build", build, "--target", "docs"])
        noop.append(seconds)
        reran += [line for line in said.splitlines() if re.search(r"Doxygen:|Sphinx:", line)]
        # The alternative a user might pick: Doxygen's own HTML of the same headers.
        doxyfile = os.path.join(build, "docs", "doxygen", "Doxyfile")
        html_out = tempfile.mkdtemp(dir=workdir)
        with open(doxyfile, encoding="utf-8") as stream:
            config = stream.read()
        config += f"\nGENERATE_HTML = YES\nGENERATE_XML = NO\nGENERATE_TAGFILE =\nOUTPUT_DIRECTORY = {html_out}\n"
        html_doxyfile = os.path.join(html_out, "Doxyfile")
        with open(html_doxyfile, "w", encoding="utf-8") as stream:
            stream.write(config)
        seconds, _ = timed(["doxygen", html_doxyfile])
        doxygen_only.append(seconds)
    clean_s, noop_s, doxygen_s = (statistics.median(x) for x in (clean, noop, doxygen_only))
    return [
        {"group": "docs", "figure": "clean docs build (Doxygen + Sphinx HTML + man)", "value": clean_s, "unit": "s",
         "baseline": "Doxygen-only HTML build", "baseline_value": doxygen_s, "ratio": clean_s / doxygen_s,
         "target": "", "ok": None},
        {"group": "docs", "figure": "no-op docs rebuild", "value": noop_s, "unit": "s",
         "baseline": "clean docs build", "baseline_value": clean_s, "ratio": noop_s / clean_s,
         "target": "reruns no tool", "ok": not reran},
    ]


def machine():
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as stream:
            cpu = next(line.split(":", 1)[1].strip() for line in stream if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    gcc = run(["gcc", "--version"]).stdout.splitlines()[0]
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, {gcc}"


def format_value(value, unit):
    if unit == "Ir":
        return f"{value / 1e6:.2f} M Ir"
    if unit == "ns/op":
        return f"{value:.2f} ns/op"
    return f"{value:.2f} s"


def print_table(rows):
    header = ["figure", "value", "baseline", "baseline value", "ratio", "target"]
    table = [[r["figure"], format_value(r["value"], r["unit"]), r["baseline"],
              format_value(r["baseline_value"], r["unit"]), f"{r['ratio']:.3f}",
              (r["target"] + (" ok" if r["ok"] else " FAILED")) if r["ok"] is not None else r["target"]]
             for r in rows]
    widths = [max(len(row[i]) for row in [header] + table) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths]] + table:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save", help="also write the results, with machine and date, to this JSON file")
    parser.add_argument("--build-dir", default=os.path.join(ROOT, "build-bench"))
    args = parser.parse_args()
    for tool in ("valgrind", "gcc", "g++", "cmake", "doxygen"):
        if shutil.which(tool) is None:
            sys.exit(f"bench/run.py: {tool} is missing; run ./scripts/deps.sh bench")
    os.makedirs(args.build_dir, exist_ok=True)
    workdir = tempfile.mkdtemp(prefix="msgrpriv-bench-")
    try:
        rows = include_cost(workdir) + lookups(os.path.join(args.build_dir, "lookups")) + docs_timings(workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    where = machine()
    when = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"Measured on {where}, {when}\n")
    print_table(rows)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as stream:
            json.dump({"machine": where, "date": when, "rows": rows}, stream, indent=2)
            stream.write("\n")
    failed = [r["figure"] for r in rows if r["ok"] is False]
    if failed:
        print("\nTargets that do not hold: " + "; ".join(failed))
        sys.exit(1)


if __name__ == "__main__":
    main()
