// The workplace's one script, progressive enhancement only: every page works without it.
// On an import's page it refreshes the progress figures while the import runs.
(function () {
  'use strict';
  var box = document.querySelector('[data-progress-url]');
  if (!box) return;
  var url = box.getAttribute('data-progress-url');
  function tick() {
    fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (r) {
        return r.ok ? r.json() : null;
      })
      .then(function (s) {
        if (!s) return;
        Object.keys(s).forEach(function (k) {
          var el = box.querySelector('[data-field="' + k + '"]');
          if (el) el.textContent = String(s[k]);
        });
        var bar = box.querySelector('progress');
        if (bar && typeof s.percent === 'number') bar.value = s.percent;
        if (!s.finished) setTimeout(tick, 1000);
      })
      .catch(function () {
        setTimeout(tick, 3000);
      });
  }
  setTimeout(tick, 1000);
})();
