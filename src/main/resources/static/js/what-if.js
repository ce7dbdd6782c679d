// Loaded right after htmx (deferred scripts run in order, before htmx sets itself up on
// DOMContentLoaded): htmx must not inject its indicator styles, which the Content Security
// Policy (style-src 'self') forbids as inline style.
(function () {
  'use strict';
  if (window.htmx) {
    window.htmx.config.includeIndicatorStyles = false;
  }
})();
