# A project that links into msgrpriv's site with intersphinx, offline: the
# test passes the installed objects.inv as the inventory's file.
import os

project = "uses-msgrpriv"
extensions = ["sphinx.ext.intersphinx"]
intersphinx_mapping = {"msgrpriv": ("https://example.invalid/msgrpriv/", os.environ["MSGRPRIV_OBJECTS_INV"])}
nitpicky = True
primary_domain = "c"
