"""The reference's one model, built once per process: everything the headers declare, from Doxygen's
XML (types, constants, values, meanings, helpers, each constant's line), joined with the facts no
header holds, from data/enumerations.toml (what each member page returns, the enumerations Microsoft
marks unsupported, what the pages say apart, where they err) and data/notes/<type>.toml (our words);
and every form a value is shown in. Every output is written from it. Standard library only."""

import os
import re
import tomllib
import xml.etree.ElementTree as ET

SEVERITY = 1 << 31
FACILITY = 1 << 16  # a value with a facility reads as an HRESULT
SOURCE_PAGE = "(the source page)"  # the title's end of each type's @see link to its page
LEARN = "https://learn.microsoft.com/en-us/previous-versions/windows/desktop/winmessenger/"
# The license of the quoted text, said once: in every page's footer, every man page and the JSON.
ATTRIBUTION = ("The summaries, meanings and notices are quoted from Microsoft's Windows Messenger pages on "
               "learn.microsoft.com (each page's address is given with it), Microsoft Corporation, CC BY 4.0 "
               "(https://creativecommons.org/licenses/by/4.0/), unchanged but where a reference page's Errata say "
               "otherwise.")


def toml(path):
    """A TOML file's data; none where there is no file (a type without notes)."""
    if not os.path.exists(path):
        return {}
    with open(path, "rb") as stream:
        return tomllib.load(stream)


class ModelError(Exception):
    """The XML or the data lack something the docs need; the message names it."""


# --- every form a value is shown in -------------------------------------------------------------

def hresult(value):
    """The signed 32-bit HRESULT of an HRESULT-style value (severity bit set), else None."""
    return value - (1 << 32) if value >= SEVERITY else None


def parts(value):
    """An HRESULT's parts: "severity 1, facility 0x100, code 0x614"."""
    return f"severity {value >> 31}, facility 0x{(value >> 16) & 0x7FF:x}, code 0x{value & 0xFFFF:x}"


def has_parts(value):
    """Whether a value reads as an HRESULT with parts: a failure (severity bit), or a success code
    with a facility (MSGR_S_*: facility 0x100)."""
    return value >= FACILITY


def shown(value):
    """How an answer shows a value: "6 (0x6)", or for an HRESULT its hex, HRESULT and parts."""
    return f"0x{value:x}, HRESULT {hresult(value) or value} ({parts(value)})" if has_parts(value) \
        else f"{value} ({hex(value)})"


def anchors(value):
    """The look-up page's anchors of a value, the canonical one first: hex (lower case), decimal, and
    for an HRESULT-style value the signed HRESULT."""
    return [hex(value), str(value)] + ([str(hresult(value))] if value >= SEVERITY else [])


def by_sentence(rows):
    """Members' (member, page, section, sentence) rows as each sentence once, after the members that
    say it, each with its sections: [(sentence, [(member, page, "Return value, Remarks")])]."""
    found = {}
    for member, page, section, sentence in rows:
        found.setdefault(sentence, {}).setdefault((member, page), []).append(section)
    return [(sentence, [(m, p, ", ".join(s)) for (m, p), s in members.items()]) for sentence, members in found.items()]


def ranges(values):
    """The values as runs, as every no-match answer lists them: "0-7, 0x81000601-0x81000619 and ..."."""
    runs = []
    for value in sorted(set(values)):
        if runs and value == runs[-1][1] + 1:
            runs[-1][1] = value
        else:
            runs.append([value, value])
    texts = ["-".join(f"0x{v:x}" if has_parts(v) else str(v) for v in sorted({a, b})) for a, b in runs]
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]


# --- reading Doxygen's XML ----------------------------------------------------------------------

def flat(element, skip=()):
    """An element's text, <sp/> a space (a program listing's), without the subtrees tagged as in skip."""
    return (element.text or "") + "".join(
        ("" if c.tag in skip else " " if c.tag == "sp" else flat(c, skip)) + (c.tail or "") for c in element)


def text_of(element, skip=()):
    """The element's text as a reader sees it, whitespace collapsed."""
    return "" if element is None else " ".join(flat(element, skip).split())


SECTIONS = ("simplesect", "xrefsect", "parameterlist", "table")  # not a description's own prose


def inline_parts(element, url=None, bold=False, top=True):
    """A paragraph's text, links and bold as [(text, url, bold)], whitespace collapsed."""
    found = [(element.text or "", url, bold)]
    for child in element:
        found += inline_parts(child, child.get("url", url), bold or child.tag == "bold", False)
        found.append((child.tail or "", url, bold))
    if not top:
        return found
    found = [(re.sub(r"\s+", " ", text), u, b) for text, u, b in found if text]
    found[0], found[-1] = (found[0][0].lstrip(),) + found[0][1:], (found[-1][0].rstrip(),) + found[-1][1:]
    return [part for part in found if part[0]]


def section(detailed, title):
    return next((s for s in detailed.iter("simplesect") if s.get("kind") == "par" and s.findtext("title") == title),
                None)


class Constant:
    def __init__(self, name, literal, value, meaning, line, doxygen_id, deprecated, data):
        # literal: the value as the source writes it, if it does; line: the line in its header
        self.name, self.literal, self.value, self.meaning = name, literal, value, meaning
        self.line, self.doxygen_id, self.deprecated = line, doxygen_id, deprecated
        self.hresult = hresult(value)
        self.data = data  # what data/enumerations.toml adds: the pages listing it, a page's other words or value
        # (member, its page, section, the page's sentence) of every member page naming it: in a table
        # of codes (returned by), or in a sentence (named by)
        self.returned_by, self.named_by = [], []
        self.shown_value = literal if literal is not None else str(value)
        self.hex = literal if (literal or "").lower().startswith("0x") else hex(value)  # as the source writes it


class Type:
    """Everything one enumeration's header says about it, and the facts and notes beside it."""

    def __init__(self, model, header, typedef, enum):
        self.name, self.tag, self.header = typedef.findtext("name"), enum.findtext("name"), header
        self.id, self.enum_id = typedef.get("id"), enum.get("id")
        self.line = int(enum.find("location").get("line"))
        self.summary = text_of(typedef.find("briefdescription"))
        detailed = typedef.find("detaileddescription")
        xref = next((x for x in detailed.iter("xrefsect") if x.findtext("xreftitle") == "Deprecated"), None)
        if xref is None:
            raise ModelError(f"typedef {self.name} has no @deprecated text")
        self.deprecation_parts = [inline_parts(p) for p in xref.find("xrefdescription").findall("para")]
        self.deprecation = " ".join("".join(text for text, _, _ in p) for p in self.deprecation_parts)
        self.notes = [text for text in (text_of(p, SECTIONS) for p in detailed.findall("para")) if text]
        values = section(detailed, "Values")
        self.values_note = text_of(values.find("para")) if values is not None else None
        table = section(detailed, "Requirements")
        if table is None:
            raise ModelError(f"typedef {self.name}: no '@par Requirements' table")
        self.requirements = [tuple(text_of(e) for e in row.findall("entry")) for row in list(table.iter("row"))[1:]]
        self.see_also = [(text_of(link), link.get("url")) for s in detailed.iter("simplesect") if s.get("kind") == "see"
                         for link in s.iter("ulink")]
        source = [url for title, url in self.see_also if title.endswith(SOURCE_PAGE)]
        if len(source) != 1:
            raise ModelError(f"typedef {self.name}: needs one @see link titled '... {SOURCE_PAGE}'")
        self.source_url = source[0]
        self.data = next((e for e in model.data.get("enumeration", []) if e["type"] == self.name), {})
        extra = {c["name"]: c for c in self.data.get("constants", [])}
        self.constants = []
        for item in enum.findall("enumvalue"):
            name, line = item.findtext("name"), model.lines.get(item.get("id"))
            found = re.search(r"=\s*(?:\(int\)\s*)?(-?(?:0[xX][0-9A-Fa-f]+|\d+))\b", item.findtext("initializer") or "")
            if found is None:
                raise ModelError(f"{name}: its value is not written out as a number in {self.tag}")
            value = int(found.group(1), 0) & 0xFFFFFFFF  # its 32 bits, as a reader's number is read: unsigned
            literal = extra.get(name, {}).get("value")  # as its page writes it: 0x81000751, MSGR_E(0x001E), S_OK, -1
            if literal is not None and model.number(literal) & 0xFFFFFFFF != value:
                raise ModelError(f"{name}: the header's value 0x{value:x} is not its page's {literal}")
            self.constants.append(Constant(
                name, literal, value,
                text_of(item.find("briefdescription")) or text_of(item.find("detaileddescription"), SECTIONS), line,
                item.get("id"), line is not None and "MSGRPRIV_DEPRECATED" in model.listings[header][line - 1],
                extra.get(name, {})))
        self.helpers = {}  # kind ("name", "description", "from_name"...): the name of the C helper taking this type
        self.list_macro = self.list_header = None  # the X-macro of its constants, and the header defining it
        self.notes_file = toml(os.path.join(model.data_dir, "notes", self.name.lower() + ".toml"))
        self.page, self.product = "reference/" + self.name.lower(), dict(self.requirements).get("Product")
        # Microsoft's pages of the type (one, or two for a type two headers share).
        self.slugs = [self.source_url.rsplit("/", 1)[1]] + [p["page"] for p in self.data.get("other_page", [])]
        self.hresult_style = any(c.hresult is not None for c in self.constants)
        values = [c.value for c in self.constants]
        self.flags = 0 in values and all(v & (v - 1) == 0 for v in values)  # its constants are 0 and single bits

    def combinations(self):
        """Every value made of two or more of the flags, with them: [(value, [Constant])]."""
        bits = [c for c in self.constants if c.value] if self.flags else []
        chosen = [[c for i, c in enumerate(bits) if mask >> i & 1] for mask in range(1, 1 << len(bits))]
        return sorted((sum(c.value for c in flags), flags) for flags in chosen if len(flags) > 1)

    def syntax(self):
        """The declaration in the shape of the source page's Syntax block."""
        width = max(len(c.name) for c in self.constants)
        rows = [f"  {c.name.ljust(width) if c.literal else c.name}{' = ' + c.literal if c.literal else ''}"
                for c in self.constants]
        return "\n".join([f"typedef enum {self.tag} {{", ",\n".join(rows), f"}} {self.name};"])


class Model:
    """Every enumeration of every header, in the headers' order (Doxygen's INPUT) and each header's."""

    def __init__(self, xml_dir, data_dir):
        self.xml_dir, self.data_dir = xml_dir, data_dir
        self.files = sorted(os.path.join(xml_dir, n) for n in os.listdir(xml_dir)
                            if n.endswith(".xml") and n not in ("index.xml", "Doxyfile.xml"))
        self.notes = sorted(os.path.join(data_dir, "notes", n) for n in os.listdir(os.path.join(data_dir, "notes")))
        self.data = toml(os.path.join(data_dir, "enumerations.toml"))
        # What the data lists beside the constants: the pages it read, the faults it found on them.
        self.unsupported, self.member_pages, self.index_pages, self.findings = (
            self.data.get(key, []) for key in ("unsupported", "member", "index", "finding"))
        self.enumeration_pages = [dict(p, type=e["type"]) for e in self.data.get("enumeration", [])
                                  for p in [e] + e.get("other_page", [])]  # a type's page, and another header's
        parsed = {path: ET.parse(path).getroot().findall("compounddef") for path in self.files}
        self.compounds = [c for found in parsed.values() for c in found]
        self.xml_of = {c.findtext("compoundname"): path for path, found in parsed.items()  # a header's XML
                       for c in found if c.get("kind") == "file"}
        files = {c.findtext("compoundname"): c for c in self.compounds if c.get("kind") == "file"}
        order = [os.path.basename(v.text or "") for v in
                 ET.parse(os.path.join(xml_dir, "Doxyfile.xml")).getroot().iterfind("option[@id='INPUT']/value")]
        self.headers = [name for name in order if name in files]
        self.lines, self.listings = {}, {}
        for name in self.headers:  # each line, and where each name is first written: its definition
            codelines = list(files[name].iterfind("programlisting/codeline"))
            self.listings[name] = [flat(line) for line in codelines]
            for line in codelines:
                for ref in line.iter("ref"):
                    self.lines.setdefault(ref.get("refid"), int(line.get("lineno")))
        self.members = {}
        for compound in self.compounds:
            for member in compound.iter("memberdef"):
                self.members.setdefault(member.findtext("name"), member)
        self.types = []
        for name in self.headers:
            members = list(files[name].iter("memberdef"))
            enums = {m.findtext("name"): m for m in members if m.get("kind") == "enum"}
            for member in members:
                tag = re.fullmatch(r"enum (\w+)", text_of(member.find("type")))
                if member.get("kind") == "typedef" and tag and tag.group(1) in enums:
                    self.types.append(Type(self, name, member, enums[tag.group(1)]))
        self.types.sort(key=lambda t: (self.headers.index(t.header), t.line))
        by_name = {t.name: t for t in self.types}
        # Every documented function of every header (C++ ones in their namespaces' compounds).
        self.functions = [m for c in self.compounds if c.get("kind") in ("file", "namespace", "class", "struct")
                          for m in c.iter("memberdef") if m.get("kind") == "function"]
        for f in self.functions:
            name = f.findtext("name")
            typed = [by_name[p] for p in (text_of(p.find("type")).replace("const ", "").rstrip(" *")
                                          for p in f.findall("param")) if p in by_name]
            if name.startswith("Msgr") and typed:
                typed[0].helpers[next(kind for suffix, kind in (("FromName", "from_name"), ("FromValue", "from_value"),
                                                                ("Description", "description"), ("Name", "name"),
                                                                ("", "other")) if name.endswith(suffix))] = name
        for member in self.members.values():
            body = text_of(member.find("initializer")) if member.get("kind") == "define" else ""
            for row in re.finditer(r"X\(\s*(\w+)\s*,\s*\w+\s*,\s*(\w+)\s*\)", body):
                if row.group(1) in by_name and row.group(2) in self.members:
                    by_name[row.group(1)].list_macro = row.group(2)
                    by_name[row.group(1)].list_header = self.members[row.group(2)].find("location").get("file")
        self.shared_notes = toml(os.path.join(data_dir, "notes", "errata.toml"))
        self.constants = [(t, c) for t in self.types for c in t.constants]  # in the headers' order
        self.ranges = ranges(c.value for _, c in self.constants)
        constants = {c.name: c for _, c in self.constants}
        for member in self.member_pages:
            for row in member["rows"]:
                c, entry = constants.get(row.get("constant")), (member["name"], member["page"], row["section"],
                                                                  row["sentence"])
                found = (c.returned_by if row["form"] == "table" else c.named_by) if c else None
                if found is not None and entry not in found:
                    found.append(entry)
        problems = self.problems()
        if problems:
            raise ModelError("\n".join(problems))

    def number(self, written):
        """A value as a page writes it (0x81000386, MSGR_E(0x0086), E_FAIL), read as [values] says."""
        macro = re.fullmatch(r"(\w+)\((\w+)\)", written)
        if macro:
            return self.data["values"][macro.group(1)]["base"] + int(macro.group(2), 0)
        known = self.data.get("values", {}).get(written)
        return known["value"] if known else int(written, 0)

    def inputs(self, t=None, header=None):
        """The files a part of a page is read from: a type's, from its headers' XML, the data and its
        notes; a header's listing, from its XML; any other, from every file the model is read from."""
        data = [os.path.join(self.data_dir, "enumerations.toml")]
        if t is not None:
            headers = [t.header] + ([os.path.basename(t.list_header)] if t.list_header else [])
            notes = [os.path.join(self.data_dir, "notes", n + ".toml") for n in (t.name.lower(), "errata")]
            return [self.xml_of[h] for h in headers] + data + [n for n in notes if n in self.notes]
        return [self.xml_of[header]] if header else self.files + self.notes + data

    def type(self, name):
        found = [t for t in self.types if t.name == name]
        if not found:
            raise ModelError(f"{name}: no enumeration of that name in {self.headers}")
        return found[0]

    def problems(self):
        """What the headers leave undocumented, each naming its symbol."""
        found = []
        for t in self.types:
            found += [f"typedef {t.name} has no description"] if not t.summary else []
            found += [f"enumerator {c.name} of {t.tag} has no meaning (its /**< */ comment)"
                      for c in t.constants if not c.meaning]
            found += [f"enumerator {c.name} of {t.tag}: no line in the XML's program listing"
                      for c in t.constants if c.line is None]
        for f in self.functions:
            name, detailed = f.findtext("name"), f.find("detaileddescription")
            documented = {text_of(n) for n in detailed.iter("parametername")}
            # Its return value is documented, or there is none (void, or a constructor's).
            return_said = any(s.get("kind") == "return" and text_of(s) for s in detailed.iter("simplesect")) or \
                re.sub(r"\b(constexpr|explicit|inline|static)\b", "", text_of(f.find("type"))).strip() in ("void", "")
            found += [f"function {name} has no description"] if not text_of(f.find("briefdescription")) else []
            found += [f"function {name}: parameter '{p}' is not documented"
                      for p in (p.findtext("declname") for p in f.findall("param")) if p and p not in documented]
            found += [f"function {name}: return value is not documented"] if not return_said else []
        return found

    def deprecated(self):
        """(qualified name, kind, text, xrefsect id) of every member or compound marked @deprecated."""
        found, seen = [], set()
        for compound in self.compounds:
            scope = compound.findtext("compoundname") if compound.get("kind") != "file" else ""
            items = [(compound, scope)] if compound.get("kind") in ("class", "struct") else []
            items += [(m, f"{scope}::{m.findtext('name')}" if scope else m.findtext("name"))
                      for m in compound.iter("memberdef")]
            for element, qualified in items:
                for xref in element.find("detaileddescription").iter("xrefsect"):
                    if xref.findtext("xreftitle") == "Deprecated" and xref.get("id") not in seen:
                        seen.add(xref.get("id"))
                        found.append((qualified, element.get("kind"), text_of(xref.find("xrefdescription")),
                                      xref.get("id")))
        return found


_MODEL = {}


def of(env):
    """The model of the XML the build was given (-D breathe_projects.msgrpriv=<dir>) and of data/
    beside the docs, built once per process and version of its files."""
    xml_dir = os.path.abspath(env.config.breathe_projects[env.config.breathe_default_project])
    data_dir = os.path.abspath(os.path.join(env.srcdir, os.pardir, "data"))
    key = tuple((path, os.path.getmtime(path)) for folder in (xml_dir, data_dir, os.path.join(data_dir, "notes"))
                for path in sorted(os.path.join(folder, name) for name in os.listdir(folder)))
    if key not in _MODEL:
        _MODEL.clear()
        _MODEL[key] = Model(xml_dir, data_dir)
    return _MODEL[key]
