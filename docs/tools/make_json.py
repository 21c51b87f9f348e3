"""Writes msgrpriv.json, the machine-readable inventory of every enumeration,
from Doxygen's XML (its format: docs/json.rst).

Usage: make_json.py <doxygen-xml-dir> <msgrpriv.h> <version> <output.json>
"""
import json
import sys

from doxygen_model import DoxygenError, HeaderDocs


def write(header, version, output):
    """Writes the inventory of header (a HeaderDocs) to output."""
    with open(output, "w", encoding="utf-8") as out:
        json.dump(header.as_json(version), out, indent=2, ensure_ascii=False)
        out.write("\n")


def main(xml_dir, header_path, version, output):
    try:
        header = HeaderDocs(xml_dir, header_path)
    except DoxygenError as error:
        sys.exit(f"make_json.py: {error}")
    write(header, version, output)


if __name__ == "__main__":
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    main(*sys.argv[1:])
