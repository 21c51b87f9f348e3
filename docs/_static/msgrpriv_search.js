// The look-up of the search page and the look-up page: every number and name
// in pasted text, answered by the rules of examples/decode.c (tests/lookup/
// cases.json's "about"; tests/browser checks this file against its cases).
// All it knows, with every value's shown form, is _static/msgrpriv_lookup.js
// (a script: file:// loads it too); this file only reads input and matches it.
// SPDX-License-Identifier: MIT
(() => {
  'use strict';

  const data = window.MSGRPRIV_LOOKUP;
  const SUFFIX = '(?:[uU][lL]{0,2}|[lL]{1,2}[uU]?)?$'; // C's: 0x81000614L, 6u
  const HEX = new RegExp(`^0[xX]([0-9A-Fa-f]+)${SUFFIX}`);
  const DIGITS = new RegExp(`^([0-9][0-9A-Fa-f]*)${SUFFIX}`);
  const TWO_TO_32 = 4294967296;

  // A word's readings, [[form, value]]; null past 32 bits.
  function readings(sign, word) {
    const hex = HEX.exec(word);
    const digits = !hex && DIGITS.exec(word);
    let forms = [];
    if (hex) forms = [['hex', parseInt(hex[1], 16)]];
    else if (digits && sign) {
      const n = parseInt(digits[1], 10);
      forms = [['decimal', sign === '+' ? n : n === 0 ? 0 : n <= TWO_TO_32 / 2 ? TWO_TO_32 - n : Infinity]];
    } else if (digits) {
      if (/^[0-9]+$/.test(digits[1])) forms.push(['decimal', parseInt(digits[1], 10)]);
      const value = parseInt(digits[1], 16);
      if (!forms.length || forms[0][1] !== value) forms.push(['hex', value]);
    }
    const fitting = forms.filter(([, value]) => value < TWO_TO_32);
    return forms.length && !fitting.length ? null : fitting;
  }

  // The words of text: [{text, sign, word}], a sign only before decimal digits
  // and not just after a letter, digit or underscore.
  function words(text) {
    return [...text.matchAll(/[A-Za-z0-9_]+/g)].map((match) => {
      const at = match.index;
      const digits = DIGITS.exec(match[0]);
      const signed = /[+-]/.test(text.charAt(at - 1)) && !/\w/.test(text.charAt(at - 2)) &&
        digits && /^[0-9]+$/.test(digits[1]);
      const sign = signed ? text.charAt(at - 1) : '';
      return { text: sign + match[0], sign, word: match[0] };
    });
  }

  const typeOrder = (t) => data.headers.indexOf(data.types[t].header) * data.types.length + t;
  const inOrder = (items) => items.sort((a, b) => typeOrder(a.type) - typeOrder(b.type));

  // What has the value: constants, and flags combined, by header and type.
  const byValue = (value) => inOrder([
    ...data.constants.filter((c) => c.value === value).map((c) => ({ type: c.type, constant: c })),
    ...data.combinations.filter((c) => c.value === value).map((c) => ({
      type: c.type, flags: c.flags.map((name) => data.constants.find((k) => k.name === name)),
    })),
  ]);

  const byName = (name) => inOrder([
    ...data.constants.filter((c) => !c.note && c.name.toUpperCase() === name).map((c) => ({ type: c.type, constant: c })),
    ...data.types.map((t, i) => ({ type: i, named: t })).filter((t) => t.named.name.toUpperCase() === name),
  ]);

  // {blocks: [{heading, items, none, number}], message}: the answer to text.
  function answer(input) {
    const text = input.trim();
    const all = words(text);
    const blocks = [];
    let missed = false;
    all.filter((w, i) => all.findIndex((v) => v.text === w.text) === i).forEach((w) => {
      const read = readings(w.sign, w.word);
      if (read === null) {
        blocks.push({ heading: `${w.text} is out of range: every constant fits in 32 bits`, items: [], number: true });
      } else if (read.length) {
        const found = read.map(([form, value]) => ({ form, value, items: byValue(value) }));
        found.filter((r) => r.items.length).forEach((r) => blocks.push({
          heading: `${w.text} read as ${r.form}: ${data.forms[r.value]}`, items: r.items, number: true,
        }));
        const none = found.filter((r) => !r.items.length).map((r) => r.form);
        if (none.length) blocks.push({ heading: `${w.text} read as ${none.join(' or as ')}`, items: [], none: 'value', number: true });
        missed = missed || none.length === found.length;
      } else if (/^[A-Za-z_]/.test(w.word)) {
        const items = byName(w.word.toUpperCase());
        const constant = items.find((item) => item.constant);
        const value = constant ? `: ${data.forms[constant.constant.value]}` : '';
        if (items.length || all.length === 1) blocks.push({ heading: `${w.text} read as a name${value}`, items, none: 'name' });
      }
    });
    let message = missed ? `The constants have the values ${data.ranges}.` : null;
    if (!blocks.length) message = text ? `'${text}' holds no number and no name of a constant.` : null;
    return { text, blocks, message };
  }

  const element = (tag, text, className) => Object.assign(document.createElement(tag),
    text ? { textContent: text } : {}, className ? { className } : {});
  // A link as written, from the site's root (where both pages are): href's setter keeps it so.
  const link = (text, href) => Object.assign(element('a', text), { href });

  const href = (c) => c.href || `${data.types[c.type].href}#c.${c.name}`; // the data may leave it out

  // One thing found, as a list item: a constant, flags combined, or a type.
  function item(found) {
    const type = data.types[found.type];
    const li = element('li');
    if (found.constant) {
      const c = found.constant;
      li.append(link(c.name, href(c)), ` (${type.name}): ${c.meaning}${c.note ? ` (${c.note})` : ''}`);
    } else if (found.flags) {
      li.append(`${found.flags.map((c) => c.name).join(' | ')} (${type.name}, flags combined):`);
      const flags = li.appendChild(element('ul'));
      found.flags.forEach((c) => flags.appendChild(element('li')).append(link(c.name, href(c)), `: ${c.meaning}`));
    } else {
      const count = data.constants.filter((c) => c.type === found.type && !c.note).length;
      li.append(link(type.name, type.href), ` (enumeration): ${type.unsupported ? type.text : `${count} constants`}`);
    }
    return li;
  }

  // The answer as a section: per block its heading, then what it finds under
  // each header's name, or the line saying it found nothing; then the message.
  function render(result) {
    const section = element('section', null, 'msgrpriv-value-matches');
    section.setAttribute('aria-label', `Look-up of ${result.text}`);
    result.blocks.forEach((block) => {
      const div = section.appendChild(element('div', null, 'msgrpriv-reading'));
      div.appendChild(element('h2', block.heading));
      let list = null;
      let header = null;
      block.items.forEach((found) => {
        const name = data.types[found.type].header || 'No header';
        if (!list || name !== header) {
          div.appendChild(element('h3', name));
          list = div.appendChild(element('ul', null, 'search'));
          header = name;
        }
        list.appendChild(item(found));
      });
      if (!block.items.length && block.none) div.appendChild(element('p', `No constant has this ${block.none}.`));
    });
    if (result.message) section.appendChild(element('p', result.message, 'msgrpriv-lookup-message'));
    return section;
  }

  const names = (result) => result.blocks.flatMap((b) => b.items.flatMap((i) => (i.constant ? [i.constant] : i.flags || [])))
    .map((c) => c.name);

  // The search page: a query holding a number, or a name something has, is answered first.
  function searchPage(results) {
    const query = new URLSearchParams(window.location.search).get('q');
    const result = answer(query || '');
    if (result.blocks.some((b) => b.number || b.items.length)) results.before(render(result));
  }

  // The look-up page: the box, and the link's fragment, read alike.
  function lookupPage(form) {
    const input = document.getElementById('msgrpriv-lookup-input');
    const place = document.getElementById('msgrpriv-lookup-answer');
    const table = document.querySelector('table.msgrpriv-lookup');
    const rows = [...table.querySelectorAll('tbody tr')];
    let shown = null;
    form.hidden = false;
    table.classList.add('msgrpriv-lookup-live');

    function show(text, fromLink) {
      shown = text;
      place.textContent = '';
      rows.forEach((row) => row.classList.remove('msgrpriv-match'));
      if (!text.trim()) return;
      const result = answer(text);
      place.appendChild(render(result));
      const found = new Set(names(result));
      rows.forEach((row) => {
        const a = row.querySelector('a[href*="#c."]');
        if (a && found.has(a.getAttribute('href').split('#c.')[1])) row.classList.add('msgrpriv-match');
      });
      // A value's own link opens at its row; anything else shows the answer.
      const target = fromLink && document.getElementById(text);
      if (target) (target.closest('tr') || target).scrollIntoView();
      else place.scrollIntoView({ block: 'nearest' });
    }

    function fromFragment() {
      let fragment = window.location.hash.slice(1);
      try {
        fragment = decodeURIComponent(fragment);
      } catch (error) {
        // a stray % is read as it is
      }
      // Another element's own anchor (a heading's) is no question.
      const target = fragment && document.getElementById(fragment);
      if ((target && !target.classList.contains('msgrpriv-anchor')) || fragment === shown) return;
      input.value = fragment;
      show(fragment, true);
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.history.pushState(null, '', `#${encodeURIComponent(input.value)}`); // the answer's own link
      show(input.value, false);
    });
    window.addEventListener('hashchange', fromFragment);
    window.addEventListener('popstate', fromFragment);
    fromFragment();
    if (!window.location.hash) input.focus({ preventScroll: true });
  }

  document.addEventListener('DOMContentLoaded', () => {
    const results = document.getElementById('search-results');
    const form = document.getElementById('msgrpriv-lookup-form');
    if (results && data) searchPage(results);
    if (form && data) lookupPage(form);
  });
})();
