// On a narrow screen the navigation folds behind a menu button. Only script shows that button, so
// without script the navigation simply stays open and every section is still reachable.
// Loaded with defer, so the header is already parsed when this runs.
(function () {
  'use strict';
  var button = document.getElementById('menu-button');
  var header = document.querySelector('.site-header');
  if (!button || !header) {
    return;
  }
  header.classList.add('collapsible');
  button.hidden = false;
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    header.classList.toggle('menu-open', open);
  });
})();
