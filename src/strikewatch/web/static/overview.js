// Overview charts: per-night outcomes (by weapon class) and casualties, from /api/overview.
"use strict";
(function () {
  const colours = { launched: "#1d2939", intercepted: "#2e90fa", suppressed: "#7a5af8", hit: "#f04438", killed: "#912018", injured: "#f79009" };
  const metrics = ["launched", "intercepted", "suppressed", "hit"];
  let timeline = null;

  // Every night from the first to the last, so quiet nights keep their place on the axis;
  // a night without events, or without a figure, has no bar (null), never a zero.
  function nights(days) {
    if (!days.length) return [];
    const byDate = {};
    days.forEach(function (d) { byDate[d.date] = d; });
    const out = [];
    const day = new Date(days[0].date + "T00:00:00Z");
    const last = new Date(days[days.length - 1].date + "T00:00:00Z");
    while (day <= last && out.length < 4000) {
      const iso = day.toISOString().slice(0, 10);
      out.push(byDate[iso] || { date: iso, events: 0, by_weapon: {} });
      day.setUTCDate(day.getUTCDate() + 1);
    }
    return out;
  }

  function value(v) { return v === undefined ? null : v; }

  function series(days, weapon) {
    return metrics.map(function (m) {
      return {
        label: m,
        backgroundColor: colours[m],
        data: days.map(function (d) {
          if (!weapon) return value(d[m]);
          const w = d.by_weapon[weapon];
          return w ? value(w[m]) : null;
        }),
      };
    });
  }

  const weaponSelect = document.getElementById("weapon");

  function draw(data) {
    const days = nights(data.days);
    const labels = days.map(function (d) { return d.date; });
    const canvas = document.getElementById("timeline");
    canvas.dataset.points = String(data.days.length);
    timeline = new Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: series(days, weaponSelect.value) },
      options: { animation: false, responsive: true, scales: { x: { stacked: false } }, plugins: { legend: { position: "bottom" } } },
    });
    new Chart(document.getElementById("casualties"), {
      type: "bar",
      data: {
        labels: labels,
        datasets: ["killed", "injured"].map(function (m) {
          return { label: m, backgroundColor: colours[m], data: days.map(function (d) { return value(d[m]); }) };
        }),
      },
      options: { animation: false, responsive: true, scales: { x: { stacked: true }, y: { stacked: true } }, plugins: { legend: { position: "bottom" } } },
    });
    weaponSelect.addEventListener("change", function (e) {
      timeline.data.datasets = series(days, e.target.value);
      timeline.update();
    });
    document.body.dataset.chartReady = "true";
  }

  function load(attacker) {
    const url = attacker ? "/api/overview?attacker=" + encodeURIComponent(attacker) : "/api/overview";
    return fetch(url).then(function (r) { return r.json(); }).then(draw);
  }

  if (typeof Chart === "undefined") {
    document.getElementById("timeline").insertAdjacentHTML("beforebegin", '<p class="muted">Chart library not installed: run make.</p>');
    return;
  }
  const attackerSelect = document.getElementById("attacker");
  attackerSelect.addEventListener("change", function (e) {
    // the page itself (its table of largest attacks) follows the choice
    window.location.search = e.target.value ? "?attacker=" + e.target.value : "";
  });
  load(attackerSelect.value);
})();
