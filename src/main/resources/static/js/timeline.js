// Draws a facility's reported figures over time, one chart per cohort, from the JSON block
// #timeline-data (built by TimelineCharts). One floating bar per figure spanning the numbers it
// allows; a paler bar reaching the top has no upper limit; figures in conflict are outlined in red.
// The tooltip gives the figure as written, its source and its speaker. Without JavaScript (or
// without Chart.js) the table of figures below says the same.
(function () {
  'use strict';
  var container = document.getElementById('timeline-charts');
  var block = document.getElementById('timeline-data');
  if (!container || !block || typeof Chart === 'undefined') {
    return;
  }
  var charts = JSON.parse(block.textContent);
  var palette = ['#1f5f8b', '#6b8e23', '#8b5a9f', '#b7791f', '#2c7a7b', '#4a5568'];
  var conflictColour = '#c2410c';
  var conflictLabel = block.dataset.conflictLabel || 'conflict';
  var openLabel = block.dataset.openLabel || 'no upper limit';

  charts.forEach(function (chart, i) {
    var colour = palette[i % palette.length];
    var figure = document.createElement('figure');
    figure.className = 'timeline-chart';
    var caption = document.createElement('figcaption');
    caption.textContent = chart.cohort;
    var box = document.createElement('div');
    box.className = 'chart-box';
    var canvas = document.createElement('canvas');
    canvas.id = 'timeline-chart-' + i;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', (block.dataset.chartLabel || '') + ' ' + chart.cohort);
    box.appendChild(canvas);
    figure.appendChild(caption);
    figure.appendChild(box);
    container.appendChild(figure);

    var point = function (index) { return chart.points[index]; };
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.labels,
        datasets: [{
          label: chart.cohort,
          data: chart.data,
          backgroundColor: chart.points.map(function (p) { return p.openEnded ? colour + '55' : colour + 'cc'; }),
          borderColor: chart.points.map(function (p) { return p.conflict ? conflictColour : colour; }),
          borderWidth: chart.points.map(function (p) { return p.conflict ? 3 : 1; }),
          borderSkipped: false,
          minBarLength: 4,
          maxBarThickness: 80
        }]
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, suggestedMax: chart.cap, ticks: { precision: 0 } } },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? point(items[0].dataIndex).date : ''; },
              label: function (item) {
                var p = point(item.dataIndex);
                return p.figure + ' (' + p.bounds + ')';
              },
              afterLabel: function (item) {
                var p = point(item.dataIndex);
                var lines = [p.source, p.speaker];
                if (p.openEnded) { lines.push(openLabel); }
                if (p.conflict) { lines.push(conflictLabel); }
                return lines;
              }
            }
          }
        }
      }
    });
  });
})();
