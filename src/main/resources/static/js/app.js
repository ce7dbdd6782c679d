// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    // Move focus to the error summary so that screen readers announce the errors first.
    var summary = document.querySelector('.error-summary');
    if (summary) {
      summary.focus();
    }
  });
})();
