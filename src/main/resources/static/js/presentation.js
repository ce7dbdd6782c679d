// Trainer mode, progressive enhancement only: every page works as linked pages without it.
// - Deck: →, Space, Page Down: next slide; ←, Page Up: previous; Home, End: first, last;
//   F: full screen on or off; Esc: leave full screen. Slides are swapped in place (with the
//   address updated) so that full screen survives a change of slide.
// - Live session: the projector's screen and the trainer's console poll a small JSON document
//   every second and, when anything shown changes (figures, what is projected), reload their
//   region of the page (keeping the keyboard focus). On the screen, the presenter remote's keys
//   (→, Page Down, Space, ←, Page Up) project the next or previous view, as the console does.
// - Live session pages: a warning when the QR codes' address is not the one this browser uses.
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

  // F toggles full screen, Escape leaves it: the same on the deck and on a live session's screen.
  function fullScreenKey(event) {
    if (event.key === 'f' || event.key === 'F') {
      event.preventDefault();
      toggleFullScreen();
      return true;
    }
    if (event.key === 'Escape') {
      if (document.fullscreenElement) {
        document.exitFullscreen();
      }
      return true;
    }
    return false;
  }

  // The projector's screen of a live session: its keys move what is projected.
  function liveKey(event) {
    var direction = null;
    switch (event.key) {
      case 'ArrowRight':
      case 'PageDown':
      case ' ':
      case 'Spacebar':
        direction = 'next';
        break;
      case 'ArrowLeft':
      case 'PageUp':
        direction = 'prev';
        break;
      default:
        return;
    }
    var form = document.querySelector('form[data-live-key="' + direction + '"]');
    if (!form || !window.fetch) {
      return;
    }
    event.preventDefault();
    fetch(form.action, { method: 'POST', credentials: 'same-origin', body: new FormData(form) })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html) {
          replaceRegion(document.querySelector('[data-live-poll]'), html);
        }
      })
      .catch(function () { /* the next poll shows whatever is projected */ });
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) {
      return;
    }
    if ((document.querySelector('[data-live-screen]') || document.querySelector('[data-deck]')) && fullScreenKey(event)) {
      return;
    }
    if (document.querySelector('[data-live-screen]')) {
      liveKey(event);
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

  // Live session: screen and console ----------------------------------------
  var poller = null;

  /** Replaces a polled region with its fresh version from a page's HTML, keeping the focused element. */
  function replaceRegion(region, html) {
    if (!region) {
      return;
    }
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var fresh = doc.getElementById(region.id);
    if (!fresh) {
      return;
    }
    var focused = document.activeElement;
    var focusedId = focused && focused.id && region.contains(focused) ? focused.id : null;
    region.innerHTML = fresh.innerHTML;
    region.setAttribute('data-fingerprint', fresh.getAttribute('data-fingerprint'));
    if (doc.title) {
      document.title = doc.title;
    }
    if (focusedId && document.getElementById(focusedId)) {
      document.getElementById(focusedId).focus({ preventScroll: true });
    }
  }

  function initPolling() {
    if (poller !== null) {
      window.clearInterval(poller);
      poller = null;
    }
    var region = document.querySelector('[data-live-poll]');
    if (region && window.fetch && window.DOMParser) {
      startPolling(region);
    }
    warnAboutAddress();
  }

  function startPolling(region) {
    var source = region.getAttribute('data-live-poll');
    var busy = false;
    poller = window.setInterval(function () {
      if (busy) {
        return;
      }
      busy = true;
      fetch(source, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (state) {
          if (!state || state.fingerprint === region.getAttribute('data-fingerprint')) {
            return null;
          }
          return fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (response) { return response.text(); })
            .then(function (html) { replaceRegion(region, html); });
        })
        .catch(function () { /* network hiccup: try again next second */ })
        .then(function () { busy = false; });
    }, 1000);
  }

  // The QR codes point to the configured public address; say so when this browser uses another.
  function warnAboutAddress() {
    var warning = document.querySelector('[data-public-origin]');
    if (!warning || !window.location.origin) {
      return;
    }
    var configured = warning.getAttribute('data-public-origin');
    if (configured && configured !== window.location.origin) {
      var text = warning.querySelector('[data-template]');
      if (text) {
        text.textContent = text.getAttribute('data-template').split('{current}').join(window.location.origin);
      }
      warning.hidden = false;
    }
  }

  document.addEventListener('DOMContentLoaded', initPolling);
})();
