#!/usr/bin/python3
"""Every shell command that README.md and the built site show runs here as
written, with its placeholders (<prefix>, <label>) filled in, in scratch
folders, and does what the text around it says. A block of commands that is
neither run here nor on the short list below, with a reason each, fails the
test: a new command cannot go unchecked.

Environment: MSGRPRIV_SOURCE_DIR (the checkout), MSGRPRIV_BUILD_DIR (its build,
docs built). The commands find cc, cmake, pkg-config and man on PATH, as a
reader's shell does.
"""

import html
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from docs_support import copy_checkout

SOURCE = os.environ["MSGRPRIV_SOURCE_DIR"]
BUILD = os.environ["MSGRPRIV_BUILD_DIR"]
HTML_DIR = os.path.join(BUILD, "docs", "html")
IN_CI = os.environ.get("CI") == "true"

# Commands not run here, each with where it is run instead.
NOT_RUN_HERE = {
    "./scripts/deps.sh docs && cmake -S . -B build && cmake --build build --target docs":
        "the Quick start's first line: installs Debian packages as root; the fresh machines run it",
    "./scripts/deps.sh test && cmake -S . -B build && cmake --build build -j2 && "
    "ctest --test-dir build -j2 --output-on-failure":
        "the Quick start's second line, which runs this test: CI and the fresh machines run it",
    "cmake --build build -j2 && ctest --test-dir build -j2 --output-on-failure":
        "the end of the Quick start's second line (docs/adding.rst): CI runs it",
    "apt-get build-dep -y ./": "needs root and Debian's archive: the fresh machines run it",
    "dpkg-buildpackage -us -uc -b": "package.debian reads this line from README.md and runs it",
    "apt-get install ../msgrpriv-dev_*.deb ../msgrpriv-doc_*.deb":
        "needs root: the fresh machines run it, after the two lines above",
    "./scripts/deps.sh bench && /usr/bin/python3 bench/run.py":
        "half an hour of measuring: its last results are bench/results/latest.json, on the site",
    "cmake --build build --target mutation":
        "hours: mutation.mutants_apply checks in CI that every mutant still applies",
}


def read(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def readme_blocks(language):
    return [block for block in re.findall(rf"^```{language}\n(.*?)^```$", read(os.path.join(SOURCE, "README.md")),
                                          re.M | re.S)]


def site_blocks():
    """{block: [pages]} of every shell block on the built site."""
    found = {}
    for folder, _, files in os.walk(HTML_DIR):
        for name in files:
            if not name.endswith(".html") or folder.startswith(os.path.join(HTML_DIR, "_")):
                continue
            page = os.path.relpath(os.path.join(folder, name), HTML_DIR)
            for match in re.finditer(r'<div class="highlight-(?:sh|bash|console|shell)\b.*?<pre>(.*?)</pre>',
                                     read(os.path.join(folder, name)), re.S):
                block = html.unescape(re.sub(r"<[^>]+>", "", match.group(1)))
                found.setdefault(block, []).append(page)
    return found


class Commands(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="msgrpriv-commands-")
        # A reader's checkout whose docs were not built, and one whose were
        # (this build's folder, as `build`).
        cls.fresh = copy_checkout(os.path.join(cls.tmp, "fresh"))
        shared = os.path.join(SOURCE, os.pardir, "shared")
        if os.path.isdir(shared):  # beside the copy as beside the checkout (fixtures.pages_copy)
            os.symlink(os.path.abspath(shared), os.path.join(cls.tmp, "shared"))
        cls.built = os.path.join(cls.tmp, "built")
        os.makedirs(cls.built)
        os.symlink(BUILD, os.path.join(cls.built, "build"))
        cls.prefix = os.path.join(cls.tmp, "prefix")
        cls.ran = set()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def sh(self, block, cwd, **fill):
        """Runs the block as written, placeholders filled, in a POSIX shell
        that stops at the first failing line."""
        self.ran.add(block)
        script = block
        for placeholder, value in fill.items():
            script = script.replace(f"<{placeholder}>", value)
        result = subprocess.run(["sh", "-e", "-c", script], cwd=cwd, capture_output=True, text=True,
                                env=dict(os.environ, MANWIDTH="80"))
        return result

    def block(self, *first_words):
        """The one README block that starts with these words."""
        found = [b for b in readme_blocks("sh") if b.startswith(" ".join(first_words))]
        self.assertEqual(len(found), 1, f"README.md: one sh block starting {' '.join(first_words)!r}")
        return found[0]

    def installed(self):
        """<prefix>, installed from the build whose docs were built."""
        if not os.path.exists(os.path.join(self.prefix, "include", "msgrpriv.h")):
            result = self.sh(self.block("cmake --install"), self.built, prefix=self.prefix)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        return self.prefix

    def test_install_without_built_docs_installs_the_rest_and_says_how_to_add_them(self):
        configure = subprocess.run(["cmake", "-S", ".", "-B", "build"], cwd=self.fresh, capture_output=True,
                                   text=True)
        self.assertEqual(configure.returncode, 0, configure.stdout + configure.stderr)
        prefix = os.path.join(self.tmp, "prefix-no-docs")
        result = self.sh(self.block("cmake --install"), self.fresh, prefix=prefix)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        said = [line for line in result.stdout.splitlines() if "Docs not built" in line]
        self.assertEqual(len(said), 1, result.stdout)
        self.assertIn("--target docs", said[0])
        for path in ("include/msgrpriv.h", "include/msgrpriv.hpp", "share/cmake/msgrpriv/msgrprivConfig.cmake",
                     "share/pkgconfig/msgrpriv.pc"):
            self.assertTrue(os.path.isfile(os.path.join(prefix, path)), path)
        self.assertFalse(os.path.exists(os.path.join(prefix, "share", "doc", "msgrpriv", "html")))

    def test_install_of_built_docs_has_the_html_and_man_pages(self):
        prefix = self.installed()
        for path in ("share/doc/msgrpriv/html/index.html", "share/man/man3/SS_DECLINED.3",
                     "share/devhelp/books/msgrpriv/msgrpriv.devhelp2"):
            self.assertTrue(os.path.exists(os.path.join(prefix, path)), path)

    def test_the_pkg_config_line_compiles_and_runs_the_readme_program(self):
        prefix = self.installed()
        (program,) = readme_blocks("c")
        expected = re.search(r"/\* (\d+: [^*]+) \*/", program).group(1)
        work = os.path.join(self.tmp, "app")
        os.makedirs(work)
        with open(os.path.join(work, "app.c"), "w", encoding="utf-8") as stream:
            stream.write(program)
        result = self.sh(self.block("cc $(PKG_CONFIG_PATH"), work, prefix=prefix)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, expected + "\n")

    def test_man_finds_the_installed_pages_and_man_k_after_mandb(self):
        prefix = self.installed()
        result = self.sh(self.block("export MANPATH"), self.tmp, prefix=prefix)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout.lstrip(), r"^SS_DECLINED\(3\)")
        self.assertIn("The session is remotely canceled.", result.stdout)
        self.assertRegex(result.stdout, r"(?m)^SS_DECLINED \(3\)\s+- ")

    def test_a_man_page_reads_from_the_build_folder(self):
        result = self.sh(self.block("man -l"), self.built)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stdout.lstrip(), r"^SS_DECLINED\(3\)")
        self.assertIn("The session is remotely canceled.", result.stdout)

    def test_a_label_runs_its_tests(self):
        configure = subprocess.run(["cmake", "-S", ".", "-B", "build"], cwd=self.fresh, capture_output=True,
                                   text=True)
        self.assertEqual(configure.returncode, 0, configure.stderr)
        # A label whose tests need nothing built: the page parser and the pages' copy.
        result = self.sh(self.block("ctest --test-dir build -L"), self.fresh, label="fixtures")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertRegex(result.stdout, r"100% tests passed, 0 tests failed out of [1-9]")

    def test_the_generator_leaves_the_headers_as_they_are(self):
        (block,) = [b for b in site_blocks() if "generate_header.py" in b]
        before = {name: read(os.path.join(self.fresh, "include", name)) for name in os.listdir(
            os.path.join(self.fresh, "include"))}
        result = self.sh(block, self.fresh)
        self.assertEqual(result.returncode, 0, result.stderr)
        for name, text in before.items():
            self.assertEqual(read(os.path.join(self.fresh, "include", name)), text, name)

    def test_each_example_page_builds_the_examples_and_runs_its_file(self):
        prefix = self.installed()
        blocks = site_blocks()
        project = [b for b in blocks if b.startswith("cmake -S examples")]
        self.assertEqual(len(project), 1, "one block builds the examples folder, the same on every page")
        result = self.sh(project[0], self.fresh, prefix=prefix)
        self.assertEqual(result.returncode, 0, result.stdout[-3000:] + result.stderr[-3000:])
        self.assertRegex(result.stdout, r"100% tests passed, 0 tests failed out of [1-9]")
        runs = read(os.path.join(SOURCE, "examples", "runs.cmake"))
        alone = {b: pages for b, pages in blocks.items() if b.startswith("export PKG_CONFIG_PATH")}
        examples = [name for name in os.listdir(os.path.join(SOURCE, "examples")) if name.endswith(".output")]
        self.assertEqual(len(alone), len(examples), "a block per example page")
        for block, pages in alone.items():
            stem = re.search(r"-o (\w+) && \./\1\b", block).group(1)
            with self.subTest(stem, pages=pages):
                work = os.path.join(self.tmp, "alone", stem)
                os.makedirs(work)
                source = next(n for n in os.listdir(os.path.join(SOURCE, "examples"))
                              if os.path.splitext(n)[0] == stem and n.endswith((".c", ".cpp")))
                shutil.copy(os.path.join(SOURCE, "examples", source), work)
                # The example's own run in examples/runs.cmake: its exit status.
                run = re.search(rf"msgrpriv_example_run\({stem} {stem}\b(.*?)\)", runs, re.S).group(1)
                status = int(re.search(r"EXIT (\d+)", run).group(1)) if "EXIT" in run else 0
                result = self.sh(block, work, prefix=prefix)
                self.assertEqual(result.returncode, status, result.stderr)
                self.assertEqual(result.stdout, read(os.path.join(SOURCE, "examples", stem + ".output")))

    def test_zz_every_block_is_run_or_says_where_it_runs(self):
        """Last (the name sorts it there): every README and site block was
        run by a test above, or each of its lines is listed with a reason."""
        if not os.path.isdir(HTML_DIR):
            if IN_CI:
                self.fail(f"no built site at {HTML_DIR}")
            self.skipTest(f"no built site at {HTML_DIR}: the docs were not built")
        unchecked = []
        for block in readme_blocks("sh") + list(site_blocks()):
            if block in self.ran:
                continue
            unchecked += [line for line in block.splitlines() if line.strip() and line not in NOT_RUN_HERE]
        self.assertEqual(unchecked, [], "commands neither run here nor listed in NOT_RUN_HERE")
        package_test = read(os.path.join(SOURCE, "tests", "package", "test_package.py"))
        self.assertIn("README.md", package_test)


if __name__ == "__main__":
    unittest.main(verbosity=2)
