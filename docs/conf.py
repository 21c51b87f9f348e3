# Sphinx configuration. Holds no machine paths: docs/tools/build_docs.py passes
# the Doxygen XML folder as -D breathe_projects.msgrpriv=<dir>, and the version
# CMake read from the header (MSGRPRIV_VERSION_*) as -D version and release.
import glob
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "_ext"))

project = "msgrpriv"
author = "msgrpriv contributors"
# Shown in every page's footer and in each man page's COPYRIGHT section (for
# the man pages, docs/tools/build_docs.py passes it as msgrpriv_attribution).
copyright = ("msgrpriv contributors, MIT License. Quoted documentation text: Microsoft Corporation, "
             "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), from Microsoft's Windows Messenger "
             "pages on learn.microsoft.com, unchanged but for the name SF_INVITEE and, in the compiler's "
             "diagnostic, the name of each type")

extensions = ["breathe", "sphinx_copybutton", "msgrpriv_reference", "msgrpriv_examples", "msgrpriv_furo",
              "msgrpriv_benchmarks", "msgrpriv_man", "msgrpriv_breathe", "msgrpriv_freshness", "msgrpriv_workarounds"]

breathe_projects = {"msgrpriv": ""}
breathe_default_project = "msgrpriv"
breathe_domain_by_extension = {"h": "c", "hpp": "cpp"}
breathe_show_enumvalue_initializer = True
# No "#include <msgrpriv.hpp>" line on each class: every page says which header.
breathe_show_include = False

primary_domain = "c"
highlight_language = "c"
nitpicky = True
# The C++ helpers' internal namespace is not documented: signatures that name
# its types show them as plain text.
nitpick_ignore_regex = [("cpp:identifier", r"(detail|enumeration<E>)(::.*)?")]

templates_path = ["_templates"]
# Compile the theme's templates once per build folder (docs/_ext/msgrpriv_templates.py).
template_bridge = "msgrpriv_templates.CachedTemplates"
exclude_patterns = []
html_theme = "furo"
html_title = "msgrpriv: Windows Messenger Service Enumerations"
html_static_path = ["_static"]
html_search_scorer = os.path.join(HERE, "search_scorer.js")  # relative paths are taken from the cwd
html_css_files = ["msgrpriv.css"]
html_js_files = ["msgrpriv.js", "msgrpriv_search.js"]
# Code colours that meet WCAG AA contrast (checked by axe in tests/browser).
pygments_style = "xcode"
pygments_dark_style = "github-dark"
# Debian's furo.css imports /javascript/normalize.css/normalize.css, a path
# only Debian's web server has; CMake passes Debian's copy of that file here
# and the extension puts its rules in place of the import.
msgrpriv_normalize_css = ""
html_last_updated_fmt = None
html_show_sourcelink = False
html_copy_source = False

# Copy only the code: no prompts or output markers to strip.
copybutton_exclude = ".linenos, .gp"

# A man page (section 3) for each enumeration's reference page, named by its
# type (the page's title up to " enumeration"), and one for the C helpers.
man_pages = [("api/c", "msgrpriv", "msgrpriv C helpers for the Service Enumerations of Msgrpriv.h", [], 3)]
for _page in sorted(glob.glob(os.path.join(HERE, "reference", "*.rst"))):
    with open(_page, encoding="utf-8") as _stream:
        _title = _stream.readline().strip()
    if _title.endswith(" enumeration"):
        _type = _title[: -len(" enumeration")]
        man_pages.append((os.path.relpath(_page, HERE)[:-4], _type,
                          f"{_type} enumeration (Msgrpriv.h, deprecated)", [], 3))
man_show_urls = True
msgrpriv_attribution = copyright
