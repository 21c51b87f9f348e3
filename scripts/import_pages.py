#!/usr/bin/python3
"""Writes data/enumerations.toml from Microsoft's page sources (data/pages/) and the project's
decisions (data/decisions.toml): every enumeration the index pages list, with its constants,
values and words, the ones Microsoft marks unsupported, what each method, property and event
page says it returns, and where the pages disagree or err.

    /usr/bin/python3 scripts/import_pages.py          rewrite data/enumerations.toml
    /usr/bin/python3 scripts/import_pages.py --check  exit 1, showing the difference, if it is
                                                      not what the pages and decisions give
Options: --pages DIR, --decisions FILE, --output FILE (defaults: this project's).

A page or a decision that breaks a rule stops it with exit status 2 and a message naming the page
or decision and the rule; nothing is written then. Running it again on the same pages and
decisions writes the same bytes.

SPDX-License-Identifier: MIT
"""

import argparse
import difflib
import os
import re
import sys
import textwrap
import tomllib

from msgrpriv_data import DataError, evaluate, from_data
from page_reader import PageError, markdown, plain, read_page, unescape
from returned_by import Codes, read_members
from toml_writer import Hex, table_body, value as toml_value

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOT_SUPPORTED = "This enumeration is not supported."
DO_NOT_USE = "Do not use."


class Refused(Exception):
    """A page or a decision breaks a rule."""


# --- the decisions -----------------------------------------------------------------------------

DECISION_KEYS = {
    "index": ({"page", "reason"}, set()),
    "header": ({"name", "source", "reason"}, set()),
    "order": ({"first", "reason"}, set()),
    "type": ({"type", "prefix", "reason"}, {"note", "flags"}),
    "merge": ({"pages", "order", "wording", "header", "reason"}, set()),
    "rename": ({"type", "page_name", "occurrence", "value", "name", "reason"}, set()),
    "correction": ({"page", "name", "page_value", "value", "evidence", "reason"}, set()),
}


def load_decisions(path):
    with open(path, "rb") as stream:
        data = tomllib.load(stream)
    unknown = set(data) - set(DECISION_KEYS) - {"values"}
    if unknown:
        raise Refused(f"{path}: unknown decisions {sorted(unknown)}")
    decisions = {}
    for kind, (required, optional) in DECISION_KEYS.items():
        entries = data.get(kind, [])
        entries = entries if isinstance(entries, list) else [entries]
        for n, entry in enumerate(entries, 1):
            where = f"{path}: {kind} {n}"
            missing, extra = required - set(entry), set(entry) - required - optional
            if missing or extra:
                raise Refused(f"{where}: needs {sorted(required)}, may have {sorted(optional)}; "
                              f"missing {sorted(missing)}, unknown {sorted(extra)}")
            if not isinstance(entry["reason"], str) or len(entry["reason"].split()) < 3:
                raise Refused(f"{where}: every decision gives its reason, in words")
        decisions[kind] = entries
    values = data.get("values", {})
    if not isinstance(values.get("reason"), str) or len(values["reason"].split()) < 3:
        raise Refused(f"{path}: values: every decision gives its reason, in words")
    decisions["values"] = {}
    for name, entry in values.items():
        if name == "reason":
            continue
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name) or set(entry) not in ({"base", "evidence"},
                                                                          {"value", "evidence"}):
            raise Refused(f"{path}: values.{name}: a C name with base or value, and evidence")
        decisions["values"][name] = entry
    if len(decisions["order"]) != 1:
        raise Refused(f"{path}: one [order] table")
    decisions["order"] = decisions["order"][0]
    for n, entry in enumerate(decisions["type"], 1):
        if [t["type"] for t in decisions["type"]].count(entry["type"]) > 1:
            raise Refused(f"{path}: type {n}: {entry['type']} has two [[type]] tables")
    return decisions


# --- the enumeration pages ---------------------------------------------------------------------

def index_listing(page):
    """[(type, page slug)] of an index page's "In this section" list."""
    blocks = page.section("In this section")
    lists = [b for b in blocks or [] if b.kind == "list"]
    if len(lists) != 1:
        raise Refused(f"{page.file}: an index page has one list under 'In this section'")
    listing = []
    for item in lists[0].items:
        text = " ".join(b.text for b in item if b.kind == "paragraph")
        link = re.fullmatch(r"\[\*\*(.+?)\*\*\]\(([\w-]+)\.md\)", text.strip())
        if not link:
            raise Refused(f"{page.file}: an index item is not one bold link to a page: {text!r}")
        listing.append((unescape(link.group(1)), link.group(2)))
    return listing


def is_unsupported(page):
    return (not page.sections and page.banner is None and len(page.intro) == 1
            and page.intro[0].kind == "paragraph" and page.intro[0].text.strip() == NOT_SUPPORTED)


def syntax_constants(page):
    """[(name, literal or None)] and the typedef name of the Syntax block."""
    code = [b for b in page.section("Syntax") or [] if b.kind == "code"]
    match = None
    if len(code) == 1:
        match = re.fullmatch(r"typedef enum\s*\{\s*\n(.*?)\n\}\s*(\w+);", code[0].text.strip(), re.S)
    if not match:
        raise Refused(f"{page.file}: the Syntax block is not one 'typedef enum {{ ... }} Name;'")
    entries = []
    for line in match.group(1).split("\n"):
        entry = re.fullmatch(r"\s*([A-Za-z_]\w*)\s*(?:=\s*([^,\s][^,]*?))?\s*,?\s*", line)
        if not entry:
            raise Refused(f"{page.file}: a Syntax line that is not 'NAME [= VALUE],': {line!r}")
        entries.append((entry.group(1), entry.group(2)))
    return entries, match.group(2)


def described_constants(page):
    """[(name, meaning as Markdown)] of the Constants section's definition list."""
    lists = [b for b in page.section("Constants") or [] if b.kind == "dl"]
    if len(lists) != 1:
        raise Refused(f"{page.file}: the Constants section is not one definition list")
    described = []
    for term, definition in lists[0].items:
        name = re.fullmatch(r'(?:<span id="[\w]+"></span>)*\*\*(.+?)\*\*', term.strip())
        texts = [b.text for b in definition if b.kind == "paragraph"]
        if not name or len(texts) != len(definition) or not texts:
            raise Refused(f"{page.file}: a constant's term is not its bold name, or its definition is not "
                          f"paragraphs: {term!r}")
        described.append((unescape(name.group(1)), markdown(" ".join(texts))))
    return described


def requirements(page):
    rows = []
    for block in page.section("Requirements") or []:
        if block.kind == "table":
            for name, value in block.rows:
                rows.append([plain(name), plain(value)])
    return rows


def see_also(page):
    rows = []
    for block in page.section("See also") or []:
        for term, _ in block.items if block.kind == "dl" else []:
            link = re.fullmatch(r"\[(.+?)\]\(([\w-]+)\.md\)", term.strip())
            if not link:
                raise Refused(f"{page.file}: a See also item is not one link to a page: {term!r}")
            rows.append([plain(link.group(1)), link.group(2)])
    return rows


def enumeration_page(page, type_name):
    """What an enumeration page says, as written."""
    if page.title != f"{type_name} enumeration":
        raise Refused(f"{page.file}: the index lists {type_name}, the page's title is {page.title!r}")
    if page.banner is None:
        raise Refused(f"{page.file}: no bracketed banner under the title")
    paragraphs = [b.text for b in page.intro if b.kind == "paragraph"]
    summary = [p for p in paragraphs if p.startswith(DO_NOT_USE)]
    if len(summary) != 1 or len(paragraphs) != 1:
        raise Refused(f"{page.file}: the text under the banner is not one paragraph starting '{DO_NOT_USE}'")
    notes = [" ".join(p.text for p in b.blocks if p.kind == "paragraph") for b in page.intro if b.kind == "note"]
    declared, typedef = syntax_constants(page)
    described = described_constants(page)
    if [name for name, _ in declared] != [name for name, _ in described]:
        raise Refused(f"{page.file}: the Syntax block and the Constants section name different constants, "
                      "or in another order")
    remarks = [markdown(b.text) for b in page.section("Remarks") or [] if b.kind == "paragraph"]
    rows = requirements(page)
    header = [value for name, value in rows if name == "Header"]
    location = page.front.get("api_location")
    if len(header) != 1 or location != [header[0]]:
        raise Refused(f"{page.file}: the Requirements' Header ({header}) is not the front matter's "
                      f"api_location ({location})")
    return {
        "type": type_name, "page": page.slug, "file": page.file, "source_header": header[0],
        "summary": markdown(summary[0][len(DO_NOT_USE):]), "banner": page.banner,
        "page_note": markdown(" ".join(notes)) if notes else None, "remarks": remarks,
        "requirements": rows, "see_also": see_also(page), "typedef": typedef,
        "description": page.front.get("description", ""), "api_name": page.front.get("api_name"),
        "keywords": page.front.get("keywords", []), "listed": len(declared),
        "constants": [{"page_name": name, "literal": literal, "meaning": meaning}
                      for (name, literal), (_, meaning) in zip(declared, described)],
    }


# --- values ------------------------------------------------------------------------------------

def page_numbers(entry, values):
    previous = None
    for c in entry["constants"]:
        c["number"] = previous = evaluate(c["literal"], previous, values, f"{entry['file']}: {c['page_name']}")


# --- assembling --------------------------------------------------------------------------------

def apply_renames(entries_by_type, renames):
    for n, rename in enumerate(renames, 1):
        where = f"decisions: rename {n}"
        entries = entries_by_type.get(rename["type"])
        if not entries or len(entries) != 1:
            raise Refused(f"{where}: no single page lists {rename['type']}")
        found = [c for c in entries[0]["constants"] if c["page_name"] == rename["page_name"]]
        if len(found) < rename["occurrence"] or found[rename["occurrence"] - 1]["literal"] != rename["value"]:
            raise Refused(f"{where}: {entries[0]['file']} has no {rename['page_name']} = {rename['value']} as its "
                          f"name's appearance {rename['occurrence']}: the decision no longer applies")
        found[rename["occurrence"] - 1]["name"] = rename["name"]
        found[rename["occurrence"] - 1]["decision"] = rename["reason"]


def apply_corrections(entries_by_page, corrections, values):
    for n, correction in enumerate(corrections, 1):
        where = f"decisions: correction {n}"
        entry = entries_by_page.get(correction["page"])
        found = [c for c in entry["constants"] if c["page_name"] == correction["name"]] if entry else []
        if len(found) != 1 or found[0]["literal"] != correction["page_value"]:
            raise Refused(f"{where}: {correction['page']} does not give {correction['name']} = "
                          f"{correction['page_value']}: the decision no longer applies")
        found[0]["page_literal"], found[0]["page_number"] = found[0]["literal"], found[0]["number"]
        found[0]["literal"] = correction["value"]
        found[0]["number"] = evaluate(correction["value"], None, values, where)
        found[0]["decision"] = f"{correction['reason']} Evidence: {correction['evidence']}"


def merged(type_name, entries, merge):
    """One type's constants from several pages (a [[merge]] decision)."""
    by_page = {e["page"]: e for e in entries}
    if set(by_page) != set(merge["pages"]) or len(entries) != len(merge["pages"]):
        raise Refused(f"decisions: merge of {type_name}: the pages listing it are {sorted(by_page)}, "
                      f"the decision names {sorted(merge['pages'])}")
    order, wording = by_page.get(merge["order"]), by_page.get(merge["wording"])
    if order is None or wording is None:
        raise Refused(f"decisions: merge of {type_name}: order and wording name pages of the merge")
    listed = {e["page"]: {c["name"]: c for c in e["constants"]} for e in entries}
    if any(name not in listed[order["page"]] for e in entries for name in listed[e["page"]]):
        raise Refused(f"decisions: merge of {type_name}: {order['file']} does not list every name")
    for e in entries:
        names = [c["name"] for c in e["constants"]]
        if names != [n for n in (c["name"] for c in order["constants"]) if n in listed[e["page"]]]:
            raise Refused(f"decisions: merge of {type_name}: {e['file']}'s names are not in "
                          f"{order['file']}'s order")
    constants = []
    for c in order["constants"]:
        pages = [e["page"] for e in entries if c["name"] in listed[e["page"]]]
        lead = listed[wording["page"]].get(c["name"], c)
        merged_constant = dict(lead)
        for page in pages:
            other = listed[page][c["name"]]
            if other["number"] != lead["number"] and "page_literal" not in other:
                raise Refused(f"decisions: merge of {type_name}: {c['name']} has different values on "
                              f"{wording['page']} and {page}")
            if other is not lead and other["literal"] != lead["literal"] and "page_literal" not in other:
                merged_constant.setdefault("other_values", []).append({"page": page, "value": other["literal"]})
            if other is not lead and other["meaning"] != lead["meaning"]:
                merged_constant.setdefault("other_wording", []).append({"page": page, "meaning": other["meaning"]})
            for key in ("page_literal", "decision"):
                if key in other and key not in merged_constant:
                    merged_constant[key] = other[key]
        if len(pages) != len(entries):
            merged_constant["pages"] = pages
        constants.append(merged_constant)
    lead = dict(wording)
    lead["constants"] = constants
    lead["other_pages"] = [e for e in entries if e is not wording]
    return lead


def template(field, entry):
    """A banner with the type's own name as {type}: one default then serves every type."""
    escaped = entry["type"].replace("_", "\\_")
    return field.replace(f"**{escaped}**", "**{type}**", 1) if field else field


def most_common(values):
    counts = {}
    for v in values:
        counts[repr(v)] = counts.get(repr(v), 0) + 1
    best = max(counts.values())
    return next(v for v in values if counts[repr(v)] == best)


SHARED = ("banner", "requirements", "see_also")


def header_defaults(records):
    """Each shared fact once: the value most of a header's pages give; a page's own only where it
    differs."""
    defaults = {}
    for field in SHARED:
        values = [template(r[field], r) if field == "banner" else r[field] for r in records]
        defaults[field] = most_common(values)
    return defaults


# --- findings: where the pages disagree or err ------------------------------------------------

def value_gaps(entry):
    """Steps over more than 1 in a page whose values otherwise count up by 1, per form
    (MSGR_E(x), MSGR_S(x), plain numbers)."""
    gaps = []
    forms = {}
    for c in entry["constants"]:
        literal = c.get("page_literal", c["literal"]) or ""
        macro = re.fullmatch(r"(\w+)\((0[xX][0-9a-fA-F]+)\)", literal)
        form, number = (macro.group(1), int(macro.group(2), 16)) if macro else ("", c.get("page_number", c["number"]))
        if literal and (macro or re.fullmatch(r"-?(0[xX][0-9a-fA-F]+|\d+)", literal)):
            forms.setdefault(form, []).append((number, c["page_name"], literal))
    for items in forms.values():
        steps = [(a, b) for a, b in zip(items, items[1:])]
        if len(steps) >= 3 and sum(1 for a, b in steps if b[0] - a[0] == 1) * 4 >= len(steps) * 3:
            gaps += [f"{a[1]} = {a[2]}, then {b[1]} = {b[2]}" for a, b in steps if b[0] - a[0] > 1]
    return gaps


def page_findings(entries, listed_pages):
    findings = []

    def add(kind, what, pages, says):
        if pages:
            findings.append({"kind": kind, "what": what, "pages": pages, "says": says})

    syntax = {}
    for e in entries:
        if e["typedef"] != e["type"]:
            syntax.setdefault(e["typedef"], []).append(e["page"])
    for name, pages in syntax.items():
        add("typedef-name", "The Syntax block declares the type under another type's name.", pages, f"}} {name};")
    names = {}
    for e in entries:
        if e["api_name"] != [e["type"]]:
            names.setdefault(", ".join(e["api_name"] or []), []).append(e["page"])
    for name, pages in names.items():
        add("api-name", "The front matter's api_name is another type's.", pages, f"api_name: {name}")
    keywords = {}
    for slug, type_name, keys in listed_pages:
        for k in keys:
            other = re.fullmatch(r"(\S+) enumeration Windows Messenger", k)
            if other and other.group(1) != type_name:
                keywords.setdefault(k, []).append(slug)
    for k, pages in keywords.items():
        add("keyword", "The front matter's keywords name another type's enumeration.", pages, k)
    banners = {}
    for e in entries:
        named = re.search(r"\*\*(.+?)\*\*", e["banner"])
        if named and unescape(named.group(1)) != e["type"]:
            banners.setdefault(e["banner"], []).append(e["page"])
    for banner, pages in banners.items():
        add("banner-type", "The banner names another type.", pages, banner)
    for e in entries:
        full = f"{DO_NOT_USE} {plain(e['summary'])}"
        if plain(e["description"]) != full:
            add("description", "The front matter's description is not the page's summary.", [e["page"]],
                e["description"])
        counts = {}
        for c in e["constants"]:
            counts.setdefault(c["page_name"], []).append(c.get("page_literal", c["literal"]))
        for name, literals in counts.items():
            if len(literals) > 1:
                add("duplicate-name", "The page lists one name twice.", [e["page"]],
                    " and ".join(f"{name} = {v}" for v in literals))
        values = {}
        for c in e["constants"]:
            literal = c.get("page_literal", c["literal"])
            values.setdefault(c.get("page_number", c["number"]), []).append(f"{c['page_name']} = {literal}")
        for number, said in values.items():
            if len(said) > 1:
                add("duplicate-value", "The page gives two constants one value.", [e["page"]], " and ".join(said))
        for gap in value_gaps(e):
            add("value-gap", "The values, otherwise counting up by one, skip some.", [e["page"]], gap)
    return findings


def wording_findings(enumeration):
    findings = []
    for other in enumeration.get("other_pages", []):
        pages = [enumeration["page"], other["page"]]
        if other["summary"] != enumeration["summary"]:
            findings.append({"kind": "wording", "what": "The two pages of one type word its summary differently.",
                             "pages": pages, "says": f"{enumeration['summary']} | {other['summary']}"})
    for c in enumeration["constants"]:
        for o in c.get("other_wording", []):
            findings.append({"kind": "wording", "what": f"The two pages of one type word {c['name']}'s meaning "
                             "differently.", "pages": [enumeration["page"], o["page"]],
                             "says": f"{c['meaning']} | {o['meaning']}"})
    return findings


def returned_by_findings(members, constants):
    """Codes that look like a constant but are none, values that are not the named constant's,
    and names a page pairs with a value (two tables, one sentence) differently on other pages."""
    findings = []
    numbers = {c["name"]: c["number"] & 0xFFFFFFFF for c in constants}
    families = {name.split("_")[0] for name in numbers}
    pairs = {}
    for member in members:
        for row in member["rows"]:
            name = row.get("name")
            if name and "constant" not in row and name.split("_")[0] in families:
                near = [n for n in numbers if n.lower() == name.lower() or _close(n, name)]
                findings.append({"kind": "not-a-constant", "what": "A name that begins as constants' names do, but is "
                                 "none of them" + (f" (close to {', '.join(near)})" if near else "") + ".",
                                 "pages": [member["page"]], "says": name})
            value = row.get("value", "")
            number = int(value, 16) if value.startswith("0x") else int(value) if value else None
            if name in numbers and number is not None and number & 0xFFFFFFFF != numbers[name]:
                findings.append({"kind": "value", "what": f"The value given is not {name}'s.",
                                 "pages": [member["page"]], "says": f"{name} ({value})"})
        by_sentence = {}
        for row in member["rows"]:
            if row["form"] == "table":
                by_sentence.setdefault(row["sentence"], []).append(row)
        for rows in by_sentence.values():
            named = {r["name"] for r in rows if r.get("name") and not r.get("value")}
            valued = {r["value"] for r in rows if r.get("value", "").startswith("0x") and not r.get("name")}
            if len(named) == 1 and len(valued) == 1:
                pair = pairs.setdefault(named.pop(), {})
                pair.setdefault(valued.pop().lower(), []).append(member["page"])
    for name, values in sorted(pairs.items()):
        if len(values) > 1:
            findings.append({"kind": "code-pairs", "what": f"Pages give {name}'s sentence with different values "
                             "in their other table.", "pages": sorted({p for ps in values.values() for p in ps}),
                             "says": "; ".join(f"{v} ({', '.join(ps)})" for v, ps in sorted(values.items()))})
    return findings


def grouped(findings):
    """One finding per thing said, with every page that says it."""
    out = {}
    for f in findings:
        key = (f["kind"], f["what"], f["says"])
        if key in out:
            out[key]["pages"] += [p for p in f["pages"] if p not in out[key]["pages"]]
        else:
            out[key] = dict(f, pages=list(f["pages"]))
    return list(out.values())


def _close(a, b):
    """One letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


# --- the whole import --------------------------------------------------------------------------

class Pages:
    def __init__(self, folder):
        self.folder = folder
        self.cache = {}

    def __call__(self, slug):
        if slug not in self.cache:
            path = os.path.join(self.folder, slug + ".md")
            if not os.path.exists(path):
                raise Refused(f"{slug}.md: listed, but not in {self.folder}")
            self.cache[slug] = read_page(path, slug + ".md")
        return self.cache[slug]

    def all(self):
        return sorted(name[:-3] for name in os.listdir(self.folder) if name.startswith("im-") and name.endswith(".md"))


def build(pages_folder, decisions_path):
    """The data file's text, and counts for the message."""
    decisions = load_decisions(decisions_path)
    pages = Pages(pages_folder)
    indexes, unsupported, entries, listed_pages = [], [], [], []
    for n, index in enumerate(decisions["index"], 1):
        page = pages(index["page"])
        listing = index_listing(page)
        indexes.append({"page": page.slug, "title": page.title, "banner": page.banner,
                        "lists": [[name, slug] for name, slug in listing]})
        for type_name, slug in listing:
            listed = pages(slug)
            listed_pages.append((slug, type_name, listed.front.get("keywords", [])))
            if is_unsupported(listed):
                if listed.title != f"{type_name} enumeration":
                    raise Refused(f"{listed.file}: the index lists {type_name}, the page's title is {listed.title!r}")
                unsupported.append({"type": type_name, "page": slug, "index": page.slug, "text": NOT_SUPPORTED})
            elif listed.section("Constants") is not None:
                entry = enumeration_page(listed, type_name)
                entry["index"] = page.slug
                page_numbers(entry, decisions["values"])
                for c in entry["constants"]:
                    c["name"] = c["page_name"]
                entries.append(entry)
            else:
                raise Refused(f"{listed.file}: listed by {page.file}, but neither an enumeration with a "
                              f"Constants section nor one that says '{NOT_SUPPORTED}'")
    by_type, by_page = {}, {e["page"]: e for e in entries}
    for e in entries:
        by_type.setdefault(e["type"], []).append(e)
    apply_renames(by_type, decisions["rename"])
    apply_corrections(by_page, decisions["correction"], decisions["values"])
    findings = page_findings(entries, listed_pages)

    merges = {}
    for n, merge in enumerate(decisions["merge"], 1):
        types = {by_page[p]["type"] for p in merge["pages"] if p in by_page}
        if len(types) != 1:
            raise Refused(f"decisions: merge {n}: its pages are not all pages of one listed type")
        merges[types.pop()] = merge
    enumerations = []
    for type_name, type_entries in by_type.items():
        if len(type_entries) > 1:
            if type_name not in merges:
                raise Refused(f"{type_name}: listed on {len(type_entries)} pages: a [[merge]] decision says how "
                              "they make one type")
            enumeration = merged(type_name, type_entries, merges.pop(type_name))
        else:
            enumeration = type_entries[0]
            enumeration["other_pages"] = []
        enumerations.append(enumeration)
    if merges:
        raise Refused(f"decisions: merge of {sorted(merges)}: no such type is listed twice")
    for e in enumerations:
        findings += wording_findings(e)
    return assemble(decisions, indexes, enumerations, unsupported, findings, pages)


def assemble(decisions, indexes, enumerations, unsupported, findings, pages):
    headers = {h["source"]: h for h in decisions["header"]}
    names = [h["name"] for h in decisions["header"]]
    if len(set(names)) != len(names) or len(headers) != len(names):
        raise Refused("decisions: header names and sources are unique")
    types = {e["type"]: e for e in enumerations}
    prefixes = {t["type"]: t["prefix"] for t in decisions["type"]}
    for name in decisions["order"]["first"] + list(prefixes):
        if name not in types:
            raise Refused(f"decisions: {name} is no type the index pages list with constants")
    merges = {tuple(m["pages"]): m for m in decisions["merge"]}
    for e in enumerations:
        for record in [e] + e["other_pages"]:
            if record["source_header"] not in headers:
                raise Refused(f"{record['file']}: its header {record['source_header']} has no [[header]] decision")
            record["header"] = headers[record["source_header"]]["name"]
        merge = next((m for pages_, m in merges.items() if e["page"] in pages_), None)
        if merge and merge["header"] != e["header"]:
            raise Refused(f"decisions: merge of {e['type']}: header {merge['header']} is not the wording page's "
                          f"({e['header']})")
        if e["type"] not in prefixes:
            raise Refused(f"decisions: {e['type']} has no [[type]] table, with its prefix")
    # Each header's types: those of its pages, the first ones leading, then the index's order.
    order = []
    for index in indexes:
        for name, _ in index["lists"]:
            if name in types and name not in order:
                order.append(name)
    order = [t for t in decisions["order"]["first"]] + [t for t in order if t not in decisions["order"]["first"]]
    header_types = {h["name"]: [] for h in decisions["header"]}
    header_records = {h["name"]: [] for h in decisions["header"]}
    for name in order:
        for record in [types[name]] + types[name]["other_pages"]:
            header_types[record["header"]].append(name)
            header_records[record["header"]].append(record)
    for header, listed in header_types.items():
        if not listed:
            raise Refused(f"decisions: header {header}: no page names its source header")
    extra = {t["type"]: t for t in decisions["type"]}

    out = []
    for index in indexes:
        out.append(("index", index))
    defaults = {}
    for h in decisions["header"]:
        d = header_defaults(header_records[h["name"]])
        defaults[h["name"]] = d
        index = {types[t]["index"] for t in header_types[h["name"]]}
        if len(index) != 1:
            raise Refused(f"decisions: header {h['name']}: its types come from more than one index page")
        out.append(("header", {"name": h["name"], "source": h["source"], "index": index.pop(),
                               "types": header_types[h["name"]], "reason": h["reason"], **d}))
    constants_all = []
    for header in names:
        for name in header_types[header]:
            e = types[name]
            if e["header"] != header:
                continue
            record = enumeration_record(e, extra.get(name), prefixes[name], defaults)
            out.append(("enumeration", record))
            constants_all += [{"name": c["name"], "type": name, "number": c["number"]} for c in e["constants"]]
    for u in unsupported:
        out.append(("unsupported", u))
    codes = Codes(constants_all, list(types) + [u["type"] for u in unsupported])
    members, unread = read_members(pages.all(), pages, codes)
    findings = grouped(findings + returned_by_findings(members, constants_all))
    out += [("member", m) for m in members]
    out += [("finding", f) for f in findings]
    out += [("unread", u) for u in unread]
    out.append(("values", decisions["values"]))
    counts = {"types": len(enumerations), "constants": len(constants_all),
              "enumeration pages": sum(1 + len(e["other_pages"]) for e in enumerations),
              "constants on them": sum(r["listed"] for e in enumerations for r in [e] + e["other_pages"]),
              "unsupported": len(unsupported),
              "member pages": len(members), "rows": sum(len(m["rows"]) for m in members),
              "member pages with rows": sum(1 for m in members if m["rows"]),
              "rows naming a constant": sum(1 for m in members for r in m["rows"] if "constant" in r),
              "unreadable pages": len(unread), "findings": len(findings)}
    return write(out, counts), counts


def enumeration_record(e, extra, prefix, defaults):
    record = {"type": e["type"], "header": e["header"]}
    also = [r["header"] for r in e["other_pages"]]
    if also:
        record["also_in"] = also
    record["prefix"] = prefix
    if extra and extra.get("flags"):
        record["flags"] = True
    record["page"] = e["page"]
    record["summary"] = e["summary"]
    for field in SHARED:
        own = template(e[field], e) if field == "banner" else e[field]
        if own != defaults[e["header"]][field]:
            record[field] = e[field]
    if extra and extra.get("note"):
        record["note"] = extra["note"]
    if e["page_note"]:
        record["page_note"] = e["page_note"]
    if e["remarks"]:
        record["remarks"] = e["remarks"]
    constants = []
    for c in e["constants"]:
        row = {"name": c["name"]}
        if c["literal"] is not None:
            row["value"] = c["literal"]
        row["meaning"] = c["meaning"]
        if c["page_name"] != c["name"]:
            row["page_name"] = c["page_name"]
        for key in ("page_literal", "pages", "other_wording", "other_values", "decision"):
            if key in c:
                row["page_value" if key == "page_literal" else key] = c[key]
        constants.append(row)
    record["constants"] = constants
    others = []
    for o in e["other_pages"]:
        other = {"page": o["page"], "header": o["header"], "summary": o["summary"]}
        for field in SHARED:
            own = template(o[field], o) if field == "banner" else o[field]
            if own != defaults[o["header"]][field]:
                other[field] = o[field]
        for field in ("page_note", "remarks"):
            if o[field]:
                other[field] = o[field]
        others.append(other)
    record["other_page"] = others
    return record


# --- writing -----------------------------------------------------------------------------------

HEAD = """\
# GENERATED by scripts/import_pages.py from data/pages/ and data/decisions.toml: do not edit.
# Edit the decisions (or the pages' copy, from Microsoft's repository) and run
#     /usr/bin/python3 scripts/import_pages.py
{counts}
#
# Texts are the page's Markdown on one line (relative links name the page without ".md");
# values are as the page writes them: a number, NAME(0x...) or NAME of [values] below, or left out
# where the page gives none (C's rule: the previous value + 1, the first 0).
#   [[index]]        an index page: page, title, banner, lists ([type, page] as it lists them)
#   [[header]]       a header: name, source (Microsoft's), index, types (in order, a type of two
#                    headers in both), reason; and the defaults of its types: banner ({{type}} is the
#                    type's name, as Markdown writes it), requirements, see_also
#   [[enumeration]]  type, header (that declares it), also_in (headers that provide it too), prefix
#                    (of its C helpers), flags, page, summary (after "Do not use."), banner,
#                    requirements, see_also (only where not the header's), note (ours), page_note
#                    (the page's Note), remarks (paragraphs), constants: name, value, meaning, and
#                    where needed page_name, page_value (as the page writes them, where a decision
#                    renames or corrects), decision (its reason), pages (the pages listing it, where
#                    not all of the type's), other_wording ([{{page, meaning}}] where a page words it
#                    otherwise), other_values ([{{page, value}}] where a page writes it otherwise);
#                    other_page: the type's other pages (page, header, summary, ...)
#   [[unsupported]]  type, page, index, text: the enumerations Microsoft marks not supported
#   [[member]]       name (as its page's title), kind, page, rows: section, form (table or sentence),
#                    name and/or value (the code as the page writes it), constant and type (if it is
#                    one), sentence (the page's words, plain text)
#   [[finding]]      kind, what (ours), pages, says (the page's words): where pages disagree or err
#   [[unread]]       page, reason: a page that could not be read
#   [values]         what the pages' value names stand for, with evidence (from the decisions)
#
# Quoted page text is Microsoft's, CC BY 4.0 (see LICENSE and data/pages/README.md).
# SPDX-FileCopyrightText: msgrpriv contributors; quoted text: Microsoft Corporation
# SPDX-License-Identifier: MIT AND CC-BY-4.0
"""


def write(out, counts):
    summary = "\n".join(f"# {line}" for line in textwrap.wrap(", ".join(f"{v} {k}" for k, v in counts.items()), 96))
    lines = [HEAD.format(counts=summary).rstrip("\n")]
    for kind, fields in out:
        lines.append("")
        if kind == "values":
            lines.append("[values]")
            for name, entry in fields.items():
                entry = {k: (Hex(v) if k in ("base", "value") and v else v) for k, v in entry.items()}
                lines.append(f"{name} = {toml_value(entry)}")
            continue
        lines.append(f"[[{kind}]]")
        body = dict(fields)
        others = body.pop("other_page", [])
        lines += table_body(body, long_lists=("constants", "rows", "lists", "requirements", "see_also",
                                              "remarks", "pages"))
        for other in others:
            lines += ["", f"[[{kind}.other_page]]"]
            lines += table_body(other, long_lists=("requirements", "see_also", "remarks"))
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the data file is not up to date")
    parser.add_argument("--pages", default=os.path.join(ROOT, "data", "pages"))
    parser.add_argument("--decisions", default=os.path.join(ROOT, "data", "decisions.toml"))
    parser.add_argument("--output", default=os.path.join(ROOT, "data", "enumerations.toml"))
    args = parser.parse_args(argv)
    try:
        text, counts = build(args.pages, args.decisions)
        from_data(tomllib.loads(text), args.output)  # what is written, the loader reads, by its rules
    except (Refused, PageError, DataError, OSError, tomllib.TOMLDecodeError) as error:
        print(f"import_pages.py: {error}", file=sys.stderr)
        return 2
    old = None
    if os.path.exists(args.output):
        with open(args.output, encoding="utf-8", newline="") as stream:
            old = stream.read()
    if args.check:
        if old != text:
            sys.stdout.writelines(difflib.unified_diff((old or "").splitlines(True), text.splitlines(True),
                                                       args.output, "imported from " + args.pages))
            print(f"import_pages.py: {args.output} is not what the pages and decisions give: run "
                  "/usr/bin/python3 scripts/import_pages.py", file=sys.stderr)
            return 1
        return 0
    if old != text:
        with open(args.output, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
    print("import_pages.py: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
