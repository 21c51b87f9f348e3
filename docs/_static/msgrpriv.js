// Small fixes to the theme as Debian ships it, and copy buttons, each checked
// by tests/browser.
(function () {
  'use strict';

  // A copy button on each code block (a few lines where a library was 35 KB): a file's block is
  // copied byte for byte, a command without its final newline (so a pasted shell line does not
  // run); never line numbers or prompts.
  function copyButton(pre) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'msgrpriv-copy';
    button.textContent = 'Copy';
    button.addEventListener('click', function () {
      var code = pre.cloneNode(true);
      code.querySelectorAll('.linenos, .gp').forEach(function (node) { node.remove(); });
      var text = pre.closest('.msgrpriv-file') ? code.textContent : code.textContent.replace(/\n$/, '');
      navigator.clipboard.writeText(text).then(function () { button.textContent = 'Copied'; });
    });
    pre.parentNode.insertBefore(button, pre);
  }

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
    document.querySelectorAll('div.highlight pre').forEach(copyButton);

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
    // The "Back to top" link, shown on scrolling up, in a landmark of its own.
    var backToTop = document.querySelector('.back-to-top');
    if (backToTop) {
      var nav = document.createElement('nav');
      nav.setAttribute('aria-label', 'Back to top');
      backToTop.parentNode.insertBefore(nav, backToTop);
      nav.appendChild(backToTop);
    }
  });
})();
