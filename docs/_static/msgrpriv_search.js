// The search box finds numbers. Sphinx's search ignores queries made of
// digits, and people arrive holding a number from a log or a debugger: on
// the search page, a query that reads as a number (6, 0x81000614, 81000614
// as logs print hex, or the HRESULT -2130704876) first lists every constant
// with that value, from _static/msgrpriv_values.js (a script, so it works
// from file:// too). Checked by tests/browser.
// SPDX-License-Identifier: MIT
(function () {
  'use strict';

  // The values a query can mean: decimal, hex with 0x, or bare hex.
  function valuesOf(query) {
    var text = query.trim().toLowerCase();
    var values = [];
    if (/^-?[0-9]+$/.test(text)) values.push(Number(text));
    if (/^0x[0-9a-f]{1,8}$/.test(text)) values.push(Number(text));
    else if (/^[0-9a-f]{1,8}$/.test(text)) values.push(parseInt(text, 16));
    return values;
  }

  function matches(query) {
    var values = valuesOf(query);
    return (window.MSGRPRIV_VALUES || []).filter(function (entry) {
      return values.indexOf(entry.value) >= 0 || (entry.hresult !== null && values.indexOf(entry.hresult) >= 0);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var results = document.getElementById('search-results');
    var query = new URLSearchParams(window.location.search).get('q');
    if (!results || !query) return;
    var found = matches(query);
    if (!found.length) return;
    var section = document.createElement('section');
    section.className = 'msgrpriv-value-matches';
    section.setAttribute('aria-label', 'Constants with this value');
    var heading = document.createElement('h2');
    heading.textContent = 'Constants with the value ' + query.trim();
    section.appendChild(heading);
    var list = document.createElement('ul');
    list.className = 'search';
    found.forEach(function (entry) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = entry.href;
      link.textContent = entry.name;
      item.appendChild(link);
      var hresult = entry.hresult !== null ? ', HRESULT ' + entry.hresult : '';
      item.appendChild(document.createTextNode(' (' + entry.type + ', ' + entry.literal + hresult + '): ' +
        entry.meaning));
      list.appendChild(item);
    });
    section.appendChild(list);
    results.parentNode.insertBefore(section, results);
  });
})();
