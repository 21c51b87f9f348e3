// What the browser checks share: the built site served on 127.0.0.1 (an
// ephemeral port), Debian's Chromium started headless with the flags the
// machine needs, and pages opened in fresh contexts whose every request and
// every script error is recorded, so a check can fail on anything that left
// the site, failed to load or threw.
// SPDX-License-Identifier: MIT
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.inv': 'application/octet-stream',
  '.woff2': 'font/woff2', '.json': 'application/json', '.txt': 'text/plain',
};

function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] || 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => { server.listen(0, '127.0.0.1', () => resolve(server)); });
}

export const SIZES = { desktop: [1280, 900], phone: [390, 844] };

export async function openSite(htmlDir, chromiumPath) {
  if (!existsSync(chromiumPath) && process.env.CI === 'true') {
    throw new Error(`${chromiumPath} is missing; CI must run the browser test`);
  }
  const server = await serve(htmlDir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Playwright starts Chromium with a new, empty temporary profile of its own
  // (the --user-data-dir the machine needs) and removes it on close.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const spare = []; // pages borrowPage may hand out again
  const site = {
    origin,
    browser,
    offHostRequests: [],
    failedResponses: [],
    scriptErrors: [], // every console error and uncaught exception, of any page
    // A page in a fresh context; its requests, console errors and uncaught
    // exceptions are recorded (page.scriptErrors: its own).
    async newPage({ colorScheme = 'light', size = 'desktop', permissions = [], javaScriptEnabled = true } = {}) {
      const [width, height] = Array.isArray(size) ? size : SIZES[size];
      const context = await browser.newContext({ colorScheme, viewport: { width, height }, javaScriptEnabled });
      if (permissions.length) await context.grantPermissions(permissions, { origin });
      if (javaScriptEnabled) await context.addInitScript(checksInPage);
      context.setDefaultTimeout(10000); // a check that waits longer has failed
      const page = await context.newPage();
      page.scriptErrors = [];
      const error = (text) => {
        page.scriptErrors.push(`${page.url()}: ${text}`);
        site.scriptErrors.push(`${page.url()}: ${text}`);
      };
      page.on('console', (message) => { if (message.type() === 'error') error(message.text()); });
      page.on('pageerror', (exception) => error(`uncaught ${exception.name}: ${exception.message}`));
      page.on('request', (request) => {
        const url = request.url();
        // data: URLs are inline content, file: ones the file:// checks' own.
        if (!url.startsWith(`${origin}/`) && !/^(data|file):/.test(url)) site.offHostRequests.push(url);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) site.failedResponses.push(`${response.status()} ${response.url()}`);
      });
      return page;
    },
    async openPage(path, options) {
      const page = await site.newPage(options);
      await site.goto(page, path);
      return page;
    },
    // A page at desktop size, light, with scripts, that loads path: one a
    // check gave back when there is one. Starting a browser context (its
    // renderer, its scripts compiled anew) cost more than loading the page.
    // The server sends no caching header, so every load fetches every asset.
    async borrowPage(path) {
      const page = spare.pop();
      if (!page) return site.openPage(path);
      await page.setViewportSize({ width: SIZES.desktop[0], height: SIZES.desktop[1] });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.evaluate(() => localStorage.clear());
      page.scriptErrors = [];
      await site.goto(page, path);
      return page;
    },
    // Gives a borrowed page back, or closes it where its check went wrong (its state unknown).
    async giveBack(page, healthy) {
      if (healthy) spare.push(page);
      else await page.context().close();
    },
    async goto(page, path, waitUntil = 'load') {
      const response = await page.goto(origin + path, { waitUntil });
      assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
      return response;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => { server.close(resolve); });
    },
  };
  return site;
}

// Every page of the site, found on disk.
export function sitePages(folder, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return entry.name.startsWith('_') ? [] : sitePages(join(folder, entry.name), `${prefix}/${entry.name}`);
    return entry.name.endsWith('.html') ? [`${prefix}/${entry.name}`] : [];
  }).sort();
}

// The pages that only send the reader on (a meta refresh): what they are is
// read from the file; where they lead is checked by following them.
export function redirectPages(htmlDir, pages) {
  return pages.filter((path) => /<meta[^>]+http-equiv="refresh"/i.test(readFileSync(join(htmlDir, path), 'utf8')));
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axe-core's violations on the page, every rule and every impact, as lines
// a failure message can show. Colour contrast, most of axe's time (a header's
// listing is thousands of alike spans), is judged once per look: text
// elements alike in all axe's verdict reads (shown or not; colour, size,
// weight, shadow; the backgrounds, opacity, filter and blending of the element
// and every ancestor) share one, so the rule is given one of each look (one
// with a letter or digit: axe passes over punctuation). Where axe cannot judge
// that one (partly covered, say), the rule is run again on every element of
// its look. Every other rule runs over every element.
export async function axeViolations(page) {
  if (!await page.evaluate(() => Boolean(window.axe))) await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    const looks = new Map(); // look: its elements
    const ownText = (element) => [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.data).join('').trim();
    for (const element of document.body.querySelectorAll('*')) {
      if (!ownText(element)) continue;
      const style = getComputedStyle(element);
      const look = [element.getClientRects().length > 0, style.color, style.fontSize, style.fontWeight, style.textShadow];
      for (let e = element; e; e = e.parentElement) {
        const s = e === element ? style : getComputedStyle(e);
        look.push(s.backgroundColor, s.backgroundImage, s.opacity, s.filter, s.mixBlendMode);
      }
      const key = look.join('|');
      if (!looks.has(key)) looks.set(key, []);
      looks.get(key).push(element);
    }
    const one = new Map([...looks.values()].map((alike) => [alike.find((e) => /[\p{L}\p{N}]/u.test(ownText(e))) ?? alike[0], alike]));
    const run = async (elements, options) => {
      for (const element of elements) element.setAttribute('data-msgrpriv-look', '');
      window.axe.configure({ rules: [{ id: 'color-contrast', selector: '[data-msgrpriv-look]' }] });
      try {
        return await window.axe.run(document, { resultTypes: ['violations', 'incomplete'], elementRef: true, ...options });
      } finally {
        window.axe.reset();
        for (const element of elements) element.removeAttribute('data-msgrpriv-look');
      }
    };
    const first = await run([...one.keys()], {});
    const unjudged = first.incomplete.filter((r) => r.id === 'color-contrast').flatMap((r) => r.nodes)
      .flatMap((node) => one.get(node.element) ?? []);
    const again = unjudged.length ? await run(unjudged, { runOnly: { type: 'rule', values: ['color-contrast'] } }) : { violations: [] };
    return [...first.violations, ...again.violations].map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  return results.map((v) => `${v.id} (${v.impact}): ${v.help}\n${
    v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n')}`);
}

// In the page: functions the checks run there (page.evaluate cannot take
// closures), installed as window.msgrprivCheck in every document a page
// opens, and by installChecks where scripts are off.
function checksInPage() {
  if (window.msgrprivCheck) return;
  const frame = () => new Promise((resolve) => { requestAnimationFrame(() => requestAnimationFrame(resolve)); });
  // The bottom of the theme's sticky header (0 where it is hidden).
  const headerBottom = () => {
    const header = [...document.querySelectorAll('.mobile-header')].find((h) => getComputedStyle(h).display !== 'none');
    return header ? header.getBoundingClientRect().bottom : 0;
  };
  const check = {
    frame,
    headerBottom,
    // Whether the element shows whole, below the sticky header.
    inView(element) {
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top >= headerBottom() - 1 && box.bottom <= window.innerHeight + 1;
    },
    where(element) {
      const box = element.getBoundingClientRect();
      return `at ${Math.round(box.top)}..${Math.round(box.bottom)} px, header to ${Math.round(headerBottom())}, ` +
        `viewport ${window.innerHeight}`;
    },
    // Waits for a condition, a frame at a time, for up to ms (the bound of
    // every Playwright action: a loaded machine may take seconds): whether it came.
    async until(condition, ms = 10000) {
      const end = performance.now() + ms;
      while (!condition()) {
        if (performance.now() > end) return false;
        await frame();
      }
      return true;
    },
    background: (element) => getComputedStyle(element).backgroundColor,
    // Elements of the text (code aside: it scrolls in its own box) that
    // end past the viewport's right edge, and the page's own width.
    overflow() {
      const found = [];
      for (const element of document.querySelectorAll('article *')) {
        if (element.closest('pre, div.highlight')) continue;
        const box = element.getBoundingClientRect();
        if (box.width > 0 && box.right > window.innerWidth + 1) {
          found.push(`<${element.tagName.toLowerCase()} class="${element.className}"> ends at ${Math.round(box.right)}px: ${
            element.textContent.trim().slice(0, 60)}`);
        }
      }
      const width = document.documentElement.scrollWidth;
      if (width > window.innerWidth) found.unshift(`the page is ${width}px wide: sideways scrolling`);
      return found.slice(0, 8);
    },
    // Where the title's lines break: each break must be at an underscore or
    // a space (never inside a word), and the title must fit.
    titleBreaks() {
      const title = document.querySelector('article h1');
      if (!title) return [];
      const problems = [];
      const chars = [];
      const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('.headerlink')) continue;
        for (let i = 0; i < node.length; i += 1) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const box = range.getClientRects()[0];
          if (box) chars.push({ char: node.data[i], top: box.top, right: box.right });
        }
      }
      for (let i = 1; i < chars.length; i += 1) {
        const [before, after] = [chars[i - 1], chars[i]];
        if (after.top > before.top + 1 && !/[_\s]/.test(before.char) && !/\s/.test(after.char)) {
          problems.push(`"${title.textContent.trim()}" breaks between "${before.char}" and "${after.char}"`);
        }
      }
      const right = Math.max(...chars.map((c) => c.right));
      if (right > window.innerWidth + 1) problems.push(`"${title.textContent.trim()}" runs to ${Math.round(right)}px`);
      return problems;
    },
  };
  window.msgrprivCheck = check;
}

export async function installChecks(page) {
  await page.evaluate(checksInPage);
}

// The last tests: nothing any page asked for left the site or failed, and no
// page logged a script error or threw.
export function describeNetwork(site) {
  describe('the network and the scripts, over every page opened', () => {
    test('no page requested anything but the loopback server', () => {
      assert.deepEqual(site().offHostRequests, []);
    });

    test('every asset the pages asked for was there', () => {
      assert.deepEqual(site().failedResponses, []);
    });

    test('no page logged a script error or threw', () => {
      assert.deepEqual([...new Set(site().scriptErrors)], []);
    });
  });
}
