# Sphinx configuration. Holds no machine paths: CMake passes the Doxygen XML
# folder as -D breathe_projects.msgrpriv=<dir>.
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "_ext"))

project = "msgrpriv"
author = "msgrpriv contributors"
copyright = "msgrpriv contributors"
version = release = "1.0.0"

extensions = ["breathe", "sphinx_copybutton", "msgrpriv_reference"]

breathe_projects = {"msgrpriv": ""}
breathe_default_project = "msgrpriv"
breathe_domain_by_extension = {"h": "c", "hpp": "cpp"}
breathe_show_enumvalue_initializer = True

primary_domain = "c"
highlight_language = "c"
nitpicky = True

templates_path = []
exclude_patterns = []
html_theme = "furo"
html_title = "msgrpriv: SESSION_STATE reference"
html_static_path = ["_static"]
html_css_files = ["msgrpriv.css"]
html_js_files = ["msgrpriv.js"]
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

man_pages = [
    ("reference/session_state", "SESSION_STATE", "SESSION_STATE enumeration (Msgrpriv.h, deprecated)",
     [author], 3),
    ("api/c", "msgrpriv", "msgrpriv C helpers for SESSION_STATE", [author], 3),
]
man_show_urls = True
