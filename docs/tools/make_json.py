"""Writes msgrpriv.json, the machine-readable inventory of every enumeration,
from Doxygen's XML (its format: docs/json.rst).

Usage: make_json.py <doxygen-xml-dir> <version> <output.json>
"""
import json
import sys

from doxygen_model import DoxygenError, HeaderDocs


def main(xml_dir, version, output):
    try:
        data = HeaderDocs(xml_dir).as_json(version)
    except DoxygenError as error:
        sys.exit(f"make_json.py: {error}")
    with open(output, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
