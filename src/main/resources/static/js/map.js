// The map: Leaflet over the country outlines this application serves (Natural Earth, /geo), each
// facility a marker sized by its estimate and coloured by its holder, read from the page's JSON.
// With no tile server configured nothing is fetched from anywhere else. The table beneath the map
// lists the same facilities for anyone who cannot see it, and for readers without script.
(function () {
  'use strict';

  var element = document.getElementById('map');
  var source = document.getElementById('map-data');
  if (!element || typeof L === 'undefined') {
    return;
  }
  // A facility's own page gives one place in data- attributes; the map page gives them all as JSON.
  var single = element.hasAttribute('data-lat');
  var data = single ? {
    markers: [{ slug: null, name: element.getAttribute('data-name'), lat: Number(element.getAttribute('data-lat')),
      lon: Number(element.getAttribute('data-lon')), uncertainty: Number(element.getAttribute('data-uncertainty')),
      color: '#0072b2', lower: 0, upper: 0, estimates: [] }]
  } : JSON.parse(source.textContent);
  var embedded = element.getAttribute('data-embedded') === 'true';
  var script = document.getElementById('map-script');

  var map = L.map(element, { worldCopyJump: true, minZoom: 2, maxZoom: 12, attributionControl: true });
  map.attributionControl.setPrefix(false);
  if (data.tileUrl) {
    L.tileLayer(data.tileUrl, { attribution: data.tileAttribution || '' }).addTo(map);
  }

  // Outlines first, so the markers are drawn over them.
  var outlines = L.geoJSON(null, {
    interactive: false,
    style: { className: 'map-country', color: '#8a8f98', weight: 0.8, fillColor: '#eef0f3', fillOpacity: 1 }
  }).addTo(map);
  map.attributionControl.addAttribution('Made with Natural Earth');
  fetch(script.getAttribute('data-geo'), { credentials: 'same-origin' })
    .then(function (answer) { return answer.json(); })
    .then(function (countries) { outlines.addData(countries); outlines.bringToBack(); })
    .catch(function () { element.classList.add('map-no-outlines'); });

  // Marker radius in pixels from a number of people: by area, so twice the people look twice as big.
  var largest = 1;
  data.markers.forEach(function (m) {
    largest = Math.max(largest, m.lower || 0, m.upper || 0);
  });
  function radius(people) {
    return 4 + 26 * Math.sqrt((people || 0) / largest);
  }

  var bounds = [];
  data.markers.forEach(function (m) {
    var at = [m.lat, m.lon];
    bounds.push(at);
    // how precisely the place is known: a pale circle in metres on the ground
    L.circle(at, { radius: m.uncertainty, className: 'map-uncertainty', color: m.color, weight: 1, opacity: 0.5,
      fillOpacity: 0.08, dashArray: '2 3', interactive: false }).addTo(map);
    if (single) {
      L.circleMarker(at, { radius: 6, className: 'facility-marker', color: '#ffffff', weight: 2, fillColor: m.color,
        fillOpacity: 1, interactive: false }).addTo(map);
      return;
    }
    var openEnded = m.upper === null;
    var outer = openEnded ? radius(m.lower) + 8 : radius(m.upper);
    L.circleMarker(at, { radius: outer, className: 'map-range', color: m.color, weight: 2, fill: false,
      dashArray: openEnded ? '4 4' : null, interactive: false }).addTo(map);
    var marker = L.circleMarker(at, { radius: radius(m.lower), className: 'facility-marker', color: '#ffffff', weight: 1,
      fillColor: m.color, fillOpacity: 0.85 }).addTo(map);
    var lines = m.estimates.map(function (e) {
      return e.cohortName + ': ' + e.words + (e.conflict ? ' (conflict)' : '');
    });
    marker.bindTooltip(m.name + (lines.length ? ' — ' + lines.join('; ') : ''));
    var href = '/facilities/' + encodeURIComponent(m.slug);
    marker.on('click', function () {
      if (embedded) {
        window.open(href, '_blank', 'noopener');
      } else {
        window.location.href = href;
      }
    });
  });
  if (single) {
    map.setView(bounds[0], data.markers[0].uncertainty > 20000 ? 6 : 8);
  } else if (bounds.length) {
    map.fitBounds(bounds, { padding: [40, 40], maxZoom: 7 });
  } else {
    map.setView([30, 30], 3);
  }
}());
