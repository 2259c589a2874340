// Progressive enhancement only: moves focus to the error summary when a page shows one. The character
// counter is the portal's shared js/counter.js. The pages work without either.
(function () {
  'use strict';
  var summary = document.getElementById('errorSummary');
  if (summary) { summary.focus(); }
}());
