# Sphinx configuration. The import path of the docs' own package is set here, once. It holds no
# machine paths: the build passes the Doxygen XML folder as -D breathe_projects.msgrpriv=<dir>, the
# version CMake read from the header as -D version and release, and Debian's normalize.css.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from msgrpriv_docs.model import ATTRIBUTION  # noqa: E402 (the path just set)

project = "msgrpriv"
author = "msgrpriv contributors"
copyright = "msgrpriv contributors, MIT License. " + ATTRIBUTION

extensions = ["breathe", "msgrpriv_docs"]

breathe_projects = {"msgrpriv": ""}
breathe_default_project = "msgrpriv"
breathe_domain_by_extension = {"h": "c", "hpp": "cpp"}
breathe_show_enumvalue_initializer = True
# No "#include <msgrpriv.hpp>" line on each class: every page says which header.
breathe_show_include = False

# Microsoft's words are shown as they are: no quotes or dashes made typographic.
smartquotes = False

primary_domain = "c"
highlight_language = "c"
nitpicky = True
# The C++ helpers' internal namespace is not documented: signatures that name its types show them
# as plain text.
nitpick_ignore_regex = [("cpp:identifier", r"(detail|enumeration<E>)(::.*)?")]

templates_path = ["_templates"]
html_theme = "furo"
html_title = "msgrpriv: the Windows Messenger enumerations"
html_static_path = ["_static"]
html_search_scorer = os.path.join(os.path.dirname(os.path.abspath(__file__)), "search_scorer.js")
html_css_files = ["msgrpriv.css"]
html_favicon = "_static/favicon.svg"
html_js_files = ["msgrpriv.js", "msgrpriv_search.js"]
# Code colours that meet WCAG AA contrast (checked by axe in tests/browser).
pygments_style = "xcode"
pygments_dark_style = "github-dark"
html_show_sourcelink = False
html_copy_source = False
