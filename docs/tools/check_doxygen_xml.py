"""Fails, naming the symbol, unless every enumeration in Doxygen's XML has a
summary, a @deprecated text and a source page, every constant a meaning, and
every function a description, each parameter and its return value. Doxygen
1.9.4 does not require a comment on each enumerator and reports false
positives for parameters, so this is the check.

Usage: check_doxygen_xml.py <doxygen-xml-dir> <msgrpriv.h>
"""
import sys

from doxygen_model import DoxygenError, HeaderDocs


def problems(header):
    found = []
    for enumeration in header.enumerations:
        if not enumeration.summary:
            found.append(f"typedef {enumeration.type_name} has no description")
        if not enumeration.deprecation:
            found.append(f"typedef {enumeration.type_name} has no @deprecated text")
        for constant in enumeration.constants:
            if not constant.meaning:
                found.append(f"enumerator {constant.name} of {enumeration.tag} has no meaning (its /**< */ comment)")
    for function in header.functions():
        if not function.brief:
            found.append(f"function {function.name} has no description")
        for param in function.params:
            if param not in function.documented_params:
                found.append(f"function {function.name}: parameter '{param}' is not documented")
        if not function.returns_void and not function.returns:
            found.append(f"function {function.name}: return value is not documented")
    return found


def check(xml_dir, header_path):
    """Prints every problem and exits with 1 when there is one; else returns
    the header's model, for the steps that follow."""
    header = None
    try:
        header = HeaderDocs(xml_dir, header_path)
        found = problems(header)
    except DoxygenError as error:
        found = [str(error)]
    for problem in found:
        print(f"check_doxygen_xml: {problem}", file=sys.stderr)
    if found:
        sys.exit(1)
    return header


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    check(*sys.argv[1:])
