"""Fails, naming the symbol, unless the enum, the typedef, every enumerator
and every function in Doxygen's XML has a description, and every function
documents each parameter and its return value. Doxygen 1.9.4 checks none of
the enumerators and reports false positives for parameters, so this is the
check.

Usage: check_doxygen_xml.py <doxygen-xml-dir>
"""
import sys

from doxygen_model import DoxygenError, SessionStateDocs, text_of


def problems(model):
    found = []
    for member, kind in ((model.enum_member, "enum"), (model.typedef_member, "typedef")):
        if not text_of(member.find("briefdescription")):
            found.append(f"{kind} {member.findtext('name')} has no description")
    if not model.deprecation:
        found.append(f"typedef {model.typedef_member.findtext('name')} has no @deprecated text")
    for constant in model.constants:
        if not constant.meaning:
            found.append(f"enumerator {constant.name} has no description")
    for function in model.functions():
        if not function.brief:
            found.append(f"function {function.name} has no description")
        for param in function.params:
            if param not in function.documented_params:
                found.append(f"function {function.name}: parameter '{param}' is not documented")
        if not function.returns_void and not function.returns:
            found.append(f"function {function.name}: return value is not documented")
    return found


def main(xml_dir):
    try:
        found = problems(SessionStateDocs(xml_dir))
    except DoxygenError as error:
        found = [str(error)]
    for problem in found:
        print(f"check_doxygen_xml: {problem}", file=sys.stderr)
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
