// Draws the progress dashboard of the public landing page from the app's own JSON
// (/{tenant}/dashboard.json). The tables beside each chart carry the same figures for
// screen readers and for readers without scripts.
(function () {
  'use strict';

  var section = document.getElementById('dashboard');
  if (!section || typeof Chart === 'undefined') {
    return;
  }

  var rtl = section.getAttribute('data-dir') === 'rtl';
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;

  // Long names (institutions, clusters) are cut on the axis; the tooltip and the table give them whole.
  function shortLabel(value) {
    var label = String(this.getLabelForValue(value));
    return label.length > 36 ? label.slice(0, 35) + '\u2026' : label;
  }

  function barChart(canvas, chart, statuses) {
    var datasets = statuses.map(function (status, index) {
      return {
        label: status.label,
        backgroundColor: status.color,
        data: chart.bars.map(function (bar) { return bar.counts[index]; })
      };
    });
    var height = Math.max(240, chart.bars.length * 28 + 80);
    canvas.parentElement.style.height = height + 'px';
    return new Chart(canvas, {
      type: 'bar',
      data: { labels: chart.bars.map(function (bar) { return bar.label; }), datasets: datasets },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, reverse: rtl, ticks: { precision: 0 } },
          y: { stacked: true, position: rtl ? 'right' : 'left', ticks: { callback: shortLabel } }
        },
        plugins: { legend: { rtl: rtl, position: 'bottom' }, tooltip: { rtl: rtl } },
        onClick: function (event, elements) {
          if (elements.length > 0) {
            window.location.href = chart.bars[elements[0].index].url;
          }
        }
      }
    });
  }

  function timeChart(canvas, overTime, statuses) {
    canvas.parentElement.style.height = '300px';
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: overTime.months,
        datasets: statuses.map(function (status, index) {
          return {
            label: status.label,
            borderColor: status.color,
            backgroundColor: status.color,
            fill: true,
            pointRadius: 0,
            data: overTime.series[index]
          };
        })
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { reverse: rtl }, y: { stacked: true, position: rtl ? 'right' : 'left', ticks: { precision: 0 } } },
        plugins: { legend: { rtl: rtl, position: 'bottom' }, tooltip: { rtl: rtl, mode: 'index', intersect: false } }
      }
    });
  }

  fetch(section.getAttribute('data-source'), { headers: { Accept: 'application/json' } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) {
      if (!data) {
        return;
      }
      section.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var id = canvas.getAttribute('data-chart');
        if (id === 'overTime') {
          timeChart(canvas, data.overTime, data.statuses);
          return;
        }
        var chart = data.charts.find(function (c) { return c.id === id; });
        if (chart) {
          barChart(canvas, chart, data.statuses);
        }
      });
    });
})();
