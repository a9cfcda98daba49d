// camtrack pages: optional enhancements only (every page reads fine without JavaScript).
// 1. Live countdown: in elements with data-deadline (RFC 3339) the .live part (hours and minutes to
//    the deadline, or past it) is recomputed every 30 s; working days come from the server.
// 2. Confirmation: forms with data-confirm ask before submitting.
// 3. File picker: a textarea with data-file-label gets a file input that reads a chosen file into it
//    (without JavaScript the text is pasted instead).
(function () {
  'use strict';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
  var words = {
    vi: { over: 'quá hạn', h: ' giờ', m: ' phút' },
    en: { over: 'overdue by', h: ' h', m: ' min' }
  }[lang];

  function span(ms) {
    var minutes = Math.floor(Math.abs(ms) / 60000);
    return Math.floor(minutes / 60) + words.h + ' ' + (minutes % 60) + words.m;
  }

  function tick() {
    var now = Date.now();
    document.querySelectorAll('[data-deadline]').forEach(function (el) {
      var deadline = Date.parse(el.getAttribute('data-deadline'));
      var live = el.querySelector('.live');
      if (isNaN(deadline) || !live) return;
      var ms = deadline - now;
      live.textContent = span(ms);
      if (ms <= 0 && !el.classList.contains('overdue')) {
        el.classList.add('overdue');
        var days = el.querySelector('.days');
        if (days) days.textContent = words.over;
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    tick();
    setInterval(tick, 30000);
    document.querySelectorAll('textarea[data-file-label]').forEach(function (area) {
      var label = document.createElement('label');
      label.textContent = area.getAttribute('data-file-label');
      var input = document.createElement('input');
      input.type = 'file';
      input.accept = '.csv,text/csv';
      input.id = area.id + '-file';
      label.htmlFor = input.id;
      input.addEventListener('change', function () {
        if (!input.files.length) return;
        var reader = new FileReader();
        reader.onload = function () { area.value = reader.result; };
        reader.readAsText(input.files[0], 'utf-8');
      });
      area.parentNode.insertBefore(label, area);
      area.parentNode.insertBefore(input, area);
    });
    document.querySelectorAll('form[data-confirm]').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        if (!window.confirm(form.getAttribute('data-confirm'))) event.preventDefault();
      });
    });
  });
})();
