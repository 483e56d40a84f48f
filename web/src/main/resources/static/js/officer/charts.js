// Draws each indicator's chart from the JSON its canvas carries (data-chart): measured values against the target
// line. Runs on the page and again on every card htmx swaps in after a measurement.
(function () {
  'use strict';

  function draw(canvas) {
    if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
      return;
    }
    var data = JSON.parse(canvas.dataset.chart);
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [
          { label: canvas.dataset.labelMeasured, data: data.measured, borderColor: '#1d4ed8',
            backgroundColor: '#1d4ed8', spanGaps: true, tension: 0 },
          { label: canvas.dataset.labelTarget, data: data.target, borderColor: '#6b7280',
            backgroundColor: '#6b7280', borderDash: [6, 4], spanGaps: true, pointStyle: 'rectRot' }
        ]
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { title: { display: !!data.unit, text: data.unit } } }
      }
    });
  }

  function drawAll(root) {
    (root || document).querySelectorAll('canvas.indicator-chart, canvas.comparison-chart').forEach(function (canvas) {
      if (canvas.classList.contains('comparison-chart')) {
        drawComparison(canvas);
      } else {
        draw(canvas);
      }
    });
  }

  // The cross-city comparison: one line per city (data-chart: {labels, cities: [{name, points}]}).
  var colours = ['#1d4ed8', '#b45309', '#047857', '#9d174d', '#4b5563'];
  function drawComparison(canvas) {
    if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
      return;
    }
    var data = JSON.parse(canvas.dataset.chart);
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: data.cities.map(function (city, index) {
          var colour = colours[index % colours.length];
          return { label: city.name, data: city.points, borderColor: colour, backgroundColor: colour, spanGaps: true };
        })
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: { y: { title: { display: !!data.unit, text: data.unit } } }
      }
    });
  }

  // A measurement the API refused for a reason other than its fields (gone, not allowed, unreachable): the error
  // page's sentences take the card's place. An ended session answers with the sign-in: that is a page of its own.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var detail = event.detail;
    // detail.elt is the swap's target (the card); the form that asked is the request's element.
    var source = detail.requestConfig && detail.requestConfig.elt;
    if (!source || !source.matches || !source.matches('form.measure')) {
      return;
    }
    var xhr = detail.xhr;
    if (xhr.responseURL && xhr.responseURL.indexOf('/indicators/') === -1) {
      detail.shouldSwap = false;
      window.location.assign(xhr.responseURL);
    } else if (xhr.status >= 400) {
      detail.shouldSwap = true;
      detail.isError = false;
      detail.selectOverride = 'main > p';
      detail.swapOverride = 'innerHTML';
    }
  });

  if (window.htmx) {
    htmx.onLoad(drawAll);
  } else {
    document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  }
})();
