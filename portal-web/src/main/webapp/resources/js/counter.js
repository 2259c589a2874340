// Progressive enhancement only: a live count of characters left under each text box that has a limit
// (data-max-length), with its wording in data-remaining / data-over ("{0}" is the number). Forms work without it.
(function () {
  'use strict';
  function length(text) {
    return Array.from(text.replace(/\r\n/g, '\n')).length;
  }
  document.querySelectorAll('textarea[data-max-length]').forEach(function (box) {
    var max = parseInt(box.getAttribute('data-max-length'), 10);
    var out = document.getElementById(box.getAttribute('data-counter'));
    if (!out) { return; }
    var timer;
    function show() {
      var left = max - length(box.value);
      var wording = left >= 0 ? box.getAttribute('data-remaining') : box.getAttribute('data-over');
      out.textContent = wording.replace('{0}', Math.abs(left).toLocaleString());
      out.className = left >= 0 ? 'counter' : 'counter counter--over';
    }
    box.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(show, 400); });
    show();
  });
}());
