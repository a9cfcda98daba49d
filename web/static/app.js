// camtrack pages: optional enhancements only (every page reads fine without JavaScript).
// 1. Live countdown: elements with data-deadline (RFC 3339) show the time left, updated each minute.
// 2. Confirmation: forms with data-confirm ask before submitting.
(function () {
  'use strict';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  var words = {
    vi: { left: 'còn', over: 'quá hạn', h: ' giờ', m: ' phút' },
    en: { left: 'left', over: 'overdue by', h: ' h', m: ' min' }
  }[lang];

  function span(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    return Math.floor(minutes / 60) + words.h + ' ' + (minutes % 60) + words.m;
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-deadline]').forEach(function (el) {
      var deadline = Date.parse(el.getAttribute('data-deadline'));
      if (isNaN(deadline)) return;
      var out = el.querySelector('.live');
      if (!out) return;
      var ms = deadline - now;
      out.textContent = ms > 0 ? (lang === 'en' ? span(ms) + ' ' + words.left : words.left + ' ' + span(ms))
                               : words.over + ' ' + span(ms);
      if (ms <= 0) el.classList.add('overdue');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    tick();
    setInterval(tick, 30000);
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
      });
    });
  });
})();
