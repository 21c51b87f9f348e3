// Every page of the site, each loaded once (at desktop size, light, in one of
// two tabs reused from page to page), then read at phone sizes and in the
// dark scheme without loading it again:
// - no console error or uncaught exception, on load, on resizing, on
//   switching the scheme and on scrolling;
// - the light scheme, then the dark one when the system switches to it;
// - axe-core: every rule, every impact; once per kind of page in dark too
//   (the look-up and search pages with an answer);
// - the scripts and stylesheets it loads: at most 150 KB in all, uncompressed,
//   beside the reference as data (the search index, the look-up's table: per constant);
// - at 1280, 390, 360 and 320 px: nothing wider than the screen (code
//   scrolls in its own box); on a phone, a title that breaks only at an
//   underscore or between words;
// - every anchor it holds for a reader, followed from the address bar (the
//   fragment set as a link sets it), many per load: each section's heading,
//   each constant's row by its three names (SS_DECLINED, Microsoft's
//   ss_declined and the C domain's c.SS_DECLINED), on the look-up page a
//   value's row by each kind of anchor (form, HRESULT-style or not, shared
//   or not), the tallest row's and the page's ends, 25 header lines from
//   first to last: in view below the sticky header, at desktop and phone
//   sizes, and a constant's row or a line marked; a header's every line has its anchor (from the file);
// - a reference page: its rows, banner, badges and requirements as
//   Microsoft's page gives them; the index: every constant.
// Then, over every type's reference page: the HTML a page grows by per constant.
// SPDX-License-Identifier: MIT
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, installChecks, redirectPages, SIZES } from './site.mjs';

// The look-up page and the search page are read with a question: every part
// an answer has (flags combined, a type, a miss and the message; a value with
// Sphinx's results below it) is audited with them.
const ASKED = { '/lookup.html': '#3%20SESSION_FLAGS%20010', '/search.html': '?q=81000614%206' };
const WEIGHT_BUDGET = 150 * 1024; // bytes of scripts and stylesheets a page loads
const GROWTH_BUDGET = 1.5 * 1024; // bytes of a reference page's HTML per constant it lists
// The reference as data, loaded as scripts by the two pages that answer questions (Sphinx's search
// index, the look-up's table): it grows with the constants, so it has a budget per constant.
const DATA = /(^|\/)(searchindex|msgrpriv_lookup)\.js(\?|$)/;
const DATA_BUDGET = 2 * 1024; // bytes of both, per constant of the reference
const LINES_FOLLOWED = 25; // a header's lines followed by their anchors, per page and size

// Follows each anchor as a link does and returns what went wrong: the
// element it names (a row's, or an empty anchor's next element) must come
// into view below the sticky header, and, where marked is set, look marked.
function followAnchors(page, anchors) {
  return page.evaluate(async (list) => {
    const check = window.msgrprivCheck;
    // What a reader must see: a constant's or value's row, a section's
    // heading, an empty anchor's line (from the element after it), or the element.
    const shown = (element) => {
      if (!element) return null;
      const row = element.closest('tr');
      if (row) return row;
      const heading = element.querySelector(':scope > :is(h1, h2, h3, h4, h5, h6)');
      if (heading) return heading;
      return element.childNodes.length ? element : element.nextElementSibling;
    };
    const away = () => { window.location.hash = 'msgrpriv-no-such-anchor'; }; // no :target left
    away();
    const plain = new Map(list.map(({ id }) => [id, shown(document.getElementById(id))])
      .filter(([, element]) => element).map(([id, element]) => [id, check.background(element)]));
    const problems = [];
    for (const { id, marked } of list) {
      const element = shown(document.getElementById(id));
      if (!element) {
        problems.push(`#${id}: no such anchor`);
        continue;
      }
      window.location.hash = id;
      const ok = await check.until(() => check.inView(element) && (!marked || check.background(element) !== plain.get(id)));
      if (!ok) {
        problems.push(`#${id}: ${check.inView(element) ? 'not marked' : `not in view: ${check.where(element)}`}`);
      }
    }
    away();
    window.history.replaceState(null, '', window.location.pathname);
    return problems;
  }, anchors);
}

// The anchors a page holds for a reader, from the data: its sections'
// headings and, by kind of page, its constants, values or lines.
async function anchorsOf(page, path, sourcePage) {
  const sections = await page.evaluate(() => [...document.querySelectorAll('article section[id]')].map((s) => s.id));
  const anchors = sections.map((id) => ({ id, marked: false }));
  if (sourcePage) {
    for (const c of sourcePage.constants) {
      for (const id of [c.name, c.name.toLowerCase(), `c.${c.name}`]) anchors.push({ id, marked: true });
    }
  } else if (path === '/lookup.html') {
    // Every value's anchors are there (tests/docs: "each value has anchors written from the
    // number"); a jump depends on the anchor's kind: its form (hex, decimal, the negative
    // HRESULT, -0x1), whether the value is HRESULT-style, whether several rows share it, and the
    // height of its first row (a tall one sat half above the window). So one anchor of each kind
    // is followed, both of the tallest first row's, and the first and last (the page's ends),
    // where every value's cost two jumps and a layout each, per size.
    const values = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('table.msgrpriv-lookup tbody tr')];
      const firsts = rows.map((row, i) => [row, i]).filter(([row]) => row.querySelector('.msgrpriv-anchor'));
      return firsts.flatMap(([row, i], k) => {
        const shared = (k + 1 < firsts.length ? firsts[k + 1][1] : rows.length) - i > 1;
        const ids = [...row.querySelectorAll('.msgrpriv-anchor')].map((a) => a.id);
        const wide = ids.some((id) => /^0x[0-9a-f]{5,}$/.test(id)); // a facility: HRESULT-style
        const form = (id) => `${id.replace(/[0-9a-f]+$/, '')}${/^-?0x/.test(id) ? '' : 'decimal'}`; // 0x, -0x, decimal, -decimal
        const height = row.getBoundingClientRect().height;
        return ids.map((id) => ({ id, height, kind: `${form(id)} ${wide ? 'HRESULT' : 'small'} ${shared ? 'shared' : 'one'}` }));
      });
    });
    const kinds = new Map();
    for (const { id, kind } of values) if (!kinds.has(kind)) kinds.set(kind, id);
    const tallest = Math.max(...values.map((v) => v.height));
    const sample = new Set([values[0].id, ...kinds.values(), ...values.filter((v) => v.height === tallest).map((v) => v.id),
      values[values.length - 1].id]);
    anchors.push(...[...sample].map((id) => ({ id, marked: true })));
  } else if (path.startsWith('/source/')) {
    // Every line has its anchor (checked from the header file: "every line's anchor"); lines are
    // alike, so a fixed number are followed, spread from the first to the last: each jump lays
    // out the whole listing again, and every tenth line cost the square of a header's length.
    const lines = await page.evaluate(() => [...document.querySelectorAll('[id^="L-"]')].map((a) => a.id));
    const step = Math.max(1, (lines.length - 1) / (LINES_FOLLOWED - 1));
    const sample = [...new Set(Array.from({ length: Math.min(LINES_FOLLOWED, lines.length) }, (_, i) => lines[Math.round(i * step)]))];
    anchors.push(...sample.map((id) => ({ id, marked: true })));
  }
  return anchors;
}

// The scripts and stylesheets the page loaded, as the browser counts them.
function assets(page) {
  return page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => ['script', 'link', 'css'].includes(e.initiatorType) || /\.(m?js|css)(\?|$)/.test(e.name))
    .map((e) => ({ name: e.name.replace(/^.*\/_static\//, ''), size: e.decodedBodySize })));
}

const text = (locator) => locator.innerText().then((t) => t.replace(/\s+/g, ' ').trim());
const isDark = (page) => page.evaluate(() => {
  const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
  return (r + g + b) / 3 < 128;
});

// A reference page as Microsoft's page gives it: each row's name, value and
// meaning; the banner, the badges and the requirements; the deprecation's
// first sentence naming the page's own type.
async function checkReferencePage(page, source, types) {
  const rows = page.locator('table.msgrpriv-constants tbody tr');
  const shownRows = await rows.evaluateAll((trs) => trs.map((tr) => {
    const cells = [...tr.querySelectorAll(':scope > td')].map((td) => td.innerText.replace(/[#¶]/g, '').trim());
    // The meaning: the last cell's paragraphs before what the package adds (who returns it).
    const last = tr.querySelector(':scope > td:last-child');
    const more = last.querySelector(':scope > :is(.msgrpriv-more, details)');
    const meaning = [...last.children].filter((child) => !more || (child.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING))
      .map((child) => child.innerText.trim()).join('\n\n');
    const name = tr.querySelector('td dt');
    const line = tr.querySelector('a.msgrpriv-line');
    // Name, value (an HRESULT's signed value in a column of its own), meaning.
    return { name: name ? name.innerText.replace(/[#¶]/g, '').trim() : null, value: cells[1], meaning,
      line: line && line.innerText.trim(), badges: tr.querySelectorAll('.msgrpriv-badge').length };
  }));
  const header = source.requirements.find(([name]) => name === 'Header')[1].toLowerCase();
  assert.deepEqual(shownRows.map((r) => [r.name, r.value, r.meaning]),
    source.constants.map((c) => [c.name, c.literal ?? `${c.value} (implicit)`, c.meaning]));
  for (const row of shownRows) {
    assert.match(row.line ?? '', new RegExp(`^${header.replace('.', '\\.')}:\\d+$`), `${row.name}'s header line`);
    assert.equal(row.badges, 0, `a badge on ${row.name}'s row`);
  }
  const product = source.requirements.find(([name]) => name === 'Product')[1];
  assert.deepEqual(await page.locator('p.msgrpriv-badges .msgrpriv-badge').allInnerTexts(), ['Do not use', product]);
  const deprecation = page.locator('.admonition.msgrpriv-deprecated');
  assert.ok(await deprecation.isVisible(), 'no deprecation notice in view');
  const notice = await deprecation.evaluate((element) => [...element.children]
    .filter((child) => !child.matches('.admonition-title')).map((child) => child.innerText).join(' ').replace(/\s+/g, ' ').trim());
  const naming = new RegExp(`\\b(${types.join('|')})\\b`);
  const first = notice.split(/(?<=\.)\s+/).find((sentence) => naming.test(sentence)) ?? '';
  assert.equal(first.match(naming)?.[1], source.type, `the deprecation's first sentence to name a type: "${first}"`);
  assert.ok((await text(page.locator('article'))).includes(source.banner), 'Microsoft\'s banner, word for word');
  const banner = page.getByText(source.banner.slice(0, 40)).first();
  assert.ok(await banner.isVisible(), 'Microsoft\'s banner is not visible');
  const requirements = await text(page.locator('table.msgrpriv-requirements'));
  for (const [, value] of source.requirements) assert.ok(requirements.includes(value), value);
}

export function describeEveryPage({ env, sourcePages, everyType, pages }) {
  const referencePages = new Map(sourcePages.map((p) => [`/reference/${p.type.toLowerCase()}.html`, p]));
  const sizes = new Map(); // reference page: [its HTML's bytes, its constants]
  // Every type's page is measured (load_all), not only the five Service pages the row checks read.
  const constantsOf = new Map(everyType.map((p) => [`/reference/${p.type.toLowerCase()}.html`, p.constants.length]));
  const data = new Map(); // data file: its bytes

  // Pages that only lead to another (Microsoft's names for ours): reading.mjs follows them.
  const redirects = new Set(redirectPages(env.htmlDir, pages));
  // A page of each kind (the reference pages share one shape: the widest
  // stands for them), audited in the dark scheme too.
  const width = (p) => Math.max(...p.constants.map((c) => c.name.length + (c.literal ?? String(c.value)).length));
  const widest = sourcePages.reduce((a, b) => (width(b) > width(a) ? b : a)).type;
  const kinds = [`/reference/${widest.toLowerCase()}.html`, '/reference/index.html', '/examples/state_from_args.html',
    '/api/cpp.html', '/lookup.html', '/source/msgrpriv_h.html', '/search.html'];

  describe('every page, loaded once', { concurrency: 2 }, () => {
    test('the site has a page for each of Microsoft\'s pages', () => {
      for (const path of referencePages.keys()) assert.ok(pages.includes(path), path);
    });

    for (const path of pages.filter((p) => !redirects.has(p))) {
      test(path, async (t) => {
        const page = await env.site().borrowPage(path + (ASKED[path] ?? ''));
        // Every check runs, and the test fails with all that went wrong.
        const problems = [];
        const timings = [];
        let finished = false; // every check ran: the page can be reused
        const check = async (what, body) => {
          const start = Date.now();
          try {
            await body();
          } catch (error) {
            problems.push(`${what}: ${error.message}`);
          }
          timings.push(`${what} ${Date.now() - start}`);
        };
        try {
          await installChecks(page);
          await check('on load', () => assert.deepEqual(page.scriptErrors, []));
          await check('light, at desktop size', async () => {
            assert.equal(await isDark(page), false, 'a dark background');
            assert.deepEqual(await page.evaluate(() => window.msgrprivCheck.overflow()), []);
          });
          const source = referencePages.get(path);
          if (constantsOf.has(path)) {
            sizes.set(path, [await page.evaluate(() => performance.getEntriesByType('navigation')[0].decodedBodySize),
              constantsOf.get(path)]);
          }
          if (source) {
            await check('as Microsoft\'s page gives it', () => checkReferencePage(page, source, sourcePages.map((p) => p.type)));
          }
          if (path.startsWith('/source/')) {
            await check('every line\'s anchor', async () => {
              // source/msgrpriv_h.html shows include/msgrpriv.h: L-1 to L-<its lines>, in order, each
              // at the start of its line (the line's number after it).
              const file = join(env.sourceDir, 'include', path.replace(/^\/source\/(.*)_h\.html$/, '$1.h'));
              const count = readFileSync(file, 'utf8').split('\n').length - 1;
              const found = await page.evaluate(() => [...document.querySelectorAll('[id^="L-"]')].map((a) => {
                const number = (a.matches('.linenos') ? a : a.querySelector('.linenos') ?? a.nextElementSibling)?.textContent.trim();
                return `${a.id} ${number}`;
              }));
              assert.deepEqual(found, Array.from({ length: count }, (_, i) => `L-${i + 1} ${i + 1}`));
            });
          }
          if (path === '/genindex.html') {
            await check('the index', async () => {
              const index = await text(page.locator('article'));
              for (const c of sourcePages.flatMap((p) => p.constants)) assert.ok(index.includes(`${c.name} (C enumerator)`), c.name);
            });
          }
          await check('axe', async () => {
            const report = await axeViolations(page);
            assert.deepEqual(report, [], report.join('\n'));
          });
          const everything = await assets(page);
          const loaded = everything.filter((a) => !DATA.test(a.name));
          const weight = loaded.reduce((total, a) => total + a.size, 0);
          t.diagnostic(`scripts and stylesheets: ${weight} bytes`);
          for (const a of everything.filter((a) => DATA.test(a.name))) data.set(a.name.replace(/^.*\//, ''), a.size);
          await check('weight', () => assert.ok(weight <= WEIGHT_BUDGET, `${weight} bytes of scripts and stylesheets, over ${
            WEIGHT_BUDGET}:\n${loaded.sort((a, b) => b.size - a.size).map((a) => `  ${a.size} ${a.name}`).join('\n')}`));

          const anchors = await anchorsOf(page, path, source);
          await check('anchors at desktop size', async () => assert.deepEqual(await followAnchors(page, anchors), []));
          await page.setViewportSize({ width: SIZES.phone[0], height: SIZES.phone[1] });
          await check('anchors at phone size', async () => assert.deepEqual(await followAnchors(page, anchors), []));
          for (const width of [390, 360, 320]) {
            await page.setViewportSize({ width, height: SIZES.phone[1] });
            await check(`at ${width} px`, async () => {
              const found = await page.evaluate(() => [...window.msgrprivCheck.overflow(), ...window.msgrprivCheck.titleBreaks()]);
              if (found.length) { // a picture of what went wrong, for whoever reads the failure
                const name = `${path.replace(/^\//, '').replace(/[^A-Za-z0-9]+/g, '_')}-${width}.png`;
                await page.screenshot({ path: join(env.screenshotDir, name), fullPage: true });
              }
              assert.deepEqual(found, []);
            });
          }
          // The system's scheme switched to dark: the page follows it (and,
          // once per kind of page, axe audits it so); scrolled to the end
          // and back: what the theme's handlers do then must not throw either.
          await page.emulateMedia({ colorScheme: 'dark' });
          await check('dark', async () => {
            await page.waitForFunction(() => {
              const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
              return (r + g + b) / 3 < 128;
            }, null, { timeout: 5000 });
            if (!kinds.includes(path)) return;
            await page.setViewportSize({ width: SIZES.desktop[0], height: SIZES.desktop[1] });
            const report = await axeViolations(page);
            assert.deepEqual(report, [], report.join('\n'));
          });
          await page.evaluate(async () => {
            window.scrollTo(0, document.documentElement.scrollHeight);
            await window.msgrprivCheck.frame();
            window.scrollTo(0, 0);
            await window.msgrprivCheck.frame();
          });
          await check('in use', () => assert.deepEqual(page.scriptErrors, []));
          finished = true;
        } finally {
          await env.site().giveBack(page, finished && problems.length === 0);
        }
        t.diagnostic(timings.join(', '));
        if (problems.length) assert.fail(problems.join('\n\n'));
      });
    }
  });

  test('a reference page\'s HTML grows by at most 1.5 KB per constant it lists', (t) => {
    const points = [...sizes.values()];
    assert.ok(points.length === constantsOf.size && points.length >= 2, 'too few reference pages measured');
    // The least-squares slope of bytes over constants: what one more constant costs.
    const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
    const [bytes, counts] = [points.map((p) => p[0]), points.map((p) => p[1])];
    const [mb, mc] = [mean(bytes), mean(counts)];
    const slope = counts.reduce((s, c, i) => s + (c - mc) * (bytes[i] - mb), 0) /
      counts.reduce((s, c) => s + (c - mc) ** 2, 0);
    t.diagnostic(`${Math.round(slope)} bytes per constant, over ${points.length} pages`);
    assert.ok(slope <= GROWTH_BUDGET, `${Math.round(slope)} bytes per constant`);
  });

  test('the search index and the look-up\'s table come to at most 2 KB per constant', (t) => {
    assert.deepEqual([...data.keys()].sort(), ['msgrpriv_lookup.js', 'searchindex.js'], 'the data files the pages loaded');
    // Per constant the data holds: every type's (load_all), not only the five Service pages'.
    const constants = everyType.reduce((n, p) => n + p.constants.length, 0);
    const bytes = [...data.values()].reduce((a, b) => a + b, 0);
    t.diagnostic(`${bytes} bytes for ${constants} constants: ${Math.round(bytes / constants)} per constant`);
    assert.ok(bytes <= DATA_BUDGET * constants, `${Math.round(bytes / constants)} bytes per constant`);
  });
}
