"""Each workaround for another project's bug (docs/msgrpriv_docs/fixes.py) is still needed where
its gate applies it: a small project built with Breathe and furo alone, on this build's Doxygen
XML, shows each bug the installed versions are gated as having. When a release fixes one, this
fails and says to narrow the gate. The site itself, with the workarounds, is checked free of these
bugs by test_reference_html.py (no paragraph in a paragraph, no id twice)."""

import html.parser
import os
import re
import subprocess
import tempfile
import unittest

from docs_support import DOCS_DIR, read
from msgrpriv_docs import fixes

SPHINX_BUILD = os.environ.get("MSGRPRIV_SPHINX_BUILD", "sphinx-build")
PROJECT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "workarounds_project")
BLOCKS = {"p", "div", "dl", "ul", "ol", "table", "pre", "blockquote"}


class BlocksInParagraphs(html.parser.HTMLParser):
    """Counts block elements opened while a <p> is open (HTML forbids them)."""

    def __init__(self):
        super().__init__()
        self.open_paragraphs = self.found = 0

    def handle_starttag(self, tag, attrs):
        self.found += tag in BLOCKS and self.open_paragraphs > 0
        self.open_paragraphs += tag == "p"

    def handle_endtag(self, tag):
        if tag == "p" and self.open_paragraphs:
            self.open_paragraphs -= 1


class Workarounds(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as out:
            run = subprocess.run([SPHINX_BUILD, "-q", "-b", "html", "-D",
                                  f"breathe_projects.msgrpriv={os.path.join(DOCS_DIR, 'doxygen', 'xml')}", PROJECT, out],
                                 capture_output=True, text=True,
                                 env=dict(os.environ, PYTHONWARNINGS="ignore::DeprecationWarning:breathe.project"))
            if run.returncode != 0:
                raise AssertionError(run.stdout + run.stderr)
            cls.html = read(os.path.join(out, "index.html"))

    def still_needed(self, name, found):
        if not fixes.gated(name):
            _, _, package, newest = fixes.WORKAROUNDS[name]
            self.skipTest(f"{name}: {package} {fixes.version(package)} is newer than {newest}, the newest known to "
                          "have the bug; the workaround is off")
        what, report, package, _ = fixes.WORKAROUNDS[name]
        self.assertTrue(found, f"{package} {fixes.version(package)} no longer has the bug '{what}': narrow the gate "
                               f"of '{name}' in docs/msgrpriv_docs/fixes.py ({report})")

    def test_breathe_still_puts_blocks_in_paragraphs(self):
        parser = BlocksInParagraphs()
        parser.feed(self.html)
        self.still_needed("blocks-in-paragraphs", parser.found)

    def test_breathe_still_repeats_section_title_ids(self):
        ids = re.findall(r'<p class="[^"]*breathe-sectiondef-title[^"]*" id="([^"]+)"', self.html)
        self.still_needed("repeated-section-ids", [i for i in set(ids) if ids.count(i) > 1])

    def test_furo_still_gives_a_tables_ids_to_its_wrapper(self):
        self.still_needed("table-ids-twice",
                          re.search(r'<div class="table-wrapper[^"]*" id="([^"]+)">\s*<table[^>]*id="\1"', self.html))


if __name__ == "__main__":
    unittest.main(verbosity=2)
