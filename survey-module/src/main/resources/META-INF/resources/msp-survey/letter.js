// The letter page's Print button. Without JavaScript the browser's own Print does the same.
(function () {
  'use strict';
  var print = document.getElementById('print');
  if (print) {
    print.addEventListener('click', function () { window.print(); });
  }
}());
