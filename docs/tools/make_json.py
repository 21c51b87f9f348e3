"""Writes session_state.json, the machine-readable inventory, from Doxygen's XML.

Usage: make_json.py <doxygen-xml-dir> <output.json>
"""
import json
import sys

from doxygen_model import DoxygenError, SessionStateDocs


def main(xml_dir, output):
    try:
        data = SessionStateDocs(xml_dir).as_json()
    except DoxygenError as error:
        sys.exit(f"make_json.py: {error}")
    with open(output, "w", encoding="utf-8") as out:
        json.dump(data, out, indent=2, ensure_ascii=False)
        out.write("\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
