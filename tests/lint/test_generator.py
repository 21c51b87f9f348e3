#!/usr/bin/python3
"""The programs that make the headers' data refuse data that breaks a rule, naming the rule, and
write nothing; the data as it is passes, and importing it again changes nothing.

- scripts/import_pages.py reads data/pages/ and data/decisions.toml into data/enumerations.toml:
  each case edits a copy of a page or of the decisions. A made-up member page shows which of
  its tables and sentences "Returned by" reads, and that a page it cannot read is named.
- scripts/generate_header.py reads data/enumerations.toml (through scripts/msgrpriv_data.py)
  into the headers: each case edits a copy of the data."""

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import unittest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir)
GENERATOR = os.path.join(ROOT, "scripts", "generate_header.py")
IMPORTER = os.path.join(ROOT, "scripts", "import_pages.py")

# (what the rule is, text in data/enumerations.toml, what replaces it, words the error must hold)
BROKEN_DATA = [
    ("values ascend", 'value = "0x81000752"', 'value = "0x81000750"', "LockError): the values must ascend"),
    ("names are unique", '{ name = "SS_READY"', '{ name = "SS_UNKNOWN"', "names and prefixes must be unique"),
    ("a type's values are unique", '{ name = "SS_READY",', '{ name = "SS_READY", value = "0",',
     "SS_UNKNOWN and SS_READY have one value"),
    ("upper-case C names", '{ name = "SS_READY"', '{ name = "ss_ready"', "'ss_ready' is not an upper-case C name"),
    ("no octal", 'value = "0x0001"', 'value = "01"', "value '01' is not a decimal or 0x literal"),
    ("a value name of [values]", 'value = "MSGR_E(0x0001)"', 'value = "MSGR_X(0x0001)"',
     "value 'MSGR_X(0x0001)' is not a decimal or 0x literal, nor NAME(0x...) or NAME of [values]"),
    ("[values] give a base or a value", "MSGR_E = { base = ", "MSGR_E = { bass = ", "values.MSGR_E has a base or a value"),
    ("32 bits", 'value = "0x81000756"', 'value = "0x181000756"', "is not a 32-bit value"),
    ("one line of text", 'meaning = "Protocol error."', 'meaning = "Protocol\\nerror."', "not one line of text"),
    ("no comment end", 'meaning = "Protocol error."', 'meaning = "Protocol */ error."', "not one line of text"),
    ("printable ASCII", 'meaning = "Protocol error."', 'meaning = "Protocol \\u00e9rror."', "not printable ASCII"),
    ("required fields", 'summary = "Provides a list of Lock and Key error status codes."\n', "",
     "LockError): needs"),
    ("no unknown fields", 'prefix = "LockError"\n', 'prefix = "LockError"\ncolour = "red"\n', "unknown ['colour']"),
    ("CamelCase prefix", 'prefix = "LockError"', 'prefix = "lock_error"', "prefix a CamelCase word"),
    ("a header of [[header]]", 'header = "msgrpriv.h"', 'header = "msgrprivate.h"',
     "header 'msgrprivate.h' is none of the [[header]] tables"),
    ("a header lists its types", 'types = ["SESSION_STATE", "LockError", ', 'types = ["SESSION_STATE", ',
     "header msgrpriv.h lists"),
]

# (what the rule is, file under data/, text in it, what replaces it (None: the table it starts goes),
#  words the error must hold)
BROKEN_INPUT = [
    ("a decision gives its reason", "decisions.toml", 'reason = "2.0\'s helpers (MsgrLockErrorName, ...): the type\'s '
     'name, already CamelCase."\n', "", "type 2: needs ['prefix', 'reason', 'type']"),
    ("a reason is words", "decisions.toml", 'reason = "2.0\'s helpers (MsgrLockErrorName, ...): the type\'s name, already '
     'CamelCase."', 'reason = "because"', "type 2: every decision gives its reason, in words"),
    ("no unknown keys in a decision", "decisions.toml", "flags = true\n", "flags = true\ncolour = \"red\"\n",
     "unknown ['colour']"),
    ("a rename applies to the page", "decisions.toml", "occurrence = 2", "occurrence = 3",
     "rename 1: im-session-flags-enum.md has no SF_INVITER = 0x0002 as its name's appearance 3: the decision no "
     "longer applies"),
    ("a correction applies to the page", "decisions.toml", 'page_value = "MSGR_E(0x0086)"',
     'page_value = "MSGR_E(0x0085)"', "correction 1: im-msgrobject-msgrconstants does not give MSGR_E_IE_OFFLINE = "
     "MSGR_E(0x0085): the decision no longer applies"),
    ("a type two pages list needs a merge", "decisions.toml", "\n[[merge]]\n", None,
     "MSGRConstants: listed on 2 pages: a [[merge]] decision says how they make one type"),
    ("every type has a prefix", "decisions.toml", '\n[[type]]\ntype = "MLIST"', None,
     "MLIST has no [[type]] table, with its prefix"),
    ("one [[type]] per type", "decisions.toml", 'type = "MLIST"', 'type = "MSTATE"', "MSTATE has two [[type]] tables"),
    ("a decision names a listed type", "decisions.toml", 'first = ["SESSION_STATE"]', 'first = ["SESSION_STATES"]',
     "SESSION_STATES is no type the index pages list with constants"),
    ("every page's header has a decision", "decisions.toml", 'name = "basicim.h"\nsource = "Basicim.h"',
     'name = "basicim.h"\nsource = "BasicIM.h"', "its header Basicim.h has no [[header]] decision"),
    ("a value name has a meaning", "decisions.toml", "MSGR_S = { base = 0x01000300", "MSGR_T = { base = 0x01000300",
     "MSGR_S_ALREADY_IN_THE_MODE: value 'MSGR_S(0x0001)' is not a decimal or 0x literal, nor NAME(0x...)"),
    ("the page's Syntax and Constants agree", "pages/im-mlist.md", "  MLIST_BLOCK    = 2,", "  MLIST_BLOCKED  = 2,",
     "im-mlist.md: the Syntax block and the Constants section name different constants"),
    ("a page's lists end", "pages/im-mlist.md", "</dd> </dl>", "</dd>", "im-mlist.md, Constants: a definition list that does not end"),
    ("a type's C names are unique, as the page gives them", "decisions.toml", "\n[[rename]]\n", None,
     "names and prefixes must be unique: ['SF_INVITER']"),
    ("a type's values are unique, as the page gives them", "decisions.toml", "\n[[correction]]\n", None,
     "MSGR_E_RESTRICTED_USER_LOGON_RESTRICED and MSGR_E_IE_OFFLINE have one value"),
    ("the merged pages agree on values", "pages/im-msgrconstants.md", "= MSGR_E(0x0001),", "= MSGR_E(0x0101),",
     "MSGR_E_CONNECT has different values on im-msgrconstants and im-msgrobject-msgrconstants"),
    ("a listed page is there", "pages/im-client-enumerations.md", "-   [**BIMSTATE**](im-bimstate.md)",
     "-   [**BIMSTATE**](im-bimstate.md)\n-   [**MNEW**](im-mnew.md)", "im-mnew.md: listed, but not in"),
    ("a listed page has constants or says it has none", "pages/im-fontsize.md", "This enumeration is not supported.",
     "This enumeration is supported.", "im-fontsize.md: listed by im-client-enumerations.md, but neither"),
]



# A made-up method page: each kind of row "Returned by" reads, and text that is none.
MEMBER_PAGE = r'''---
title: ITest Member method
description: A made-up member page, for the importer's rules only.
ms.topic: article
---

# ITest::Member method

\[**Member** is no longer available for use as of Windows Vista.\]

Does nothing; MSGR\_E\_CONNECT here is no row (the text before the first section is not read).

## Parameters

<dl> <dt>

*hr* \[in\]
</dt> <dd>

Possible values are as follows:

| Value | Meaning |
|-------|---------|
| <dl> <dt></dt> <dt>MSGR\_E\_CONNECT</dt> </dl> | Could not connect. <br/> |

</dd> </dl>

## Return value

For a table of all MSGR\_E\_\* constants, see [**MSGRConstants**](im-msgrconstants.md). Type: **MPHONE\_TYPE**.

| Return code | Description |
|-------------|-------------|
| <dl> <dt>**S\_OK**</dt> </dl> | Success.<br/> |
| <dl> <dt>**MSGR\_E\_option\_UI\_ACTIVE**</dt> </dl> | The **Options** is open. |

<table>
<tr><th>Return code</th><th>Description</th></tr>
<tr><td><dl> <dt><strong>MSGR_E_NOT_LOGGED_ON</strong></dt> </dl></td><td><p>Not signed in.</p>
<table><tr><td>inner</td><td>0x0D</td></tr></table></td></tr>
</table>

## Remarks

| Error Code | Meaning |
|------------|---------|
| 0x8100031e | Not signed in. |
| SR\_INVITED\_SELF (0x81000614) | The same user. |

| Parameter | Index | Type |
|-----------|-------|------|
| pMGroup   | 0     | VT\_DISPATCH |

It returns **MSGR\_E\_ALREADY\_LOGGED\_ON**state, never E\_NOTIMPL. Then it stops.

> [!Note]
> -   You should not return MSGR\_E\_NOT\_LOGGED\_ON.

## Examples

```VB
x = MSGR_E_CONNECT
```
'''


def read(path):
    with open(path, encoding="utf-8", newline="") as stream:
        return stream.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)


class Generator(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="msgrpriv-generator-")
        shutil.copytree(os.path.join(ROOT, "include"), os.path.join(self.tmp, "include"))
        self.data = read(os.path.join(ROOT, "data", "enumerations.toml"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def generate(self, data, *options):
        path = os.path.join(self.tmp, "enumerations.toml")
        write(path, data)
        return subprocess.run([sys.executable, GENERATOR, "--data", path, "--include",
                               os.path.join(self.tmp, "include"), *options], capture_output=True, text=True)

    def test_the_data_as_it_is_gives_the_headers_as_they_are(self):
        result = self.generate(self.data, "--check")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_each_rule_is_enforced_and_nothing_is_written(self):
        headers = {name: read(os.path.join(self.tmp, "include", name)) for name in ("msgrpriv.h", "msgrpriv_lists.h")}
        for rule, find, replace, words in BROKEN_DATA:
            with self.subTest(rule):
                self.assertIn(find, self.data)
                result = self.generate(self.data.replace(find, replace, 1))
                self.assertEqual(result.returncode, 2, result.stderr)
                self.assertIn(words, result.stderr)
                for name, text in headers.items():
                    self.assertEqual(read(os.path.join(self.tmp, "include", name)), text, f"{name} written: {rule}")


class Importer(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="msgrpriv-importer-")
        self.data = os.path.join(self.tmp, "data")
        shutil.copytree(os.path.join(ROOT, "data"), self.data)
        self.output = os.path.join(self.data, "enumerations.toml")
        self.before = read(self.output)

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def run_importer(self, *options):
        return subprocess.run([sys.executable, IMPORTER, "--pages", os.path.join(self.data, "pages"), "--decisions",
                               os.path.join(self.data, "decisions.toml"), "--output", self.output, *options],
                              capture_output=True, text=True)

    def test_the_pages_and_decisions_as_they_are_give_the_data_as_it_is(self):
        result = self.run_importer("--check")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_importing_again_writes_the_same_bytes(self):
        os.remove(self.output)
        for _ in range(2):
            result = self.run_importer()
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(read(self.output), self.before)

    def test_a_stale_data_file_is_shown_and_fails_the_check(self):
        write(self.output, self.before.replace("Unknown response.", "Unknown.", 1))
        result = self.run_importer("--check")
        self.assertEqual(result.returncode, 1)
        self.assertIn('+  { name = "SS_UNKNOWN", meaning = "Unknown response." },', result.stdout)

    def test_returned_by_reads_tables_and_sentences_by_their_structure(self):
        write(os.path.join(self.data, "pages", "im-itest-member-method.md"), MEMBER_PAGE)
        result = self.run_importer()
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.output, "rb") as stream:
            data = tomllib.load(stream)
        (member,) = [m for m in data["member"] if m["page"] == "im-itest-member-method"]
        self.assertEqual((member["name"], member["kind"]), ("ITest::Member", "method"))
        self.assertEqual(member["rows"], [
            {"section": "Parameters", "form": "table", "name": "MSGR_E_CONNECT", "constant": "MSGR_E_CONNECT",
             "type": "MSGRConstants", "sentence": "Could not connect."},
            {"section": "Return value", "form": "table", "name": "S_OK", "sentence": "Success."},
            {"section": "Return value", "form": "table", "name": "MSGR_E_option_UI_ACTIVE",
             "sentence": "The Options is open."},
            {"section": "Return value", "form": "table", "name": "MSGR_E_NOT_LOGGED_ON",
             "constant": "MSGR_E_NOT_LOGGED_ON", "type": "MSGRConstants", "sentence": "Not signed in. inner 0x0D"},
            {"section": "Remarks", "form": "table", "value": "0x8100031e", "constant": "MSGR_E_NOT_LOGGED_ON",
             "type": "MSGRConstants", "sentence": "Not signed in."},
            {"section": "Remarks", "form": "table", "name": "SR_INVITED_SELF", "value": "0x81000614",
             "constant": "SR_INVITED_SELF", "type": "SESSION_RESULT", "sentence": "The same user."},
            {"section": "Remarks", "form": "sentence", "name": "MSGR_E_ALREADY_LOGGED_ON",
             "constant": "MSGR_E_ALREADY_LOGGED_ON", "type": "MSGRConstants",
             "sentence": "It returns MSGR_E_ALREADY_LOGGED_ONstate, never E_NOTIMPL."},
            {"section": "Remarks", "form": "sentence", "name": "E_NOTIMPL",
             "sentence": "It returns MSGR_E_ALREADY_LOGGED_ONstate, never E_NOTIMPL."},
            {"section": "Remarks", "form": "sentence", "name": "MSGR_E_NOT_LOGGED_ON",
             "constant": "MSGR_E_NOT_LOGGED_ON", "type": "MSGRConstants",
             "sentence": "You should not return MSGR_E_NOT_LOGGED_ON."},
        ])
        findings = {(f["kind"], f["says"]): f for f in data["finding"]}
        close = findings[("not-a-constant", "MSGR_E_option_UI_ACTIVE")]
        self.assertIn("im-itest-member-method", close["pages"])
        self.assertIn("close to MSGR_E_OPTION_UI_ACTIVE", close["what"])
        self.assertEqual(findings[("value", "SR_INVITED_SELF (0x81000614)")]["pages"], ["im-itest-member-method"])

    def test_merged_pages_that_write_one_value_two_ways_keep_both(self):
        path = os.path.join(self.data, "pages", "im-msgrobject-msgrconstants.md")
        write(path, read(path).replace("= MSGR_E(0x002a),", "= MSGR_E(0x002A),", 1))
        result = self.run_importer()
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.output, "rb") as stream:
            data = tomllib.load(stream)
        (constants,) = [e["constants"] for e in data["enumeration"] if e["type"] == "MSGRConstants"]
        (changed,) = [c for c in constants if "other_values" in c]
        self.assertEqual((changed["name"], changed["value"], changed["other_values"]),
                         ("MSGR_E_MULTIPOINT_SESSION_BEGIN_TIMEOUT", "MSGR_E(0x002a)",
                          [{"page": "im-msgrobject-msgrconstants", "value": "MSGR_E(0x002A)"}]))

    def test_a_member_page_it_cannot_read_is_named_with_the_reason(self):
        path = os.path.join(self.data, "pages", "im-imessenger-signin.md")
        write(path, read(path).replace("</dd> </dl>", "</dd>", 1))
        result = self.run_importer()
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("1 unreadable pages", result.stdout)
        with open(self.output, "rb") as stream:
            data = tomllib.load(stream)
        self.assertEqual(data["unread"], [{"page": "im-imessenger-signin", "reason":
                                           "im-imessenger-signin.md, Parameters: a definition list that does not end"}])
        self.assertNotIn("im-imessenger-signin", [m["page"] for m in data["member"]])

    def test_each_rule_is_enforced_and_nothing_is_written(self):
        originals = {}
        for rule, name, find, replace, words in BROKEN_INPUT:
            with self.subTest(rule):
                path = os.path.join(self.data, name)
                text = originals.setdefault(path, read(path))
                self.assertIn(find, text)
                if replace is None:
                    start = text.index(find) + 1
                    edited = text[:start] + text[text.index("\n[", start) + 1:]
                else:
                    edited = text.replace(find, replace, 1)
                write(path, edited)
                try:
                    result = self.run_importer()
                finally:
                    write(path, text)
                self.assertEqual(result.returncode, 2, result.stdout + result.stderr)
                self.assertIn(words, result.stderr)
                self.assertEqual(read(self.output), self.before, f"written: {rule}")


if __name__ == "__main__":
    unittest.main(verbosity=2)
