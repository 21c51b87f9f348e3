"""Other projects link into the site: a tiny Sphinx project through the
objects.inv inventory (intersphinx) and a tiny Doxygen project through the
tag file, both offline, both with every reference resolved."""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

DOCS_DIR = os.environ["MSGRPRIV_DOCS_DIR"]
INCLUDE_DIR = os.environ["MSGRPRIV_INCLUDE_DIR"]
SPHINX_BUILD = os.environ["MSGRPRIV_SPHINX_BUILD"]  # the tools CMake found
DOXYGEN = os.environ["MSGRPRIV_DOXYGEN"]
HERE = os.path.dirname(os.path.abspath(__file__))
SITE = "https://example.invalid/msgrpriv/"


def links(folder):
    found = set()
    for path, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".html"):
                with open(os.path.join(path, name), encoding="utf-8") as stream:
                    found |= set(re.findall(r'href="(' + re.escape(SITE) + r'[^"]*)"', stream.read()))
    return found


class Intersphinx(unittest.TestCase):
    def test_a_sphinx_project_resolves_every_reference(self):
        with tempfile.TemporaryDirectory() as out:
            result = subprocess.run(
                [SPHINX_BUILD, "-W", "-n", "-q", "-b", "html", os.path.join(HERE, "sphinx_project"), out],
                capture_output=True, text=True,
                env=dict(os.environ, MSGRPRIV_OBJECTS_INV=os.path.join(DOCS_DIR, "html", "objects.inv")))
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertLessEqual({SITE + "reference/session_state.html#c.SESSION_STATE",
                                  SITE + "reference/session_state.html#c.SS_DECLINED",
                                  SITE + "reference/session_state.html#c.MsgrSessionStateName",
                                  SITE + "reference/session_result.html#c.SR_SESSION_STATE_INVALID",
                                  SITE + "api/c.html#c.MSGRPRIV_ENUMERATIONS",
                                  SITE + "reference/index.html#shared-errata"}, links(out))


class DoxygenTagFile(unittest.TestCase):
    def test_a_doxygen_project_links_the_names_its_headers_use(self):
        with tempfile.TemporaryDirectory() as work:
            shutil.copy(os.path.join(HERE, "doxygen_project", "app.h"), work)
            config = (f"INPUT = app.h\nINCLUDE_PATH = {INCLUDE_DIR}\nGENERATE_HTML = YES\nGENERATE_LATEX = NO\n"
                      f"TAGFILES = {os.path.join(DOCS_DIR, 'msgrpriv.tag')}={SITE.rstrip('/')}\nQUIET = YES\n"
                      "WARN_AS_ERROR = FAIL_ON_WARNINGS\n")
            result = subprocess.run([DOXYGEN, "-"], input=config, cwd=work, capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
            self.assertLessEqual({SITE + "reference/session_state.html#c.SESSION_STATE",
                                  SITE + "reference/session_state.html#c.SS_DECLINED",
                                  SITE + "reference/session_state.html#c.MsgrSessionStateName"},
                                 links(os.path.join(work, "html")))


if __name__ == "__main__":
    unittest.main(verbosity=2)
