#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""The look-up's one table, cases.json: inputs and the answers the decoder
example (examples/decode.c), the site's search box and its look-up page
(docs/_static/msgrpriv_search.js) must give. Read by the decoder's runs
(decode_runs.cmake), the browser test (tests/browser) and the docs test of
lookup.html (tests/docs/test_reference_html.py, LookupPage).

This file is the table's oracle: from each input alone it works out the
whole answer, by the rules in the table's "about" (its own reading of them,
written apart from the three readers), with every constant, type, value and
meaning taken from Microsoft's pages (the fixtures' parser, never the
header), and reports where the table says otherwise. Nothing here names an
enumeration.

It reads every type of the four headers' pages (load_all) and every
unsupported enumeration's page. A table answers with the types it lists (the
package's), and every unsupported type by its name.

    ctest --test-dir build -L lookup    # prints what disagrees; fails if anything does
    PYTHONPATH=tests/fixtures /usr/bin/python3 tests/lookup/lookup_table.py --answer T
                                        # the answer to the text T, as a case of the table
"""

import dataclasses
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "cases.json")
SPACES = " \t\n\v\f\r"  # C's isspace in the "C" locale
TOO_BIG = "is out of range: every constant fits in 32 bits"

# A word, with the sign before it when no letter, digit or underscore comes
# just before the sign.
WORD = re.compile(r"(?:(?<![A-Za-z0-9_])([+-]))?([A-Za-z0-9_]+)")
SUFFIX = r"(?:[uU][lL]{0,2}|[lL]{1,2}[uU]?)?"  # C's integer suffixes: 0x81000614L, 6u
HEX = re.compile(r"0[xX]([0-9A-Fa-f]+)" + SUFFIX)
DIGITS = re.compile(r"([0-9][0-9A-Fa-f]*)" + SUFFIX)
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def load(path=TABLE):
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def source_pages():
    """Every type's page, then every unsupported enumeration's page (no constants)."""
    import source_pages as pages  # tests/fixtures, on the tests' PYTHONPATH
    source = pages.load_all()
    return [as_32_bits(page) for page in source.types] + [page for page in source.enumerations if page.unsupported]


def as_32_bits(page):
    """A page with each value as its 32 bits, as a reader's number is read: -1
    (MCONTACTPROP_INVALID_PROPERTY) is 0xffffffff, as -2130704876 is 0x81000614."""
    constants = [dataclasses.replace(c, value=c.value & 0xFFFFFFFF, source_value=c.source_value & 0xFFFFFFFF)
                 for c in page.constants]
    return dataclasses.replace(page, constants=constants)


def in_scope(table, pages):
    """The pages a table answers with: its types', and every unsupported type's."""
    return [page for page in pages if page.type in table["types"] or page.unsupported]


def header_of(page):
    """The header a page names, as the package spells it (lower case); None
    where it names none (some unsupported types' pages)."""
    return next((value.lower() for name, value in page.requirements if name == "Header"), None)


def value_text(value):
    """A value as every answer shows it: HRESULT-style ones (severity bit set, or
    a facility: MSGR_S_* are success codes) in hex with the signed HRESULT and
    its parts, others in decimal and hex."""
    if value >= 1 << 16:
        signed = value - (1 << 32) if value >= 1 << 31 else value
        return (f"0x{value:x}, HRESULT {signed} (severity {value >> 31}, "
                f"facility 0x{(value >> 16) & 0x7FF:x}, code 0x{value & 0xFFFF:x})")
    return f"{value} ({hex(value)})"  # -1 (-0x1)


def ranges(values):
    """The values as runs, as the answers list them: "0-7, 0x81000601-0x81000619 and ..."."""
    def shown(value):
        return f"0x{value:x}" if value >= 1 << 16 else str(value)

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


def in_header_order(pages, headers):
    """The pages with constants grouped by header, in the table's order of
    headers; within one, in the pages' order."""
    return sorted((page for page in pages if page.constants), key=lambda page: headers.index(header_of(page)))


def found_by_value(pages, value, headers):
    """(every constant with the value and, in a type of flags without one, the
    flags that make it up ("A|B"), grouped by header, in the pages' order;
    the constants among them found by the value their page writes, where the
    package has another)."""
    found, by_page_value = [], []
    for page in in_header_order(pages, headers):
        same = [c.name for c in page.constants if c.value == value]
        flags = [c for c in page.constants if c.value and value & c.value == c.value]
        if not same and is_flags(page) and value & (value - 1) and sum(c.value for c in flags) == value:
            same = ["|".join(c.name for c in flags)]
        written = [c.name for c in page.constants if c.source_value == value != c.value]
        found += same + written
        by_page_value += written
    return found, by_page_value


def readings_of(sign, word):
    """[(form, value or None when past 32 bits)] of one word; [] when it is no number."""
    if match := HEX.fullmatch(word):
        value = int(match.group(1), 16)
        return [("hex", value if value < 1 << 32 else None)]
    match = DIGITS.fullmatch(word)
    if not match:
        return []
    digits = match.group(1)
    if sign:
        number = int(digits)
        if sign == "-":
            return [("decimal", (1 << 32) - number if 0 < number <= 1 << 31 else 0 if number == 0 else None)]
        return [("decimal", number if number < 1 << 32 else None)]
    forms = []
    if digits.isdigit():
        forms.append(("decimal", int(digits)))
    if int(digits, 16) != (int(digits) if digits.isdigit() else None):
        forms.append(("hex", int(digits, 16)))
    fitting = [(form, value) for form, value in forms if value < 1 << 32]
    return fitting or [("decimal" if digits.isdigit() else "hex", None)]


def tokens(text):
    """The words of text that are read, each once, in order: (text read, [(form, value)])
    for a number, (text, "name") for a name."""
    found, seen = [], set()
    for sign, word in WORD.findall(text):
        match = DIGITS.fullmatch(word)
        if not (match and match.group(1).isdigit()):
            sign = ""  # a sign before anything but decimal digits is no sign
        read = readings_of(sign, word)
        shown = sign + word
        if shown in seen:
            continue
        if read:
            found.append((shown, read))
        elif NAME.fullmatch(word):
            found.append((word, "name"))
        else:
            continue
        seen.add(shown)
    return found


def answer(text, pages, headers):
    """The answer to text, as a case of the table: readings, exit and message."""
    text = text.strip(SPACES)
    by_name = {c.name.upper(): (page, c) for page in pages for c in page.constants}
    types = {page.type.upper(): page for page in pages}
    words = tokens(text)
    lone = len(WORD.findall(text)) == 1
    readings, unmatched_number, too_big = [], False, False
    for shown, read in words:
        if read == "name":
            upper = shown.upper()
            if upper in by_name:
                value = by_name[upper][1].value
                readings.append({"text": shown, "as": "name", "value": f"0x{value:x}",
                                 "heading": f"{shown} read as a name: {value_text(value)}",
                                 "constants": [by_name[upper][1].name]})
            elif upper in types:
                readings.append({"text": shown, "as": "name", "heading": f"{shown} read as a name",
                                 "constants": [], "types": [types[upper].type]})
            elif lone:  # the text's one word, no number: a name, even no constant's
                readings.append({"text": shown, "as": "name", "heading": f"{shown} read as a name",
                                 "constants": []})
            continue
        if any(value is None for _, value in read):
            too_big = True
            readings.append({"text": shown, "as": "out of range", "heading": f"{shown} {TOO_BIG}", "constants": []})
            continue
        found = [(form, value, *found_by_value(pages, value, headers)) for form, value in read]
        for form, value, constants, by_page_value in found:
            if constants:
                readings.append({"text": shown, "as": form, "value": f"0x{value:x}",
                                 "heading": f"{shown} read as {form}: {value_text(value)}", "constants": constants,
                                 **({"page_values": by_page_value} if by_page_value else {})})
        missed = [form for form, _, constants, _ in found if not constants]
        if missed:
            readings.append({"text": shown, "as": " or ".join(missed),
                             "heading": f"{shown} read as " + " or as ".join(missed), "constants": []})
            unmatched_number |= len(missed) == len(found)
    case = {"readings": readings}
    unmatched = unmatched_number or any(r["as"] == "name" and not r["constants"] and not r.get("types")
                                        for r in readings)
    if not text:
        case.update(exit=2, message="an empty argument holds nothing to look up")
    elif not readings:
        case.update(exit=2, message=f"'{text}' holds no number and no name of a constant")
    else:
        case["exit"] = 2 if too_big else 1 if unmatched else 0
    if unmatched_number:
        every_value = [c.value for page in pages for c in page.constants]
        case["message"] = f"the constants have the values {ranges(every_value)}"
    return case


def type_entry(page):
    """A type as the table lists it: its header and how many constants it has,
    or, unsupported, the page's sentence saying so."""
    if page.unsupported:
        return {"header": header_of(page), "unsupported": page.unsupported}
    return {"header": header_of(page), "constants": len(page.constants)}


def constant_entry(page, constant):
    entry = {"type": page.type, "value": f"0x{constant.value:x}", "meaning": constant.meaning}
    if constant.source_value != constant.value:
        entry["page_value"] = constant.literal  # as the page writes it: MSGR_E(0x0086)
    return entry


def problems(table, pages, complete=True):
    """What in the table disagrees with the pages: its headers (each with
    every type whose page names it, where complete), its types and
    constants, and each case's answer, worked out from the pages of its
    types (an enumeration the table does not list cannot change it) and the
    unsupported ones."""
    found = []
    headers = table["headers"]
    missing = [page.type for page in pages if not page.unsupported and header_of(page) in headers
               and page.type not in table["types"]]
    if complete and missing:
        found.append(f"types: {', '.join(missing)} of its headers are not in the table")
    pages = in_scope(table, pages)
    if set(headers) != {header_of(page) for page in pages if not page.unsupported}:
        found.append(f"headers: {headers}, but its types' pages name {sorted({header_of(p) for p in pages})}")
        return found
    by_name = {c.name: (page, c) for page in pages for c in page.constants}
    for name, entry in table["constants"].items():
        page, constant = by_name.get(name, (None, None))
        if constant is None:
            found.append(f"constants: {name} is on no page")
        elif constant_entry(page, constant) != entry:
            found.append(f"constants: {name} is {constant_entry(page, constant)} on its page")
    types = {page.type: type_entry(page) for page in pages}
    for type_name, entry in table["types"].items():
        if types.get(type_name) != entry:
            found.append(f"types: {type_name} is {types.get(type_name)} on its page")
    for case in table["cases"]:
        where = f"input {case['input']!r}"
        for reading in case["readings"]:
            for shown in reading["constants"]:
                if any(name not in table["constants"] for name in shown.split("|")):
                    found.append(f"{where}: {shown} is not in the table's constants")
            for type_name in reading.get("types", []):
                if type_name not in table["types"]:
                    found.append(f"{where}: {type_name} is not in the table's types")
            for name in reading.get("page_values", []):
                if name not in reading["constants"] or "page_value" not in table["constants"].get(name, {}):
                    found.append(f"{where}: {name} is found by no value its page writes")
        expected = answer(case["input"], pages, headers)
        got = {key: case.get(key) for key in ("readings", "exit", "message")}
        if got != {key: expected.get(key) for key in got}:
            found.append(f"{where}: the pages give {json.dumps(expected)}")
    return found


def main(argv):
    pages = source_pages()
    if argv[1:2] == ["--answer"]:
        table = load(TABLE)
        for text in argv[2:]:
            print(json.dumps({"input": text, **answer(text, in_scope(table, pages), table["headers"])},
                             ensure_ascii=False))
        return 0
    found = problems(load(TABLE), pages)
    for problem in found:
        print(f"{TABLE}: {problem}", file=sys.stderr)
    print(f"cases.json: {len(load(TABLE)['cases'])} cases, "
          f"{'problems: ' + str(len(found)) if found else 'agree with the pages'}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
