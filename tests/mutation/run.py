#!/usr/bin/python3
"""Mutation testing: do the tests catch what matters?

    cmake --build build --target mutation     (all of them; the target sets the import path)

or, for some: PYTHONPATH=tests/docs /usr/bin/python3 tests/mutation/run.py [--only ID ...] [--keep] [--jobs N]

Copies the project (its tracked and unignored files) to a scratch folder,
configures and builds it with CI=true (a missing tool fails, never skips),
and runs the suite unmutated: it must be green. Then, for each mutant of
tests/mutation/mutants.toml, one at a time: applies it (its text must be found
as often as it says), regenerates the headers if it changes the data or the
generator, builds (it must compile), runs the suite without the slow labels
and tests the file names, plus the tests the mutant names, and restores the
file. A mutant is caught only when a test it names fails. Prints one line per
mutant and the score; exits 1 unless every mutant is caught.

Takes about five minutes a mutant on two cores: it is not part of CI, where
tests/mutation/test_mutants_apply.py checks that every mutant still applies.
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import xml.etree.ElementTree as ET

from docs_support import copy_checkout

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(os.path.dirname(HERE))
MUTANTS = os.path.join(HERE, "mutants.toml")
GENERATED_FROM = ("data/enumerations.toml", "scripts/generate_header.py")


def load(path=MUTANTS):
    with open(path, "rb") as stream:
        data = tomllib.load(stream)
    return data["suite"], data["mutant"]


def read(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def write(path, text):
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(text)


def mutated(mutant, text):
    """The text with the mutant applied, or None when it does not apply."""
    if text.count(mutant["find"]) != mutant.get("count", 1) or mutant["find"] == mutant["replace"]:
        return None
    return text.replace(mutant["find"], mutant["replace"])


def run(command, **kwargs):
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def copy_project(destination):
    """The checkout (docs_support.copy_checkout); ../shared beside it and the
    browser test's node_modules (installed by npm ci, ignored by Git) as links."""
    copy_checkout(destination, PROJECT)
    shared = os.path.join(PROJECT, os.pardir, "shared")
    if os.path.isdir(shared):  # beside the copy as beside the checkout: the tests that copy it look there
        os.symlink(os.path.abspath(shared), os.path.join(os.path.dirname(destination), "shared"))
    modules = os.path.join(PROJECT, "tests", "browser", "node_modules")
    if os.path.isdir(modules):
        os.symlink(modules, os.path.join(destination, "tests", "browser", "node_modules"))


class Scratch:
    def __init__(self, root, jobs, environment):
        self.source = os.path.join(root, "src")
        self.build = os.path.join(root, "build")
        self.report = os.path.join(root, "ctest.xml")
        self.jobs = str(jobs)
        self.environment = environment
        copy_project(self.source)

    def regenerate(self):
        run([sys.executable, os.path.join(self.source, "scripts", "generate_header.py")], check=True)

    def configure(self):
        return run(["cmake", "-S", self.source, "-B", self.build], env=self.environment)

    def compile(self):
        return run(["cmake", "--build", self.build, "-j", self.jobs], env=self.environment)

    def listed(self):
        """(number, name, labels) of every test CTest knows."""
        listing = json.loads(run(["ctest", "--test-dir", self.build, "--show-only=json-v1"], check=True,
                                 env=self.environment).stdout)
        return [(number, test["name"],
                 set(next((p["value"] for p in test.get("properties", []) if p["name"] == "LABELS"), [])))
                for number, test in enumerate(listing["tests"], start=1)]

    def suite(self, suite, named):
        """Runs the suite without its slow labels and tests, and the named
        tests wherever they are; returns the names of the tests that ran and
        of those that failed."""
        chosen = [number for number, name, labels in self.listed()
                  if any(re.search(pattern, name) for pattern in named)
                  or not (labels & set(suite["skip_labels"])
                          or any(re.search(pattern, name) for pattern in suite["skip_tests"]))]
        if os.path.exists(self.report):
            os.remove(self.report)
        run(["ctest", "--test-dir", self.build, "-j", self.jobs, "--output-junit", self.report,
             "-I", "0,0,0," + ",".join(map(str, chosen))], env=self.environment)
        if not os.path.exists(self.report):
            return set(), {}
        ran, failed = set(), {}
        for case in ET.parse(self.report).getroot().iter("testcase"):
            ran.add(case.get("name"))
            if case.get("status") == "fail" or case.find("failure") is not None:
                failed[case.get("name")] = case.findtext("system-out") or ""
        return ran, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="+", metavar="ID", help="these mutants only")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    options = parser.parse_args()

    suite, mutants = load()
    if options.only:
        unknown = set(options.only) - {m["id"] for m in mutants}
        if unknown:
            sys.exit(f"run.py: no such mutant: {', '.join(sorted(unknown))}")
        mutants = [m for m in mutants if m["id"] in options.only]
    environment = dict(os.environ, CI="true")
    root = tempfile.mkdtemp(prefix="msgrpriv-mutation-")
    print(f"Scratch copy: {root}", flush=True)
    try:
        scratch = Scratch(root, options.jobs, environment)
        for step in (scratch.configure, scratch.compile):
            result = step()
            if result.returncode:
                sys.exit(f"run.py: the unmutated project does not build:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
        named = sorted({pattern for m in mutants for pattern in m["caught_by"]})
        ran, failed = scratch.suite(suite, named)
        if failed or not ran:
            for name, output in sorted(failed.items()):
                print(f"--- {name} (the end of its output)\n{output[-3000:]}", flush=True)
            sys.exit(f"run.py: the unmutated suite is not green: {sorted(failed) or 'no test ran'}")
        for pattern in named:
            if not any(re.search(pattern, name) for name in ran):
                sys.exit(f"run.py: no test matches {pattern!r}")
        print(f"Unmutated: {len(ran)} tests pass.", flush=True)

        caught = 0
        for mutant in mutants:
            started = time.monotonic()
            path = os.path.join(scratch.source, mutant["file"])
            original = read(path)
            text = mutated(mutant, original)
            if text is None:
                print(f"DOES NOT APPLY  {mutant['id']}", flush=True)
                continue
            write(path, text)
            try:
                if mutant.get("generate"):
                    scratch.regenerate()
                built = scratch.compile()
                if built.returncode:
                    print(f"DOES NOT BUILD  {mutant['id']}\n{built.stdout[-2000:]}{built.stderr[-2000:]}", flush=True)
                    continue
                ran, failed = scratch.suite(suite, mutant["caught_by"])
                catchers = sorted(name for name in failed if any(re.search(p, name) for p in mutant["caught_by"]))
                verdict = "caught" if catchers else "MISSED"
                caught += bool(catchers)
                shown = catchers or sorted(failed)
                print(f"{verdict:<15} {mutant['id']} ({mutant['what']}; {time.monotonic() - started:.0f} s): "
                      f"{len(failed)} of {len(ran)} tests fail" + (f", among them {', '.join(shown[:3])}"
                                                                    + (" ..." if len(shown) > 3 else "") if shown else ""),
                      flush=True)
            finally:
                write(path, original)
                if mutant.get("generate"):
                    scratch.regenerate()
        print(f"Score: {caught} of {len(mutants)} mutants caught.")
        return 0 if caught == len(mutants) else 1
    finally:
        if options.keep:
            print(f"Kept {root}")
        else:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
