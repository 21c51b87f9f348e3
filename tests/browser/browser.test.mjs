// The built docs in Debian's Chromium, read the way a person reads them, in
// one browser session whose cost grows with the kinds of check, not with the
// pages or constants: every page once (every_page.mjs: axe, script errors,
// weight, titles, its own anchors from the data, many per load), each kind
// of page once per colour scheme and size, the reader's actions (reading.mjs:
// the theme switch, back to top, searching, copying, links in from
// Microsoft's names and the header's lines), and the look-up's one table of
// cases on the search page and the look-up page (lookup.mjs). Fails on any
// request that leaves the loopback server, any asset missing, and any
// console error or uncaught exception, on any page.
// SPDX-License-Identifier: MIT
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeNetwork, openSite, sitePages } from './site.mjs';
import { describeEveryPage } from './every_page.mjs';
import { describeReading } from './reading.mjs';
import { describeLookup } from './lookup.mjs';

const env = {
  htmlDir: process.env.MSGRPRIV_HTML_DIR,
  sourceDir: process.env.MSGRPRIV_SOURCE_DIR,
  screenshotDir: process.env.MSGRPRIV_SCREENSHOT_DIR,
  chromiumPath: process.env.MSGRPRIV_CHROMIUM, // the Chromium and the Python CMake found
  python: process.env.MSGRPRIV_PYTHON,
};
assert.ok(Object.values(env).every(Boolean), 'MSGRPRIV_HTML_DIR, _SOURCE_DIR, _SCREENSHOT_DIR, _CHROMIUM and _PYTHON must be set');

// The source pages' words, parsed from Microsoft's markdown by the fixtures'
// one parser (tests/fixtures/source_pages.py), never read from the header.
const pagesDir = mkdtempSync(join(tmpdir(), 'msgrpriv-pages-'));
const pagesJson = (file, ...options) => {
  execFileSync(env.python, [join(env.sourceDir, 'tests/fixtures/source_pages.py'), 'json', ...options, join(pagesDir, file)]);
  return JSON.parse(readFileSync(join(pagesDir, file), 'utf8'));
};
const sourcePages = pagesJson('pages.json'); // the five Service pages, as load() reads them
const everyType = pagesJson('all.json', '--all').types; // every type the headers declare (load_all())
rmSync(pagesDir, { recursive: true, force: true });
assert.equal(sourcePages.find((p) => p.type === 'SESSION_STATE')?.constants.length, 8, 'fixture not understood');

const table = JSON.parse(readFileSync(join(env.sourceDir, 'tests/lookup/cases.json'), 'utf8'));

let site;
before(async () => {
  mkdirSync(env.screenshotDir, { recursive: true });
  site = await openSite(env.htmlDir, env.chromiumPath);
});
after(async () => {
  if (site) await site.close();
});

env.site = () => site;
const context = { env, sourcePages, everyType, table, pages: sitePages(env.htmlDir) };
// Two at a time, so the machine's two cores are busy: every page (itself two
// pages at a time), beside the reader's actions and then the look-up (one tab
// after another: they share the clipboard and a tab's history). A test's
// subtests inherit its concurrency: each half says its own.
describe('the site', { concurrency: 2 }, () => {
  describe('page by page', { concurrency: 1 }, () => describeEveryPage(context));
  describe('as a reader uses it', { concurrency: 1 }, () => {
    describeReading(context);
    describeLookup(context);
  });
});
describeNetwork(() => site);
