// Reads the built docs in Debian's Chromium the way a person does: serves
// build/docs/html on 127.0.0.1, checks what is visible, searches, follows
// links, copies an example, takes screenshots in light and dark themes at
// desktop and phone widths, audits accessibility with axe-core, and fails on
// any request that leaves the loopback server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, describeNetwork, openSite } from './site.mjs';

const htmlDir = process.env.MSGRPRIV_HTML_DIR;
const sourceDir = process.env.MSGRPRIV_SOURCE_DIR;
const screenshotDir = process.env.MSGRPRIV_SCREENSHOT_DIR;
// The Chromium and the Python CMake found.
const chromiumPath = process.env.MSGRPRIV_CHROMIUM;
const python = process.env.MSGRPRIV_PYTHON;
assert.ok(htmlDir && sourceDir && screenshotDir && chromiumPath && python,
  'MSGRPRIV_HTML_DIR, _SOURCE_DIR, _SCREENSHOT_DIR, _CHROMIUM and _PYTHON must be set');

// The source pages' words, parsed from Microsoft's markdown by the fixtures'
// one parser (tests/fixtures/source_pages.py), never read from the header.
const pagesDir = mkdtempSync(join(tmpdir(), 'msgrpriv-pages-'));
execFileSync(python, [join(sourceDir, 'tests/fixtures/source_pages.py'), 'json', join(pagesDir, 'pages.json')]);
const sourcePages = JSON.parse(readFileSync(join(pagesDir, 'pages.json'), 'utf8'));
rmSync(pagesDir, { recursive: true, force: true });
const sessionState = sourcePages.find((p) => p.type === 'SESSION_STATE');
// A value the page does not write is shown as implicit.
const constants = sessionState.constants.map((c) => [c.name, c.literal ?? `${c.value} (implicit)`, c.meaning]);
const { do_not_use: doNotUse, banner } = sessionState;
assert.equal(constants.length, 8, 'fixture not understood');
// Every reference page, one per source page (the docs tests check that the
// header declares each of them).
const referencePages = sourcePages.map((p) => `/reference/${p.type.toLowerCase()}.html`);

let site;
let browser;
let origin;
const openPage = (path, options) => site.openPage(path, options);

before(async () => {
  mkdirSync(screenshotDir, { recursive: true });
  site = await openSite(htmlDir, chromiumPath);
  ({ browser, origin } = site);
});

after(async () => {
  if (site) await site.close();
});

describe('the SESSION_STATE reference page', () => {
  test('shows the deprecation banner with "Do not use."', async () => {
    const page = await openPage('/reference/session_state.html');
    const admonition = page.locator('.admonition.msgrpriv-deprecated');
    assert.ok(await admonition.isVisible(), 'the banner is not visible');
    const text = (await admonition.innerText()).replace(/\s+/g, ' ');
    assert.ok(text.includes(`${doNotUse} ${banner}`), text);
    await page.context().close();
  });

  test('shows eight constant rows with name, value and meaning, the badges once above them', async () => {
    const page = await openPage('/reference/session_state.html');
    const rows = page.locator('table.msgrpriv-constants tbody tr');
    assert.equal(await rows.count(), 8);
    for (let i = 0; i < 8; i += 1) {
      const row = rows.nth(i);
      const name = (await row.locator('td').first().locator('dt').innerText()).replace(/[#¶]/g, '').trim();
      const cells = (await row.locator('td').allInnerTexts()).map((t) => t.replace(/[#¶]/g, '').trim());
      assert.deepEqual([name, cells[1], cells[2]], constants[i]);
      assert.equal(await row.locator('.msgrpriv-badge').count(), 0, 'a badge on a row');
      assert.match(await row.locator('a.msgrpriv-line').innerText(), /^msgrpriv\.h:\d+$/);
      assert.ok(await rows.nth(i).isVisible());
    }
    assert.deepEqual(await page.locator('p.msgrpriv-badges .msgrpriv-badge').allInnerTexts(),
      ['Do not use', 'Messenger 4.5']);
    await page.context().close();
  });

  test('opening a constant by Microsoft\'s anchor (#ss_declined) lands on its row and marks it', async () => {
    const page = await openPage('/reference/session_state.html#ss_declined');
    const row = page.locator('table.msgrpriv-constants tr', { has: page.locator('[id="ss_declined"]') });
    await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 5000 });
    const box = await row.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= page.viewportSize().height, `row at ${box.y}`);
    const marked = await row.evaluate((element) => getComputedStyle(element).backgroundColor);
    const plain = await page.locator('table.msgrpriv-constants tbody tr').first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    assert.notEqual(marked, plain, 'the targeted row looks like any other');
    await page.context().close();
  });

  test('opening the SS_DECLINED permalink scrolls its row into view', async () => {
    const page = await openPage('/reference/session_state.html#c.SS_DECLINED');
    // Chrome scrolls to a fragment while parsing and again once layout
    // settles; the reader sees the settled page, so wait for that (or fail).
    const inView = await page.waitForFunction(() => {
      const row = document.getElementById('c.SS_DECLINED').closest('tr');
      const box = row.getBoundingClientRect();
      return window.scrollY > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }, null, { timeout: 5000 }).then(() => true, () => false);
    const box = await page.locator('table.msgrpriv-constants tr', { has: page.locator('[id="c.SS_DECLINED"]') })
      .boundingBox();
    assert.ok(inView, `row at ${box.y}..${box.y + box.height}, viewport ${page.viewportSize().height}`);
    const row = page.locator('table.msgrpriv-constants tr', { has: page.locator('[id="c.SS_DECLINED"]') });
    assert.ok((await row.innerText()).includes('The session is remotely canceled.'));
    const marked = await row.evaluate((element) => getComputedStyle(element).backgroundColor);
    const plain = await page.locator('table.msgrpriv-constants tbody tr').first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    assert.notEqual(marked, plain, 'the targeted row looks like any other');
    await page.context().close();
  });

  test('shows the requirements table', async () => {
    const page = await openPage('/reference/session_state.html');
    const table = page.locator('table.msgrpriv-requirements');
    await table.scrollIntoViewIfNeeded();
    assert.ok(await table.isVisible());
    const text = await table.innerText();
    for (const value of ['Windows XP [desktop apps only]', 'Messenger 4.5', 'Msgrpriv.h', 'Msgrpriv.idl']) {
      assert.ok(text.includes(value), value);
    }
    await page.context().close();
  });
});

describe('finding things', () => {
  test('searching SS_DECLINED leads to its row on the reference page', async () => {
    const page = await openPage('/index.html');
    const box = page.locator('input[name="q"]').first();
    await box.fill('SS_DECLINED');
    await box.press('Enter');
    await page.waitForURL(/search\.html\?q=SS_DECLINED/);
    const first = page.locator('#search-results ul.search li a').first();
    await first.waitFor({ timeout: 15000 });
    await first.click();
    await page.waitForURL(/reference\/session_state\.html/);
    assert.match(page.url(), /reference\/session_state\.html.*#c\.SS_DECLINED$/);
    await page.context().close();
  });

  test('searching a meaning lists the page that defines it first', async () => {
    const page = await openPage('/search.html?q=remotely+canceled');
    const first = page.locator('#search-results ul.search li a').first();
    await first.waitFor({ timeout: 15000 });
    const href = await first.getAttribute('href');
    assert.match(href, /^reference\//, `first result: ${href}`);
    await page.context().close();
  });

  test('the general index lists every constant', async () => {
    const page = await openPage('/genindex.html');
    const text = await page.locator('article').innerText();
    for (const [name] of constants) assert.ok(text.includes(`${name} (C enumerator)`), name);
    await page.context().close();
  });
});

describe('copying an example', () => {
  test('the copy button copies exactly the example file', async () => {
    const page = await openPage('/examples/state_from_args.html', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const block = page.locator('.literal-block-wrapper', { hasText: 'examples/state_from_args.c' });
    await block.hover();
    await block.locator('button.copybtn').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const file = readFileSync(join(sourceDir, 'examples/state_from_args.c'), 'utf8');
    assert.equal(copied, file);
    await page.context().close();
  });
});

// Layout once per kind of page (the reference pages share one shape: the
// widest of them stands for all), in each colour scheme, at desktop and
// phone widths; axe (below) still reads every page.
describe('how the pages look', { concurrency: 4 }, () => {
  const sizes = { desktop: [1280, 900], phone: [390, 844] };
  const width = (p) => Math.max(...p.constants.map((c) => c.name.length + (c.literal ?? String(c.value)).length));
  const widest = sourcePages.reduce((a, b) => (width(b) > width(a) ? b : a)).type;
  for (const path of [`/reference/${widest.toLowerCase()}.html`, '/reference/index.html',
    '/examples/state_from_args.html', '/api/cpp.html', '/lookup.html', '/source/msgrpriv_h.html']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const [size, [width, height]] of Object.entries(sizes)) {
        test(`${path} in ${colorScheme} at ${size} width`, async () => {
          const page = await openPage(path, { colorScheme, width, height });
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r, g, b] = background.match(/\d+/g).map(Number);
          const light = (r + g + b) / 3 > 128;
          assert.equal(light, colorScheme === 'light', `body background ${background} in ${colorScheme}`);
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= width, `page is ${scrollWidth}px wide at ${width}px: sideways scrolling`);
          // Nothing is cut off either: every element of the text fits the
          // viewport; only code may scroll sideways, inside its own box.
          const overflowing = await page.evaluate((viewport) => {
            const found = [];
            for (const element of document.querySelectorAll('article *')) {
              if (element.closest('pre, div.highlight')) continue;
              const box = element.getBoundingClientRect();
              if (box.width > 0 && box.right > viewport + 1) {
                found.push(`<${element.tagName.toLowerCase()} class="${element.className}"> ends at ${Math.round(box.right)}px: `
                  + element.textContent.trim().slice(0, 60));
              }
            }
            return found.slice(0, 8);
          }, width);
          if (overflowing.length) {  // a picture of what went wrong, for whoever reads the failure
            const name = `${path.replace(/^\//, '').replace(/[/.]/g, '_')}-${colorScheme}-${size}.png`;
            await page.screenshot({ path: join(screenshotDir, name), fullPage: true });
          }
          assert.deepEqual(overflowing, [], overflowing.join('\n'));
          await page.context().close();
        });
      }
    }
  }
});

// Every page of the site, found on disk.
function sitePages(folder = htmlDir, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : sitePages(join(folder, entry.name), `${prefix}/${entry.name}`);
    return entry.name.endsWith('.html') ? [`${prefix}/${entry.name}`] : [];
  }).sort();
}

describe('accessibility (axe-core, every rule, every impact, every page)', { concurrency: 4 }, () => {
  const pages = sitePages();
  test('the site has its pages', () => {
    for (const path of referencePages) assert.ok(pages.includes(path), path);
  });
  for (const path of pages) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${path} (${colorScheme}) has no violations`, async () => {
        const page = await openPage(path, { colorScheme });
        const report = await axeViolations(page);
        assert.deepEqual(report, [], report.join('\n'));
        await page.context().close();
      });
    }
  }
});

describeNetwork(() => site);
