// The citation line names the page: its document title without the site's name after it. The server
// cannot know it where the layout is drawn (each page sets its own title), so it writes the site's
// name and this puts the page's title in its place.
(function () {
  'use strict';

  var citation = document.getElementById('citation');
  if (!citation) {
    return;
  }
  var site = citation.getAttribute('data-site');
  var title = document.title;
  var suffix = ' · ' + site;
  if (title.slice(-suffix.length) === suffix) {
    title = title.slice(0, -suffix.length);
  }
  citation.querySelector('.cite-title').textContent = title;
}());
