// Small fixes to the theme as Debian 12 ships it (furo 2022.12.07), each
// checked by tests/browser.
(function () {
  'use strict';

  // Example files are copied byte for byte: sphinx-copybutton drops a final
  // newline (so a pasted shell line does not run), right for commands but not
  // for files. Blocks that show a file carry the class msgrpriv-file; when
  // their copy button copies, the clipboard gets the block's exact text.
  var lastCopyButton = null;
  document.addEventListener('click', function (event) {
    lastCopyButton = event.target.closest ? event.target.closest('.copybtn') : null;
  }, true);
  document.addEventListener('copy', function (event) {
    var button = lastCopyButton;
    lastCopyButton = null;
    var target = button && document.querySelector(button.getAttribute('data-clipboard-target'));
    if (!target || !target.closest('.msgrpriv-file') || !event.clipboardData) return;
    event.clipboardData.setData('text/plain', target.textContent);
    event.preventDefault();
  }, true);

  document.addEventListener('DOMContentLoaded', function () {
    // Debian's furo.css lacks the rules by which the default "auto" theme
    // follows the system's dark mode; apply the theme's own dark rules.
    var dark = window.matchMedia('(prefers-color-scheme: dark)');
    function followSystem() {
      var chosen = localStorage.getItem('theme');
      if (!chosen || chosen === 'auto') document.body.dataset.theme = dark.matches ? 'dark' : 'auto';
    }
    followSystem();
    if (dark.addEventListener) dark.addEventListener('change', followSystem);

    // Accessibility: name the two <aside> landmarks, let keyboard users
    // scroll wide code blocks, keep the mouse-only overlays out of the
    // accessibility tree, and give the page-tools corner its own landmark.
    var labels = { '.sidebar-drawer': 'Site navigation', '.toc-drawer': 'On this page' };
    Object.keys(labels).forEach(function (selector) {
      var element = document.querySelector(selector);
      if (element) element.setAttribute('aria-label', labels[selector]);
    });
    document.querySelectorAll('div.highlight pre, .table-wrapper').forEach(function (element) {
      if (element.scrollWidth > element.clientWidth) element.setAttribute('tabindex', '0');
    });
    document.querySelectorAll('.sidebar-overlay, .toc-overlay').forEach(function (element) {
      element.setAttribute('aria-hidden', 'true');
    });
    var tools = document.querySelector('.content-icon-container');
    if (tools) {
      tools.setAttribute('role', 'navigation');
      tools.setAttribute('aria-label', 'Page tools');
    }
  });
})();
