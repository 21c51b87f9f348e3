"""Writes msgrpriv.devhelp2, the index by which GNOME Devhelp and Builder list
the HTML reference as a book: every page (its title, from objects.inv's
std:doc entries) and every C and C++ symbol (its kind, name and anchor).

sphinxcontrib.devhelp writes the older, gzipped .devhelp index instead of a
.devhelp2, so the book's index is written here, from the HTML build's own
inventory.

Usage: devhelp.py <html-dir> <version>
"""

import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import inventory  # noqa: E402

NAMESPACE = "http://www.devhelp.net/book"
# Sphinx role -> Devhelp keyword type.
KINDS = {"c:function": "function", "c:macro": "macro", "c:type": "typedef", "c:enum": "enum",
         "c:enumerator": "enum", "cpp:function": "function", "cpp:class": "struct",
         "cpp:member": "member", "cpp:type": "typedef", "cpp:enum": "enum", "cpp:enumerator": "enum"}


def book(html_dir, version, title):
    _, entries = inventory.read(os.path.join(html_dir, "objects.inv"))
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}book", title=title, name="msgrpriv", link="index.html",
                      version="2", language="c", author="msgrpriv contributors")
    chapters = ET.SubElement(root, f"{{{NAMESPACE}}}chapters")
    pages = sorted((uri, shown) for _, role, _, uri, shown in entries if role == "std:doc")
    for uri, shown in pages:
        if uri != "index.html":
            ET.SubElement(chapters, f"{{{NAMESPACE}}}sub", name=shown, link=uri)
    functions = ET.SubElement(root, f"{{{NAMESPACE}}}functions")
    for name, role, _, uri, _ in sorted(entries, key=lambda e: (e[0], e[1])):
        if role in KINDS:
            ET.SubElement(functions, f"{{{NAMESPACE}}}keyword", type=KINDS[role], name=name, link=uri)
    ET.indent(root)
    return ET.ElementTree(root)


def write(html_dir, version, title="msgrpriv: Windows Messenger Service Enumerations"):
    book(html_dir, version, title).write(os.path.join(html_dir, "msgrpriv.devhelp2"), encoding="utf-8",
                                          xml_declaration=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    write(*sys.argv[1:])
