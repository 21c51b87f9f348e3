// What both browser tests share: the built site served on 127.0.0.1 (an
// ephemeral port), Debian's Chromium started headless with the flags the
// machine needs, and pages opened in fresh contexts whose every request is
// recorded, so a test can fail on anything that left the site or failed.
// SPDX-License-Identifier: MIT
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
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
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

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
  const site = {
    origin,
    browser,
    offHostRequests: [],
    failedResponses: [],
    // A page in a fresh context; every request it makes is recorded.
    async openPage(path, { colorScheme = 'light', width = 1280, height = 900, permissions = [],
      javaScriptEnabled = true } = {}) {
      const context = await browser.newContext({ colorScheme, viewport: { width, height }, javaScriptEnabled });
      if (permissions.length) await context.grantPermissions(permissions, { origin });
      const page = await context.newPage();
      page.on('request', (request) => {
        const url = request.url();
        // data: URLs are inline content, not a request to anywhere.
        if (!url.startsWith(origin + '/') && !url.startsWith('data:')) site.offHostRequests.push(url);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) site.failedResponses.push(`${response.status()} ${response.url()}`);
      });
      const response = await page.goto(origin + path);
      assert.equal(response.status(), 200, `${path} answered ${response.status()}`);
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
  return site;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// axe-core's violations on the page (or within the element a selector names),
// every rule and every impact, as lines a failure message can show.
export async function axeViolations(page, scope = 'html') {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate((context) => window.axe.run(context, { resultTypes: ['violations'] }), scope);
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n` +
    v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n'));
}

// The last tests of a file: nothing any page asked for left the site or failed.
export function describeNetwork(site) {
  describe('the network', () => {
    test('no page requested anything but the loopback server', () => {
      assert.deepEqual(site().offHostRequests, []);
    });

    test('every asset the pages asked for was there', () => {
      assert.deepEqual(site().failedResponses, []);
    });
  });
}
