// Trainer mode, progressive enhancement only: every page works as linked pages without it.
// - Deck: →, Space, Page Down: next slide; ←, Page Up: previous; Home, End: first, last;
//   F: full screen on or off; Esc: leave full screen. Slides are swapped in place (with the
//   address updated) so that full screen survives a change of slide.
// - Live session projector: polls a small JSON document every second and, when the figures
//   change, reloads the results region of the page.
(function () {
  'use strict';

  function isTyping(target) {
    if (!target || !target.closest) {
      return false;
    }
    return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
  }

  function isControl(target) {
    return target && target.closest && target.closest('a, button, summary') !== null;
  }

  function link(rel) {
    var a = document.querySelector('a[rel="' + rel + '"]');
    return a ? a.href : null;
  }

  function deckUrl(name) {
    var deck = document.querySelector('[data-deck]');
    return deck ? deck.getAttribute('data-' + name) : null;
  }

  function swap(html, url, push) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    if (!doc.querySelector('[data-deck]')) {
      window.location.href = url;
      return;
    }
    document.title = doc.title;
    document.body.className = doc.body.className;
    document.body.innerHTML = doc.body.innerHTML;
    if (push) {
      window.history.pushState({ deck: true }, '', url);
    }
    var main = document.getElementById('diapositive');
    if (main) {
      main.focus({ preventScroll: true });
    }
    initPolling();
  }

  function go(url, push) {
    if (!url) {
      return;
    }
    if (!window.fetch || !window.DOMParser) {
      window.location.href = url;
      return;
    }
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.text();
      })
      .then(function (html) { swap(html, url, push !== false); })
      .catch(function () { window.location.href = url; });
  }

  function toggleFullScreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(function () { /* refused: stay as is */ });
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) {
      return;
    }
    if (!document.querySelector('[data-deck]')) {
      return;
    }
    var url = null;
    switch (event.key) {
      case 'ArrowRight':
      case 'PageDown':
        url = link('next');
        break;
      case ' ':
      case 'Spacebar':
        if (isControl(event.target)) {
          return;
        }
        url = link('next');
        break;
      case 'ArrowLeft':
      case 'PageUp':
        url = link('prev');
        break;
      case 'Home':
        url = deckUrl('first');
        break;
      case 'End':
        url = deckUrl('last');
        break;
      case 'f':
      case 'F':
        event.preventDefault();
        toggleFullScreen();
        return;
      case 'Escape':
        if (document.fullscreenElement) {
          document.exitFullscreen();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    if (url && url !== window.location.href) {
      go(url, true);
    }
  });

  window.addEventListener('popstate', function () {
    if (document.querySelector('[data-deck]')) {
      go(window.location.href, false);
    }
  });

  // Live session projector ------------------------------------------------
  var poller = null;

  function initPolling() {
    if (poller !== null) {
      window.clearInterval(poller);
      poller = null;
    }
    var region = document.querySelector('[data-live-poll]');
    if (region && window.fetch && window.DOMParser) {
      startPolling(region);
    }
  }

  function startPolling(region) {
    var source = region.getAttribute('data-live-poll');
    var fingerprint = region.getAttribute('data-fingerprint');
    var busy = false;
    poller = window.setInterval(function () {
      if (busy) {
        return;
      }
      busy = true;
      fetch(source, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) {
          if (!state || state.fingerprint === fingerprint) {
            return null;
          }
          return fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (response) { return response.text(); })
            .then(function (html) {
              var doc = new DOMParser().parseFromString(html, 'text/html');
              var fresh = doc.getElementById(region.id);
              if (fresh) {
                region.innerHTML = fresh.innerHTML;
                fingerprint = fresh.getAttribute('data-fingerprint');
                region.setAttribute('data-fingerprint', fingerprint);
              }
            });
        })
        .catch(function () { /* network hiccup: try again next second */ })
        .then(function () { busy = false; });
    }, 1000);
  }

  document.addEventListener('DOMContentLoaded', initPolling);
})();
