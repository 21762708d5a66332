/*
 * Draws the dashboard's charts from the JSON that index.html embeds (file:// pages cannot fetch local JSON).
 * Every label and colour comes from that JSON; this script knows no client, mode or payload.
 *   charts      - one bar chart per call style and variant: requests/s per client (x) and mode (colour), log scale;
 *   ratioCharts - ratios to singleton as points with their [low, high] range, log scale, a line at 1.
 * Chart.js has neither whiskers nor reference lines built in; the two small plugins below draw them:
 *   whiskers       - a vertical line from each point's low to high end (JMH's 99.9% interval, or a ratio's range);
 *   baselineLines  - a dashed horizontal line across the plot at each reference value, labelled.
 */
(function () {
  'use strict';

  var REFERENCE_COLOUR = '#1a237e';

  var compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  var plain = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
  var ratioFormat = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

  var whiskers = {
    id: 'whiskers',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      var y = chart.scales.y;
      chart.data.datasets.forEach(function (dataset, i) {
        if (!chart.isDatasetVisible(i) || !dataset.whiskers) {
          return;
        }
        chart.getDatasetMeta(i).data.forEach(function (element, j) {
          var range = dataset.whiskers[j];
          if (!range || range[0] == null || range[1] == null || !(range[1] > range[0])) {
            return;
          }
          // On a log axis the lower end must stay positive: clamp both ends to the axis.
          var top = y.getPixelForValue(Math.min(range[1], y.max));
          var bottom = y.getPixelForValue(Math.max(range[0], y.min));
          var half = Math.min(6, (element.width || 12) / 4);
          ctx.save();
          ctx.strokeStyle = '#212121';
          ctx.lineWidth = 1.5;
          ctx.beginPath();
          ctx.moveTo(element.x, top);
          ctx.lineTo(element.x, bottom);
          ctx.moveTo(element.x - half, bottom);
          ctx.lineTo(element.x + half, bottom);
          if (range[1] <= y.max) {
            ctx.moveTo(element.x - half, top);
            ctx.lineTo(element.x + half, top);
          }
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
        ctx.strokeStyle = REFERENCE_COLOUR;
        ctx.lineWidth = 1.5;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(area.left, py);
        ctx.lineTo(area.right, py);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = REFERENCE_COLOUR;
        ctx.font = '12px system-ui, sans-serif';
        ctx.textAlign = 'right';
        ctx.textBaseline = k % 2 === 0 ? 'bottom' : 'top';
        ctx.fillText(line.label + ': ' + plain.format(line.score), area.right - 4, py + (k % 2 === 0 ? -3 : 3));
        ctx.restore();
      });
    }
  };

  /** Whole decades around every value and whisker end (and the reference values), so all of them are on the chart. */
  function logBounds(values, ranges, references) {
    var low = Infinity;
    var high = 0;
    function take(v) {
      if (v != null && v > 0 && isFinite(v)) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
    }
    values.forEach(take);
    ranges.forEach(function (r) {
      if (r) {
        take(r[0]);
        take(r[1]);
      }
    });
    references.forEach(take);
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
    return shown ? (value < 1 ? ratioFormat.format(value) : compact.format(value)) : '';
  }

  function canvasFor(id) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      throw new Error('dashboard: no canvas for ' + id);
    }
    return canvas;
  }

  function logAxis(bounds, title) {
    return {
      type: 'logarithmic',
      min: bounds.min,
      max: bounds.max,
      title: { display: true, text: title },
      ticks: { callback: tickLabel, autoSkip: false }
    };
  }

  function drawThroughput(chart) {
    var datasets = chart.datasets.map(function (ds) {
      return {
        label: ds.label,
        data: ds.scores,
        errors: ds.errors,
        notSteady: ds.notSteady,
        whiskers: ds.scores.map(function (score, j) {
          var error = ds.errors[j];
          return score == null || error == null ? null : [score - error, score + error];
        }),
        backgroundColor: ds.colour + 'cc',
        borderColor: ds.colour,
        borderWidth: 1
      };
    });
    var values = [];
    var ranges = [];
    datasets.forEach(function (ds) {
      values = values.concat(ds.data);
      ranges = ranges.concat(ds.whiskers.map(function (r) { return r && r[0] > 0 ? r : r && [r[1], r[1]]; }));
    });
    var bounds = logBounds(values, ranges, chart.baselines.map(function (b) { return b.score; }));
    return new Chart(canvasFor(chart.id), {
      type: 'bar',
      data: { labels: chart.clients, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: logAxis(bounds, chart.unit + ' (log scale)'), x: { title: { display: true, text: 'client' } } },
        plugins: {
          legend: { position: 'top' },
          tooltip: {
            callbacks: {
              label: function (item) {
                var error = item.dataset.errors[item.dataIndex];
                return item.dataset.label + ': ' + plain.format(item.raw)
                  + (error != null ? ' \u00b1 ' + plain.format(error) : '') + ' ' + chart.unit
                  + (item.dataset.notSteady[item.dataIndex] ? ' (not steady)' : '');
              }
            }
          },
          baselineLines: { lines: chart.baselines }
        }
      },
      plugins: [whiskers, baselineLines]
    });
  }

  function drawRatios(chart) {
    var datasets = chart.datasets.map(function (ds) {
      return {
        label: ds.label,
        data: ds.points.map(function (p) { return p ? p.value : null; }),
        whiskers: ds.points.map(function (p) {
          return p && p.low != null && p.high != null ? [p.low, p.high === 'inf' ? Infinity : p.high] : null;
        }),
        showLine: false,
        pointRadius: 5,
        pointHoverRadius: 7,
        backgroundColor: ds.colour,
        borderColor: ds.colour
      };
    });
    var values = [];
    var ranges = [];
    datasets.forEach(function (ds) {
      values = values.concat(ds.data);
      ranges = ranges.concat(ds.whiskers);
    });
    var bounds = logBounds(values, ranges, [1]);
    return new Chart(canvasFor(chart.id), {
      type: 'line',
      data: { labels: chart.categories, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          y: logAxis(bounds, 'throughput relative to singleton (log scale)'),
          x: { offset: true, ticks: { autoSkip: false, maxRotation: 60 } }
        },
        plugins: {
          legend: { position: 'top' },
          tooltip: {
            callbacks: {
              label: function (item) {
                var range = item.dataset.whiskers[item.dataIndex];
                return item.dataset.label + ': ' + ratioFormat.format(item.raw)
                  + (range ? ' [' + ratioFormat.format(range[0]) + ', '
                    + (isFinite(range[1]) ? ratioFormat.format(range[1]) : 'inf') + ']' : ' [n/a]');
              }
            }
          },
          baselineLines: { lines: [{ label: 'as fast as singleton', score: 1 }] }
        }
      },
      plugins: [whiskers, baselineLines]
    });
  }

  if (typeof Chart === 'undefined') {
    throw new Error('dashboard: Chart.js did not load (assets/chart.umd.min.js)');
  }
  var data = JSON.parse(document.getElementById('dashboard-data').textContent);
  data.charts.forEach(drawThroughput);
  data.ratioCharts.forEach(drawRatios);
  document.body.setAttribute('data-charts-drawn', String(data.charts.length + data.ratioCharts.length));
}());
