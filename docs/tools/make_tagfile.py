"""Writes a Doxygen tag file whose links point at this Sphinx site.

Doxygen's own tag file names its HTML pages, which this package does not
build; this keeps its members (types, argument lists) and re-points each one
at the page and anchor that objects.inv gives it. A member with no page
fails the build, naming it, so the tag file cannot silently rot.

Usage: make_tagfile.py <doxygen.tag> <objects.inv> <output.tag>
"""
import sys
import xml.etree.ElementTree as ET

import inventory

# Doxygen member kind -> Sphinx object type, per compound kind.
C_ROLES = {"define": "c:macro", "function": "c:function", "typedef": "c:type",
           "enumeration": "c:enum", "enumvalue": "c:enumerator"}
CPP_ROLES = {"function": "cpp:function", "variable": "cpp:member", "typedef": "cpp:type"}
COMPOUND_ROLES = {"namespace": "cpp:type", "struct": "cpp:class", "class": "cpp:class"}


def split(uri):
    page, _, anchor = uri.partition("#")
    return page, anchor


def retarget(tag_root, uris):
    missing = []
    namespaces = [c.findtext("name") for c in tag_root.findall("compound") if c.get("kind") == "namespace"]
    for compound in tag_root.findall("compound"):
        kind = compound.get("kind")
        scope = compound.findtext("name")
        path = compound.find("path")
        if path is not None:
            compound.remove(path)  # a machine path; nothing links to it
        if kind in COMPOUND_ROLES:
            uri = uris.get((COMPOUND_ROLES[kind], scope))
            if uri is None:
                missing.append(f"{kind} {scope}")
                continue
            compound.find("filename").text = split(uri)[0]
        for member in compound.findall("member"):
            name = member.findtext("name")
            if kind == "file" and any((CPP_ROLES.get(member.get("kind")), f"{ns}::{name}") in uris
                                      for ns in namespaces):
                compound.remove(member)  # a C++ member: its namespace lists it
                continue
            if kind == "file":
                key = (C_ROLES.get(member.get("kind")), name)
            else:
                key = (CPP_ROLES.get(member.get("kind")), f"{scope}::{name}")
            uri = uris.get(key)
            if uri is None:
                if name.startswith("operator"):
                    compound.remove(member)  # documented with its class
                    continue
                missing.append(f"{member.get('kind')} {key[1]}")
                continue
            page, anchor = split(uri)
            member.find("anchorfile").text = page
            member.find("anchor").text = anchor
        if kind == "file":
            pages = [m.findtext("anchorfile") for m in compound.findall("member")]
            pages += [split(uris[("cpp:type", ns)])[0] for ns in namespaces if ("cpp:type", ns) in uris]
            compound.find("filename").text = pages[0] if pages else "index.html"
    return missing


def main(doxygen_tag, objects_inv, output):
    tree = ET.parse(doxygen_tag)
    missing = retarget(tree.getroot(), inventory.uris(objects_inv))
    if missing:
        sys.exit("make_tagfile.py: no page in objects.inv for: " + ", ".join(missing))
    tree.write(output, encoding="UTF-8", xml_declaration=True)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
