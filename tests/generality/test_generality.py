"""Proof that adding an enumeration needs no code: a copy of the project gets
a made-up WIDGET_MODE exactly as a new Service Enumeration would arrive (its
source page in data/pages, its block in data/decisions.toml, the data and the
headers regenerated from them; its reference page is written by the docs build), and then its helpers, unit
tests, page, man page and JSON entry must all exist and be right, with no
other file touched."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

from docs_support import PROJECT_PARTS, SOURCE_DIR, copy_project, read

HERE = os.path.dirname(os.path.abspath(__file__))

CMAKE = os.environ.get("MSGRPRIV_CMAKE", "cmake")
CTEST = os.path.join(os.path.dirname(CMAKE), "ctest") if os.path.dirname(CMAKE) else "ctest"
PYTHON = os.environ.get("MSGRPRIV_PYTHON", sys.executable)


def write(path, text):
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(text)


def add_widget_mode(project):
    """The change a contributor makes, by the steps docs/adding.rst gives."""
    pages = os.path.join(project, "data", "pages")
    shutil.copy(os.path.join(HERE, "im-widget-mode-enum.md"), pages)
    index = os.path.join(pages, "im-service-enumerations.md")
    write(index, read(index).replace("-   [**SESSION\\_STATE**]",
                                     "-   [**WIDGET\\_MODE**](im-widget-mode-enum.md)\n-   [**SESSION\\_STATE**]"))
    readme = os.path.join(pages, "README.md")
    row = ("| `im-widget-mode-enum.md` | WIDGET_MODE enumeration | https://learn.microsoft.com/en-us/previous-versions/"
           "windows/desktop/winmessenger/im-widget-mode-enum |\n")
    write(readme, read(readme) + row)
    decisions = os.path.join(project, "data", "decisions.toml")
    write(decisions, read(decisions) + "\n" + read(os.path.join(HERE, "widget_mode.toml")))
    subprocess.run([PYTHON, os.path.join(project, "scripts", "import_pages.py")], check=True)
    subprocess.run([PYTHON, os.path.join(project, "scripts", "generate_header.py")], check=True)


def changed_files(copy):
    """The copy's files that are new or differ from the project's (not Python's byte-code caches,
    which running the scripts writes and Git ignores: a fresh clone has none to compare with)."""
    changed = []
    for folder, folders, files in os.walk(copy):
        folders[:] = [f for f in folders if f != "__pycache__"]
        for name in files:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, copy)
            before = os.path.join(SOURCE_DIR, relative)
            if not os.path.exists(before) or read(before, "rb") != read(path, "rb"):
                changed.append(relative)
    return sorted(changed)


class AddingAnEnumeration(unittest.TestCase):
    MSGRPRIV_H_TYPES = ["SESSION_STATE", "LockError", "LockStatus", "SESSION_FLAGS", "SESSION_RESULT"]

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="msgrpriv-generality-")
        project = copy_project(os.path.join(cls.tmp, "project"), PROJECT_PARTS + ["tests"])
        add_widget_mode(project)
        cls.project = project
        cls.changed = changed_files(project)
        cls.build = os.path.join(cls.tmp, "build")
        # The typed unit tests cover msgrpriv.h's registry, which gains WIDGET_MODE; the other three headers
        # are unchanged (the first test), and the suite's own build tests them.
        subprocess.run([CMAKE, "-S", project, "-B", cls.build, "-DMSGRPRIV_BUILD_EXAMPLES=OFF",
                        "-DCMAKE_CXX_FLAGS=-DMSGRPRIV_TEST_TYPED_REGISTRIES=MSGRPRIV_ENUMERATIONS"], check=True,
                       capture_output=True, text=True, env=dict(os.environ, CI="false"))
        cls.result = subprocess.run([CMAKE, "--build", cls.build, "-j2", "--target", "docs", "msgrpriv_unit",
                                     "docs_dump_states"], capture_output=True, text=True)
        cls.docs = os.path.join(cls.build, "docs")
        print("Adding WIDGET_MODE touched:", cls.changed, file=sys.stderr)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_only_the_data_the_generated_headers_a_page_and_the_fixtures_change(self):
        self.assertEqual(self.changed, ["data/decisions.toml", "data/enumerations.toml",
                                        "data/pages/README.md",
                                        "data/pages/im-service-enumerations.md",
                                        "data/pages/im-widget-mode-enum.md",
                                        "include/msgrpriv.h", "include/msgrpriv_lists.h"])

    def test_it_builds_with_no_warning(self):
        self.assertEqual(self.result.returncode, 0, self.result.stdout + self.result.stderr)
        self.assertNotIn("warning", self.result.stdout + self.result.stderr)

    def test_the_typed_unit_tests_run_for_it_and_pass(self):
        self.assertEqual(self.result.returncode, 0)
        run = subprocess.run([os.path.join(self.build, "tests", "msgrpriv_unit")], capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stdout[-3000:])
        # "[----------] 6 tests from CApi/5, where TypeParam = tagWIDGET_MODE": msgrpriv.h's types, the new last.
        for suite in ("CApi", "CppApi"):
            tested = re.findall(rf"\d+ tests? from {suite}/\d+, where TypeParam = tag(\w+)\n", run.stdout)
            self.assertEqual(tested, self.MSGRPRIV_H_TYPES + ["WIDGET_MODE"])

    def test_its_page_man_page_and_json_entry_exist(self):
        self.assertEqual(self.result.returncode, 0)
        page = read(os.path.join(self.docs, "html", "reference", "widget_mode.html"))
        for words in ('id="c.WM_SPINNING"', "The widget spins.", 'id="c.MsgrWidgetModeFromName"'):
            self.assertIn(words, page)
        man = read(os.path.join(self.docs, "man", "WIDGET_MODE.3"))
        self.assertIn("The widget has stopped.", man)
        # A Service Enumeration: msgrpriv.h's last type.
        entry = [e for e in json.loads(read(os.path.join(self.docs, "msgrpriv.json")))["enumerations"]
                 if e["header"] == "msgrpriv.h"][-1]
        self.assertEqual(entry["type"], "WIDGET_MODE")
        self.assertEqual([(c["name"], c["value"], c["literal"]) for c in entry["constants"]],
                         [("WM_IDLE", 16, "0x0010"), ("WM_SPINNING", 32, "0x0020"), ("WM_STOPPED", 64, "0x0040")])
        self.assertEqual(entry["helpers"]["from_name"], "MsgrWidgetModeFromName")

    def test_the_docs_tests_pass_for_it(self):
        self.assertEqual(self.result.returncode, 0)
        run = subprocess.run([CTEST, "--test-dir", self.build, "-R", "docs.reference_html", "--output-on-failure"],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stdout[-3000:])

    def test_the_fixtures_readme_attributes_its_page(self):
        run = subprocess.run([PYTHON, os.path.join(self.project, "tests", "fixtures", "test_pages_copy.py"), "OurReadme"],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr[-3000:])


if __name__ == "__main__":
    unittest.main(verbosity=2)
