// The look-up in Debian's Chromium, as a person uses it: every input of the
// look-up's one table (tests/lookup/cases.json, which also drives the decoder
// example's runs and the docs test of lookup.html) typed into the site's
// search, and opened as a link to the look-up page (lookup.html#<input>), must
// get the table's answer: how it was read, what it finds, with type and
// meaning, and the message when nothing matches. The table itself is checked
// against Microsoft's pages first (tests/lookup/lookup_table.py). Serves
// build/docs/html on 127.0.0.1, like browser.test.mjs, and fails on any
// request that leaves it.
// SPDX-License-Identifier: MIT
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { axeViolations, describeNetwork, openSite } from './site.mjs';

const htmlDir = process.env.MSGRPRIV_HTML_DIR;
const sourceDir = process.env.MSGRPRIV_SOURCE_DIR;
const chromiumPath = process.env.MSGRPRIV_CHROMIUM;
const python = process.env.MSGRPRIV_PYTHON;
assert.ok(htmlDir && sourceDir && chromiumPath && python,
  'MSGRPRIV_HTML_DIR, _SOURCE_DIR, _CHROMIUM and _PYTHON must be set');

const table = JSON.parse(readFileSync(join(sourceDir, 'tests/lookup/cases.json'), 'utf8'));
const SPACES = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g;

let site;
let browser;
let origin;
const openPage = (path, options) => site.openPage(path, options);

before(async () => {
  site = await openSite(htmlDir, chromiumPath);
  ({ browser, origin } = site);
});

after(async () => {
  if (site) await site.close();
});

// The answer a page shows, as a reader reads it: per reading its heading, each
// constant (its link's text, its line, where the link goes) or flags combined
// (their line and one per flag), or the line saying it found nothing; then
// the message. null: no answer on the page.
function shownAnswer(page) {
  return page.evaluate(() => {
    const section = document.querySelector('section.msgrpriv-value-matches');
    if (!section) return null;
    const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
    const readings = [...section.querySelectorAll('.msgrpriv-reading')].map((block) => {
      const items = [];
      let none = null;
      for (const child of block.children) {
        if (child.matches('ul')) {
          for (const li of child.children) {
            const a = li.querySelector('a');
            items.push({ shown: text(a), line: text(li), href: a.getAttribute('href') });
          }
        } else if (child.matches('dl')) {
          const links = [...child.querySelectorAll('dd a')];
          items.push({ shown: links.map(text).join('|'), line: text(child.querySelector('dt')),
            flags: [...child.querySelectorAll('dd')].map(text), hrefs: links.map((a) => a.getAttribute('href')) });
        } else if (child.matches('p')) {
          none = text(child);
        }
      }
      return { heading: text(block.querySelector('h2')), items, none };
    });
    const message = section.querySelector('.msgrpriv-lookup-message');
    return { readings, message: message ? text(message) : null };
  });
}

// The table's answer in the same shape (links are checked apart).
function expectedAnswer(entry, { messageOnly = false } = {}) {
  const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const readings = messageOnly ? [] : entry.readings.map((reading) => ({
    heading: reading.heading,
    items: reading.constants.map((shown) => {
      const names = shown.split('|');
      const { type, meaning } = table.constants[names[0]];
      if (names.length === 1) return { shown, line: `${shown} (${type}): ${meaning}` };
      return { shown, line: `${names.join(' | ')} (${type}, flags combined):`,
        flags: names.map((name) => `${name}: ${table.constants[name].meaning}`) };
    }),
    none: reading.constants.length ? null : `No constant has this ${reading.as === 'name' ? 'name' : 'value'}.`,
  }));
  return { readings, message: entry.message ? `${capitalized(entry.message)}.` : null };
}

function withoutLinks(answer) {
  if (!answer) return answer;
  return {
    message: answer.message,
    readings: answer.readings.map((reading) => ({
      ...reading,
      items: reading.items.map(({ href, hrefs, ...item }) => item),
    })),
  };
}

// Every link of an answer goes to its constant's row on its reference page.
function assertLinks(answer) {
  for (const reading of answer.readings) {
    for (const item of reading.items) {
      const names = item.shown.split('|');
      const hrefs = item.hrefs ?? [item.href];
      names.forEach((name, i) => {
        const page = `reference/${table.constants[name].type.toLowerCase()}.html#c.${name}`;
        assert.equal(hrefs[i], page, `${name} links ${hrefs[i]}`);
      });
    }
  }
}

const trimmed = (entry) => entry.input.replace(SPACES, '');
const found = (entry) => [...new Set(entry.readings.flatMap((r) => r.constants.flatMap((c) => c.split('|'))))].sort();
const label = (entry) => JSON.stringify(entry.input);

test('the table agrees with Microsoft\'s pages (tests/lookup/lookup_table.py)', () => {
  try {
    execFileSync(python, [join(sourceDir, 'tests/lookup/lookup_table.py')], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`${error.stdout}${error.stderr}`);
  }
});

// One page each, as a reader goes from question to question: the search page
// loaded again for each query, the look-up page given each as its fragment.
describe('the search page answers every input of the table', () => {
  let page;
  before(async () => {
    page = await openPage('/search.html');
  });
  after(async () => {
    await page.context().close();
  });
  for (const entry of table.cases) {
    // A number is always answered there; a name only when it is a constant's
    // (any other word is for Sphinx's own search); nothing else.
    const numbers = entry.readings.some((r) => r.as !== 'name');
    const answered = numbers || entry.exit === 0;
    test(`search.html?q=${label(entry)}${answered ? '' : ' (no answer)'}`, async () => {
      const response = await page.goto(`${origin}/search.html?q=${encodeURIComponent(entry.input)}`);
      assert.equal(response.status(), 200);
      const answer = await shownAnswer(page);
      if (!answered) {
        assert.equal(answer, null);
      } else {
        assert.deepEqual(withoutLinks(answer), expectedAnswer(entry));
        assertLinks(answer);
      }
      if (entry.exit === 0) {
        const first = entry.readings[0].constants[0].split('|')[0];
        assert.equal(await page.locator('article a[href*="#c."]').first().innerText(), first,
          'the first link on the page is the first constant found');
      }
    });
  }
});

describe('the look-up page answers every input of the table as its fragment', () => {
  let page;
  before(async () => {
    page = await openPage('/lookup.html');
  });
  after(async () => {
    await page.context().close();
  });
  for (const entry of table.cases) {
    const answered = trimmed(entry) !== '';
    test(`lookup.html#${label(entry)}${answered ? '' : ' (no answer)'}`, async () => {
      await page.evaluate((fragment) => { window.location.hash = fragment; }, encodeURIComponent(entry.input));
      // The box shows the question once the page has read it.
      await page.waitForFunction((input) => document.getElementById('msgrpriv-lookup-input').value === input,
        entry.input, { timeout: 5000 });
      const answer = await shownAnswer(page);
      if (!answered) {
        assert.equal(answer, null);
      } else {
        assert.deepEqual(withoutLinks(answer), expectedAnswer(entry, { messageOnly: entry.exit === 2 }));
        assertLinks(answer);
      }
      // The rows of what it found, and only those, are highlighted.
      const marked = await page.locator('table.msgrpriv-lookup tr.msgrpriv-match a[href*="#c."]').allInnerTexts();
      assert.deepEqual([...new Set(marked)].sort(), found(entry));
      if (marked.length) {
        const colour = (locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
        const plain = page.locator('table.msgrpriv-lookup tbody tr:not(.msgrpriv-match)').first();
        const match = page.locator('table.msgrpriv-lookup tr.msgrpriv-match').first();
        assert.notEqual(await colour(match), await colour(plain), 'a found row looks like any other');
      }
    });
  }
});

// Whether the viewport comes to show the row that holds the element with this
// id (the theme scrolls smoothly), asked from here: a page without JavaScript
// runs no waitForFunction.
async function rowInView(page, id) {
  for (let waited = 0; waited < 5000; waited += 100) {
    const inView = await page.evaluate((anchor) => {
      const box = document.getElementById(anchor).closest('tr').getBoundingClientRect();
      return window.scrollY > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }, id);
    if (inView) return true;
    await new Promise((resolve) => { setTimeout(resolve, 100); });
  }
  return false;
}

describe('the look-up page', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`lookup.html#0x81000614 opens at its row, highlighted (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`,
      async () => {
        const page = await openPage('/lookup.html#0x81000614', { javaScriptEnabled });
        assert.ok(await rowInView(page, '0x81000614'), 'the row is not in view');
        const rows = page.locator('table.msgrpriv-lookup tbody tr');
        const row = page.locator('table.msgrpriv-lookup tr', { has: page.locator('[id="0x81000614"]') });
        assert.ok((await row.innerText()).includes('SR_SESSION_STATE_INVALID'));
        const colour = (locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
        assert.notEqual(await colour(row), await colour(rows.first()), 'the row looks like any other');
        // Without JavaScript, no box that cannot answer.
        assert.equal(await page.locator('#msgrpriv-lookup-form').isVisible(), javaScriptEnabled);
        await page.context().close();
      });
  }

  test('its box answers as the link does, stays in view and gives the answer its link', async () => {
    const entry = table.cases.find((c) => c.input === '81000614');
    const page = await openPage('/lookup.html');
    const box = page.getByLabel('Number or name');
    await box.fill(entry.input);
    await box.press('Enter');
    await page.locator('section.msgrpriv-value-matches').waitFor();
    assert.deepEqual(withoutLinks(await shownAnswer(page)), expectedAnswer(entry));
    assert.ok(page.url().endsWith('#81000614'), page.url());
    assert.ok(await page.locator('section.msgrpriv-value-matches h2').first().isVisible());
    // (The theme scrolls smoothly.)
    const inView = await page.waitForFunction(() => {
      const rect = document.querySelector('section.msgrpriv-value-matches').getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    }, null, { timeout: 5000 }).then(() => true, () => false);
    assert.ok(inView, 'the answer is out of view');
    // Another question replaces the answer; going back shows the first again.
    await box.fill('3');
    await box.press('Enter');
    assert.deepEqual(withoutLinks(await shownAnswer(page)), expectedAnswer(table.cases.find((c) => c.input === '3')));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('section.msgrpriv-value-matches h2')
      .textContent.startsWith('81000614 '));
    await page.context().close();
  });

  test('a heading\'s own anchor is no question', async () => {
    const page = await openPage('/lookup.html#look-up-a-value');
    assert.equal(await shownAnswer(page), null);
    await page.context().close();
  });
});

describe('from the search box of any page, and from file://', () => {
  test('typing " 0x81000614" on the front page answers first and leads to the constant', async () => {
    const entry = table.cases.find((c) => c.input === ' 0x81000614');
    const page = await openPage('/index.html');
    const box = page.locator('input[name="q"]').first();
    await box.fill(entry.input);
    await box.press('Enter');
    await page.waitForURL(/search\.html/);
    const first = page.locator('article a[href*="#c."]').first();
    await first.waitFor({ timeout: 15000 });
    assert.deepEqual(withoutLinks(await shownAnswer(page)), expectedAnswer(entry));
    await first.click();
    await page.waitForURL(/reference\/session_result\.html#c\.SR_SESSION_STATE_INVALID$/);
    await page.context().close();
  });

  for (const path of ['search.html?q=81000614', 'lookup.html#81000614']) {
    test(`file://…/${path}`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`file://${htmlDir}/${path}`);
      const entry = table.cases.find((c) => c.input === '81000614');
      assert.deepEqual(withoutLinks(await shownAnswer(page)), expectedAnswer(entry));
      await context.close();
    });
  }
});

describe('an answer is accessible (axe-core, every rule, every impact)', () => {
  // The look-up page whole, with the rows it highlights; on the search page,
  // the answer (the page itself is Sphinx's, checked by browser.test.mjs).
  for (const [path, scope] of [['/lookup.html#3', 'html'], ['/lookup.html#12xyz', 'html'],
    ['/search.html?q=81000614', 'section.msgrpriv-value-matches']]) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${path} (${colorScheme})`, async () => {
        const page = await openPage(path, { colorScheme });
        await page.locator('section.msgrpriv-value-matches').waitFor();
        const report = await axeViolations(page, scope);
        assert.deepEqual(report, [], report.join('\n'));
        await page.context().close();
      });
    }
  }
});

describeNetwork(() => site);
