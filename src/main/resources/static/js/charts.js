// Draws every <div class="chart" data-chart-id="x"> with the ECharts options of the
// <script type="application/json" id="x"> block the server rendered (no inline script is allowed).
(function () {
  function draw() {
    if (!window.echarts) { return; }
    document.querySelectorAll('.chart[data-chart-id]').forEach(function (element) {
      var data = document.getElementById(element.getAttribute('data-chart-id'));
      if (!data || element.getAttribute('data-drawn')) { return; }
      var chart = window.echarts.init(element);
      chart.setOption(JSON.parse(data.textContent));
      element.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
