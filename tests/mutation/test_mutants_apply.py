#!/usr/bin/python3
"""Every mutant of mutants.toml still applies to the project, and names tests
that exist: a mutant whose text was edited away, or whose catching test was
renamed, would otherwise stop counting without a word. (tests/mutation/run.py
runs them; it takes too long for CI.)"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

from run import GENERATED_FROM, PROJECT, load, mutated, read, write

CTEST = os.environ.get("MSGRPRIV_CTEST")
BUILD_DIR = os.environ.get("MSGRPRIV_BUILD_DIR")
IN_CI = os.environ.get("CI") == "true"


class EveryMutant(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.suite, cls.mutants = load()

    def test_there_are_at_least_twenty_with_unique_ids_and_words(self):
        ids = [m["id"] for m in self.mutants]
        self.assertGreaterEqual(len(ids), 20)
        self.assertEqual(len(ids), len(set(ids)))
        for mutant in self.mutants:
            self.assertTrue(mutant["what"].strip() and mutant["caught_by"], mutant["id"])

    def test_each_applies_to_the_project_as_it_is(self):
        for mutant in self.mutants:
            with self.subTest(mutant["id"]):
                self.assertIsNotNone(mutated(mutant, read(os.path.join(PROJECT, mutant["file"]))),
                                     f"{mutant['file']} does not hold {mutant['find']!r} "
                                     f"{mutant.get('count', 1)} time(s)")

    def test_each_of_the_data_and_generator_still_generates(self):
        generated = [m for m in self.mutants if m.get("generate")]
        self.assertTrue(generated)
        for mutant in generated:
            with self.subTest(mutant["id"]):
                self.assertIn(mutant["file"], GENERATED_FROM)
                with tempfile.TemporaryDirectory() as copy:
                    for part in ("data", "scripts", "include"):
                        shutil.copytree(os.path.join(PROJECT, part), os.path.join(copy, part))
                    path = os.path.join(copy, mutant["file"])
                    write(path, mutated(mutant, read(path)))
                    before = read(os.path.join(copy, "include", "msgrpriv.h"))
                    result = subprocess.run([sys.executable, os.path.join(copy, "scripts", "generate_header.py")],
                                            capture_output=True, text=True)
                    self.assertEqual(result.returncode, 0, result.stderr)
                    self.assertNotEqual(read(os.path.join(copy, "include", "msgrpriv.h")), before,
                                        "the mutant does not reach the header")

    @unittest.skipUnless(CTEST and BUILD_DIR, "MSGRPRIV_CTEST and MSGRPRIV_BUILD_DIR name the build's tests")
    def test_each_names_tests_this_build_has(self):
        listing = subprocess.run([CTEST, "--test-dir", BUILD_DIR, "-N"], capture_output=True, text=True,
                                 check=True).stdout
        names = re.findall(r"^\s*Test\s+#\d+: (.*)$", listing, re.MULTILINE)
        self.assertTrue(names)
        unmatched = [f"{m['id']}: {pattern}" for m in self.mutants for pattern in m["caught_by"]
                     if not any(re.search(pattern, name) for name in names)]
        if unmatched and not IN_CI:  # a tool this machine lacks leaves its tests out
            self.skipTest("no test in this build matches " + "; ".join(unmatched))
        self.assertEqual(unmatched, [])


if __name__ == "__main__":
    unittest.main(verbosity=2)
