// Draws a facility's population over time, one chart per cohort, from the JSON block #timeline-data
// (built by TimelineCharts) on a real time axis (Chart.js with its Luxon date adapter):
// - the estimated band: from the lower to the upper estimate, a step at each report or movement
//   that changed it; where it has no upper limit its top is dashed;
// - each report as a bar spanning the numbers it allows; one with no upper limit fades upward
//   instead of closing, and figures in conflict are outlined in red; a report dated only to a month
//   or a year stands in the middle of that period inside a dashed box as wide as the period (open at
//   the top when the figure has no upper limit), so "December 2024" is not read as one day;
// - movements as markers: completed ones (the steps of the band), and planned or under-way ones
//   hollow, never subtracted.
// - for a holder's or country's totals, an optional dashed line of what it may hold at most, counting
//   people not attributed to one holder (chart.possible), and custody changes as markers.
// The tooltip gives each item in words. Without JavaScript the tables on the page say the same.
(function () {
  'use strict';
  var container = document.getElementById('timeline-charts');
  var block = document.getElementById('timeline-data');
  if (!container || !block || typeof Chart === 'undefined') {
    return;
  }
  var charts = JSON.parse(block.textContent);
  var data = block.dataset;
  var colour = '#1f5f8b';
  var bandColour = 'rgba(107, 142, 35, 0.25)';
  var bandLine = '#6b8e23';
  var conflictColour = '#c2410c';
  var moveColour = '#8b5a9f';

  // A report's bar: its bounds, up to the axis cap when it has no upper limit (open, upper left out).
  function bar(point, cap) {
    return [point.lower, point.open ? cap : point.upper];
  }

  function fadingUp(context, point, cap) {
    var chart = context.chart;
    var area = chart.chartArea;
    if (!area) { return colour + '55'; }
    var y = chart.scales.y;
    var gradient = chart.ctx.createLinearGradient(0, y.getPixelForValue(point.lower), 0, y.getPixelForValue(cap));
    gradient.addColorStop(0, colour + 'cc');
    gradient.addColorStop(1, colour + '00');
    return gradient;
  }

  charts.forEach(function (chart, i) {
    var figure = document.createElement('figure');
    figure.className = 'timeline-chart';
    var caption = document.createElement('figcaption');
    caption.textContent = chart.cohort + (chart.estimate ? ' — ' + (data.nowLabel || '') + ' ' + chart.estimate : '');
    var box = document.createElement('div');
    box.className = 'chart-box';
    var canvas = document.createElement('canvas');
    canvas.id = 'timeline-chart-' + i;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (data.chartLabel || '') + ' ' + chart.cohort);
    box.appendChild(canvas);
    figure.appendChild(caption);
    figure.appendChild(box);
    container.appendChild(figure);

    var band = chart.band;
    var last = band.length ? band[band.length - 1] : null;
    // The band holds from its last point on: carry it to the day the page shows.
    // A holder's or country's page gives the day once, for all its charts (data-until).
    var until = chart.until || data.until || new Date().toISOString().slice(0, 10);
    var extended = last ? band.concat([Object.assign({}, last, { x: until > last.x ? until : last.x })]) : [];
    var upper = function (b) { return b.upper === null ? chart.cap : b.upper; };
    var markerY = function (m) {
      var at = null;
      band.forEach(function (b) { if (b.x <= m.x) { at = b; } });
      return at ? at.lower : 0;
    };

    var datasets = [
      {
        type: 'line', label: data.bandLabel || 'estimate', order: 3,
        data: extended.map(function (b) { return { x: b.x, y: upper(b), item: b }; }),
        stepped: 'before', borderColor: bandLine, borderWidth: 1, pointRadius: 0, fill: '+1',
        backgroundColor: bandColour,
        segment: { borderDash: function (ctx) { return ctx.p1.raw.item.open ? [6, 4] : undefined; } }
      },
      {
        type: 'line', label: data.bandLowerLabel || 'lower', order: 3,
        data: extended.map(function (b) { return { x: b.x, y: b.lower, item: b }; }),
        stepped: 'before', borderColor: bandLine, borderWidth: 1, pointRadius: 0, fill: false
      },
      {
        type: 'bar', label: data.reportLabel || 'reports', order: 1,
        data: chart.points.map(function (p) { return { x: p.x, y: bar(p, chart.cap), item: p }; }),
        backgroundColor: function (ctx) {
          var p = ctx.raw && ctx.raw.item;
          return p && p.open ? fadingUp(ctx, p, chart.cap) : colour + 'cc';
        },
        borderColor: chart.points.map(function (p) { return p.conflict ? conflictColour : colour; }),
        borderWidth: chart.points.map(function (p) {
          return p.open ? { top: 0, left: p.conflict ? 3 : 1, right: p.conflict ? 3 : 1, bottom: p.conflict ? 3 : 1 }
            : (p.conflict ? 3 : 1);
        }),
        borderSkipped: false, barThickness: 10, minBarLength: 4
      },
      {
        type: 'scatter', label: data.moveLabel || 'movements', order: 0,
        data: chart.movements.map(function (m) { return { x: m.x, y: markerY(m), item: m }; }),
        pointStyle: chart.movements.map(function (m) { return m.direction === 'in' ? 'triangle' : 'rectRot'; }),
        pointRadius: 7,
        backgroundColor: chart.movements.map(function (m) { return m.pending ? 'rgba(255,255,255,0.9)' : moveColour; }),
        borderColor: moveColour, borderWidth: 2
      }
    ];

    // One dataset for every dated-to-a-period box: each box's outline, then a null that ends the line.
    var spans = [];
    chart.points.forEach(function (p) {
      if (!p.from) { return; }
      var top = p.open ? chart.cap : p.upper;
      spans.push({ x: p.from, y: top, item: p }, { x: p.from, y: p.lower, item: p }, { x: p.to, y: p.lower, item: p },
        { x: p.to, y: top, item: p });
      if (!p.open) { spans.push({ x: p.from, y: top, item: p }); }
      spans.push({ x: p.to, y: null, item: p });
    });
    datasets.push({
      type: 'scatter', label: data.spanLabel || 'dated only to a month or year', order: 1, span: true,
      data: spans, showLine: true, spanGaps: false, pointRadius: 0, pointHitRadius: 6,
      borderColor: colour, borderWidth: 1, borderDash: [4, 3], backgroundColor: colour + '14', fill: false
    });

    if (chart.possible && chart.possible.length) {
      var lastPossible = chart.possible[chart.possible.length - 1];
      var possible = chart.possible.concat([Object.assign({}, lastPossible, { x: until > lastPossible.x ? until : lastPossible.x })]);
      datasets.push({
        type: 'line', label: data.possibleLabel || 'at most, with people not attributed', order: 2, possible: true,
        data: possible.map(function (b) { return { x: b.x, y: upper(b), item: b }; }),
        stepped: 'before', borderColor: conflictColour, borderWidth: 2, borderDash: [5, 4], pointRadius: 0, fill: false
      });
    }

    new Chart(canvas, {
      data: { datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        parsing: { xAxisKey: 'x', yAxisKey: 'y' },
        scales: {
          // Every tick names its year: a span from December 2024 to January 2026 must not read as one year.
          x: {
            type: 'time', offset: true,
            time: { tooltipFormat: 'd LLLL yyyy', minUnit: 'day',
              displayFormats: { day: 'd LLL yyyy', week: 'd LLL yyyy', month: 'LLL yyyy', quarter: 'LLL yyyy' } },
            ticks: { maxTicksLimit: 8, maxRotation: 0 }
          },
          y: { beginAtZero: true, suggestedMax: chart.cap, ticks: { precision: 0 } }
        },
        plugins: {
          legend: { display: true, labels: { filter: function (item, all) {
            return item.datasetIndex !== 1 && all.datasets[item.datasetIndex].data.length > 0;
          } } },
          tooltip: {
            callbacks: {
              label: function (item) {
                var it = item.raw.item;
                if (item.dataset.span) {
                  return it.figure + ', ' + it.date + ' (' + (data.spanLabel || 'dated only to a month or year') + ')';
                }
                if (item.dataset.possible) {
                  return (data.possibleLabel || 'at most') + ': ' + (it.upper === null ? (data.openLabel || 'no upper limit') : it.upper);
                }
                if (item.datasetIndex <= 1) {
                  return (data.bandLabel || 'estimate') + ': ' + it.lower + ' – ' + (it.upper === null ? (data.openLabel || 'no upper limit') : it.upper);
                }
                if (item.datasetIndex === 2) {
                  return it.bounds ? it.figure + ' (' + it.bounds + ')' : it.figure;
                }
                return it.words + (it.pending ? ' — ' + (data.pendingLabel || 'not yet subtracted') : '');
              },
              afterLabel: function (item) {
                if (item.datasetIndex !== 2) { return []; }
                var p = item.raw.item;
                var lines = [p.source, p.speaker].filter(Boolean);
                if (p.open) { lines.push(data.openLabel || 'no upper limit'); }
                if (p.conflict) { lines.push(data.conflictLabel || 'conflict'); }
                return lines;
              }
            }
          }
        }
      }
    });
  });
})();
