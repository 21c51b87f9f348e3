"""Which workarounds for other projects' bugs apply: each is gated on the
versions known to have its bug, and `-D msgrpriv_workarounds_off=all` (or a
comma-separated list of names) turns them off, so that a test can show each
bug still happens where its gate says so (tests/docs/test_workarounds.py).
When a newer version fixes one, that test fails and says to narrow the gate.

Each entry: name -> (what the bug is, where to report it, the package and the
newest version seen with the bug).
"""

import importlib.metadata
import re

WORKAROUNDS = {
    "blocks-in-paragraphs": ("Breathe puts block elements (a @deprecated note's list, a nested paragraph) "
                             "inside a paragraph: invalid HTML, a sentence cut in two",
                             "https://github.com/breathe-doc/breathe/issues", "breathe", "4.35.0"),
    "repeated-section-ids": ("Breathe gives every section title of a name ('Functions') the same id",
                             "https://github.com/breathe-doc/breathe/issues", "breathe", "4.35.0"),
    "table-ids-twice": ("Furo wraps a table and copies its ids onto the wrapper: every id twice",
                        "https://github.com/pradyunsg/furo/issues", "furo", "2024.8.6"),
}


def version(package):
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "0"


def _numbers(text):
    return tuple(int(n) for n in re.findall(r"\d+", text)[:3])


def gated(name):
    """Whether the installed version of the package is one known to have the bug."""
    _, _, package, newest = WORKAROUNDS[name]
    return _numbers(version(package)) <= _numbers(newest)


def applies(config, name):
    off = config.msgrpriv_workarounds_off
    turned_off = off == "all" or name in [n.strip() for n in off.split(",")]
    return gated(name) and not turned_off


def setup(app):
    app.add_config_value("msgrpriv_workarounds_off", "", "env")
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
