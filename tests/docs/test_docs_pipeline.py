"""The docs pipeline itself, on copies of the project in temporary folders:
incremental, strict about the header's documentation, offline, reproducible."""

import contextlib
import filecmp
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from docs_support import IN_CI, SOURCE_DIR, copy_project, source_pages

CMAKE = os.environ.get("MSGRPRIV_CMAKE", "cmake")
DECLARED = list(source_pages())


@contextlib.contextmanager
def project_copy():
    """(folder, source, build): a temporary folder holding a copy of the
    project and the path of its build folder, gone afterwards."""
    with tempfile.TemporaryDirectory() as tmp:
        yield tmp, copy_project(os.path.join(tmp, "src")), os.path.join(tmp, "build")


def configure(source, build, env=None, options=()):
    subprocess.run([CMAKE, "-S", source, "-B", build, "-DMSGRPRIV_BUILD_TESTS=OFF",
                    "-DMSGRPRIV_BUILD_EXAMPLES=OFF", "-DMSGRPRIV_BUILD_DOCS=ON", *options],
                   check=True, capture_output=True, text=True, env=env)


def build_docs(build, prefix=()):
    return subprocess.run([*prefix, CMAKE, "--build", build, "--target", "docs"], capture_output=True, text=True)


def edit(test, path, old, new):
    """Replaces the first `old` in the file at path, which must hold it."""
    with open(path, encoding="utf-8") as stream:
        text = stream.read()
    test.assertIn(old, text)
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(text.replace(old, new, 1))


def html_page(build, name):
    with open(os.path.join(build, "docs", "html", name), encoding="utf-8") as stream:
        return stream.read()


def skip_or_fail(test, reason):
    if IN_CI:
        test.fail(reason + " (required in CI)")
    test.skipTest(reason)


class Incremental(unittest.TestCase):
    def test_noop_rebuild_runs_nothing_and_a_header_change_reruns_both(self):
        with project_copy() as (_, source, build):
            configure(source, build)
            first = build_docs(build)
            self.assertEqual(first.returncode, 0, first.stdout + first.stderr)
            self.assertIn("Doxygen:", first.stdout)
            self.assertIn("Sphinx: html", first.stdout)

            again = build_docs(build)
            self.assertEqual(again.returncode, 0, again.stdout + again.stderr)
            self.assertNotIn("Doxygen:", again.stdout)
            self.assertNotIn("Sphinx:", again.stdout)

            with open(os.path.join(source, "include", "msgrpriv.h"), "a", encoding="utf-8") as header:
                header.write("/* changed */\n")
            changed = build_docs(build)
            self.assertEqual(changed.returncode, 0, changed.stdout + changed.stderr)
            self.assertIn("Doxygen:", changed.stdout)
            self.assertIn("Sphinx: html", changed.stdout)
            self.assertIn("Sphinx: man", changed.stdout)


    def test_an_incremental_build_shows_a_changed_cpp_note_and_changed_docs_code(self):
        with project_copy() as (_, source, build):
            configure(source, build)
            self.assertEqual(build_docs(build).returncode, 0)
            # The deprecated list reads every XML file, not only msgrpriv.h's.
            edit(self, os.path.join(source, "include", "msgrpriv_v1.hpp"),
                 "@deprecated Use `msgrpriv::count<SESSION_STATE>`.",
                 "@deprecated Use `msgrpriv::count<SESSION_STATE>`, always.")
            result = build_docs(build)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertIn("always.", html_page(build, "deprecated.html"), "deprecated.html kept the old note")
            # A page is rendered by the extensions: changing them renders it again.
            edit(self, os.path.join(source, "docs", "_ext", "msgrpriv_reference.py"), '"Constant and type"',
                 '"Constant and its type"')
            result = build_docs(build)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertIn("Constant and its type", html_page(build, "lookup.html"), "lookup.html kept the old output")

    def test_an_edited_comment_rereads_the_pages_that_show_it_and_no_other_kind(self):
        def doctree_times():
            folder = os.path.join(build, "docs", "doctrees")
            paths = [os.path.join(d, name) for d, _, names in os.walk(folder) for name in names]
            return {os.path.relpath(path, folder)[:-len(".doctree")]: os.stat(path).st_mtime_ns
                    for path in paths if path.endswith(".doctree")}

        def rebuild_and_reread():
            before = doctree_times()
            result = build_docs(build)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            after = doctree_times()
            return {name for name in after if after[name] != before.get(name)}

        # The pages that render from Doxygen's XML: Breathe makes a page depend on
        # every XML file it reads while looking a name up, so an edit re-reads
        # these; the hand-written pages (examples, JSON, interop...) never.
        from_xml = {"api/c", "api/cpp", "deprecated", "lookup", "index", "reference/index",
                    "source/msgrpriv_h"} | {"reference/" + t.lower() for t in DECLARED}
        with project_copy() as (_, source, build):
            configure(source, build)
            self.assertEqual(build_docs(build).returncode, 0)
            # The namespace's comment is on the C++ page only.
            edit(self, os.path.join(source, "include", "msgrpriv.hpp"), "/** @brief The C++ helpers:",
                 "/** @brief Edited, the C++ helpers:")
            reread = rebuild_and_reread()
            self.assertIn("api/cpp", reread)
            self.assertLessEqual(reread, from_xml)
            self.assertIn("Edited, the C++ helpers:", html_page(build, "api/cpp.html"))
            # A C macro's comment is on the C page (and msgrpriv.h's pages).
            edit(self, os.path.join(source, "include", "msgrpriv.h"), "/** @brief Patch version of this package. */",
                 "/** @brief Patch version of this package, edited. */")
            self.assertIn("api/c", rebuild_and_reread())
            self.assertIn("Patch version of this package, edited.", html_page(build, "api/c.html"))


class BrokenHeader(unittest.TestCase):
    def build_with(self, old, new, header="msgrpriv.h"):
        with project_copy() as (_, source, build):
            edit(self, os.path.join(source, "include", header), old, new)
            configure(source, build)
            return build_docs(build)

    def test_an_undocumented_constant_fails_the_build_naming_it(self):
        result = self.build_with(" /**< The session is remotely canceled. */", "")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("enumerator SS_DECLINED of tagSESSION_STATE has no meaning", result.stdout + result.stderr)

    def test_a_doxygen_warning_fails_the_build_naming_the_symbol(self):
        result = self.build_with(" * @param value An integer.\n", " * @param valu An integer.\n", "msgrpriv.hpp")
        self.assertNotEqual(result.returncode, 0)
        said = result.stdout + result.stderr
        self.assertRegex(said, r"msgrpriv\.hpp:\d+: (error|warning): argument 'valu' of command @param "
                               r"is not found in the argument list of msgrpriv::from_value")

    def test_an_undocumented_parameter_fails_the_build_naming_it(self):
        result = self.build_with(" * @param value An integer.\n", "", "msgrpriv.hpp")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("function from_value: parameter 'value' is not documented", result.stdout + result.stderr)


class HeaderLines(unittest.TestCase):
    def test_links_to_the_header_follow_its_lines(self):
        with project_copy() as (_, source, build):
            configure(source, build)
            lines = []
            for shift in (0, 3):
                header = os.path.join(source, "include", "msgrpriv.h")
                with open(header, encoding="utf-8") as stream:
                    text = stream.read()
                with open(header, "w", encoding="utf-8") as stream:
                    stream.write("/* a line */\n" * shift + text)
                result = build_docs(build)
                self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
                with open(os.path.join(build, "docs", "msgrpriv.json"), encoding="utf-8") as stream:
                    data = json.load(stream)
                line = next(c["line"] for e in data["enumerations"] for c in e["constants"] if c["name"] == "SS_DECLINED")
                with open(os.path.join(build, "docs", "html", "source", "msgrpriv_h.html"), encoding="utf-8") as stream:
                    page = stream.read()
                row = page[page.index(f'id="L-{line}"'):]
                self.assertRegex(re.sub(r"<[^>]+>", "", row[:400]), rf"\b{line}\s+SS_DECLINED\b")
                with open(os.path.join(build, "docs", "html", "reference", "session_state.html"),
                          encoding="utf-8") as stream:
                    self.assertIn(f"msgrpriv_h.html#L-{line}", stream.read())
                lines.append(line)
            self.assertEqual(lines[1], lines[0] + 3)


class SourceDateEpoch(unittest.TestCase):
    def test_a_packagers_source_date_epoch_dates_the_man_pages(self):
        # A release tarball has no git history; its builder sets the date.
        with project_copy() as (_, source, build):
            configure(source, build, env=dict(os.environ, SOURCE_DATE_EPOCH="1700000000"))
            result = build_docs(build)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            with open(os.path.join(build, "docs", "man", "SESSION_STATE.3"), encoding="utf-8") as stream:
                self.assertIn('"Nov 14, 2023"', stream.read())


class ChosenTools(unittest.TestCase):
    def test_the_doxygen_cmake_was_given_is_the_one_that_runs(self):
        with project_copy() as (tmp, source, build):
            marker = os.path.join(tmp, "chosen-doxygen-ran")
            chosen = os.path.join(tmp, "chosen-doxygen")
            with open(chosen, "w", encoding="utf-8") as stream:
                stream.write(f'#!/bin/sh\ntouch "{marker}"\nexec "{shutil.which("doxygen")}" "$@"\n')
            os.chmod(chosen, 0o755)
            configure(source, build, options=[f"-DDOXYGEN_EXECUTABLE={chosen}"])
            result = build_docs(build)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertTrue(os.path.exists(marker), "the docs build ran another doxygen than -DDOXYGEN_EXECUTABLE")


class Offline(unittest.TestCase):
    def test_docs_build_with_no_network_at_all(self):
        unshare = shutil.which("unshare")
        if unshare is None or os.geteuid() != 0:
            skip_or_fail(self, "needs root and unshare to build inside a network namespace")
        probe = subprocess.run([unshare, "-n", "true"], capture_output=True)
        if probe.returncode != 0:
            skip_or_fail(self, "unshare -n is not permitted here: " + probe.stderr.decode())
        with project_copy() as (_, source, build):
            configure(source, build)
            result = build_docs(build, prefix=(unshare, "-n"))
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertTrue(os.path.exists(os.path.join(build, "docs", "html", "reference", "session_state.html")))


def tree_differences(left, right):
    """Relative paths that differ between two trees (missing on either side or
    different bytes)."""
    differences = []
    comparison = filecmp.dircmp(left, right)
    stack = [("", comparison)]
    while stack:
        prefix, node = stack.pop()
        differences += [os.path.join(prefix, name) for name in node.left_only + node.right_only]
        _, mismatch, errors = filecmp.cmpfiles(node.left, node.right, node.common_files, shallow=False)
        differences += [os.path.join(prefix, name) for name in mismatch + errors]
        stack += [(os.path.join(prefix, name), sub) for name, sub in node.subdirs.items()]
    return sorted(differences)


class Reproducible(unittest.TestCase):
    def test_two_clones_at_different_paths_build_identical_bytes(self):
        if not os.path.isdir(os.path.join(SOURCE_DIR, ".git")):
            skip_or_fail(self, "the source is not a git checkout to clone")
        with tempfile.TemporaryDirectory() as tmp:
            outputs = []
            for place in ("a/msgrpriv", "somewhere/much/deeper/other-name"):
                clone = os.path.join(tmp, place)
                subprocess.run(["git", "clone", "--quiet", SOURCE_DIR, clone], check=True)
                build = os.path.join(clone, "build")
                configure(clone, build)
                result = build_docs(build)
                self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
                outputs.append(os.path.join(build, "docs"))
            for tree in ("html", "man"):
                self.assertEqual(tree_differences(*(os.path.join(o, tree) for o in outputs)), [], tree)
            for name in ("msgrpriv.json", "msgrpriv.tag"):
                self.assertTrue(filecmp.cmp(*(os.path.join(o, name) for o in outputs), shallow=False), name)
            html = os.path.join(outputs[0], "html")
            self.assertTrue(os.path.exists(os.path.join(html, "objects.inv")))
            self.assertTrue(os.path.exists(os.path.join(html, "searchindex.js")))
            for folder, _, files in os.walk(html):
                for name in files:
                    with open(os.path.join(folder, name), "rb") as stream:
                        self.assertNotIn(tmp.encode(), stream.read(), f"{name} holds the build path")


if __name__ == "__main__":
    unittest.main(verbosity=2)
