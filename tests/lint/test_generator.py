#!/usr/bin/python3
"""scripts/generate_header.py refuses data that breaks a rule of
docs/adding.rst, naming the enumeration and the rule, and writes nothing;
the data as it is passes. Each case edits a copy of data/msgrpriv.toml."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir)
GENERATOR = os.path.join(ROOT, "scripts", "generate_header.py")

# (what the rule is, text in the data, what replaces it, words the error must hold)
BROKEN = [
    ("values ascend", 'value = "0x81000752"', 'value = "0x81000750"', "LockError): the values must ascend"),
    ("names are unique", '{ name = "SS_READY"', '{ name = "SS_UNKNOWN"', "names and prefixes must be unique"),
    ("every value or none", '{ name = "SS_UNKNOWN",', '{ name = "SS_UNKNOWN", value = "0",', "give every value or none"),
    ("upper-case C names", '{ name = "SS_READY"', '{ name = "ss_ready"', "'ss_ready' is not an upper-case C name"),
    ("no octal", 'value = "0x0001"', 'value = "01"', "value '01' is not a decimal or 0x literal"),
    ("32 bits", 'value = "0x81000756"', 'value = "0x181000756"', "is not a 32-bit value"),
    ("one line of text", 'meaning = "Protocol error."', 'meaning = "Protocol\\nerror."', "not one line of text"),
    ("no comment end", 'meaning = "Protocol error."', 'meaning = "Protocol */ error."', "not one line of text"),
    ("printable ASCII", 'meaning = "Protocol error."', 'meaning = "Protocol \\u00e9rror."', "not printable ASCII"),
    ("required fields", 'summary = "Provides a list of Lock and Key error status codes."\n', "",
     "LockError): needs"),
    ("no unknown fields", 'prefix = "LockError"\n', 'prefix = "LockError"\ncolour = "red"\n', "unknown ['colour']"),
    ("CamelCase prefix", 'prefix = "LockError"', 'prefix = "lock_error"', "prefix a CamelCase word"),
]


def read(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read()


class Generator(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="msgrpriv-generator-")
        shutil.copytree(os.path.join(ROOT, "include"), os.path.join(self.tmp, "include"))
        self.data = read(os.path.join(ROOT, "data", "msgrpriv.toml"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def generate(self, data, *options):
        path = os.path.join(self.tmp, "msgrpriv.toml")
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(data)
        return subprocess.run([sys.executable, GENERATOR, "--data", path, "--include",
                               os.path.join(self.tmp, "include"), *options], capture_output=True, text=True)

    def test_the_data_as_it_is_gives_the_headers_as_they_are(self):
        result = self.generate(self.data, "--check")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_each_rule_is_enforced_and_nothing_is_written(self):
        headers = {name: read(os.path.join(self.tmp, "include", name)) for name in ("msgrpriv.h", "msgrpriv_lists.h")}
        for rule, find, replace, words in BROKEN:
            with self.subTest(rule):
                self.assertIn(find, self.data)
                result = self.generate(self.data.replace(find, replace, 1))
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertIn(words, result.stderr)
                for name, text in headers.items():
                    self.assertEqual(read(os.path.join(self.tmp, "include", name)), text, f"{name} written: {rule}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
