#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The look-up's one table, cases.json: inputs and the answers the decoder
example (examples/decode.c), the site's search box and its look-up page
(docs/_static/msgrpriv_search.js) must give. Read by the decoder's runs
(decode_runs.cmake), the browser test (tests/browser/lookup.test.mjs) and the
docs test of lookup.html (tests/docs/test_reference_html.py, LookupPage).

This file checks the table itself against Microsoft's pages (the fixtures,
never the header): each constant's type, value and meaning; that each
reading finds every constant, and every combination of flags, that has its
value (or its name), and no other; each heading; and each message, with the
values the constants have. Nothing here names an enumeration.

    python3 lookup_table.py      # prints what disagrees; exit status 1 if anything does
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "cases.json")
SPACES = " \t\n\v\f\r"  # C's isspace in the "C" locale, and what the site trims
FORMS = {"decimal": "decimal", "hex": "hex", "name": "a name"}


def load(path=TABLE):
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def source_pages():
    sys.path.insert(0, os.path.join(HERE, os.pardir, "fixtures"))
    import source_pages as pages  # noqa: E402 (a path of this project)
    return pages.load()


def value_text(value):
    """A value as every answer shows it: HRESULT-style ones (severity bit set)
    in hex with the signed HRESULT and its parts, others in decimal and hex."""
    if value >= 1 << 31:
        return (f"0x{value:x}, HRESULT {value - (1 << 32)} (severity {value >> 31}, "
                f"facility 0x{(value >> 16) & 0x7FF:x}, code 0x{value & 0xFFFF:x})")
    return f"{value} (0x{value:x})"


def heading(text, reading):
    """The line that says how an input was read: "81000614 read as hex: ..."."""
    line = f"{text} read as {FORMS[reading['as']]}"
    if "value" in reading:
        line += ": " + value_text(int(reading["value"], 16))
    return line


def ranges(values):
    """The values as runs, as the answers list them: "0-7, 0x81000601-0x81000619 and ..."."""
    def shown(value):
        return f"0x{value:x}" if value >= 1 << 31 else str(value)

    runs = []
    for value in sorted(set(values)):
        if runs and value == runs[-1][1] + 1:
            runs[-1][1] = value
        else:
            runs.append([value, value])
    parts = [shown(a) + (f"-{shown(b)}" if b != a else "") for a, b in runs]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def is_flags(page):
    """A type whose constants are flags: 0 and single bits."""
    values = [c.value for c in page.constants]
    return 0 in values and all(v & (v - 1) == 0 for v in values)


def answers(pages, value):
    """What a number finds, in the header's order: every constant with the value,
    and, in a type of flags without one, the flags that make it up ("A|B")."""
    found = []
    for page in pages:
        same = [c.name for c in page.constants if c.value == value]
        flags = [c for c in page.constants if c.value and value & c.value == c.value]
        if not same and is_flags(page) and value & (value - 1) and sum(c.value for c in flags) == value:
            same = ["|".join(c.name for c in flags)]
        found += same
    return found


def problems(table, pages, complete=True):
    """What in the table disagrees with the pages. complete=False checks only
    what an added enumeration cannot change: the readings that find
    something (a reading that finds nothing, and the values the messages
    list, are left to the complete check)."""
    found = []
    by_name = {c.name: (page, c) for page in pages for c in page.constants}
    for name, entry in table["constants"].items():
        page, constant = by_name.get(name, (None, None))
        if constant is None:
            found.append(f"constants: {name} is on no page")
        elif (page.type, constant.value, constant.meaning) != (entry["type"], int(entry["value"], 16), entry["meaning"]):
            found.append(f"constants: {name} is {page.type}, {constant.value:#x}: {constant.meaning!r} on its page")
    every_value = [c.value for page in pages for c in page.constants]
    for case in table["cases"]:
        where = f"input {case['input']!r}"
        text = case["input"].strip(SPACES)
        readings = case["readings"]
        for reading in readings:
            if heading(text, reading) != reading["heading"]:
                found.append(f"{where}: heading should be {heading(text, reading)!r}")
            for shown in reading["constants"]:
                if any(name not in table["constants"] for name in shown.split("|")):
                    found.append(f"{where}: {shown} is not in the table's constants")
            if not reading["constants"] and not complete:
                continue
            if reading["as"] == "name":
                named = [c for c in by_name.values() if c[1].name.upper() == text.upper()]
                expected = [c.name for _, c in named]
                if named and reading.get("value") != f"0x{named[0][1].value:x}":
                    found.append(f"{where}: {text} has the value {named[0][1].value:#x}")
            else:
                expected = answers(pages, int(reading["value"], 16))
            if reading["constants"] != expected:
                found.append(f"{where}: the pages give {expected} for the {reading['as']} reading")
        matched = [bool(r["constants"]) for r in readings]
        if matched != sorted(matched, reverse=True):
            found.append(f"{where}: the readings that find something come first")
        expected_exit = 0 if any(matched) else 1 if readings else 2
        if case["exit"] != expected_exit:
            found.append(f"{where}: exit should be {expected_exit}")
        message = case.get("message")
        if expected_exit == 0 and message is not None:
            found.append(f"{where}: a match has no message")
        elif expected_exit == 2 and not message:
            found.append(f"{where}: no message")
        elif expected_exit == 1 and readings[0]["as"] == "name":
            if message != f"no constant of msgrpriv.h is named '{text}'":
                found.append(f"{where}: message {message!r}")
        elif expected_exit == 1:
            either = ", read as decimal or as hex" if len(readings) == 2 else ""
            start = f"no constant of msgrpriv.h has the value {text}{either} (they have "
            if not message.startswith(start) or not message.endswith(")"):
                found.append(f"{where}: message should start {start!r}")
            elif complete and message[len(start):-1] != ranges(every_value):
                found.append(f"{where}: the constants have the values {ranges(every_value)}")
    return found


def main():
    found = problems(load(), source_pages())
    for problem in found:
        print(f"{TABLE}: {problem}", file=sys.stderr)
    print(f"{len(load()['cases'])} cases, {'problems: ' + str(len(found)) if found else 'agree with the pages'}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
