"""The docs pipeline itself, on one copy of the project in a temporary folder, built in a
network namespace with a Doxygen of our choosing: the same bytes as the suite's own build at
another path; a no-op rebuild runs nothing; an edit is shown by the next build, which reads again
only pages made from what changed; a header's lines move with it; a packager's date dates the man
pages; an undocumented symbol or a Doxygen warning fails the build, naming it. The copy is built
once, then edited: every edit a page is made from is shown by one rebuild, a change of the docs'
code by one more."""

import datetime
import filecmp
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from docs_support import DOCS_DIR, IN_CI, SOURCE_DIR, copy_checkout, source_pages

CMAKE = os.environ.get("MSGRPRIV_CMAKE", "cmake")
DECLARED = list(source_pages())
# The pages made from Doxygen's XML: an edit of a header reads these again, never the hand-written ones.
FROM_XML = {"api/c", "api/cpp", "deprecated", "lookup", "index", "reference/index", "license",
            "reference/returns", "reference/unsupported"} | \
    {"reference/" + t.lower() for t in DECLARED} | \
    {"source/" + name.replace(".", "_") for name in os.listdir(os.path.join(SOURCE_DIR, "include")) if name.endswith(".h")}


def read(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read()


def edit(path, old, new):
    text = read(path)
    assert old in text, f"{path} does not hold {old!r}"
    with open(path, "w", encoding="utf-8") as stream:
        stream.write(text.replace(old, new, 1))


def tree_differences(left, right):
    """Relative paths that differ between two trees (on one side only, or other bytes)."""
    differences, stack = [], [("", filecmp.dircmp(left, right))]
    while stack:
        prefix, node = stack.pop()
        differences += [os.path.join(prefix, name) for name in node.left_only + node.right_only]
        _, mismatch, errors = filecmp.cmpfiles(node.left, node.right, node.common_files, shallow=False)
        differences += [os.path.join(prefix, name) for name in mismatch + errors]
        stack += [(os.path.join(prefix, name), sub) for name, sub in node.subdirs.items()]
    return sorted(differences)


def search_index(path):
    """A searchindex.js's data without the terms that name no page: an incremental build keeps
    them, a clean one has none (the suite's own build may have been built incrementally)."""
    text = read(path)
    data = json.loads(text[text.index("(") + 1:text.rindex(")")])
    for key in ("terms", "titleterms"):
        data[key] = {term: pages for term, pages in data[key].items() if pages != []}
    return data


def index_entries(data):
    """Takes a search index's index entries out, as (term, page, anchor): Sphinx does not load them
    back for the next build, so an incremental build keeps only those of the pages it read again
    (sphinx-doc/sphinx#12599)."""
    return {(term, *place) for term, places in data.pop("indexentries").items() for place in places}


def built_date(docs):
    """The SOURCE_DATE_EPOCH a build used, to the day its man pages show."""
    day = re.search(r'^\.TH "msgrpriv" "3" "([^"]+)"', read(os.path.join(docs, "man", "msgrpriv.3")), re.M).group(1)
    return int(datetime.datetime.strptime(day + " 12", "%b %d, %Y %H").replace(tzinfo=datetime.timezone.utc)
               .timestamp())


class Pipeline(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="msgrpriv-docs-pipeline-")
        cls.source = copy_checkout(os.path.join(cls.tmp, "somewhere", "much", "deeper", "other-name"))
        cls.build = os.path.join(cls.tmp, "build")
        cls.docs = os.path.join(cls.build, "docs")
        # The Doxygen CMake is given is the one that runs.
        cls.marker = os.path.join(cls.tmp, "chosen-doxygen-ran")
        chosen = os.path.join(cls.tmp, "chosen-doxygen")
        with open(chosen, "w", encoding="utf-8") as stream:
            stream.write(f'#!/bin/sh\ntouch "{cls.marker}"\nexec "{shutil.which("doxygen")}" "$@"\n')
        os.chmod(chosen, 0o755)
        # A packager's date holds for configure and build alike (a build may configure again).
        cls.env = dict(os.environ, SOURCE_DATE_EPOCH=str(built_date(DOCS_DIR)))
        cls.configure(f"-DDOXYGEN_EXECUTABLE={chosen}")
        # No network at all, where this machine allows a network namespace.
        unshare = shutil.which("unshare")
        cls.offline = unshare and os.geteuid() == 0 and subprocess.run([unshare, "-n", "true"]).returncode == 0
        cls.first = cls.build_docs(prefix=[unshare, "-n"] if cls.offline else [])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def configure(cls, *options):
        subprocess.run([CMAKE, "-S", cls.source, "-B", cls.build, "-DMSGRPRIV_BUILD_TESTS=OFF",
                        "-DMSGRPRIV_BUILD_EXAMPLES=OFF", "-DMSGRPRIV_BUILD_DOCS=ON", *options], check=True,
                       capture_output=True, text=True, env=cls.env)

    @classmethod
    def build_docs(cls, prefix=()):
        return subprocess.run([*prefix, CMAKE, "--build", cls.build, "--target", "docs"], capture_output=True,
                              text=True, env=cls.env)

    def rebuild(self):
        """Builds again, and returns the pages read again."""
        def times():
            folder = os.path.join(self.docs, "doctrees")
            return {os.path.relpath(os.path.join(d, n), folder)[:-len(".doctree")]: os.stat(os.path.join(d, n)).st_mtime_ns
                    for d, _, names in os.walk(folder) for n in names if n.endswith(".doctree")}

        before = times()
        result = self.build_docs()
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        after = times()
        return {name for name in after if after[name] != before.get(name)}

    def page(self, name):
        return read(os.path.join(self.docs, "html", name))

    def test_1_the_first_build_is_the_suites_own_at_another_path_offline_with_the_chosen_doxygen(self):
        self.assertEqual(self.first.returncode, 0, self.first.stdout + self.first.stderr)
        if not self.offline:
            if IN_CI:
                self.fail("needs root and unshare -n to build inside a network namespace (required in CI)")
            print("skipped=1: built with the network, for want of root and unshare -n")
        self.assertTrue(os.path.exists(self.marker), "the docs build ran another doxygen than -DDOXYGEN_EXECUTABLE")
        for tree in ("html", "man"):
            differences = [d for d in tree_differences(os.path.join(DOCS_DIR, tree), os.path.join(self.docs, tree))
                           if not d.endswith((".build-stamp", ".buildinfo"))]
            if "searchindex.js" in differences:
                differences.remove("searchindex.js")
                ours, clean = (search_index(os.path.join(d, "html", "searchindex.js")) for d in (DOCS_DIR, self.docs))
                # Every index entry the suite's own has is the clean build's (index_entries).
                self.assertLessEqual(index_entries(ours), index_entries(clean))
                self.assertEqual(ours, clean)
            self.assertEqual(differences, [], tree)
        for name in ("msgrpriv.json", "msgrpriv.tag"):
            self.assertTrue(filecmp.cmp(os.path.join(DOCS_DIR, name), os.path.join(self.docs, name), shallow=False))
        outputs = [os.path.join(d, n) for tree in ("html", "man") for d, _, names in
                   os.walk(os.path.join(self.docs, tree)) for n in names]
        for path in outputs + [os.path.join(self.docs, name) for name in ("msgrpriv.json", "msgrpriv.tag")]:
            with open(path, "rb") as stream:
                self.assertNotIn(self.tmp.encode(), stream.read(), f"{path} holds the build path")

    def test_2_a_noop_rebuild_runs_nothing(self):
        again = self.build_docs()
        self.assertEqual(again.returncode, 0, again.stdout + again.stderr)
        self.assertNotIn("Doxygen:", again.stdout)
        self.assertNotIn("Sphinx:", again.stdout)

    def test_3_edits_are_shown_by_the_next_build_which_reads_again_only_pages_made_from_them(self):
        """One rebuild after edits of every kind a page is made from, each shown where it belongs: a
        doc comment of the C++ and of the C header, a type's notes, the pages' data; lines added to a
        header move every link to its lines; a packager's date dates the man pages."""
        def declined_line():
            data = json.loads(read(os.path.join(self.docs, "msgrpriv.json")))
            return next(c["line"] for e in data["enumerations"] for c in e["constants"] if c["name"] == "SS_DECLINED")

        before = declined_line()
        # The namespace's comment is on the C++ page only; the deprecated list reads every header's XML.
        edit(os.path.join(self.source, "include", "msgrpriv.hpp"), "/** @brief The C++ helpers:",
             "/** @brief Edited, the C++ helpers:")
        edit(os.path.join(self.source, "include", "msgrpriv_v1.hpp"), "@deprecated Use `msgrpriv::count<SESSION_STATE>`.",
             "@deprecated Use `msgrpriv::count<SESSION_STATE>`, always.")
        # A C macro's comment is on the C page; the notes are on their type's page.
        header = os.path.join(self.source, "include", "msgrpriv.h")
        edit(header, "/** @brief Patch version of this package. */", "/** @brief Patch version of this package, edited. */")
        edit(os.path.join(self.source, "data", "notes", "lockstatus.toml"), "Its values start at 1",
             "Its values, edited, start at 1")
        # What the pages' data adds (here a member page's sentence) is shown too.
        edit(os.path.join(self.source, "data", "enumerations.toml"), "The inviter and invitee are the same user.",
             "The inviter and invitee are the same user, edited.")
        with open(header, encoding="utf-8") as stream:
            text = stream.read()
        with open(header, "w", encoding="utf-8") as stream:
            stream.write("/* a line */\n" * 3 + text)
        # A release tarball has no git history: its builder sets the date.
        type(self).env = dict(self.env, SOURCE_DATE_EPOCH="1700000000")
        self.configure()
        reread = self.rebuild()
        self.assertLessEqual({"api/c", "api/cpp", "deprecated", "reference/lockstatus", "reference/returns",
                              "source/msgrpriv_h"}, reread)
        self.assertLessEqual(reread, FROM_XML)
        # A header's page is made from that header alone.
        self.assertNotIn("source/mdisp_h", reread)
        self.assertIn("Edited, the C++ helpers:", self.page("api/cpp.html"))
        self.assertIn("always.", self.page("deprecated.html"))
        self.assertIn("Patch version of this package, edited.", self.page("api/c.html"))
        self.assertIn("Its values, edited, start at 1", self.page("reference/lockstatus.html"))
        self.assertIn("the same user, edited.", self.page("reference/returns.html"))
        line = declined_line()
        self.assertEqual(line, before + 3)
        row = self.page("source/msgrpriv_h.html")
        row = row[row.index(f'id="L-{line}"'):]
        self.assertRegex(re.sub(r"<[^>]+>", "", row[:400]), rf"\b{line}\s+SS_DECLINED\b")
        self.assertIn(f"msgrpriv_h.html#L-{line}", self.page("reference/session_state.html"))
        self.assertIn('"Nov 14, 2023"', read(os.path.join(self.docs, "man", "SESSION_STATE.3")))

    def test_4_changed_docs_code_renders_every_page_again(self):
        edit(os.path.join(self.source, "docs", "msgrpriv_docs", "pages.py"), '"Constant and type"',
             '"Constant and its type"')
        folder = os.path.join(self.docs, "doctrees")
        every = {os.path.relpath(os.path.join(d, n), folder)[:-len(".doctree")]
                 for d, _, names in os.walk(folder) for n in names if n.endswith(".doctree")}
        self.assertEqual(self.rebuild(), every)
        self.assertIn("Constant and its type", self.page("lookup.html"))

    def test_5_an_undocumented_symbol_or_a_doxygen_warning_fails_the_build_naming_it(self):
        for header, old, new, said in [
                ("msgrpriv.h", " /**< The session is remotely canceled. */", "",
                 "enumerator SS_DECLINED of tagSESSION_STATE has no meaning"),
                ("msgrpriv.hpp", " * @param value An integer.\n", " * @param valu An integer.\n",
                 r"msgrpriv\.hpp:\d+: (error|warning): argument 'valu' of command @param is not found in the "
                 r"argument list of msgrpriv::from_value"),
                ("msgrpriv.hpp", " * @param value An integer.\n", "",
                 "function from_value: parameter 'value' is not documented")]:
            with self.subTest(said):
                path = os.path.join(self.source, "include", header)
                text = read(path)
                edit(path, old, new)
                try:
                    result = self.build_docs()
                finally:
                    with open(path, "w", encoding="utf-8") as stream:
                        stream.write(text)
                self.assertNotEqual(result.returncode, 0)
                self.assertRegex(result.stdout + result.stderr, said)


if __name__ == "__main__":
    unittest.main(verbosity=2)
