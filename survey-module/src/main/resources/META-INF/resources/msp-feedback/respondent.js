// Progressive enhancement only: moves focus to the error summary when a page shows one, and lets the quick
// exit replace the page in the browser's history. The character counter is the portal's shared
// js/counter.js. The pages work without either.
(function () {
  'use strict';
  var summary = document.getElementById('errorSummary');
  if (summary) { summary.focus(); }
  // The quick exit works as a plain link; with script, it also takes this page out of the Back history.
  var exits = document.querySelectorAll('#quickExit, #leave');
  for (var i = 0; i < exits.length; i++) {
    exits[i].addEventListener('click', function (event) {
      event.preventDefault();
      window.location.replace(this.href);
    });
  }
}());
