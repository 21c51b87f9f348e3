# The smallest project that shows the bugs docs/msgrpriv_docs/fixes.py works around, built with
# Breathe and furo alone (tests/docs/test_workarounds.py passes the XML folder).
# SPDX-License-Identifier: MIT
extensions = ["breathe"]
breathe_projects = {"msgrpriv": ""}
breathe_default_project = "msgrpriv"
breathe_domain_by_extension = {"h": "c", "hpp": "cpp"}
html_theme = "furo"
