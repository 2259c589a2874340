// Progressive enhancement only: a live character count under each long answer. The pages work without it.
(function () {
  'use strict';
  function count(text) {
    return Array.from(text.replace(/\r\n/g, '\n')).length;
  }
  document.querySelectorAll('textarea[data-max-length]').forEach(function (box) {
    var max = parseInt(box.getAttribute('data-max-length'), 10);
    var out = document.getElementById(box.id + 'Count');
    if (!out) { return; }
    var timer;
    function show() {
      var left = max - count(box.value);
      var template = left >= 0 ? box.getAttribute('data-remaining') : box.getAttribute('data-over');
      out.textContent = template.replace('{0}', Math.abs(left).toLocaleString());
      out.className = left >= 0 ? 'counter' : 'counter counter--over';
    }
    box.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(show, 400); });
    show();
  });
  var summary = document.getElementById('errorSummary');
  if (summary) { summary.focus(); }
}());
