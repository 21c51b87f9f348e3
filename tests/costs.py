#!/usr/bin/python3
"""What each kind of check costs: runs the suite of a build (or reads a run's JUnit report) and
writes, in tests/README.md's table, each label's number of tests and its cost in CTest's
seconds x processors, so the table is measured, never typed.

    /usr/bin/python3 tests/costs.py --build build            run ctest -j2, then update the table
    /usr/bin/python3 tests/costs.py --build build --junit F  update the table from a run's report
    /usr/bin/python3 tests/costs.py --build build --check    exit 1 unless every tests/ folder has
                                                             its one label, every label its folder,
                                                             every test one label

SPDX-License-Identifier: MIT
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
README = os.path.join(HERE, "README.md")
ROW = re.compile(r"^\| `(?P<folder>[^`]+)` \| `(?P<label>[^`]+)` \| (?P<what>.*?) \| (?P<tests>[^|]*) \| (?P<cost>[^|]*) \|$")


def tests_of(build):
    """{test name: (labels, processors)} of the build, from CTest's own listing."""
    listing = json.loads(subprocess.run(["ctest", "--test-dir", build, "-N", "--show-only=json-v1"],
                                        capture_output=True, text=True, check=True).stdout)
    found = {}
    for test in listing["tests"]:
        properties = {p["name"]: p["value"] for p in test.get("properties", [])}
        found[test["name"]] = (properties.get("LABELS", []), int(properties.get("PROCESSORS", 1)))
    return found


def machine_cpu():
    """Seconds the machine's processors have been busy (user, nice, system, irq, softirq, steal)
    since boot. The suite's CPU is read here, not from /usr/bin/time: Chromium's processes are not
    reaped through the test's, and /usr/bin/time missed two thirds of the browser test's."""
    with open("/proc/stat", encoding="ascii") as stream:
        fields = [int(f) for f in stream.readline().split()[1:]]
    return (sum(fields[0:3]) + sum(fields[5:8])) / os.sysconf("SC_CLK_TCK")


def times_of(junit):
    """{test name: seconds} of a run's JUnit report."""
    return {case.get("name"): float(case.get("time", 0)) for case in ET.parse(junit).getroot().iter("testcase")}


def table(readme):
    """The README's rows: [(line number, match)]."""
    return [(i, m) for i, line in enumerate(readme) if (m := ROW.match(line))]


def check(build, readme):
    """Every tests/ folder (and examples/) has one row; every label CTest knows is one row's."""
    rows = table(readme)
    folders = sorted(d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)) and d not in ("__pycache__",))
    problems = [f"tests/{f} has no row" for f in folders if f not in {m["folder"] for _, m in rows}]
    tests = tests_of(build)
    problems += [f"test {name} has labels {labels}, not one" for name, (labels, _) in sorted(tests.items())
                 if len(labels) != 1]
    labels = {label for labels, _ in tests.values() for label in labels}
    problems += [f"label {label} has no row" for label in sorted(labels - {m["label"] for _, m in rows})]
    problems += [f"two rows name label {m['label']}" for _, m in rows if [r["label"] for _, r in rows].count(m["label"]) > 1]
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build", required=True)
    parser.add_argument("--junit")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with open(README, encoding="utf-8") as stream:
        readme = stream.read().split("\n")
    if args.check:
        problems = check(args.build, readme)
        print("\n".join(problems) or "every folder has its label, every label its folder")
        return 1 if problems else 0
    junit = args.junit
    if junit is None:
        junit = os.path.join(tempfile.mkdtemp(prefix="msgrpriv-costs-"), "run.xml")
        start, busy = time.monotonic(), machine_cpu()
        subprocess.run(["ctest", "--test-dir", args.build, "-j2", "--output-junit", junit])
        print(f"ctest -j2: {time.monotonic() - start:.0f} s wall, {machine_cpu() - busy:.0f} s of CPU "
              "(the whole machine's: run it idle)")
    times, tests = times_of(junit), tests_of(args.build)
    for i, m in table(readme):
        ran = [(t, times.get(t, 0.0) * tests[t][1]) for t in tests if m["label"] in tests[t][0] and t in times]
        readme[i] = (f"| `{m['folder']}` | `{m['label']}` | {m['what']} | {len(ran)} | "
                     f"{sum(cost for _, cost in ran):.0f} |")
    with open(README, "w", encoding="utf-8") as stream:
        stream.write("\n".join(readme))
    return 0


if __name__ == "__main__":
    sys.exit(main())
