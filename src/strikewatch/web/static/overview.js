// Overview charts: per-night outcomes (by weapon class) and casualties, from /api/overview.
"use strict";
(function () {
  const colours = { launched: "#1d2939", intercepted: "#2e90fa", suppressed: "#7a5af8", hit: "#f04438", killed: "#912018", injured: "#f79009" };
  const metrics = ["launched", "intercepted", "suppressed", "hit"];
  let timeline = null;

  function series(days, weapon) {
    return metrics.map(function (m) {
      return {
        label: m,
        backgroundColor: colours[m],
        data: days.map(function (d) {
          if (!weapon) return d[m];
          const w = d.by_weapon[weapon];
          return w && w[m] !== undefined ? w[m] : 0;
        }),
      };
    });
  }

  function draw(data) {
    const days = data.days;
    const labels = days.map(function (d) { return d.date; });
    const canvas = document.getElementById("timeline");
    canvas.dataset.points = String(days.length);
    timeline = new Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: series(days, "") },
      options: { animation: false, responsive: true, scales: { x: { stacked: false } }, plugins: { legend: { position: "bottom" } } },
    });
    new Chart(document.getElementById("casualties"), {
      type: "bar",
      data: {
        labels: labels,
        datasets: ["killed", "injured"].map(function (m) {
          return { label: m, backgroundColor: colours[m], data: days.map(function (d) { return d[m]; }) };
        }),
      },
      options: { animation: false, responsive: true, scales: { x: { stacked: true }, y: { stacked: true } }, plugins: { legend: { position: "bottom" } } },
    });
    document.getElementById("weapon").addEventListener("change", function (e) {
      timeline.data.datasets = series(days, e.target.value);
      timeline.update();
    });
    document.body.dataset.chartReady = "true";
  }

  if (typeof Chart === "undefined") {
    document.getElementById("timeline").insertAdjacentHTML("beforebegin", '<p class="muted">Chart library not installed: run make.</p>');
    return;
  }
  fetch("/api/overview").then(function (r) { return r.json(); }).then(draw);
})();
