// The reader's actions, each checked by doing it: switching the theme,
// going back to the top, the contents marking where one is, searching,
// copying an example, coming in by Microsoft's page names and anchors and by
// a header line's link (every page's own checks are in every_page.mjs).
// SPDX-License-Identifier: MIT
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redirectPages, SIZES } from './site.mjs';

const isDark = (page) => page.evaluate(() => {
  const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
  return (r + g + b) / 3 < 128;
});

// Waits for the condition (run in the page, window.msgrprivCheck at hand),
// failing with what describeFailure then says there.
async function waitFor(page, condition, arg, describeFailure) {
  const ok = await page.waitForFunction(condition, arg, { timeout: 5000 }).then(() => true, () => false);
  if (!ok) assert.fail(await page.evaluate(describeFailure, arg));
}

// The row that holds the element with this id is in view below the sticky
// header and marked (its background unlike an unmarked row's).
const rowShown = (id) => {
  const check = window.msgrprivCheck;
  const row = document.getElementById(id)?.closest('tr');
  const other = row && [...row.parentElement.children].find((r) => r !== row);
  return Boolean(row) && check.inView(row) && check.background(row) !== check.background(other);
};
const rowWhere = (id) => {
  const check = window.msgrprivCheck;
  const row = document.getElementById(id)?.closest('tr');
  return row ? `#${id}'s row ${check.where(row)}, background ${check.background(row)}` : `no element #${id}`;
};

// A header line (the anchor L-<n> and the text up to the next one) is in
// view below the sticky header, marked, and declares the constant.
const lineShown = ([id, name]) => {
  const check = window.msgrprivCheck;
  const box = (anchor) => (anchor.childNodes.length ? anchor : anchor.nextElementSibling);
  const anchor = document.getElementById(id);
  let text = '';
  for (let node = anchor.nextSibling; node && !(node.id || '').startsWith('L-'); node = node.nextSibling) {
    text += node.textContent;
  }
  if (anchor.childNodes.length) text = anchor.textContent;
  return check.inView(box(anchor)) && check.background(box(anchor)) !== check.background(box(document.getElementById('L-1'))) &&
    new RegExp(`\\b${name}\\b`).test(text);
};
const lineWhere = ([id]) => {
  const anchor = document.getElementById(id);
  const shown = anchor.childNodes.length ? anchor : anchor.nextElementSibling;
  return `line ${id} ${window.msgrprivCheck.where(shown)}, background ${window.msgrprivCheck.background(shown)}`;
};

export function describeReading({ env, sourcePages, pages }) {
  const site = env.site;
  const sessionState = sourcePages.find((p) => p.type === 'SESSION_STATE');

  describe('the theme\'s own scripts, used', () => {
    test('the theme switch cycles light, dark and the system\'s choice', async () => {
      const page = await site().openPage('/index.html');
      try {
        const toggle = page.locator('.theme-toggle-content .theme-toggle');
        const seen = [];
        for (let i = 0; i < 3; i += 1) {
          const before = await isDark(page);
          await toggle.click();
          await page.waitForFunction((was) => {
            const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
            return ((r + g + b) / 3 < 128) !== was || localStorage.getItem('theme') === 'auto';
          }, before, { timeout: 5000 });
          seen.push(`${await page.evaluate(() => localStorage.getItem('theme'))}:${await isDark(page) ? 'dark' : 'light'}`);
        }
        assert.deepEqual(seen, ['dark:dark', 'light:light', 'auto:light']);
      } finally {
        await page.context().close();
      }
    });

    test('a page opened with the system in dark mode is dark, and the switch goes to light', async () => {
      const page = await site().openPage('/index.html', { colorScheme: 'dark' });
      try {
        assert.equal(await isDark(page), true);
        await page.locator('.theme-toggle-content .theme-toggle').click();
        await page.waitForFunction(() => localStorage.getItem('theme') === 'light', null, { timeout: 5000 });
        assert.equal(await isDark(page), false);
      } finally {
        await page.context().close();
      }
    });

    test('back to top appears on scrolling up a long page and goes to the top', async () => {
      const page = await site().openPage('/source/msgrpriv_h.html');
      try {
        await page.mouse.move(600, 400);
        await page.mouse.wheel(0, 4000);
        await page.waitForFunction(() => window.scrollY > 2000);
        // The wheel scrolls smoothly: a wheel up while it still goes down ends going down, and the
        // theme hides the button then. So the scrolling must have stopped first.
        await page.evaluate(async () => {
          const frame = () => new Promise((resolve) => { requestAnimationFrame(resolve); });
          let last;
          do {
            last = window.scrollY;
            await frame();
            await frame();
          } while (window.scrollY !== last);
        });
        await page.mouse.wheel(0, -300);
        const button = page.locator('.back-to-top');
        await button.waitFor({ state: 'visible', timeout: 5000 });
        await button.click();
        await page.waitForFunction(() => window.scrollY === 0, null, { timeout: 5000 });
      } finally {
        await page.context().close();
      }
    });

    test('"On this page" marks the section being read', async () => {
      const page = await site().openPage('/reference/session_state.html', { size: [1400, 900] });
      try {
        const toc = page.locator('.toc-tree a[href="#requirements"]');
        assert.ok(await toc.isVisible(), 'no contents in view at 1400 px');
        await page.evaluate(() => document.getElementById('requirements').scrollIntoView()); // as reading down to it
        await page.waitForFunction(() => [...document.querySelectorAll('.toc-tree .scroll-current')]
          .some((e) => (e.matches('a') ? e : e.querySelector(':scope > a'))?.getAttribute('href') === '#requirements'),
        null, { timeout: 5000 });
      } finally {
        await page.context().close();
      }
    });
  });

  describe('finding things', () => {
    test('searching SS_DECLINED leads to its row on the reference page', async () => {
      const page = await site().openPage('/index.html');
      try {
        const box = page.locator('input[name="q"]').first();
        await box.fill('SS_DECLINED');
        await box.press('Enter');
        await page.waitForURL(/search\.html\?q=SS_DECLINED/);
        const first = page.locator('#search-results ul.search li a').first();
        await first.waitFor({ timeout: 15000 });
        await first.click();
        await page.waitForURL(/reference\/session_state\.html.*#c\.SS_DECLINED$/);
      } finally {
        await page.context().close();
      }
    });

    test('searching a meaning lists the page that defines it first', async () => {
      const page = await site().openPage('/search.html?q=remotely+canceled');
      try {
        const first = page.locator('#search-results ul.search li a').first();
        await first.waitFor({ timeout: 15000 });
        assert.match(await first.getAttribute('href'), /^reference\//);
      } finally {
        await page.context().close();
      }
    });

    test('a page named as Microsoft\'s leads to ours, without JavaScript, as does every page that sends one on', async () => {
      const page = await site().newPage({ javaScriptEnabled: false });
      const redirects = redirectPages(env.htmlDir, pages);
      try {
        for (const source of sourcePages) {
          const path = `/${source.slug}.html`;
          assert.ok(redirects.includes(path), `no ${path}`);
          await site().goto(page, path);
          await page.waitForURL(new RegExp(`/reference/${source.type.toLowerCase()}\\.html$`), { timeout: 5000 });
          assert.equal(await page.locator('article h1').innerText().then((t) => t.replace(/[#¶]/g, '').trim()),
            `${source.type} enumeration`);
        }
        for (const path of redirects) {
          await site().goto(page, path);
          await page.waitForURL((url) => url.pathname !== path, { timeout: 5000 });
          assert.ok(await page.locator('article h1').isVisible(), `${path} leads to ${page.url()}, no page of the site`);
        }
      } finally {
        await page.context().close();
      }
    });

    // Loading the address (the in-page checks of every_page.mjs follow all
    // of them, at both sizes): each spelling once, and #constants on a phone.
    for (const [id, size] of [['SS_DECLINED', 'desktop'], ['ss_declined', 'phone'], ['c.SS_DECLINED', 'phone']]) {
      test(`opening session_state.html#${id} at ${size} size lands on its row, marked`, async () => {
        const page = await site().openPage(`/reference/session_state.html#${id}`, { size });
        try {
          await waitFor(page, rowShown, id, rowWhere);
          assert.ok((await page.locator('tr', { has: page.locator(`[id="${id}"]`) }).innerText())
            .includes(sessionState.constants.find((c) => c.name === 'SS_DECLINED').meaning));
        } finally {
          await page.context().close();
        }
      });
    }

    test('opening session_state.html#constants on a phone shows its heading below the header', async () => {
      const page = await site().openPage('/reference/session_state.html#constants', { size: 'phone' });
      try {
        await waitFor(page, () => window.msgrprivCheck.inView(document.querySelector('#constants h2')), null,
          () => `#constants' heading ${window.msgrprivCheck.where(document.querySelector('#constants h2'))}`);
      } finally {
        await page.context().close();
      }
    });

    for (const size of Object.keys(SIZES)) {
      test(`a constant's header line, followed from its row, is shown and marked at ${size} size`, async () => {
        const page = await site().openPage('/reference/session_state.html', { size });
        try {
          const link = page.locator('table.msgrpriv-constants tr', { has: page.locator('[id="c.SS_DECLINED"]') })
            .locator('a.msgrpriv-line');
          const line = (await link.innerText()).split(':')[1];
          await link.click();
          await page.waitForURL(new RegExp(`/source/msgrpriv_h\\.html#L-${line}$`));
          await waitFor(page, lineShown, [`L-${line}`, 'SS_DECLINED'], lineWhere);
        } finally {
          await page.context().close();
        }
      });
    }
  });

  test('a constant\'s long list of members that return it opens on a click, a short one is open', async () => {
    const page = await site().openPage('/reference/msgrconstants.html');
    try {
      const lists = page.locator('table.msgrpriv-constants details');
      const counts = await lists.evaluateAll((all) => all.map((d) => [d.querySelectorAll('li').length, d.open]));
      assert.ok(counts.some(([n]) => n > 3) && counts.some(([n]) => n <= 3), JSON.stringify(counts));
      assert.deepEqual(counts.filter(([n, open]) => open !== (n <= 3)), []);
      const long = lists.filter({ has: page.locator('li:nth-child(4)') }).first();
      const item = long.locator('li').first();
      assert.equal(await item.isVisible(), false);
      await long.locator('summary').click();
      await item.waitFor({ state: 'visible' });
    } finally {
      await page.context().close();
    }
  });

  describe('copying an example', () => {
    // Clicks the block's button and reads the clipboard once the button says it has copied.
    async function copy(page, block) {
      await block.hover();
      const button = block.locator('button.msgrpriv-copy');
      await button.click();
      await button.filter({ hasText: 'Copied' }).waitFor();
      return page.evaluate(() => navigator.clipboard.readText());
    }

    test('the copy button copies a file exactly, a command without its final newline', async () => {
      const page = await site().openPage('/examples/state_from_args.html', {
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      try {
        const file = page.locator('.literal-block-wrapper', { hasText: 'examples/state_from_args.c' });
        assert.equal(await copy(page, file), readFileSync(join(env.sourceDir, 'examples/state_from_args.c'), 'utf8'));
        // Pasting the command does not run it.
        const command = page.locator('div.highlight-sh', { hasText: 'cmake -S examples' });
        assert.match(await copy(page, command),
          /^cmake -S examples -B build-examples .*\nctest --test-dir build-examples --output-on-failure$/s);
      } finally {
        await page.context().close();
      }
    });
  });
}
