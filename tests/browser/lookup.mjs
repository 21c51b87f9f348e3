// The look-up, as a person uses it: every input of the look-up's one table
// (tests/lookup/cases.json, which also drives the decoder example's runs and
// the docs test of lookup.html) given to the site's search, and opened as a
// link to the look-up page (lookup.html#<input>), must get the table's
// answer, line for line as the decoder prints it: how each word was read,
// what it finds under each header, with type and meaning, and the message
// said once at the end. (The table itself is checked against Microsoft's
// pages by the test lookup.table, tests/lookup/lookup_table.py.) Then the look-up page's box: first on
// the page, focused, answering what is typed or pasted.
// SPDX-License-Identifier: MIT
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';

// The answer a page shows, as a reader reads it and as the decoder prints it:
// per reading its heading, each header's name, each thing found (flags
// combined: their line, then one per flag), or the line saying it found
// nothing; the links; and the message. null: no answer on the page.
function shownAnswer(page) {
  return page.evaluate(() => {
    const section = document.querySelector('section.msgrpriv-value-matches');
    if (!section) return null;
    const text = (node) => node.textContent.replace(/\s+/g, ' ').trim();
    const own = (li) => [...li.childNodes].filter((n) => !(n.nodeType === 1 && n.matches('ul')))
      .map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
    const lines = [];
    for (const block of section.querySelectorAll('.msgrpriv-reading')) {
      for (const child of block.children) {
        if (child.matches('h2')) lines.push(text(child));
        else if (child.matches('h3')) lines.push(`  ${text(child)}:`);
        else if (child.matches('p')) lines.push(`  ${text(child)}`);
        else if (child.matches('ul')) {
          for (const li of child.children) {
            lines.push(`    ${own(li)}`);
            for (const flag of li.querySelectorAll(':scope > ul > li')) lines.push(`      ${text(flag)}`);
          }
        }
      }
    }
    const message = section.querySelector('.msgrpriv-lookup-message');
    const links = [...section.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
    return { lines, message: message ? text(message) : null, links };
  });
}

export function describeLookup({ env, table }) {
  const site = env.site;
  const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
  const page = (type) => `reference/${type.toLowerCase()}.html`;

  // The table's answer in the same shape, with the link each name must have.
  function expected(entry) {
    const lines = [];
    const links = [];
    for (const reading of entry.readings) {
      lines.push(reading.heading);
      let header = null;
      const items = [...reading.constants.map((shown) => ({ names: shown.split('|') })),
        ...(reading.types ?? []).map((type) => ({ type }))];
      // A constant found by the value its page writes, where the package has another, says so.
      const asPageWrites = (name) => (reading.page_values ?? []).includes(name) ? ` (as its page writes it, ${
        table.constants[name].page_value}; this package has ${table.constants[name].value}: see the errata)` : '';
      for (const item of items) {
        const type = item.type ?? table.constants[item.names[0]].type;
        const entry = table.types[type];
        if ((entry.header ?? 'No header') !== header) {
          header = entry.header ?? 'No header';
          lines.push(`  ${header}:`);
        }
        const meaning = (name) => table.constants[name].meaning;
        if (item.type) {
          lines.push(`    ${type} (enumeration): ${entry.unsupported ?? `${entry.constants} constants`}`);
          links.push([type, entry.unsupported ? `reference/unsupported.html#${type.toLowerCase()}` : page(type)]);
        } else if (item.names.length === 1) {
          lines.push(`    ${item.names[0]} (${type}): ${meaning(item.names[0])}${asPageWrites(item.names[0])}`);
          links.push([item.names[0], `${page(type)}#c.${item.names[0]}`]);
        } else {
          lines.push(`    ${item.names.join(' | ')} (${type}, flags combined):`);
          for (const name of item.names) {
            lines.push(`      ${name}: ${meaning(name)}`);
            links.push([name, `${page(type)}#c.${name}`]);
          }
        }
      }
      if (!items.length && reading.as === 'name') lines.push('  No constant has this name.');
      else if (!items.length && reading.as !== 'out of range') lines.push('  No constant has this value.');
    }
    return { lines, message: entry.message ? `${capitalized(entry.message)}.` : null, links };
  }

  // The constants an answer finds: the look-up page marks their rows.
  const found = (entry) => [...new Set(entry.readings.flatMap((r) => r.constants.flatMap((c) => c.split('|'))))].sort();
  const label = (entry) => JSON.stringify(entry.input);
  const caseOf = (input) => table.cases.find((c) => c.input === input);

  // One page each, as a reader goes from question to question: the search
  // page loaded again for each query, the look-up page given each as its fragment.
  describe('the search page answers every input of the table', () => {
    let tab;
    for (const entry of table.cases) {
      // Answered there: a number, or a name something has; any other word is
      // for Sphinx's own search.
      const answered = entry.readings.some((r) => r.as !== 'name' || r.constants.length || r.types?.length);
      test(`search.html?q=${label(entry)}${answered ? '' : ' (no answer)'}`, async () => {
        tab ??= await site().newPage();
        await site().goto(tab, `/search.html?q=${encodeURIComponent(entry.input)}`, 'domcontentloaded');
        const answer = await shownAnswer(tab);
        if (!answered) {
          assert.equal(answer, null);
          return;
        }
        assert.deepEqual(answer, expected(entry));
        const first = entry.readings.find((r) => r.constants.length)?.constants[0].split('|')[0];
        if (first) {
          assert.equal(await tab.locator('article a[href*="#c."]').first().innerText(), first,
            'the first link on the page is the first constant found');
        }
      });
    }
    after(async () => { await tab?.context().close(); });
  });

  describe('the look-up page answers every input of the table as its fragment', () => {
    let tab;
    for (const entry of table.cases) {
      const answered = entry.input.trim() !== '';
      test(`lookup.html#${label(entry)}${answered ? '' : ' (no answer)'}`, async () => {
        tab ??= await site().openPage('/lookup.html');
        await tab.evaluate((fragment) => { window.location.hash = fragment; }, encodeURIComponent(entry.input));
        // The box shows the question once the page has read it.
        await tab.waitForFunction((input) => document.getElementById('msgrpriv-lookup-input').value === input,
          entry.input, { timeout: 5000 });
        const answer = await shownAnswer(tab);
        assert.deepEqual(answer, answered ? expected(entry) : null);
        // The rows of what it found, and only those, are marked.
        const marked = await tab.locator('table.msgrpriv-lookup tr.msgrpriv-match a[href*="#c."]').allInnerTexts();
        assert.deepEqual([...new Set(marked)].sort(), found(entry));
        if (marked.length) {
          const colour = (locator) => locator.evaluate((element) => getComputedStyle(element).backgroundColor);
          assert.notEqual(await colour(tab.locator('table.msgrpriv-lookup tr.msgrpriv-match').first()),
            await colour(tab.locator('table.msgrpriv-lookup tbody tr:not(.msgrpriv-match)').first()),
            'a found row looks like any other');
        }
      });
    }
    after(async () => { await tab?.context().close(); });
  });

  describe('the look-up page', () => {
    for (const javaScriptEnabled of [true, false]) {
      test(`lookup.html#0x81000614 opens at its row, marked (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
        const tab = await site().openPage('/lookup.html#0x81000614', { javaScriptEnabled });
        try {
          // Asked from here: a page without JavaScript runs no waitForFunction.
          const shown = () => tab.evaluate(() => {
            const row = document.getElementById('0x81000614').closest('tr');
            const box = row.getBoundingClientRect();
            const plain = document.querySelector('table.msgrpriv-lookup tbody tr');
            return window.scrollY > 0 && box.top >= 0 && box.bottom <= window.innerHeight &&
              getComputedStyle(row).backgroundColor !== getComputedStyle(plain).backgroundColor &&
              row.textContent.includes('SR_SESSION_STATE_INVALID');
          });
          let ok = await shown();
          for (let tries = 0; !ok && tries < 50; tries += 1) {
            await tab.waitForTimeout(100); // no script to wait in: ask again
            ok = await shown();
          }
          assert.ok(ok, 'the row is not in view, or not marked');
          // Without JavaScript, no box that cannot answer.
          assert.equal(await tab.locator('#msgrpriv-lookup-form').isVisible(), javaScriptEnabled);
        } finally {
          await tab.context().close();
        }
      });
    }

    test('a value\'s link jumps at once, however far down (no smooth scrolling)', async () => {
      const tab = await site().openPage('/lookup.html', { size: 'phone' });
      try {
        const jumped = await tab.evaluate(() => {
          const anchors = [...document.querySelectorAll('table.msgrpriv-lookup .msgrpriv-anchor')];
          const last = anchors[anchors.length - 1];
          window.location.hash = last.id;
          // Read at once, before a single frame: a smooth scroll would be on its way.
          return { inView: window.msgrprivCheck.inView(last.closest('tr')), behavior: getComputedStyle(document.documentElement).scrollBehavior };
        });
        assert.deepEqual(jumped, { inView: true, behavior: 'auto' });
      } finally {
        await tab.context().close();
      }
    });

    for (const size of ['desktop', 'phone']) {
      test(`its box is the first thing on the page, focused, with no scroll (${size})`, async () => {
        const tab = await site().openPage('/lookup.html', { size });
        try {
          await tab.waitForFunction(() => document.activeElement?.id === 'msgrpriv-lookup-input', null, { timeout: 5000 });
          const where = await tab.evaluate(() => {
            const form = document.getElementById('msgrpriv-lookup-form');
            const before = [...document.querySelectorAll('article p, article table, article ul, article dl')]
              .filter((e) => !form.contains(e) && (e.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING));
            return { scrollY: window.scrollY, inView: window.msgrprivCheck.inView(form), before: before.length };
          });
          assert.deepEqual(where, { scrollY: 0, inView: true, before: 0 });
        } finally {
          await tab.context().close();
        }
      });
    }

    test('its box answers what is pasted, as the link does, in view, with the answer\'s own link', async () => {
      const tab = await site().openPage('/lookup.html', { permissions: ['clipboard-read', 'clipboard-write'] });
      try {
        const box = tab.getByLabel('Number, name or log line');
        const entry = caseOf('state=6 hr=0x81000613');
        await tab.evaluate((text) => navigator.clipboard.writeText(text), entry.input);
        await box.focus();
        await tab.keyboard.press('Control+V');
        await box.press('Enter');
        await tab.locator('section.msgrpriv-value-matches').waitFor();
        assert.deepEqual(await shownAnswer(tab), expected(entry));
        assert.ok(tab.url().endsWith(`#${encodeURIComponent(entry.input)}`), tab.url());
        await tab.waitForFunction(() => window.msgrprivCheck.inView(document.querySelector('section.msgrpriv-value-matches h2')),
          null, { timeout: 5000 });
        // Another question replaces the answer; going back shows the first again.
        await box.fill('3');
        await box.press('Enter');
        assert.deepEqual(await shownAnswer(tab), expected(caseOf('3')));
        await tab.goBack();
        await tab.waitForFunction(() => document.querySelector('section.msgrpriv-value-matches h2').textContent.startsWith('6 '));
      } finally {
        await tab.context().close();
      }
    });

    test('a number that matches nothing is said so once', async () => {
      for (const path of ['/lookup.html#1000', '/search.html?q=1000']) {
        const tab = await site().openPage(path);
        try {
          const said = await tab.locator('section.msgrpriv-value-matches').innerText();
          assert.equal(said.match(/no constant/gi)?.length, 1, `${path}: ${said}`);
        } finally {
          await tab.context().close();
        }
      }
    });

    test('every type the look-up knows, supported or not, is found by its name', async () => {
      const tab = await site().openPage('/lookup.html');
      try {
        const problems = await tab.evaluate(async () => {
          const found = [];
          for (const type of window.MSGRPRIV_LOOKUP.types) {
            window.location.hash = type.name.toLowerCase();
            const link = () => [...document.querySelectorAll('section.msgrpriv-value-matches li > a')]
              .find((a) => a.textContent === type.name && a.getAttribute('href') === type.href);
            if (!await window.msgrprivCheck.until(link)) {
              const shown = document.querySelector('section.msgrpriv-value-matches')?.innerText ?? 'no answer';
              found.push(`${type.name}: no link to ${type.href} in the answer: ${shown.slice(0, 200)}`);
            }
          }
          return found;
        });
        assert.deepEqual(problems, []);
      } finally {
        await tab.context().close();
      }
    });

    test('a heading\'s own anchor is no question', async () => {
      const tab = await site().openPage('/lookup.html');
      try {
        const heading = await tab.evaluate(() => document.querySelector('article section[id] section[id]')?.id ??
          document.querySelector('article section[id]').id);
        await tab.evaluate((id) => { window.location.hash = id; }, heading);
        await tab.waitForFunction((id) => window.location.hash === `#${id}`, heading);
        assert.equal(await shownAnswer(tab), null);
      } finally {
        await tab.context().close();
      }
    });
  });

  describe('from the search box of any page, and from file://', () => {
    test('typing " 0x81000614" on the front page answers first, with links that look like links', async () => {
      const entry = caseOf(' 0x81000614');
      const tab = await site().openPage('/index.html');
      try {
        const box = tab.locator('input[name="q"]').first();
        await box.fill(entry.input);
        await box.press('Enter');
        await tab.waitForURL(/search\.html/);
        const first = tab.locator('article a[href*="#c."]').first();
        await first.waitFor({ timeout: 15000 });
        assert.deepEqual(await shownAnswer(tab), expected(entry));
        const looks = await first.evaluate((a) => {
          const style = getComputedStyle(a);
          const around = getComputedStyle(a.parentElement);
          return { underlined: style.textDecorationLine.includes('underline'), coloured: style.color !== around.color };
        });
        assert.deepEqual(looks, { underlined: true, coloured: true });
        await first.click();
        await tab.waitForURL(/reference\/session_result\.html#c\.SR_SESSION_STATE_INVALID$/);
      } finally {
        await tab.context().close();
      }
    });

    for (const path of ['search.html?q=hr%3D0x81000614', 'lookup.html#hr%3D0x81000614']) {
      test(`file://…/${path}`, async () => {
        const context = await site().browser.newContext();
        try {
          const tab = await context.newPage();
          await tab.goto(`file://${env.htmlDir}/${path}`);
          await tab.locator('section.msgrpriv-value-matches').waitFor();
          assert.deepEqual(await shownAnswer(tab), expected(caseOf('hr=0x81000614')));
        } finally {
          await context.close();
        }
      });
    }
  });
}
