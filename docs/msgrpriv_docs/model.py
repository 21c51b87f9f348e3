"""The reference's one model, built once per process: every enumeration the
headers declare, read from Doxygen's XML (types, constants, values, meanings,
helpers, each constant's line), joined with the facts no header holds (the
hand-written notes of data/notes/<type>.toml), and every form a value is shown
in. Every output is written from it. Standard library only.
"""

import os
import re
import tomllib
import xml.etree.ElementTree as ET

SEVERITY = 1 << 31
SOURCE_PAGE = "(the source page)"  # the title's end of each type's @see link to its page
# The license of the quoted text, said once: in every page's footer, every man page and the JSON.
ATTRIBUTION = ("The summaries, meanings and notices are quoted from Microsoft's Windows Messenger pages on "
               "learn.microsoft.com (each page's address is given with it), Microsoft Corporation, CC BY 4.0 "
               "(https://creativecommons.org/licenses/by/4.0/), unchanged but where a reference page's Errata say "
               "otherwise.")


class ModelError(Exception):
    """The XML or the notes lack something the docs need; the message names it."""


# --- every form a value is shown in -------------------------------------------------------------

def hresult(value):
    """The signed 32-bit HRESULT of an HRESULT-style value (severity bit set), else None."""
    return value - (1 << 32) if value >= SEVERITY else None


def parts(value):
    """An HRESULT's parts: "severity 1, facility 0x100, code 0x614"."""
    return f"severity {value >> 31}, facility 0x{(value >> 16) & 0x7FF:x}, code 0x{value & 0xFFFF:x}"


def shown(value):
    """How an answer shows a value: "6 (0x6)", or for an HRESULT-style one its hex, HRESULT and parts."""
    if value >= SEVERITY:
        return f"0x{value:x}, HRESULT {hresult(value)} ({parts(value)})"
    return f"{value} (0x{value:x})"


def anchors(value):
    """The look-up page's anchors of a value, the canonical one first: hex (lower case), decimal, and
    for an HRESULT-style value the signed HRESULT."""
    return [f"0x{value:x}", str(value)] + ([str(hresult(value))] if value >= SEVERITY else [])


def ranges(values):
    """The values as runs, as every no-match answer lists them: "0-7, 0x81000601-0x81000619 and ..."."""
    def one(value):
        return f"0x{value:x}" if value >= SEVERITY else str(value)

    runs = []
    for value in sorted(set(values)):
        if runs and value == runs[-1][1] + 1:
            runs[-1][1] = value
        else:
            runs.append([value, value])
    texts = [one(a) + (f"-{one(b)}" if b != a else "") for a, b in runs]
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]


# --- reading Doxygen's XML ----------------------------------------------------------------------

def text_of(element):
    """The element's text as a reader sees it, whitespace collapsed."""
    return "" if element is None else " ".join("".join(element.itertext()).split())


def inline_parts(element):
    """A paragraph's text, links and bold as [(text, url or None, bold)], whitespace collapsed."""
    found = []

    def walk(node, url, bold):
        for text, child in [(node.text, None)] + [(None, c) for c in node]:
            if text:
                found.append((" ".join(text.split(" ")).replace("\n", " "), url, bold))
            if child is not None:
                walk(child, child.get("url", url) if child.tag == "ulink" else url, bold or child.tag == "bold")
                if child.tail:
                    found.append((child.tail.replace("\n", " "), url, bold))

    walk(element, None, False)
    merged = []
    for text, url, bold in found:
        text = re.sub(r"\s+", " ", text)
        if merged and merged[-1][1:] == (url, bold):
            merged[-1] = (merged[-1][0] + text, url, bold)
        elif text:
            merged.append((text, url, bold))
    if merged:
        merged[0] = (merged[0][0].lstrip(),) + merged[0][1:]
        merged[-1] = (merged[-1][0].rstrip(),) + merged[-1][1:]
    return [part for part in merged if part[0]]


def _code_text(element):
    """A programlisting line's text: <sp/> is a space."""
    text = element.text or ""
    for child in element:
        text += (" " if child.tag == "sp" else _code_text(child)) + (child.tail or "")
    return text


def _prose(para):
    """A paragraph's own prose: without its sections, lists and tables."""
    text = para.text or ""
    for child in para:
        if child.tag not in ("simplesect", "xrefsect", "parameterlist", "table"):
            text += "".join(child.itertext())
        text += child.tail or ""
    return " ".join(text.split())


def _section(detailed, title):
    return next((s for s in detailed.iter("simplesect") if s.get("kind") == "par" and s.findtext("title") == title),
                None)


class Function:
    def __init__(self, member, scope=""):
        self.name = member.findtext("name")
        self.qualified = f"{scope}::{self.name}" if scope else self.name
        self.id = member.get("id")
        self.brief = text_of(member.find("briefdescription"))
        detailed = member.find("detaileddescription")
        self.params = [p.findtext("declname") for p in member.findall("param") if p.findtext("declname")]
        self.param_types = [text_of(p.find("type")) for p in member.findall("param")]
        self.documented = [text_of(n) for n in detailed.iter("parametername")]
        self.returns = " ".join(text_of(s) for s in detailed.iter("simplesect") if s.get("kind") == "return")
        kind = re.sub(r"\b(constexpr|explicit|inline|static)\b", "", text_of(member.find("type"))).strip()
        self.returns_void = kind in ("void", "")
        self.declaration = f"{text_of(member.find('type'))} {self.name}{member.findtext('argsstring')}".strip()


class Constant:
    def __init__(self, name, literal, value, meaning, line, doxygen_id):
        self.name = name
        self.literal = literal  # as the source writes it; None where it writes none (implicit)
        self.value = value      # the documented value, read unsigned
        self.meaning = meaning
        self.line = line        # its line in its header, from the XML's program listing
        self.doxygen_id = doxygen_id
        self.hresult = hresult(value)

    @property
    def shown_value(self):
        return self.literal if self.literal is not None else str(self.value)

    @property
    def hex(self):
        """Hex as the source writes it, where it writes hex; else the number's."""
        return self.literal if (self.literal or "").lower().startswith("0x") else f"0x{self.value:x}"


class Type:
    """Everything one enumeration's header says about it, and its notes."""

    def __init__(self, model, header, typedef, enum):
        self.name = typedef.findtext("name")
        self.tag = enum.findtext("name")
        self.header = header
        self.id, self.enum_id = typedef.get("id"), enum.get("id")
        self.line = int(enum.find("location").get("line"))
        self.summary = text_of(typedef.find("briefdescription"))
        detailed = typedef.find("detaileddescription")
        xrefs = [x for x in detailed.iter("xrefsect") if x.findtext("xreftitle") == "Deprecated"]
        if not xrefs:
            raise ModelError(f"typedef {self.name} has no @deprecated text")
        self.deprecation_parts = inline_parts(xrefs[0].find("xrefdescription/para"))
        self.deprecation = "".join(text for text, _, _ in self.deprecation_parts)
        self.notes = [text for text in map(_prose, detailed.findall("para")) if text]
        values = _section(detailed, "Values")
        self.values_note = text_of(values.find("para")) if values is not None else None
        table = _section(detailed, "Requirements")
        if table is None:
            raise ModelError(f"typedef {self.name}: no '@par Requirements' table")
        self.requirements = [tuple(text_of(e) for e in row.findall("entry")) for row in list(table.iter("row"))[1:]]
        self.see_also = [(text_of(link), link.get("url")) for s in detailed.iter("simplesect") if s.get("kind") == "see"
                         for link in s.iter("ulink")]
        source = [url for title, url in self.see_also if title.endswith(SOURCE_PAGE)]
        if len(source) != 1:
            raise ModelError(f"typedef {self.name}: needs one @see link titled '... {SOURCE_PAGE}'")
        self.source_url = source[0]
        self.constants = []
        for item in enum.findall("enumvalue"):
            name = item.findtext("name")
            meaning = text_of(item.find("briefdescription")) or text_of(item.find("detaileddescription"))
            found = re.search(r"=\s*(?:\(int\)\s*)?(0[xX][0-9A-Fa-f]+|\d+)\s*$", item.findtext("initializer") or "")
            if found is None:
                raise ModelError(f"{name}: its value is not written out as a number in {self.tag}")
            value = int(found.group(1), 0)
            constant = Constant(name, None if self.values_note else found.group(1), value, meaning,
                                model.lines.get(item.get("id")), item.get("id"))
            # Its own line carries the deprecation attribute.
            constant.deprecated = "MSGRPRIV_DEPRECATED" in model.listings[header][constant.line - 1] \
                if constant.line else False
            self.constants.append(constant)
        self.helpers = {}  # "name", "description", "from_name": the C helpers taking this type
        self.list_macro = None
        self.notes_file = {}

    @property
    def page(self):
        return "reference/" + self.name.lower()

    @property
    def product(self):
        return dict(self.requirements).get("Product")

    @property
    def hresult_style(self):
        return any(c.hresult is not None for c in self.constants)

    @property
    def flags(self):
        """A type of flags: its constants are 0 and single bits."""
        values = [c.value for c in self.constants]
        return 0 in values and all(v & (v - 1) == 0 for v in values)

    def combinations(self):
        """Every value made of two or more of the flags, with them: [(value, [Constant])]."""
        bits = [c for c in self.constants if c.value] if self.flags else []
        found = []
        for mask in range(1, 1 << len(bits)):
            chosen = [c for i, c in enumerate(bits) if mask >> i & 1]
            if len(chosen) > 1:
                found.append((sum(c.value for c in chosen), chosen))
        return sorted(found, key=lambda item: item[0])

    def syntax(self):
        """The declaration in the shape of the source page's Syntax block."""
        width = max(len(c.name) for c in self.constants)
        rows = [f"  {c.name.ljust(width) if c.literal else c.name}{' = ' + c.literal if c.literal else ''}"
                for c in self.constants]
        return "\n".join([f"typedef enum {self.tag} {{", ",\n".join(rows), f"}} {self.name};"])


class Model:
    """Every enumeration of every header, in the headers' order (Doxygen's INPUT) and each header's."""

    def __init__(self, xml_dir, notes_dir=None):
        self.xml_dir = xml_dir
        self.files = sorted(os.path.join(xml_dir, n) for n in os.listdir(xml_dir)
                            if n.endswith(".xml") and n not in ("index.xml", "Doxyfile.xml"))
        self.compounds = [c for path in self.files for c in ET.parse(path).getroot().findall("compounddef")]
        files = {c.findtext("compoundname"): c for c in self.compounds if c.get("kind") == "file"}
        order = [os.path.basename(v.text or "") for v in
                 ET.parse(os.path.join(xml_dir, "Doxyfile.xml")).getroot().iterfind("option[@id='INPUT']/value")]
        self.headers = [name for name in order if name in files]
        self.lines, self.listings = {}, {}
        for name in self.headers:  # each line's number, and where each name is first written: its definition
            codelines = list(files[name].iterfind("programlisting/codeline"))
            self.listings[name] = [_code_text(line) for line in codelines]
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
        for function in self.functions():
            typed = [by_name[p.replace("const ", "").rstrip(" *")] for p in function.param_types
                     if p.replace("const ", "").rstrip(" *") in by_name]
            if function.name.startswith("Msgr") and typed:
                kind = next(k for suffix, k in (("FromName", "from_name"), ("FromValue", "from_value"),
                                                ("Description", "description"), ("Name", "name"), ("", "other"))
                            if function.name.endswith(suffix))
                typed[0].helpers[kind] = function
        for member in self.members.values():
            body = text_of(member.find("initializer")) if member.get("kind") == "define" else ""
            for list_row in re.finditer(r"X\(\s*(\w+)\s*,\s*\w+\s*,\s*(\w+)\s*\)", body):
                if list_row.group(1) in by_name:
                    by_name[list_row.group(1)].list_macro = list_row.group(2)
        for t in self.types:
            path = os.path.join(notes_dir or "", t.name.lower() + ".toml")
            if notes_dir and os.path.exists(path):
                with open(path, "rb") as stream:
                    t.notes_file = tomllib.load(stream)
        self.notes_dir = notes_dir
        problems = self.problems()
        if problems:
            raise ModelError("\n".join(problems))

    def inputs(self):
        """Every file the model is read from: a page showing any of it depends on them."""
        notes = [os.path.join(self.notes_dir, n) for n in sorted(os.listdir(self.notes_dir))] \
            if self.notes_dir and os.path.isdir(self.notes_dir) else []
        return self.files + notes

    def type(self, name):
        for t in self.types:
            if t.name == name:
                return t
        raise ModelError(f"{name}: no enumeration of that name in {self.headers}")

    def functions(self):
        """Every documented function of every header (C++ ones in their namespaces' compounds)."""
        found = []
        for compound in self.compounds:
            if compound.get("kind") in ("file", "namespace", "class", "struct"):
                scope = "" if compound.get("kind") == "file" else compound.findtext("compoundname")
                found += [Function(m, scope) for m in compound.iter("memberdef") if m.get("kind") == "function"]
        return found

    def problems(self):
        """What the headers leave undocumented, each naming its symbol."""
        found = []
        for t in self.types:
            if not t.summary:
                found.append(f"typedef {t.name} has no description")
            found += [f"enumerator {c.name} of {t.tag} has no meaning (its /**< */ comment)"
                      for c in t.constants if not c.meaning]
            found += [f"enumerator {c.name} of {t.tag}: no line in the XML's program listing"
                      for c in t.constants if c.line is None]
        for f in self.functions():
            if not f.brief:
                found.append(f"function {f.name} has no description")
            found += [f"function {f.name}: parameter '{p}' is not documented" for p in f.params if p not in f.documented]
            if not f.returns_void and not f.returns:
                found.append(f"function {f.name}: return value is not documented")
        return found

    def constants(self):
        """(type, constant) of every constant, in the headers' order."""
        return [(t, c) for t in self.types for c in t.constants]

    def by_value(self):
        """[(value, [(type, constant)])], sorted by value: the constants that share a value together."""
        groups = {}
        for t, c in self.constants():
            groups.setdefault(c.value, []).append((t, c))
        return sorted(groups.items())

    def ranges(self):
        return ranges(c.value for _, c in self.constants())

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


def build(xml_dir, notes_dir):
    """The model of the XML in xml_dir, built once per process and version of its files."""
    stamps = tuple(os.path.getmtime(os.path.join(folder, name)) for folder in (xml_dir, notes_dir)
                   if os.path.isdir(folder) for name in sorted(os.listdir(folder)))
    key = (xml_dir, notes_dir, stamps)
    if key not in _MODEL:
        _MODEL.clear()
        _MODEL[key] = Model(xml_dir, notes_dir)
    return _MODEL[key]


def of(env):
    """The model of the XML the build was given (-D breathe_projects.msgrpriv=<dir>) and the notes
    beside the docs (data/notes)."""
    xml_dir = env.config.breathe_projects[env.config.breathe_default_project]
    return build(os.path.abspath(xml_dir), os.path.abspath(os.path.join(env.srcdir, os.pardir, "data", "notes")))
