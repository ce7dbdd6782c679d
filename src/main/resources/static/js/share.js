// "Copier le lien": progressive enhancement. Without JavaScript the button stays hidden and
// the link remains selectable text.
(function () {
  'use strict';
  function enhance() {
    if (!navigator.clipboard) {
      return;
    }
    document.querySelectorAll('button[data-copy]').forEach(function (button) {
      if (button.dataset.enhanced) {
        return;
      }
      button.dataset.enhanced = 'true';
      button.hidden = false;
      button.addEventListener('click', function () {
        var source = document.getElementById(button.dataset.copy);
        var status = button.parentElement.querySelector('.share-link__status');
        navigator.clipboard.writeText(source.textContent.trim()).then(function () {
          if (status) {
            status.textContent = button.dataset.copied;
          }
        });
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
})();

// "Imprimer": shown only with JavaScript (the browser's own print command works anyway).
(function () {
  'use strict';
  function enhance() {
    document.querySelectorAll('button[data-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () {
        window.print();
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
})();
