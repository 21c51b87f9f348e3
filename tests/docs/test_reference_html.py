"""The built reference, checked as a reader sees it: the pages, the man
page, objects.inv, the JSON inventory and the Doxygen tag file."""

import json
import os
import re
import subprocess
import unittest
import posixpath
import xml.etree.ElementTree as ET

from sphinx.util.inventory import InventoryFile

from docs_support import DOCS_DIR, HTML_DIR, SOURCE_DIR, SourceWording, header_declaration, parse_html, read

WORDING = SourceWording()
REFERENCE = os.path.join(HTML_DIR, "reference", "session_state.html")


def html_pages():
    for folder, _, files in os.walk(HTML_DIR):
        for name in sorted(files):
            if name.endswith(".html"):
                yield os.path.join(folder, name)


class ReferencePage(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.page = parse_html(REFERENCE)
        cls.text = cls.page.find("article").clean_text()

    def test_title_is_the_sources(self):
        self.assertEqual(self.page.find("h1").clean_text(), "SESSION_STATE enumeration")

    def test_deprecation_sentences_are_inside_an_admonition(self):
        admonition = self.page.find("div", "admonition")
        self.assertIsNotNone(admonition, "no admonition on the page")
        self.assertIn("warning", admonition.classes)
        text = admonition.clean_text()
        self.assertIn("Deprecated", text)
        self.assertIn(WORDING.do_not_use + " " + WORDING.banner, text)

    def test_banner_comes_before_the_summary_and_the_syntax(self):
        banner = self.text.index(WORDING.do_not_use)
        summary = self.text.index(WORDING.summary)
        syntax = self.text.index("Syntax")
        self.assertLess(banner, summary)
        self.assertLess(summary, syntax)

    def test_sections_follow_the_sources_order_then_add_more(self):
        headings = [h.clean_text() for h in self.page.iter("h2")]
        self.assertEqual(headings, ["Syntax", "Constants", "Requirements", "See also", "Errata",
                                    "Related: RENDEZVOUS_SESSION_STATE", "Examples"])

    def test_syntax_block_equals_the_headers_declaration(self):
        block = self.page.find("div", "msgrpriv-syntax")
        self.assertIsNotNone(block, "no syntax block")
        shown = re.sub(r"\s+", " ", block.find("pre").text()).strip()
        self.assertEqual(shown, header_declaration())
        self.assertNotIn("LockError", shown)

    def test_constants_table_has_each_name_value_and_meaning_verbatim_in_order(self):
        table = self.page.find("table", "msgrpriv-constants")
        rows = [[cell.clean_text() for cell in row.iter("td")] for row in table.find("tbody").iter("tr")]
        self.assertEqual(rows, [[name, str(value), meaning] for name, value, meaning in WORDING.constants])

    def test_each_constant_row_holds_its_permalink_anchor(self):
        table = self.page.find("table", "msgrpriv-constants")
        for name, _, _ in WORDING.constants:
            anchor = next((e for e in table.iter() if e.attrs.get("id") == "c." + name), None)
            self.assertIsNotNone(anchor, f"no anchor c.{name} in the constants table")
            self.assertTrue(any(a.attrs.get("href") == "#c." + name for a in anchor.iter("a")),
                            f"no permalink to #c.{name}")

    def test_every_requirement_value_is_in_the_requirements_table(self):
        table = self.page.find("table", "msgrpriv-requirements")
        rows = [tuple(cell.clean_text() for cell in row.iter("td")) for row in table.find("tbody").iter("tr")]
        self.assertEqual(rows, WORDING.requirements)

    def test_see_also_links_the_sources_pages(self):
        links = {a.clean_text(): a.attrs.get("href") for a in self.page.find("ul", "msgrpriv-see-also").iter("a")}
        for title in ("Messenger Session Invite and Messenger Private APIs", "Messenger Lock and Key API",
                      "LockStatus", "Windows Messenger"):
            self.assertTrue(links.get(title, "").startswith("https://learn.microsoft.com/"), title)
        self.assertIn("DMsgrSessionEvents::OnStateChanged([in] SESSION_STATE prevState)", self.text)

    def test_errata_name_lockerror_and_the_older_edition(self):
        errata = self.text[self.text.index("Errata"):]
        for words in ("LockError", "LockStatus", "ms632270", "Windows 95, Windows NT 4.0",
                      "Internet Explorer 5.0", "} SESSION_STATE;"):
            self.assertIn(words, errata)

    def test_related_table_pairs_every_constant_with_its_rss_name(self):
        related = self.text[self.text.index("Related: RENDEZVOUS_SESSION_STATE"):]
        for name, value, _ in WORDING.constants:
            self.assertRegex(related, rf"{name} {value} RSS_{name[3:]}\b")

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

    def test_index_lists_every_constant_pointing_at_its_row(self):
        index = read(os.path.join(HTML_DIR, "genindex.html"))
        for name, _, _ in WORDING.constants:
            self.assertIn(f'href="reference/session_state.html#c.{name}"', index, name)

    def test_search_index_knows_every_constant(self):
        search = read(os.path.join(HTML_DIR, "searchindex.js"))
        for name, _, _ in WORDING.constants:
            self.assertIn(f'"{name}"', search, name)

    def test_front_page_says_what_this_is_and_where_to_click(self):
        text = parse_html(os.path.join(HTML_DIR, "index.html")).find("article").clean_text()
        self.assertIn("deprecated", text)
        for link in ("SESSION_STATE enumeration", "Examples", "C helpers", "C++ helpers"):
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

    def test_reference_page_links_every_example(self):
        page = read(REFERENCE)
        for source in examples():
            self.assertIn(f'href="../examples/{os.path.splitext(source)[0]}.html"', page, source)


class OtherOutputs(unittest.TestCase):
    def test_man_page_shows_the_reference(self):
        man = subprocess.run(["man", "-l", os.path.join(DOCS_DIR, "man", "SESSION_STATE.3")],
                             capture_output=True, text=True, env=dict(os.environ, MANWIDTH="200"), check=True)
        text = re.sub(r"\s+", " ", re.sub(r"[\u2500-\u257f]", " ", man.stdout))
        self.assertIn("SESSION_STATE - SESSION_STATE enumeration", text)
        self.assertIn(WORDING.do_not_use + " " + WORDING.banner, text)
        self.assertIn("SS_DECLINED 6 The session is remotely canceled.", text)

    def test_objects_inv_has_the_type_and_every_constant(self):
        with open(os.path.join(HTML_DIR, "objects.inv"), "rb") as stream:
            inventory = InventoryFile.load(stream, "", posixpath.join)
        self.assertEqual(inventory["c:type"]["SESSION_STATE"][2], "reference/session_state.html#c.SESSION_STATE")
        for name, _, _ in WORDING.constants:
            self.assertEqual(inventory["c:enumerator"][name][2], f"reference/session_state.html#c.{name}")

    def test_json_inventory_matches_the_source(self):
        data = json.loads(read(os.path.join(DOCS_DIR, "session_state.json")))
        self.assertEqual(data["type"], "SESSION_STATE")
        self.assertEqual(data["summary"], WORDING.summary)
        self.assertEqual(data["deprecation"], WORDING.do_not_use + " " + WORDING.banner)
        self.assertEqual([(r["name"], r["value"]) for r in data["requirements"]], WORDING.requirements)
        self.assertEqual([(c["name"], c["value"], c["meaning"]) for c in data["constants"]], WORDING.constants)

    def test_json_inventory_agrees_with_the_compiled_helpers(self):
        dump = subprocess.run([os.environ["MSGRPRIV_DUMP_STATES"]], capture_output=True, text=True, check=True)
        compiled = [tuple(line.split("\t")) for line in dump.stdout.splitlines()]
        data = json.loads(read(os.path.join(DOCS_DIR, "session_state.json")))
        self.assertEqual([(str(c["value"]), c["name"], c["meaning"]) for c in data["constants"]], compiled)

    def test_tag_file_points_at_anchors_that_exist(self):
        tags = ET.parse(os.path.join(DOCS_DIR, "msgrpriv.tag")).getroot()
        members = {m.findtext("name"): m for m in tags.iter("member")}
        for name in [c[0] for c in WORDING.constants] + ["SESSION_STATE", "MsgrSessionStateName"]:
            member = members[name]
            page = read(os.path.join(HTML_DIR, member.findtext("anchorfile")))
            self.assertIn(f'id="{member.findtext("anchor")}"', page, name)


if __name__ == "__main__":
    unittest.main(verbosity=2)
