"""The built reference, checked as a reader sees it, for every enumeration the
header declares: its page, man page, objects.inv, the JSON inventory and the
Doxygen tag file. The expected words come from Microsoft's pages (the
fixtures), never from the header."""

import concurrent.futures
import functools
import json
import os
import re
import subprocess
import tomllib
import unittest
import xml.etree.ElementTree as ET

import lookup_table
from docs_support import (DOCS_DIR, HTML_DIR, SOURCE_DIR, parse_html, read, read_inventory, source_pages,
                          source_pages_all)

PAGES = source_pages()
SOURCE = source_pages_all()  # every enumeration page, and what the member pages return
INVENTORY = json.loads(read(os.path.join(DOCS_DIR, "msgrpriv.json")))
DECLARED = [e["type"] for e in INVENTORY["enumerations"]]
REFERENCE = os.path.join(HTML_DIR, "reference", "session_state.html")


def page_path(type_name):
    return os.path.join(HTML_DIR, "reference", type_name.lower() + ".html")


def declared_literal(constant):
    """The value as the source writes it; where the package corrects the page's number (its fixture
    says why: MSGR_E_IE_OFFLINE), the same spelling of the corrected number: MSGR_E(0x0087)."""
    if constant.literal is None or constant.value == constant.source_value:
        return constant.literal
    number = re.search(r"0x([0-9A-Fa-f]+)", constant.literal)
    fixed = int(number.group(1), 16) + constant.value - constant.source_value
    digits = f"{fixed:0{len(number.group(1))}{'X' if number.group(1).isupper() else 'x'}}"
    return constant.literal[:number.start(1)] + digits + constant.literal[number.end(1):]


def shown_value(constant):
    """The value column: the literal as the source writes it, or the implicit value, said to be so."""
    return declared_literal(constant) if constant.literal is not None else f"{constant.value} (implicit)"


def helper_names(type_name):
    """The C helpers a type has, Msgr<prefix>Name...: the prefix is the package's naming decision
    (data/decisions.toml, written by hand: SESSION_STATE -> SessionState), not the pages' wording."""
    with open(os.path.join(SOURCE_DIR, "data", "decisions.toml"), "rb") as stream:
        prefix = next(t["prefix"] for t in tomllib.load(stream)["type"] if t["type"] == type_name)
    return [f"Msgr{prefix}{suffix}" for suffix in ("Name", "Description", "FromName", "FromValue")]


def deprecation(source):
    """The notice, as the headers write it: the diagnostic's own sentence, naming the type as
    Microsoft's member pages name theirs, then the page's banner verbatim, said to be the page's."""
    return (f"{source.do_not_use} {source.type} is no longer available for use as of Windows Vista. See Windows "
            f"Messenger for more information. The source page's words: {source.do_not_use} {source.banner}")


def header_file(source):
    """The package's header of a type: Microsoft's, in lower case (Msgrua.h -> msgrua.h)."""
    return source.header.lower()


def as_hresult(value):
    return value - (1 << 32) if value >= 1 << 31 else value


def inventory_uris():
    """{(role, name): uri} of the site's objects.inv."""
    return {(role, name): uri for name, role, _, uri, _ in read_inventory(os.path.join(HTML_DIR, "objects.inv"))[1]}


def html_pages():
    """Every page a reader reads (not the pages named as Microsoft's, which only lead to ours)."""
    for folder, _, files in os.walk(HTML_DIR):
        for name in sorted(files):
            if name.endswith(".html") and not name.startswith("im-"):
                yield os.path.join(folder, name)


@functools.lru_cache(maxsize=None)
def header_lines(page):
    """{L-<n>: the line's element} of a header's page (source/msgrua_h.html), read once."""
    return {e.attrs["id"]: e for e in parse_html(os.path.join(HTML_DIR, "source", page)).iter("span")
            if (e.attrs.get("id") or "").startswith("L-")}


class EveryReferencePage(unittest.TestCase):
    def test_every_declared_type_has_a_source_page(self):
        self.assertEqual(DECLARED[0], "SESSION_STATE", "SESSION_STATE comes first")
        for type_name in DECLARED:
            self.assertIn(type_name, PAGES, "no source page in data/pages")
        self.assertEqual(sorted(DECLARED), sorted(PAGES), "every source page is declared by the header")

    def each(self):
        """(source page, built page, its article's text) of every declared type.
        A caller's loop body opens the subTest: an assertion raised there
        never reaches a subTest opened here, in the generator."""
        for type_name in DECLARED:
            page = parse_html(page_path(type_name))
            yield PAGES[type_name], page, page.find("article").clean_text()

    def test_title_banner_summary_in_the_sources_order(self):
        for source, page, text in self.each():
            with self.subTest(source.type):
                self.assertEqual(page.find("h1").clean_text(), source.title)
                admonition = page.find("div", "admonition")
                self.assertIn("warning", admonition.classes)
                self.assertIn(deprecation(source), admonition.clean_text())
                # Its links, as the source page has them.
                links = [(a.clean_text(), a.attrs.get("href")) for a in admonition.iter("a")]
                self.assertEqual(links, source.banner_links)
                self.assertLess(text.index(source.do_not_use), text.index(source.summary))
                self.assertLess(text.index(source.summary), text.index("Syntax"))

    def test_sections_include_the_sources_and_more_in_order(self):
        for source, page, _ in self.each():
            with self.subTest(source.type):
                headings = [h.clean_text() for h in page.iter("h2")]
                core = [h for h in headings if h in ("Syntax", "Constants", "Helpers", "Requirements", "See also",
                                                     "Errata")]
                self.assertEqual(core, ["Syntax", "Constants", "Helpers", "Requirements", "See also", "Errata"])

    def test_syntax_block_is_the_sources_with_the_right_type_name(self):
        for source, page, _ in self.each():
            with self.subTest(source.type):
                shown = re.sub(r"\s+", " ", page.find("div", "msgrpriv-syntax").find("pre").text()).strip()
                # The source's shape: a value where the source writes one, none where it does not.
                rows = ", ".join(c.name + (f" = {declared_literal(c)}" if c.literal is not None else "")
                                 for c in source.constants)
                self.assertEqual(shown, f"typedef enum tag{source.type} {{ {rows} }} {source.type};")
                note = page.find("p", "msgrpriv-values-note")
                implicit = [c.name for c in source.constants if c.literal is None]
                if len(implicit) == len(source.constants):
                    self.assertIn("declares no values", note.clean_text())
                elif implicit:  # a page that mixes them says which: MLIST_CONTACT before MLIST_ALLOW = 1
                    self.assertIn(f"declares no value for {', '.join(implicit)}", note.clean_text())
                else:
                    self.assertIsNone(note)

    def test_constants_table_has_each_name_value_and_meaning_verbatim_in_order(self):
        for source, page, _ in self.each():
            with self.subTest(source.type):
                table = page.find("table", "msgrpriv-constants")
                skip = ("headerlink", "msgrpriv-line")
                # The meaning is the cell's first paragraph; what the pages add about it follows.
                rows = []
                for row in table.find("tbody").iter("tr"):
                    cells = list(row.iter("td"))
                    rows.append([cell.clean_text(skip=skip) for cell in cells[:-1]] + [cells[-1].find("p").clean_text()])
                expected = []
                hresult_style = any(c.value >= 1 << 31 for c in source.constants)
                for c in source.constants:
                    hresult = [str(as_hresult(c.value)) if c.value >= 1 << 31 else ""] if hresult_style else []
                    expected.append([c.name, shown_value(c)] + hresult + [c.meaning])
                self.assertEqual(rows, expected)

    def test_each_constant_links_its_row_in_the_header(self):
        for source, page, _ in self.each():
            with self.subTest(source.type):
                name = header_file(source).replace(".", "_") + ".html"
                lines = header_lines(name)
                table = page.find("table", "msgrpriv-constants")
                for c, row in zip(source.constants, table.find("tbody").iter("tr")):
                    link = row.find("a", "msgrpriv-line")
                    self.assertIsNotNone(link, c.name)
                    self.assertEqual(link.attrs["href"].split("#")[0], "../source/" + name, c.name)
                    anchor = link.attrs["href"].split("#")[1]
                    # The line, in the highlighted source: its number, then its text.
                    # After its number, the name, or the page's spelling of its value in a comment first.
                    self.assertRegex(lines[anchor].text(), rf"^\s*\d+\s*(/\*[^*]*\*/\s*)?{c.name}\b",
                                     f"{c.name} links {anchor}")

    def test_the_badges_stand_once_above_the_table(self):
        for source, page, _ in self.each():
            with self.subTest(source.type):
                product = dict(source.requirements).get("Product")  # the Client Enumerations' name none
                legend = page.find("p", "msgrpriv-badges")
                self.assertEqual([b.clean_text() for b in legend.iter("span", "msgrpriv-badge")],
                                 ["Do not use"] + ([product] if product else []))
                table = page.find("table", "msgrpriv-constants")
                self.assertEqual(list(table.iter("span", "msgrpriv-badge")), [], "no badge on a row")

    def test_each_constant_row_holds_every_anchor_a_link_may_use(self):
        # Doxygen's own tag file: an id is the file's compound id, "_1", then the anchor.
        tags = ET.parse(os.path.join(DOCS_DIR, "doxygen", "msgrpriv.tag")).getroot()
        doxygen = {m.findtext("name"): m.findtext("anchorfile")[:-len(".html")] + "_1" + m.findtext("anchor")
                   for m in tags.iter("member") if m.get("kind") == "enumvalue"}
        for source, page, _ in self.each():
            with self.subTest(source.type):
                rows = list(page.find("table", "msgrpriv-constants").find("tbody").iter("tr"))
                self.assertEqual(len(rows), len(source.constants))
                for c, row in zip(source.constants, rows):
                    ids = {e.attrs.get("id") for e in row.iter()}
                    # Sphinx's, Microsoft's (its page's lower-case id) and Doxygen's, as its tag file names it.
                    self.assertLessEqual({"c." + c.name, c.name.lower(), doxygen[c.name]}, ids, c.name)
                    self.assertTrue(any(a.attrs.get("href") == "#c." + c.name for a in row.iter("a")))

    def test_requirements_and_see_also_are_the_sources(self):
        for source, page, _ in self.each():
            with self.subTest(source.type):
                table = page.find("table", "msgrpriv-requirements")
                rows = [tuple(cell.clean_text() for cell in row.iter("td")) for row in table.find("tbody").iter("tr")]
                self.assertEqual(rows, source.requirements)
                links = {a.attrs.get("href") for a in page.find("ul", "msgrpriv-see-also").iter("a")}
                for _, url in source.see_also:
                    self.assertIn(url, links)
                self.assertIn(source.url, links, "the source page itself")

    def test_microsofts_page_names_and_anchors_lead_to_the_constants_rows(self):
        for source, page, _ in self.each():
            with self.subTest(source.type):
                redirect = read(os.path.join(HTML_DIR, source.slug + ".html"))
                self.assertIn(f'http-equiv="refresh" content="0; url=reference/{source.type.lower()}.html"', redirect)
                ids = {e.attrs.get("id") for e in page.iter()}
                self.assertLessEqual({c.name for c in source.constants} | {c.name.lower() for c in source.constants}, ids)

    def test_helpers_section_declares_the_three_c_helpers(self):
        for source, page, _ in self.each():
            with self.subTest(source.type):
                ids = {e.attrs.get("id") for e in page.iter()}
                for function in helper_names(source.type):
                    self.assertIn("c." + function, ids)


class WhatMembersReturn(unittest.TestCase):
    """Every code row of every member page, as the fixtures read it (never the importer's data): on
    its constant's row and man page, in the JSON, and on the page of what each member returns."""

    @classmethod
    def setUpClass(cls):
        cls.expected = {}
        for row in SOURCE.returned_by:
            rows = cls.expected.setdefault(row.constant, [])
            if row.constant and (row.member, row.section, row.sentence) not in rows:
                rows.append((row.member, row.section, row.sentence))
        # As a reader sees them: each sentence once, after the members that say it, with their sections.
        cls.lines = {}
        for constant, rows in cls.expected.items():
            said = {}
            for member, section, sentence in rows:
                said.setdefault(sentence, {}).setdefault(member, []).append(section)
            cls.lines[constant] = [", ".join(f"{m} ({', '.join(sections)})" for m, sections in members.items())
                                   + f": \u201c{sentence}\u201d" for sentence, members in said.items()]

    def test_every_constant_lists_the_members_that_return_it(self):
        for entry in INVENTORY["enumerations"]:
            for c in entry["constants"]:
                with self.subTest(c["name"]):
                    self.assertEqual([(r["member"], r["section"], r["sentence"]) for r in c["returned_by"]],
                                     self.expected.get(c["name"], []))
                    text = re.sub(r"\s+", " ", read_man(c["name"] + ".3").stdout)
                    for line in self.lines.get(c["name"], []):
                        self.assertIn(line, text)

    def test_each_row_shows_them(self):
        for type_name in DECLARED:
            rows = parse_html(page_path(type_name)).find("table", "msgrpriv-constants").find("tbody").iter("tr")
            for row, c in zip(rows, PAGES[type_name].constants):
                with self.subTest(c.name):
                    shown = [li.clean_text() for ul in row.iter("ul", "msgrpriv-returned-by") for li in ul.iter("li")]
                    for line in self.lines.get(c.name, []):
                        self.assertIn(line, shown)

    def test_the_returns_page_has_every_row_as_its_page_writes_it(self):
        text = parse_html(os.path.join(HTML_DIR, "reference", "returns.html")).find("article").clean_text()
        for row in SOURCE.returned_by:
            self.assertTrue(row.member in text and row.sentence in text, f"{row.member}: {row.sentence}")

    def test_the_unsupported_enumerations_are_listed_as_microsoft_lists_them(self):
        unsupported = [(p.type, p.url, p.unsupported) for p in SOURCE.enumerations if p.unsupported]
        self.assertEqual(len(unsupported), 23)
        self.assertEqual([(u["type"], u["source_url"], u["text"]) for u in INVENTORY["unsupported"]], unsupported)
        page = parse_html(os.path.join(HTML_DIR, "reference", "unsupported.html"))
        rows = [row.clean_text() for row in page.find("table", "msgrpriv-unsupported").find("tbody").iter("tr")]
        ids = {e.attrs.get("id") for e in page.iter()}
        for (name, url, text), row in zip(unsupported, rows):
            self.assertEqual(row, f"{name} {url.rsplit('/', 1)[1]} {text}")
            self.assertLessEqual({name, name.lower()}, ids)
            slug = url.rsplit("/", 1)[1]
            self.assertIn(f"url=reference/unsupported.html#{name.lower()}", read(os.path.join(HTML_DIR, slug + ".html")))


class LookupPage(unittest.TestCase):
    """lookup.html, against the look-up's one table (tests/lookup/cases.json,
    which the decoder's runs and the browser test share) and the pages."""

    NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}

    @classmethod
    def setUpClass(cls):
        cls.lookup = lookup_table
        cls.table = lookup_table.load()
        cls.page = parse_html(os.path.join(HTML_DIR, "lookup.html"))
        cls.rows = list(cls.page.find("table", "msgrpriv-lookup").find("tbody").iter("tr"))
        cls.ids = {e.attrs.get("id"): e for e in cls.page.iter() if e.attrs.get("id")}

    def value_of(self, row):
        return int(next(row.iter("p")).clean_text())

    def names_in(self, row):
        return next(list(row.iter("td"))[1].iter("p")).clean_text()

    def rows_at(self, anchor):
        """The rows of the value whose first row holds the anchor."""
        element = self.ids[anchor]
        first = next(a for a in element.ancestors() if a.tag == "tr")
        at = self.rows.index(first)
        return [row for row in self.rows[at:] if self.value_of(row) == self.value_of(first)]

    def test_every_constant_is_listed_by_value_with_its_forms(self):
        listed = []
        for row in self.rows:
            value, constant, meaning = row.iter("td")
            forms = [p.clean_text() for p in value.iter("p")]
            names = [p.clean_text() for p in constant.iter("p")]
            listed.append([forms[0], forms[1], forms[2] if len(forms) > 2 else "", forms[3] if len(forms) > 3 else "",
                           names[0], names[1], meaning.clean_text()])
        expected, shown = [], set()
        for type_name in DECLARED:
            for c in PAGES[type_name].constants:
                hexadecimal = c.literal if (c.literal or "").lower().startswith("0x") else hex(c.value)
                hresult = str(as_hresult(c.value)) if c.value >= 1 << 16 else ""  # a success code's is its value
                # An HRESULT's parts, failure or success (MSGR_S_*), on its value's first row (-1's four share one).
                parts = (f"severity {c.value >> 31}, facility 0x{(c.value >> 16) & 0x7FF:x}, code 0x{c.value & 0xFFFF:x}"
                         if hresult and c.value not in shown else "")
                shown.add(c.value)
                expected.append([str(c.value), hexadecimal, hresult, parts, c.name, type_name, c.meaning])
        self.assertEqual(sorted(listed, key=lambda r: int(r[0])), listed, "sorted by value")
        self.assertEqual(sorted(map(tuple, listed)), sorted(map(tuple, expected)))

    def test_each_value_has_anchors_written_from_the_number(self):
        for text in ("0x81000614", "2164262420", "-2130704876", "6", "0x6", "0x0"):
            self.assertIn(text, self.ids)
        self.assertIn("SR_SESSION_STATE_INVALID", self.rows_at("-2130704876")[0].clean_text())
        self.assertIn("SR_SESSION_STATE_INVALID", self.rows_at("2164262420")[0].clean_text())
        self.assertIn("SS_DECLINED", self.rows_at("6")[0].clean_text())

    def test_a_value_shared_by_several_types_lists_every_match(self):
        six = [self.names_in(row) for row in self.rows if row.clean_text().startswith("6 ")]
        expected = [c.name for page in PAGES.values() for c in page.constants if c.value == 6]
        self.assertGreater(len(expected), 1)
        self.assertEqual(sorted(six), sorted(expected))

    def test_each_row_links_its_constant(self):
        for row in self.rows:
            name = self.names_in(row)
            self.assertTrue(any((a.attrs.get("href") or "").endswith("#c." + name) for a in row.iter("a")), name)

    def test_the_lookup_table_agrees_with_the_pages(self):
        # Against the pages of the table's own types: tests/generality adds one,
        # whose constants answer some cases too (lookup.table reads every page).
        unsupported = [page for page in SOURCE.enumerations if page.unsupported]
        self.assertEqual(self.lookup.problems(self.table, list(PAGES.values()) + unsupported, complete=False), [])

    def test_each_answer_of_the_lookup_table_has_its_rows_here(self):
        """Each value the table's answers find opens, by its own link, at the
        rows of exactly the constants found (flags combined: at each flag's)."""
        for case in self.table["cases"]:
            for reading in case["readings"]:
                if not reading["constants"]:
                    continue
                with self.subTest(input=case["input"], reading=reading["as"]):
                    value = int(reading["value"], 16)
                    anchor = self.lookup_anchor(value)
                    here = [self.names_in(row) for row in self.rows_at(anchor)]
                    # Not those found by the value their page writes (the table of values has the package's).
                    plain = [shown for shown in reading["constants"]
                             if "|" not in shown and shown not in reading.get("page_values", [])]
                    if reading["as"] == "name":
                        self.assertIn(plain[0], here)
                    else:
                        self.assertEqual(sorted(here), sorted(plain))
                    for shown in reading["constants"]:
                        for flag in shown.split("|") if "|" in shown else []:
                            flag_value = int(self.table["constants"][flag]["value"], 16)
                            self.assertIn(flag, [self.names_in(row) for row in self.rows_at(self.lookup_anchor(flag_value))])

    @staticmethod
    def lookup_anchor(value):
        return hex(value)  # value_anchors' first, the one the JSON inventory links (-0x1 for -1)

    def article(self):
        return self.page.find("article").clean_text()

    def test_every_count_it_states_is_its_rows(self):
        counts = re.findall(r"the (\w+) constants? whose value is (\d+)", self.article())
        self.assertTrue(counts, "the page states no count")
        for word, value in counts:
            with self.subTest(value=value):
                rows = [row for row in self.rows if self.value_of(row) == int(value)]
                self.assertEqual(self.NUMBERS.get(word), len(rows), f"the {word} constants whose value is {value}")

    def test_every_link_it_shows_is_an_anchor_or_an_input_of_the_lookup_table(self):
        inputs = {case["input"] for case in self.table["cases"] if case["exit"] == 0}
        links = re.findall(r"lookup\.html#([^\s,]+)", self.article())
        self.assertTrue(links)
        for fragment in links:
            self.assertTrue(fragment in self.ids or fragment in inputs, fragment)

    def test_it_says_which_values_the_constants_have(self):
        values = [c.value for page in PAGES.values() for c in page.constants]
        said = self.page.find("p", "msgrpriv-lookup-ranges").clean_text()
        self.assertEqual(said, f"The constants have the values {self.lookup.ranges(values)}: any other number is none "
                               "of them.")

    def test_its_box_is_for_the_script_to_show(self):
        form = self.ids["msgrpriv-lookup-form"]
        self.assertEqual(form.tag, "form")
        self.assertIn("hidden", form.attrs, "a box that cannot answer without JavaScript")
        label = form.find("label")
        self.assertEqual(self.ids[label.attrs["for"]].tag, "input")
        self.assertIn("msgrpriv-lookup-answer", self.ids)
        # Sphinx 7.1 and later add "?v=<checksum>" to a script's address.
        scripts = [e.attrs["src"].split("?")[0] for e in self.page.iter("script") if e.attrs.get("src")]
        self.assertIn("_static/msgrpriv_search.js", scripts)
        self.assertIn("_static/msgrpriv_lookup.js", scripts)


class SessionStatePage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.page = parse_html(REFERENCE)
        cls.text = cls.page.find("article").clean_text()

    def test_errata_name_lockerror_and_the_older_edition(self):
        errata = self.text[self.text.index("Errata"):]
        for words in ("LockError", "LockStatus", "ms632270", "Windows 95, Windows NT 4.0",
                      "Internet Explorer 5.0", "} SESSION_STATE;"):
            self.assertIn(words, errata)

    def test_related_table_pairs_every_constant_with_its_rss_name(self):
        related = self.text[self.text.index("Related: RENDEZVOUS_SESSION_STATE"):]
        for c in PAGES["SESSION_STATE"].constants:
            self.assertRegex(related, rf"{c.name} {c.value} RSS_{c.name[3:]}\b")

    def test_examples_section_links_example_pages(self):
        section = next(s for s in self.page.iter("section") if s.attrs.get("id") == "examples")
        self.assertTrue(any("examples/" in (a.attrs.get("href") or "") for a in section.iter("a")))


class SiteWide(unittest.TestCase):
    def test_no_page_loads_anything_from_another_host(self):
        for path in html_pages():
            for element in parse_html(path).iter():
                if element.tag in ("script", "link", "img"):
                    for attribute in ("src", "href"):
                        value = element.attrs.get(attribute) or ""
                        self.assertNotRegex(value, r"^(https?:)?//", f"{path}: <{element.tag} {attribute}={value}>")

    def test_index_and_search_know_every_constant_of_every_type(self):
        index = read(os.path.join(HTML_DIR, "genindex.html"))
        search = read(os.path.join(HTML_DIR, "searchindex.js"))
        for type_name in DECLARED:
            for c in PAGES[type_name].constants:
                self.assertIn(f'href="reference/{type_name.lower()}.html#c.{c.name}"', index, c.name)
                self.assertIn(f'"{c.name}"', search, c.name)

    def test_no_paragraph_holds_another(self):
        # A <p> inside a <p> is invalid HTML and splits one sentence in two.
        for path in html_pages():
            for paragraph in parse_html(path).iter("p"):
                self.assertIsNone(paragraph.find("p"), f"{path}: <p> inside <p>: {paragraph.clean_text()[:80]}")

    def test_no_page_holds_an_id_twice(self):
        # A repeated id is invalid HTML; a link to it may land on either.
        for path in html_pages():
            ids = re.findall(r'\sid="([^"]+)"', read(path))
            self.assertEqual(sorted({i for i in ids if ids.count(i) > 1}), [], path)

    def test_every_page_credits_microsoft_and_cc_by_4_0(self):
        for path in html_pages():
            footer = parse_html(path).find("footer")
            self.assertIsNotNone(footer, path)
            text = footer.clean_text()
            self.assertIn("Microsoft Corporation", text, path)
            self.assertIn("CC BY 4.0", text, path)

    def test_service_enumerations_index_lists_every_type_in_order(self):
        # A table per header, in the headers' order; a type two headers provide is in both.
        page = parse_html(os.path.join(HTML_DIR, "reference", "index.html"))
        rows = [[cell.clean_text() for cell in row.iter("td")] for table in page.iter("table", "msgrpriv-enumerations")
                for row in table.find("tbody").iter("tr")]
        headers = list(dict.fromkeys(e["header"] for e in INVENTORY["enumerations"]))
        self.assertEqual(headers[0], "msgrpriv.h")
        self.assertEqual([(r[0], r[1]) for r in rows], [(t, PAGES[t].summary) for h in headers for t in DECLARED
                                                        if h in [x.lower() for x in PAGES[t].headers]])

    def test_performance_page_shows_every_recorded_figure_as_text(self):
        with open(os.path.join(SOURCE_DIR, "bench", "results", "latest.json"), encoding="utf-8") as stream:
            recorded = json.load(stream)["rows"]
        table = parse_html(os.path.join(HTML_DIR, "performance.html")).find("table", "msgrpriv-benchmarks")
        rows = [[cell for cell in row.iter("td")] for row in table.find("tbody").iter("tr")]
        self.assertEqual([r[0].clean_text() for r in rows], [r["figure"] for r in recorded])
        for cells, row in zip(rows, recorded):
            # A cell is text: a lone "-" (no target) must not turn into a list.
            self.assertIsNone(cells[-1].find("ul"), row["figure"])
            self.assertTrue(cells[-1].clean_text().startswith(row["target"] or "-"), row["figure"])

    def test_front_page_says_what_this_is_and_where_to_click(self):
        text = parse_html(os.path.join(HTML_DIR, "index.html")).find("article").clean_text()
        self.assertIn("deprecated", text)
        for link in ("Service Enumerations", "SESSION_STATE enumeration", "Examples", "C helpers", "C++ helpers"):
            self.assertIn(link, text)


def examples():
    runs = read(os.path.join(SOURCE_DIR, "examples", "runs.cmake"))
    return re.search(r"set\(MSGRPRIV_EXAMPLES\s+([^)]*)\)", runs).group(1).split()


class ExamplePages(unittest.TestCase):
    def test_every_example_page_shows_the_compiled_file_and_its_output_verbatim(self):
        listed = examples()
        self.assertGreaterEqual(len(listed), 4)
        self.assertGreaterEqual(sum(1 for e in listed if e.endswith(".c")), 2)
        self.assertGreaterEqual(sum(1 for e in listed if e.endswith(".cpp")), 2)
        for source in listed:
            stem = os.path.splitext(source)[0]
            page = parse_html(os.path.join(HTML_DIR, "examples", stem + ".html"))
            blocks = {}
            for container in page.iter("div", "literal-block-wrapper"):
                caption = container.find("div", "code-block-caption").clean_text()
                blocks[caption] = container.find("pre").text()
            for name in (source, stem + ".output"):
                expected = read(os.path.join(SOURCE_DIR, "examples", name))
                self.assertEqual(blocks.get("examples/" + name), expected, f"{stem}.html shows {name}")

    def test_every_example_is_linked_from_a_reference_page(self):
        pages = {t: read(page_path(t)) for t in DECLARED}
        for source in examples():
            link = f'href="../examples/{os.path.splitext(source)[0]}.html"'
            self.assertTrue(any(link in page for page in pages.values()), f"no reference page links {source}")


MAN_DIR = os.path.join(DOCS_DIR, "man")


def man_itself(name):
    """The page as `man -l` shows it to a reader at an 80-column terminal."""
    return subprocess.run(["man", "-l", os.path.join(MAN_DIR, name)], capture_output=True, text=True,
                          env=dict(os.environ, MANWIDTH="80"))


def blank_lines_squeezed(text):
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


@functools.lru_cache(maxsize=None)
def roff():
    """What `man -l` runs for that reader, as plain text, with every troff warning on: man-db costs
    three more processes a page, and there are some 400 pages. Its line length differs by version
    (78 in Debian 12's man-db 2.11, 79 in Debian 13's 2.13): it is the one that formats msgrpriv(3)
    as man does (test_man_itself_shows_each_kind_of_page_so compares more pages)."""
    shown = blank_lines_squeezed(man_itself("msgrpriv.3").stdout)
    for length in (80, 79, 78, 77, 76):
        command = ["groff", "-k", "-t", "-mtty-char", "-mandoc", "-Tutf8", f"-rLL={length}n", f"-rLT={length}n", "-ww",
                   "-P-c", "-P-b", "-P-u", "-P-o"]
        formatted = subprocess.run([*command, os.path.join(MAN_DIR, "msgrpriv.3")], capture_output=True, text=True)
        if blank_lines_squeezed(formatted.stdout) == shown:
            return command
    raise AssertionError(f"groff formats msgrpriv(3) as man does at no line length:\n{shown}")


def man_pages():
    """The man pages that are pages, not links to one (a helper's or a macro's name)."""
    return [n for n in sorted(os.listdir(MAN_DIR)) if n.endswith(".3") and not os.path.islink(os.path.join(MAN_DIR, n))]


def format_man(name):
    return subprocess.run([*roff(), os.path.join(MAN_DIR, name)], capture_output=True, text=True)


@functools.lru_cache(maxsize=None)
def formatted_man_pages():
    """Every man page formatted once, several at a time; a link (a helper's or a macro's name) reads
    as the page it links to, which is what `man` shows for it."""
    names = sorted(os.listdir(MAN_DIR))
    shown = {name: os.path.basename(os.path.realpath(os.path.join(MAN_DIR, name))) for name in names}
    pages = sorted(set(shown.values()))
    roff()  # found once, before the threads ask for it
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        formatted = dict(zip(pages, pool.map(format_man, pages)))
    return {name: formatted[page] for name, page in shown.items()}


def read_man(name):
    """A man page as `man` shows it on an 80-column terminal; any warning
    troff prints (a line it cannot fit, a table it cannot draw) fails."""
    man = formatted_man_pages().get(name) or format_man(name)
    man.check_returncode()
    if man.stderr:
        raise AssertionError(f"{name}: troff warned:\n{man.stderr}")
    return man


def man_sections(text):
    """{SECTION: its text, whitespace collapsed} of a formatted man page, in order."""
    sections, current = {}, None
    for line in text.splitlines()[1:-1]:  # the header and footer lines
        if re.fullmatch(r"[A-Z][A-Z :_.0-9]*", line):
            current = line
            sections[current] = ""
        elif current is not None:
            sections[current] = re.sub(r"\s+", " ", sections[current] + " " + line).strip()
    return sections


class OtherOutputs(unittest.TestCase):
    def test_a_man_page_per_type_shows_its_reference(self):
        for type_name in DECLARED:
            source = PAGES[type_name]
            man = read_man(type_name + ".3")
            text = re.sub(r"\s+", " ", man.stdout)
            self.assertIn(f"{type_name} - {type_name} enumeration", text)
            copyright = man_sections(man.stdout)["COPYRIGHT"]
            self.assertIn("Microsoft Corporation, CC BY 4.0", copyright)
            self.assertIn(deprecation(source), text)
            for c in source.constants:
                self.assertIn(f"{c.name} = {c.literal if c.literal is not None else c.value} ", text)
                self.assertIn(c.meaning, text)

    def test_a_man_page_per_constant_shows_it_first_in_every_form(self):
        for type_name in DECLARED:
            source = PAGES[type_name]
            for c in source.constants:
                with self.subTest(c.name):
                    text = read_man(c.name + ".3").stdout
                    sections = man_sections(text)
                    self.assertEqual(list(sections)[:3], ["NAME", "SYNOPSIS", "DESCRIPTION"])
                    self.assertEqual(list(sections)[-1], "SEE ALSO")
                    self.assertEqual(sections["NAME"], f"{c.name} - a {type_name} constant ({source.header}, deprecated)")
                    self.assertIn(f"{c.name} =", sections["SYNOPSIS"])
                    description = sections["DESCRIPTION"]
                    self.assertTrue(description.startswith(c.meaning), description)
                    self.assertIn(f"decimal {c.value}, hex {hex(c.value)}", description)
                    if c.literal is not None and c.value != c.source_value:
                        self.assertIn(f"{declared_literal(c)} (corrected: the source page writes {c.literal}", description)
                    elif c.literal is not None:
                        self.assertIn(f"{c.literal} (as the source page writes it)", description)
                    else:
                        self.assertIn(f"{c.value} (implicit", description)
                    if c.value >= 1 << 31:
                        self.assertIn(f"as an HRESULT {as_hresult(c.value)} (severity 1, facility "
                                      f"{hex((c.value >> 16) & 0x7FF)}, code {hex(c.value & 0xFFFF)})", description)
                    self.assertIn(f"{type_name}: {source.summary}", description)
                    self.assertIn(deprecation(source), sections["NOTES"])
                    self.assertIn("Microsoft Corporation, CC BY 4.0", sections["COPYRIGHT"])
                    see_also = sections["SEE ALSO"].replace("/ ", "/")  # an address breaks after a '/'
                    self.assertIn(f"{type_name}(3)", see_also)
                    self.assertIn(source.url, see_also)

    def test_every_man_page_has_the_usual_sections_in_the_usual_order(self):
        for name in man_pages():
            sections = list(man_sections(read_man(name).stdout))
            self.assertEqual(sections[:3], ["NAME", "SYNOPSIS", "DESCRIPTION"], name)
            self.assertEqual(sections[-2:], ["COPYRIGHT", "SEE ALSO"], name)

    def test_every_symbol_a_type_page_documents_is_a_man_page_name_in_the_build_tree(self):
        for type_name in DECLARED:
            words = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", type_name).upper()  # LockError -> LOCK_ERROR
            names = helper_names(type_name) + ["tag" + type_name, f"MSGRPRIV_{words}_LIST"]
            for name in names:
                with self.subTest(name):
                    sections = man_sections(read_man(name + ".3").stdout)
                    self.assertTrue(sections["NAME"].startswith(f"{type_name} - {type_name} enumeration"), name)

    def test_a_type_man_page_says_what_its_html_page_says_about_its_uses(self):
        """The words under a type's "See also" (where it is used, what to know) end its man
        page's DESCRIPTION, a link to another type's page read as that type's man page."""
        said = 0
        for type_name in DECLARED:
            page = parse_html(page_path(type_name))
            section = next(e for e in page.iter("section") if e.attrs.get("id") == "see-also")
            description = man_sections(read_man(type_name + ".3").stdout)["DESCRIPTION"]
            description = re.sub(r" \(\w+\(3\)\)", "", description)
            items = [e for e in section.children if getattr(e, "tag", None) == "p"] + \
                [li for ul in section.iter("ul") if "msgrpriv-see-also" not in ul.classes for li in ul.iter("li")]
            for item in items:
                said += 1
                self.assertIn(item.clean_text(), description, type_name)
        self.assertGreaterEqual(said, 5, "the types' uses were not found on their pages")

    def test_a_type_man_page_has_the_sources_requirements(self):
        for type_name in DECLARED:
            requirements = man_sections(read_man(type_name + ".3").stdout)["REQUIREMENTS"]
            for name, value in PAGES[type_name].requirements:
                self.assertIn(f"{name} {value}", requirements, type_name)
            self.assertNotIn("Value:", requirements)

    def test_man_page_references_name_a_man_page_never_an_html_path(self):
        text = re.sub(r"\s+", " ", read_man("SESSION_STATE.3").stdout)
        self.assertIn("C helpers (msgrpriv(3))", text)
        for name in man_pages():
            self.assertNotIn(".html", read_man(name).stdout, name)

    def test_man_itself_shows_each_kind_of_page_so(self):
        """`man` shows what roff() formats, blank lines aside: a type's and a constant's page of each
        header, a helper's (a link) and msgrpriv(3)."""
        last_of_each_header = {e["header"]: e for e in INVENTORY["enumerations"]}.values()
        names = [name + ".3" for e in last_of_each_header for name in (e["type"], e["constants"][-1]["name"])]
        names += [INVENTORY["enumerations"][0]["helpers"]["from_name"] + ".3", "msgrpriv.3"]
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            for name, man in zip(names, pool.map(man_itself, names)):
                self.assertEqual((man.returncode, man.stderr), (0, ""), name)
                self.assertEqual(blank_lines_squeezed(man.stdout), blank_lines_squeezed(read_man(name).stdout), name)

    def test_every_man_page_reads_at_80_columns_without_warnings(self):
        for name in sorted(os.listdir(MAN_DIR)):
            if name.endswith(".3"):
                man = read_man(name)  # fails on any troff or grotty warning
                for line in man.stdout.splitlines():
                    self.assertLessEqual(len(line), 80, f"{name}: {line}")

    def test_objects_inv_has_every_type_and_constant(self):
        uris = inventory_uris()
        for type_name in DECLARED:
            page = f"reference/{type_name.lower()}.html"
            self.assertEqual(uris[("c:type", type_name)], f"{page}#c.{type_name}")
            for c in PAGES[type_name].constants:
                self.assertEqual(uris[("c:enumerator", c.name)], f"{page}#c.{c.name}")
            for helper in helper_names(type_name):
                self.assertEqual(uris[("c:function", helper)], f"{page}#c.{helper}")

    def test_every_objects_inv_entry_resolves(self):
        for (role, name), uri in inventory_uris().items():
            page, _, anchor = uri.partition("#")
            path = os.path.join(HTML_DIR, page)
            self.assertTrue(os.path.exists(path), f"{role} {name}: no page {page}")
            if anchor:
                self.assertIn(f'id="{anchor}"', read(path), f"{role} {name}: no anchor {anchor}")

    def test_the_lookups_data_has_every_constant_and_every_form_of_its_value(self):
        """_static/msgrpriv_lookup.js, which the search box and the look-up page answer from: every
        type in the headers' order (then the unsupported ones), each constant of each source page
        once with its value and meaning, each value's forms as every answer shows it."""
        script = read(os.path.join(HTML_DIR, "_static", "msgrpriv_lookup.js"))
        data = json.loads(re.fullmatch(r"window\.MSGRPRIV_LOOKUP = (.*);\n", script, re.S).group(1))
        self.assertEqual([t["name"] for t in data["types"] if not t.get("unsupported")], DECLARED)
        self.assertEqual([t["name"] for t in data["types"] if t.get("unsupported")],
                         [p.type for p in SOURCE.enumerations if p.unsupported])
        found = sorted((data["types"][c["type"]]["name"], c["name"], c["value"], c["meaning"])
                       for c in data["constants"] if "note" not in c)
        self.assertEqual(found, sorted((t, c.name, c.value, c.meaning) for t in DECLARED for c in PAGES[t].constants))
        for value, shown in data["forms"].items():
            value = int(value)
            self.assertEqual(shown, lookup_table.value_text(value), value)
        self.assertEqual(data["ranges"], lookup_table.ranges([c.value for t in DECLARED for c in PAGES[t].constants]))

    def test_json_inventory_matches_the_source_pages(self):
        self.assertEqual((INVENTORY["schema"], INVENTORY["schema_version"]), ("msgrpriv-inventory", 3))
        self.assertIn("CC BY 4.0", INVENTORY["attribution"])
        for entry in INVENTORY["enumerations"]:
            source = PAGES[entry["type"]]
            self.assertEqual(entry["summary"], source.summary)
            self.assertEqual(entry["source_url"], source.url)
            self.assertEqual(entry["deprecation"], deprecation(source))
            self.assertEqual([(r["name"], r["value"]) for r in entry["requirements"]], source.requirements)
            self.assertEqual([(c["name"], c["value"], c["literal"], c["page_literal"], c["meaning"])
                              for c in entry["constants"]],
                             [(c.name, c.value, declared_literal(c), c.literal, c.meaning) for c in source.constants])
            self.assertEqual(entry["values_implicit"], any(c.literal is None for c in source.constants))
            self.assertEqual([entry["header"]] + entry["also_in"], [h.lower() for h in source.headers])
            self.assertEqual(entry["helpers"], dict(zip(("name", "description", "from_name", "from_value"),
                                                        helper_names(source.type))))
            product = dict(source.requirements).get("Product")
            # Every constant of a page that says "Do not use." is deprecated, each on its own line.
            self.assertEqual([(c["name"], c["deprecated"], c["product"]) for c in entry["constants"]],
                             [(c.name, source.do_not_use == "Do not use.", product) for c in source.constants])
            # Its row on the look-up page, by its value as the source gives it.
            for c, expected in zip(entry["constants"], source.constants):
                self.assertEqual(c["lookup"], f"lookup.html#{hex(expected.value)}", c["name"])

    def test_json_lines_point_at_the_headers_rows(self):
        for entry in INVENTORY["enumerations"]:
            header = read(os.path.join(SOURCE_DIR, "include", entry["header"])).split("\n")
            self.assertRegex(header[entry["line"] - 1], rf"^typedef .*\benum\b.*\b{entry['tag']}\b.*{{$")
            for c in entry["constants"]:
                self.assertRegex(header[c["line"] - 1], rf"^\s*(/\*[^*]*\*/\s*)?{c['name']}\b", c["name"])

    def test_json_inventory_agrees_with_the_compiled_helpers(self):
        dump = subprocess.run([os.environ["MSGRPRIV_DUMP_STATES"]], capture_output=True, text=True, check=True)
        compiled = [tuple(line.split("\t")) for line in dump.stdout.splitlines()]
        expected = [(e["type"], str(c["hresult"] if c["hresult"] is not None else c["value"]), c["name"], c["meaning"])
                    for e in INVENTORY["enumerations"] for c in e["constants"]]
        self.assertEqual(compiled, expected)

    def test_tag_file_points_each_symbol_at_its_own_anchor(self):
        tags = ET.parse(os.path.join(DOCS_DIR, "msgrpriv.tag")).getroot()
        members = {m.findtext("name"): m for m in tags.iter("member")}
        for type_name in DECLARED:
            page = f"reference/{type_name.lower()}.html"
            for name in [c.name for c in PAGES[type_name].constants] + [type_name] + helper_names(type_name):
                member = members[name]
                self.assertEqual((member.findtext("anchorfile"), member.findtext("anchor")), (page, "c." + name))
                self.assertIn(f'id="c.{name}"', read(os.path.join(HTML_DIR, page)), name)

    def test_the_deprecated_list_names_every_type_and_every_1x_name(self):
        text = parse_html(os.path.join(HTML_DIR, "deprecated.html")).find("table", "msgrpriv-deprecated-list")
        rows = [row.clean_text() for row in text.find("tbody").iter("tr")]
        for type_name in DECLARED:
            self.assertTrue(any(row.startswith(f"{type_name} (and its constants)") for row in rows), type_name)
        # The 1.x C++ names, as msgrpriv_v1.hpp's source marks them.
        v1 = read(os.path.join(SOURCE_DIR, "include", "msgrpriv_v1.hpp"))
        names = set(re.findall(r"\[\[deprecated\([^)]*\)\]\] (?:inline )?constexpr (?:\w+ )*?(\w+)(?: =|\()", v1))
        names |= set(re.findall(r"struct \[\[deprecated\([^)]*\)\]\] (\w+)", v1))
        self.assertEqual(names, {"state_count", "all_states", "parse_result", "parse", "from_value"})
        for name in names:
            self.assertTrue(any(f"msgrpriv::v1::{name}" in row for row in rows), name)


if __name__ == "__main__":
    unittest.main(verbosity=2)
