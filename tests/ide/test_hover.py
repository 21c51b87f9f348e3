#!/usr/bin/python3
"""What an IDE shows of the headers: clangd's hover on every constant of every one.

A small LSP client (JSON-RPC over stdio, Content-Length framing) opens one
source file per language that includes every header (so clangd reads each
once) and names every constant of every page, waits for
clangd's diagnostics of that file (the sign that its AST is built: clangd 19
answers an earlier hover without the documentation) and for clangd's index to
hold every name (a header's documentation comes from there), and hovers each.
Each hover must hold the constant's meaning from Microsoft's page
(data/pages, whitespace normalized) and its value: the page's
literal where that is hex (0x81000613), the number in hex where the page
names it (MSGR_E(0x001E), E_FAIL), else the number (-1). Never the header's
own wording.

The clangd executables come from MSGRPRIV_CLANGD (';'-separated, set by
tests/ide/CMakeLists.txt); without it, `clangd` and `clangd-19` on PATH. Two
names for one binary (Debian 13's clangd is clangd-19) run once. With none:
a skip, or a failure when CI=true. MSGRPRIV_INCLUDE_DIR is the header folder
(default: this project's include/).

    /usr/bin/python3 tests/ide/test_hover.py [-v]
    /usr/bin/python3 tests/ide/test_hover.py --dump NAME...   print the hovers

SPDX-License-Identifier: MIT
"""

import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from pathlib import Path

import source_pages  # tests/fixtures, on the tests' PYTHONPATH

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
HERE = Path(__file__).resolve().parent
SOURCE_DIR = Path(os.environ.get("MSGRPRIV_SOURCE_DIR") or HERE.parent.parent)

INCLUDE_DIR = Path(os.environ.get("MSGRPRIV_INCLUDE_DIR") or SOURCE_DIR / "include")
IN_CI = os.environ.get("CI") == "true"
TIMEOUT = 60  # seconds, for clangd's start, its diagnostics, each answer and its exit
HEX = re.compile(r"0[xX][0-9a-fA-F]+")

# Per language: the file, its languageId, the header it includes, the flags.
LANGUAGES = {
    "C": ("use.c", "c", ("msgrpriv.h", "msgrua.h", "mdisp.h", "basicim.h"), ["-std=c99"]),
    "C++": ("use.cpp", "cpp", ("msgrpriv.hpp",), ["-std=c++17"]),  # it includes the four
}


class LspError(Exception):
    """clangd broke the protocol, answered with an error, exited or timed out."""


class LspClient:
    """One clangd process, spoken to over its stdin and stdout."""

    def __init__(self, argv, cwd, timeout=TIMEOUT):
        self.timeout = timeout
        self.stderr = tempfile.TemporaryFile()  # a file: a full pipe would stall clangd
        self.process = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=self.stderr)
        self.messages = queue.Queue()
        self.next_id = 0
        self.pending = []  # notifications read while waiting for something else
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    # --- framing ---------------------------------------------------------------------------

    def _send(self, message):
        body = json.dumps(message).encode("utf-8")
        try:
            self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.process.stdin.flush()
        except (BrokenPipeError, OSError) as error:
            raise LspError(f"cannot write to clangd: {error}{self.log_tail()}") from None

    def _read(self):
        """The reader thread: each message, then None at the end of the output."""
        stream = self.process.stdout
        try:
            while True:
                length = None
                while True:
                    line = stream.readline()
                    if not line:
                        return
                    line = line.strip()
                    if not line:
                        break
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value)
                if length is None:
                    self.messages.put(LspError("a message without Content-Length"))
                    return
                body = stream.read(length)
                if len(body) != length:
                    return
                self.messages.put(json.loads(body))
        except (OSError, ValueError) as error:
            self.messages.put(LspError(f"unreadable message: {error}"))
        finally:
            self.messages.put(None)

    def _next(self, deadline, waiting_for):
        try:
            message = self.messages.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            raise LspError(f"no {waiting_for} from clangd within {self.timeout} s{self.log_tail()}") from None
        if message is None:
            self.messages.put(None)  # the end stays the end
            raise LspError(f"clangd ended its output waiting for {waiting_for} "
                           f"(exit status {self.process.poll()}){self.log_tail()}")
        if isinstance(message, Exception):
            raise message
        if "method" in message and "id" in message:  # a request of the server's: answer, null
            self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            return None
        return message

    # --- messages --------------------------------------------------------------------------

    def notify(self, method, params):
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        ident = self.next_id
        self._send({"jsonrpc": "2.0", "id": ident, "method": method, "params": params})
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._next(deadline, f"answer to {method}")
            if message is None:
                continue
            if message.get("id") == ident and "method" not in message:
                if "error" in message:
                    raise LspError(f"{method}: {message['error']}")
                return message.get("result")
            if "method" in message:
                self.pending.append(message)

    def wait_for(self, method, predicate=lambda params: True):
        """The params of the first notification `method` whose params satisfy predicate."""
        for i, message in enumerate(self.pending):
            if message["method"] == method and predicate(message.get("params")):
                del self.pending[i]
                return message.get("params")
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._next(deadline, method)
            if message is None or "method" not in message:
                continue
            if message["method"] == method and predicate(message.get("params")):
                return message.get("params")
            self.pending.append(message)

    def close(self):
        """shutdown, exit, and the process's end; killed when it won't end in time."""
        try:
            if self.process.poll() is None:
                self.request("shutdown", None)
                self.notify("exit", None)
                self.process.wait(timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise LspError(f"clangd did not exit within {self.timeout} s of exit") from None
        except BaseException:
            self.kill()
            raise
        status = self.process.returncode
        log = self.log_tail()
        self._release()
        if status != 0:
            raise LspError(f"clangd exited with status {status} after shutdown and exit{log}")

    def kill(self):
        """The process's end, at once (when something already went wrong)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self._release()

    def _release(self):
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()  # stdout: after its end, which the exit brought
            except OSError:
                pass
            if stream is self.process.stdin:
                self.reader.join(timeout=5)
        if not self.stderr.closed:
            self.stderr.close()

    def log_tail(self, lines=20):
        try:
            self.stderr.seek(0)
            tail = self.stderr.read().decode("utf-8", "replace").splitlines()[-lines:]
        except (OSError, ValueError):
            return ""
        return "\nclangd's log ends:\n" + "\n".join(tail) if tail else ""


# --- the check ------------------------------------------------------------------------------

def constants():
    """[Constant] of every type of every page (a type two pages give, once), in load_all() order."""
    return [constant for page in source_pages.load_all().types for constant in page.constants]


def expected_value(constant):
    """What the hover must show of the value: the page's hex literal; the number in hex (as the
    declaration it shows writes it) where the page names the value (MSGR_E(0x001E), E_FAIL);
    else the number (-1, 0)."""
    if constant.literal is not None and HEX.fullmatch(constant.literal):
        return constant.literal
    if constant.value > 0 and constant.literal is not None and not constant.literal.isdigit():
        return f"0x{constant.value:x}"
    return str(constant.value)


def plain(markdown):
    """The hover's markdown as words: backslash escapes out, whitespace collapsed. Doxygen's
    escape of an @ that starts a word ("(\\@microsoft.com", which Doxygen would take for a
    command), which clangd shows as written, reads as the @ it stands for."""
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown)
    text = re.sub(r"\\@(?=\w)", "@", text)
    return " ".join(text.split())


def contains_value(text, value):
    """Whether text shows value: a hex value as any hex number equal to it (0x01000301 is
    0x1000301), else the number as a word."""
    if HEX.fullmatch(value):
        return any(int(found, 16) == int(value, 16) for found in re.findall(r"(?<![\w.])0[xX][0-9a-fA-F]+", text))
    return re.search(r"(?<![\w.])" + re.escape(value) + r"(?![\w.])", text, re.I) is not None


def hover_text(result):
    """The markdown of a textDocument/hover result (MarkupContent, MarkedString or a list)."""
    if not result:
        return ""
    contents = result.get("contents")
    items = contents if isinstance(contents, list) else [contents]
    return "\n".join(item if isinstance(item, str) else str(item.get("value", "")) for item in items)


def wait_until_indexed(client, names):
    """Wait until clangd's index holds every name (workspace/symbol finds it).

    clangd keeps no comments of the headers in its preamble: a hover takes a
    header declaration's documentation from its index of the preamble, which
    clangd 19 builds on a thread of its own and may finish after the
    diagnostics (seen under load: the first hover without its meaning).
    clangd 14 indexes the preamble before the diagnostics; there this returns
    at once."""
    deadline = time.monotonic() + client.timeout
    for name in names:
        while not any(symbol.get("name") == name
                      for symbol in client.request("workspace/symbol", {"query": name}) or []):
            if time.monotonic() > deadline:
                raise LspError(f"{name} is not in clangd's index {client.timeout} s after the diagnostics"
                               f"{client.log_tail()}")
            time.sleep(0.05)


def hovers(clangd, include_dir, language, names):
    """{name: markdown} of clangd's hover on each name, used in a file of `language`."""
    file_name, language_id, header, flags = LANGUAGES[language]
    lines = [f'#include "{h}"' for h in header] + ["", "static const long long uses[] = {"]
    positions = {}
    for name in names:
        positions[name] = (len(lines), 4)
        lines.append(f"    {name},")
    lines += ["};", "", "long long msgrpriv_use(int i) { return uses[i]; }", ""]
    text = "\n".join(lines)
    with tempfile.TemporaryDirectory(prefix="msgrpriv-hover-") as folder:
        folder = Path(folder)
        (folder / "compile_flags.txt").write_text("\n".join([f"-I{include_dir}", *flags]) + "\n")
        source = folder / file_name
        source.write_text(text)
        uri = source.as_uri()
        client = LspClient([clangd, "--background-index=false", "--log=error"], cwd=folder)
        try:
            client.request("initialize", {
                "processId": os.getpid(), "rootUri": folder.as_uri(), "workspaceFolders": None,
                "capabilities": {"textDocument": {
                    "hover": {"contentFormat": ["markdown", "plaintext"]},
                    "publishDiagnostics": {}}}})
            client.notify("initialized", {})
            client.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": language_id, "version": 1, "text": text}})
            # Only once the file's diagnostics are out is its AST built: an earlier
            # hover may come back from clangd 19 without the documentation.
            client.wait_for("textDocument/publishDiagnostics", lambda params: params.get("uri") == uri)
            wait_until_indexed(client, names)
            found = {}
            for name in names:
                line, character = positions[name]
                found[name] = hover_text(client.request("textDocument/hover", {
                    "textDocument": {"uri": uri}, "position": {"line": line, "character": character}}))
        except BaseException:
            client.kill()
            raise
        client.close()
    return found


def check(clangd, include_dir, language, constants_):
    """[(name, what is missing)] of the constants whose hover lacks their meaning or value."""
    found = hovers(clangd, include_dir, language, [c.name for c in constants_])
    failures = []
    for constant in constants_:
        text = plain(found[constant.name])
        if not text:
            failures.append((constant.name, "no hover"))
            continue
        if " ".join(constant.meaning.split()) not in text:
            failures.append((constant.name, f"meaning {constant.meaning!r}"))
        value = expected_value(constant)
        if not contains_value(text, value):
            failures.append((constant.name, f"value {value}"))
    return failures


def clangds():
    """The clangd executables to test, one per binary (by realpath)."""
    listed = os.environ.get("MSGRPRIV_CLANGD")
    if listed is None:
        names = [shutil.which(name) for name in ("clangd", "clangd-19")]
    else:
        names = [name for name in listed.split(";") if name]
    found, seen = [], set()
    for name in names:
        if not name:
            continue
        real = os.path.realpath(name)
        if real not in seen:
            seen.add(real)
            found.append(name)
    return found


def version(clangd):
    try:
        out = subprocess.run([clangd, "--version"], capture_output=True, text=True, timeout=TIMEOUT).stdout
    except (OSError, subprocess.SubprocessError):
        return "unknown version"
    match = re.search(r"clangd version (\S+)", out)
    return match.group(1) if match else "unknown version"


def dump(names):
    for clangd in clangds():
        for language in LANGUAGES:
            for name, markdown in hovers(clangd, INCLUDE_DIR, language, names).items():
                print(f"===== {clangd} ({version(clangd)}), {language}: {name}\n{markdown}\n")


def strip_doc_comment(include_dir, name):
    """Remove the /**< ... */ comment of the enumerator `name` from include_dir/msgrpriv.h."""
    header = Path(include_dir) / "msgrpriv.h"
    pattern = re.compile(r"^([ \t]*" + re.escape(name) + r"\b[^\n]*?)[ \t]*/\*\*<.*?\*/", re.M | re.S)
    text, count = pattern.subn(r"\1", header.read_text(encoding="utf-8"))
    if count != 1:
        raise ValueError(f"{header}: {count} documented declarations of {name}, not 1")
    header.write_text(text, encoding="utf-8")


class HoverTest(unittest.TestCase):
    """Each clangd, in C and C++: every constant's hover shows its page's meaning and value."""

    maxDiff = None

    @classmethod
    def setUpClass(cls):
        cls.constants = constants()
        cls.clangds = clangds()

    def executables(self):
        if not self.clangds:
            reason = ("no clangd (MSGRPRIV_CLANGD is empty, or neither clangd nor clangd-19 is on PATH); "
                      "./scripts/deps.sh test installs it")
            if IN_CI:
                self.fail(reason + "; CI=true, so this is a failure, not a skip")
            self.skipTest(reason)
        return self.clangds

    def check_every_constant(self, language):
        self.assertTrue(self.constants, "the fixture pages give no constants")
        for clangd in self.executables():
            with self.subTest(clangd=clangd, language=language):
                started = time.monotonic()
                failures = check(clangd, INCLUDE_DIR, language, self.constants)
                self.assertEqual(failures, [], f"{clangd}, {language}: hovers lacking what the pages say")
                print(f"{clangd} ({version(clangd)}), {language}: {len(self.constants)} constants checked, "
                      f"meaning and value in each hover ({time.monotonic() - started:.1f} s)",
                      file=sys.stderr, flush=True)

    def test_c(self):
        self.check_every_constant("C")

    def test_cpp(self):
        self.check_every_constant("C++")

    def test_removed_comment_is_reported(self):
        """The check can fail: without SS_DECLINED's comment, exactly its meaning is missing."""
        name = "SS_DECLINED"
        meaning = next(c.meaning for c in self.constants if c.name == name)
        for clangd in self.executables():
            for language in LANGUAGES:
                with self.subTest(clangd=clangd, language=language), \
                        tempfile.TemporaryDirectory(prefix="msgrpriv-include-") as folder:
                    copy = Path(folder) / "include"
                    shutil.copytree(INCLUDE_DIR, copy)
                    strip_doc_comment(copy, name)
                    failures = check(clangd, copy, language, self.constants)
                    self.assertEqual(failures, [(name, f"meaning {meaning!r}")])
                    print(f"{clangd} ({version(clangd)}), {language}: without {name}'s comment, "
                          f"the check reports {failures}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--dump"]:
        dump(sys.argv[2:])
        sys.exit(0)
    unittest.main()
