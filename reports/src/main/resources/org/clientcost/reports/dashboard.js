/*
 * Draws the dashboard's throughput charts from the JSON that index.html embeds (file:// pages cannot fetch local JSON).
 * One bar chart per call style and variant: ops/s per client (x) and mode (colour), on a log scale.
 * Chart.js has neither error bars nor reference lines built in; the two small plugins below draw them:
 *   errorBars     - a whisker from score - error to score + error on every bar (JMH's 99.9% confidence interval);
 *   baselineLines - a dashed horizontal line across the plot at each applicable baseline score, labelled.
 */
(function () {
  'use strict';

  var MODE_COLOURS = { singleton: '#2e7d32', freshConnection: '#ef8f00', perRequest: '#c62828' };
  var OTHER_COLOURS = ['#5e35b1', '#00838f', '#6d4c41', '#546e7a'];
  var BASELINE_COLOUR = '#1a237e';

  var compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  var plain = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });

  function colourFor(mode, index) {
    return MODE_COLOURS[mode] || OTHER_COLOURS[index % OTHER_COLOURS.length];
  }

  var errorBars = {
    id: 'errorBars',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var y = chart.scales.y;
      chart.data.datasets.forEach(function (dataset, i) {
        if (!chart.isDatasetVisible(i) || !dataset.errors) {
          return;
        }
        chart.getDatasetMeta(i).data.forEach(function (bar, j) {
          var score = dataset.data[j];
          var error = dataset.errors[j];
          if (score == null || error == null || !(error > 0)) {
            return;
          }
          // On a log axis the lower end must stay positive: clamp it to the axis minimum.
          var top = y.getPixelForValue(Math.min(score + error, y.max));
          var bottom = y.getPixelForValue(Math.max(score - error, y.min));
          var half = Math.min(6, bar.width / 4);
          ctx.save();
          ctx.strokeStyle = '#212121';
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(bar.x, top);
          ctx.lineTo(bar.x, bottom);
          ctx.moveTo(bar.x - half, top);
          ctx.lineTo(bar.x + half, top);
          ctx.moveTo(bar.x - half, bottom);
          ctx.lineTo(bar.x + half, bottom);
          ctx.stroke();
          ctx.restore();
        });
      });
    }
  };

  var baselineLines = {
    id: 'baselineLines',
    afterDatasetsDraw: function (chart, args, options) {
      var lines = options.lines || [];
      var y = chart.scales.y;
      var area = chart.chartArea;
      var ctx = chart.ctx;
      lines.forEach(function (line, k) {
        if (line.score == null) {
          return;
        }
        var py = y.getPixelForValue(line.score);
        ctx.save();
        ctx.strokeStyle = BASELINE_COLOUR;
        ctx.lineWidth = 1.5;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(area.left, py);
        ctx.lineTo(area.right, py);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = BASELINE_COLOUR;
        ctx.font = '12px system-ui, sans-serif';
        ctx.textAlign = 'right';
        ctx.textBaseline = k % 2 === 0 ? 'bottom' : 'top';
        ctx.fillText(line.label + ': ' + plain.format(line.score), area.right - 4, py + (k % 2 === 0 ? -3 : 3));
        ctx.restore();
      });
    }
  };

  /** Whole decades around every bar, whisker and baseline, so all of them are on the chart. */
  function logBounds(chart) {
    var low = Infinity;
    var high = 0;
    chart.datasets.forEach(function (ds) {
      ds.scores.forEach(function (score, j) {
        if (score == null || !(score > 0)) {
          return;
        }
        var error = ds.errors[j] || 0;
        low = Math.min(low, score - error > 0 ? score - error : score);
        high = Math.max(high, score + error);
      });
    });
    chart.baselines.forEach(function (b) {
      if (b.score > 0) {
        low = Math.min(low, b.score);
        high = Math.max(high, b.score);
      }
    });
    if (!isFinite(low) || high <= 0) {
      return { min: 1, max: 10 };
    }
    return {
      // Half a decade of room below the lowest value, so that a bar just above a decade line still shows.
      min: Math.pow(10, Math.floor(Math.log10(low / 3))),
      max: Math.pow(10, Math.ceil(Math.log10(high * 1.15)))
    };
  }

  function tickLabel(value) {
    var mantissa = value / Math.pow(10, Math.floor(Math.log10(value) + 1e-9));
    var shown = [1, 2, 5].some(function (m) { return Math.abs(mantissa - m) < 1e-6; });
    return shown ? compact.format(value) : '';
  }

  function draw(chart) {
    var canvas = document.getElementById(chart.id);
    if (!canvas) {
      throw new Error('dashboard: no canvas for ' + chart.id);
    }
    var bounds = logBounds(chart);
    return new Chart(canvas, {
      type: 'bar',
      data: {
        labels: chart.clients,
        datasets: chart.datasets.map(function (ds, i) {
          var colour = colourFor(ds.mode, i);
          return {
            label: ds.mode,
            data: ds.scores,
            errors: ds.errors,
            backgroundColor: colour + 'cc',
            borderColor: colour,
            borderWidth: 1
          };
        })
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          y: {
            type: 'logarithmic',
            min: bounds.min,
            max: bounds.max,
            title: { display: true, text: chart.unit + ' (log scale)' },
            ticks: { callback: tickLabel, autoSkip: false }
          },
          x: { title: { display: true, text: 'client' } }
        },
        plugins: {
          legend: { position: 'top' },
          tooltip: {
            callbacks: {
              label: function (item) {
                var error = item.dataset.errors[item.dataIndex];
                return item.dataset.label + ': ' + plain.format(item.raw)
                  + (error != null ? ' \u00b1 ' + plain.format(error) : '') + ' ' + chart.unit;
              }
            }
          },
          baselineLines: { lines: chart.baselines }
        }
      },
      plugins: [errorBars, baselineLines]
    });
  }

  if (typeof Chart === 'undefined') {
    throw new Error('dashboard: Chart.js did not load (assets/chart.umd.min.js)');
  }
  var data = JSON.parse(document.getElementById('dashboard-data').textContent);
  data.charts.forEach(draw);
  document.body.setAttribute('data-charts-drawn', String(data.charts.length));
}());
