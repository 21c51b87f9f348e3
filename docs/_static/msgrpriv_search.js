// The look-up, on the search page and on the look-up page, with the rules of
// examples/decode.c (after Microsoft's err.exe and MySQL's perror): spaces
// around are ignored; 0x81000614 or 0X... is hex; digits and a-f starting with
// a digit (8100060a) are hex; digits alone are decimal, and hex too where that
// is another number (81000614), each reading saying which it is, never octal;
// a sign makes decimal (-2130704876, the signed HRESULT); a name is read in any
// case. Every reading shows its value, an HRESULT-style one (severity bit set)
// with its severity, facility and code; what it finds is every constant with
// that value or name and, in a type whose constants are flags (0 and single
// bits), the flags a value is made of; a number no constant has is told the
// values the constants have. Everything comes from _static/msgrpriv_values.js
// (a script, so it works from file:// too): no type is named here.
// Sphinx's search ignores queries made of digits: on the search page, a query
// that reads as a number (or names a constant) first gets this answer. On the
// look-up page the box and the link's fragment (lookup.html#81000614) get it,
// and the rows it finds are highlighted.
// Checked by tests/browser/lookup.test.mjs against tests/lookup/cases.json.
// SPDX-License-Identifier: MIT
(function () {
  'use strict';

  var TWO_TO_32 = 4294967296;
  var SEVERITY = 2147483648;
  var SPACES = /^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g; // C's isspace
  var FORMS = { decimal: 'decimal', hex: 'hex', name: 'a name' };

  // The characters of text as a number in base 10 or 16: NaN when one is no
  // digit of it, Infinity past 32 bits.
  function digits(text, base) {
    var value = 0;
    var big = false;
    if (!text) return NaN;
    for (var i = 0; i < text.length; i += 1) {
      var digit = '0123456789abcdef'.indexOf(text.charAt(i).toLowerCase());
      if (digit < 0 || digit >= base) return NaN;
      value = value * base + digit;
      if (value > TWO_TO_32 - 1) big = true;
    }
    return big ? Infinity : value;
  }

  // {text, readings: [{form, value}], error}: how an input reads.
  function read(input) {
    var text = input.replace(SPACES, '');
    var readings = [];
    var asDecimal = NaN;
    var asHex = NaN;
    if (!text) return { text: text, readings: readings, error: 'an empty argument is neither a number nor a name' };
    if (/^0[xX]/.test(text)) {
      asHex = digits(text.slice(2), 16);
    } else if (/^[+-]/.test(text)) {
      asDecimal = digits(text.slice(1), 10);
      if (text.charAt(0) === '-' && isFinite(asDecimal)) {
        // The signed 32-bit HRESULT: -2130704876 is 0x81000614.
        asDecimal = asDecimal > SEVERITY ? Infinity : (TWO_TO_32 - asDecimal) % TWO_TO_32;
      }
    } else if (/^[0-9]/.test(text)) {
      asDecimal = digits(text, 10);
      asHex = digits(text, 16);
    } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) {
      readings.push({ form: 'name', value: null });
    }
    if (isFinite(asDecimal)) readings.push({ form: 'decimal', value: asDecimal });
    if (isFinite(asHex) && asHex !== asDecimal) readings.push({ form: 'hex', value: asHex });
    var error = null;
    if (!readings.length) {
      error = asDecimal === Infinity || asHex === Infinity
        ? "'" + input + "' is out of range: every constant fits in 32 bits"
        : "'" + input + "' is neither a number (decimal, or hex such as 0x81000614) nor a name";
    }
    return { text: text, readings: readings, error: error };
  }

  // Every type with its constants, in the header's order.
  function types() {
    var order = window.MSGRPRIV_TYPES || [];
    var byType = {};
    (window.MSGRPRIV_VALUES || []).forEach(function (entry) {
      if (!byType[entry.type]) {
        byType[entry.type] = [];
        if (order.indexOf(entry.type) < 0) order = order.concat([entry.type]);
      }
      byType[entry.type].push(entry);
    });
    return order.filter(function (type) { return byType[type]; }).map(function (type) {
      return { name: type, constants: byType[type] };
    });
  }

  // Bits as unsigned 32-bit numbers (JavaScript's & is signed).
  function and(a, b) {
    return (a & b) >>> 0;
  }

  // The flags of a type of flags (0 and single bits) that make up value, or null.
  function combination(type, value) {
    var values = type.constants.map(function (c) { return c.value; });
    var flags = type.constants.filter(function (c) { return c.value && and(value, c.value) === c.value; });
    var bits = flags.reduce(function (total, c) { return total + c.value; }, 0);
    var isFlags = values.indexOf(0) >= 0 && values.every(function (v) { return and(v, v - 1) === 0; });
    return isFlags && values.indexOf(value) < 0 && flags.length >= 2 && bits === value ? flags : null;
  }

  // What a reading finds, in the header's order: {type, constant} or {type, flags}.
  function find(reading, text) {
    var found = [];
    types().forEach(function (type) {
      var same = type.constants.filter(function (c) {
        return reading.form === 'name' ? c.name.toUpperCase() === text.toUpperCase() : c.value === reading.value;
      });
      same.forEach(function (c) { found.push({ type: type.name, constant: c }); });
      if (!same.length && reading.form !== 'name') {
        var flags = combination(type, reading.value);
        if (flags) found.push({ type: type.name, flags: flags });
      }
    });
    if (reading.form === 'name' && found.length) reading.value = found[0].constant.value;
    return found;
  }

  function hex(value) {
    return '0x' + value.toString(16);
  }

  function valueText(value) {
    if (value >= SEVERITY) {
      return hex(value) + ', HRESULT ' + (value - TWO_TO_32) + ' (severity ' + Math.floor(value / SEVERITY) +
        ', facility ' + hex(Math.floor(value / 65536) % 2048) + ', code ' + hex(value % 65536) + ')';
    }
    return value + ' (' + hex(value) + ')';
  }

  // The values the constants have, as runs: "0-7, 0x81000601-0x81000619 and ...".
  function ranges() {
    var values = (window.MSGRPRIV_VALUES || []).map(function (entry) { return entry.value; })
      .sort(function (a, b) { return a - b; });
    var runs = [];
    values.forEach(function (value) {
      var last = runs[runs.length - 1];
      if (last && value <= last[1] + 1) last[1] = value;
      else runs.push([value, value]);
    });
    var shown = function (value) { return value >= SEVERITY ? hex(value) : String(value); };
    var parts = runs.map(function (run) { return shown(run[0]) + (run[1] !== run[0] ? '-' + shown(run[1]) : ''); });
    return parts.length > 1 ? parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1] : parts.join('');
  }

  // {text, readings: [{form, value, heading, found}], message}: the answer to an input.
  function answer(input) {
    var reading = read(input);
    var readings = reading.readings.map(function (r) {
      var found = find(r, reading.text);
      var heading = reading.text + ' read as ' + FORMS[r.form] + (r.value !== null ? ': ' + valueText(r.value) : '');
      return { form: r.form, value: r.value, heading: heading, found: found };
    });
    // The readings that find something first.
    readings = readings.filter(function (r) { return r.found.length; })
      .concat(readings.filter(function (r) { return !r.found.length; }));
    var message = reading.error;
    if (readings.length && !readings[0].found.length) {
      message = readings[0].form === 'name'
        ? "no constant of msgrpriv.h is named '" + reading.text + "'"
        : 'no constant of msgrpriv.h has the value ' + reading.text +
          (readings.length > 1 ? ', read as decimal or as hex' : '') + ' (they have ' + ranges() + ')';
    }
    return { text: reading.text, readings: readings, message: message };
  }

  function element(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  function link(constant) {
    var a = element('a', constant.name);
    a.href = constant.href;
    return a;
  }

  function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // The answer as a section: a heading per reading, a list of the constants it
  // finds (flags combined: a list of their own, in their type's place), then any message.
  function render(result) {
    var section = element('section', null, 'msgrpriv-value-matches');
    section.setAttribute('aria-label', 'Look-up of ' + result.text);
    result.readings.forEach(function (reading) {
      var block = element('div', null, 'msgrpriv-reading');
      block.appendChild(element('h2', reading.heading));
      var list = null;
      reading.found.forEach(function (item) {
        if (item.constant) {
          if (!list) {
            list = element('ul', null, 'search');
            block.appendChild(list);
          }
          var entry = element('li');
          entry.appendChild(link(item.constant));
          entry.appendChild(document.createTextNode(' (' + item.type + '): ' + item.constant.meaning));
          list.appendChild(entry);
          return;
        }
        list = null;
        var flags = element('dl', null, 'msgrpriv-flags');
        flags.appendChild(element('dt', item.flags.map(function (c) { return c.name; }).join(' | ') +
          ' (' + item.type + ', flags combined):'));
        item.flags.forEach(function (c) {
          var line = element('dd');
          line.appendChild(link(c));
          line.appendChild(document.createTextNode(': ' + c.meaning));
          flags.appendChild(line);
        });
        block.appendChild(flags);
      });
      if (!reading.found.length) {
        block.appendChild(element('p', reading.form === 'name' ? 'No constant has this name.' : 'No constant has this value.'));
      }
      section.appendChild(block);
    });
    if (result.message) section.appendChild(element('p', capitalized(result.message) + '.', 'msgrpriv-lookup-message'));
    return section;
  }

  function names(result) {
    var found = [];
    result.readings.forEach(function (reading) {
      reading.found.forEach(function (item) {
        (item.constant ? [item.constant] : item.flags).forEach(function (c) { found.push(c.name); });
      });
    });
    return found;
  }

  // The search page: a number, or a name that is a constant's, is answered first.
  function searchPage(results) {
    var query = new URLSearchParams(window.location.search).get('q');
    if (!query) return;
    var result = answer(query);
    var numbers = result.readings.some(function (r) { return r.form !== 'name'; });
    if (!numbers && !names(result).length) return;
    results.parentNode.insertBefore(render(result), results);
  }

  // The look-up page: the box, and the link's fragment, read alike. With this
  // script the answer's rows are highlighted (msgrpriv-match); without it, the
  // row a value's own link (#0x81000614) opens at (CSS, :target).
  function lookupPage(form) {
    var input = document.getElementById('msgrpriv-lookup-input');
    var place = document.getElementById('msgrpriv-lookup-answer');
    var table = document.querySelector('table.msgrpriv-lookup');
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var shown = null;
    form.hidden = false;
    table.classList.add('msgrpriv-lookup-live');

    function show(text, scroll) {
      shown = text;
      place.textContent = '';
      rows.forEach(function (row) { row.classList.remove('msgrpriv-match'); });
      if (!text.replace(SPACES, '')) return;
      var result = answer(text);
      place.appendChild(render(result));
      names(result).forEach(function (name) {
        rows.forEach(function (row) {
          if (row.querySelector('a[href$="#c.' + name + '"]')) row.classList.add('msgrpriv-match');
        });
      });
      // A value's own link opens at its row, which the answer above must not
      // push away; any other question opens at the answer, and the box's
      // answer comes into view below it.
      var target = scroll && document.getElementById(text);
      if (target) (target.closest('tr') || target).scrollIntoView();
      else if (scroll) place.scrollIntoView();
      else place.scrollIntoView({ block: 'nearest' });
    }

    function fromFragment() {
      var fragment = window.location.hash.slice(1);
      try {
        fragment = decodeURIComponent(fragment);
      } catch (error) {
        // a stray % is read as it is
      }
      // Another element's own anchor (a heading's) is no question.
      var target = fragment && document.getElementById(fragment);
      if ((target && !target.classList.contains('msgrpriv-anchor')) || fragment === shown) return;
      input.value = fragment;
      show(fragment, true);
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      // The answer's own link, without leaving the box.
      window.history.pushState(null, '', '#' + encodeURIComponent(input.value));
      show(input.value, false);
    });
    window.addEventListener('hashchange', fromFragment);
    window.addEventListener('popstate', fromFragment);
    fromFragment();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var results = document.getElementById('search-results');
    var form = document.getElementById('msgrpriv-lookup-form');
    if (results) searchPage(results);
    if (form) lookupPage(form);
  });
})();
