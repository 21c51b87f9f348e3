"""Each workaround for another project's bug is still needed where its gate
applies it: built with every workaround turned off, the site shows each
bug that the installed versions are gated as having. When a release fixes
one, this fails and says to narrow the gate (docs/_ext/msgrpriv_workarounds.py).
The normal build, with the workarounds on, is checked free of these bugs by
test_reference_html.py (no paragraph in a paragraph, no id twice)."""

import html.parser
import os
import re
import subprocess
import sys
import tempfile
import unittest

from docs_support import DOCS_DIR, SOURCE_DIR, read

sys.path.insert(0, os.path.join(SOURCE_DIR, "docs", "_ext"))
import msgrpriv_workarounds  # noqa: E402

SPHINX_BUILD = os.environ.get("MSGRPRIV_SPHINX_BUILD", "sphinx-build")
BLOCKS = {"p", "div", "dl", "ul", "ol", "table", "pre", "blockquote"}


class BlocksInParagraphs(html.parser.HTMLParser):
    """Counts block elements opened while a <p> is open (HTML forbids them)."""

    def __init__(self):
        super().__init__()
        self.open_paragraphs = 0
        self.found = 0

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS and self.open_paragraphs:
            self.found += 1
        if tag == "p":
            self.open_paragraphs += 1

    def handle_endtag(self, tag):
        if tag == "p" and self.open_paragraphs:
            self.open_paragraphs -= 1


def pages(folder):
    for root, _, names in os.walk(folder):
        for name in names:
            if name.endswith(".html"):
                yield os.path.join(root, name)


class Workarounds(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        out = os.path.join(cls.tmp.name, "html")
        xml = os.path.join(DOCS_DIR, "doxygen", "xml")
        env = dict(os.environ, PYTHONWARNINGS="ignore::DeprecationWarning:breathe.project")
        settings = [f"breathe_projects.msgrpriv={xml}", "msgrpriv_workarounds_off=all"]
        if os.environ.get("MSGRPRIV_NORMALIZE_CSS"):  # as the docs build passes it (docs/CMakeLists.txt)
            settings.append(f"msgrpriv_normalize_css={os.environ['MSGRPRIV_NORMALIZE_CSS']}")
        run = subprocess.run([SPHINX_BUILD, "-q", "-b", "html", "-d", os.path.join(cls.tmp.name, "doctrees"),
                              *(f for setting in settings for f in ("-D", setting)),
                              os.path.join(SOURCE_DIR, "docs"), out], capture_output=True, text=True, env=env)
        if run.returncode != 0:
            raise AssertionError(run.stdout + run.stderr)
        cls.html = {path: read(path) for path in pages(out)}

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def gate(self, name):
        if not msgrpriv_workarounds.gated(name):
            _, _, package, newest = msgrpriv_workarounds.WORKAROUNDS[name]
            self.skipTest(f"{name}: {package} {msgrpriv_workarounds.version(package)} is newer than {newest}, "
                          "the newest known to have the bug; the workaround is off")

    def still_needed(self, name, found):
        what, report, package, _ = msgrpriv_workarounds.WORKAROUNDS[name]
        self.assertTrue(found, f"{package} {msgrpriv_workarounds.version(package)} no longer has the bug '{what}': "
                               f"narrow the gate of '{name}' in docs/_ext/msgrpriv_workarounds.py ({report})")

    def test_breathe_still_puts_blocks_in_paragraphs(self):
        self.gate("blocks-in-paragraphs")
        found = 0
        for text in self.html.values():
            parser = BlocksInParagraphs()
            parser.feed(text)
            found += parser.found
        self.still_needed("blocks-in-paragraphs", found)

    def test_breathe_still_repeats_section_title_ids(self):
        self.gate("repeated-section-ids")
        found = []
        for path, text in self.html.items():
            ids = re.findall(r'<p class="[^"]*breathe-sectiondef-title[^"]*" id="([^"]+)"', text)
            found += [(path, i) for i in set(ids) if ids.count(i) > 1]
        self.still_needed("repeated-section-ids", found)

    def test_furo_still_gives_a_tables_ids_to_its_wrapper(self):
        self.gate("table-ids-twice")
        found = [path for path, text in self.html.items()
                 if re.search(r'<div class="table-wrapper[^"]*" id="([^"]+)">\s*<table[^>]*id="\1"', text)]
        self.still_needed("table-ids-twice", found)


if __name__ == "__main__":
    unittest.main(verbosity=2)
