// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    // Move focus to the error summary so that screen readers announce the errors first.
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
    // « Menu »: without JavaScript a link to #menu; with it, a button that says whether the menu is open.
    var toggle = document.querySelector('.menu-toggle');
    var menu = document.getElementById('menu');
    if (toggle && menu) {
      toggle.setAttribute('role', 'button');
      toggle.setAttribute('aria-expanded', 'false');
      toggle.addEventListener('click', function (event) {
        event.preventDefault();
        var open = menu.classList.toggle('site-nav--open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      });
      document.addEventListener('keydown', function (event) {
        if (event.key === 'Escape' && menu.classList.contains('site-nav--open')) {
          menu.classList.remove('site-nav--open');
          toggle.setAttribute('aria-expanded', 'false');
          toggle.focus();
        }
      });
    }
  });
})();
