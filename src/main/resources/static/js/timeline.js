// Draws a facility's reported figures over time from the JSON block #timeline-data (built by
// TimelineCharts). One floating bar per figure spanning its bounds; figures in conflict are
// outlined; the tooltip gives the figure as written, its source and its speaker. Without
// JavaScript (or without Chart.js) the table of figures below the chart says the same.
(function () {
  'use strict';
  var canvas = document.getElementById('timeline-chart');
  var block = document.getElementById('timeline-data');
  if (!canvas || !block || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(block.textContent);
  var palette = ['#1f5f8b', '#6b8e23', '#8b5a9f', '#b7791f', '#2c7a7b', '#4a5568'];
  var conflict = '#9a3412';

  function pointAt(index) {
    return data.points[index];
  }

  var datasets = data.datasets.map(function (set, i) {
    var colour = palette[i % palette.length];
    return {
      label: set.label,
      data: set.data,
      backgroundColor: set.data.map(function (value, index) {
        return pointAt(index).openEnded ? colour + '80' : colour + 'cc';
      }),
      borderColor: set.data.map(function (value, index) {
        return pointAt(index).conflict ? conflict : colour;
      }),
      borderWidth: set.data.map(function (value, index) {
        return pointAt(index).conflict ? 3 : 1;
      }),
      borderSkipped: false,
      skipNull: true,
      minBarLength: 4
    };
  });

  new Chart(canvas, {
    type: 'bar',
    data: { labels: data.labels, datasets: datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        y: { beginAtZero: true, suggestedMax: data.cap, ticks: { precision: 0 } }
      },
      plugins: {
        legend: { position: 'bottom' },
        tooltip: {
          callbacks: {
            title: function (items) {
              return items.length ? pointAt(items[0].dataIndex).date : '';
            },
            label: function (item) {
              var p = pointAt(item.dataIndex);
              return p.figure + ' · ' + p.cohort + ' (' + p.bounds + ')';
            },
            afterLabel: function (item) {
              var p = pointAt(item.dataIndex);
              var lines = [p.source, p.speaker];
              if (p.conflict) {
                lines.push(block.dataset.conflictLabel || 'conflict');
              }
              return lines;
            }
          }
        }
      }
    }
  });
})();
