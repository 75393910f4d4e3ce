// Overview charts from /api/overview: one side's attacks, a bar per night, week or month
// (launched, intercepted, suppressed, hit; then killed and injured). A click on a bar opens
// its night's event (or the events of its week or month); the weapon class chosen is kept
// in the address and in the direction switch's links.
"use strict";
(function () {
  const colours = { launched: "#1d2939", intercepted: "#2e90fa", suppressed: "#7a5af8", hit: "#f04438", killed: "#912018", injured: "#f79009" };
  const metrics = ["launched", "intercepted", "suppressed", "hit"];
  const MIN_PX = 8;  // the narrowest a period's slot may be (two bars in it)
  const units = { day: "night", week: "week", month: "month" };
  const axis = { day: "Night (date)", week: "Week starting (Monday)", month: "Month" };
  const canvas = document.getElementById("timeline");
  const weaponSelect = document.getElementById("weapon");
  if (!canvas) { document.body.dataset.chartReady = "true"; return; }

  function value(v) { return v === undefined ? null : v; }

  function label(bar, grain) {
    return grain === "month" ? bar.start.slice(0, 7) : bar.start;
  }

  function series(bars, weapon) {
    return metrics.map(function (m) {
      return {
        label: m,
        backgroundColor: colours[m],
        // launched beside its outcomes stacked (intercepted, suppressed, hit): two bars
        // a period, so that no bar gets too thin and the parts are read against the whole
        stack: m === "launched" ? "launched" : "outcomes",
        data: bars.map(function (b) {
          if (!weapon) return value(b[m]);
          const w = b.by_weapon[weapon];
          return w ? value(w[m]) : null;
        }),
      };
    });
  }

  function options(grain, yTitle, stacked, bars) {
    return {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      datasets: { bar: { minBarLength: 2, maxBarThickness: 40 } },
      scales: {
        x: { stacked: stacked, title: { display: true, text: axis[grain] }, ticks: { autoSkip: true, maxRotation: 0, autoSkipPadding: 12 } },
        y: { stacked: stacked, beginAtZero: true, title: { display: true, text: yTitle }, ticks: { precision: 0 } },
      },
      // the legend sits at the end, where a scrolled chart opens (its latest bars)
      plugins: { legend: { position: "bottom", align: "end" } },
      onHover: function (e, els) { e.native.target.style.cursor = els.length && bars[els[0].index].link ? "pointer" : "default"; },
      onClick: function (e, els) {
        if (!els.length) return;
        const link = bars[els[0].index].link;
        if (link) window.location.href = link;
      },
    };
  }

  function keepWeapon(weapon) {
    const url = new URL(window.location.href);
    if (weapon) url.searchParams.set("weapon", weapon); else url.searchParams.delete("weapon");
    history.replaceState(null, "", url.pathname + url.search);
    document.querySelectorAll(".switch a").forEach(function (a) {
      const u = new URL(a.href);
      if (weapon) u.searchParams.set("weapon", weapon); else u.searchParams.delete("weapon");
      a.href = u.pathname + u.search;
    });
  }

  function draw(data) {
    const bars = data.bars;
    const grain = data.grain;
    const labels = bars.map(function (b) { return label(b, grain); });
    canvas.dataset.bars = String(bars.length);
    // at least MIN_PX a bar: a long range scrolls inside its own box rather than thinning
    const wide = bars.length * MIN_PX + 80 + "px";
    document.querySelectorAll(".chart").forEach(function (c) { c.style.minWidth = wide; });
    const timeline = new Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: series(bars, weaponSelect.value) },
      options: options(grain, "Weapons per " + units[grain] + " (count)", true, bars),
    });
    new Chart(document.getElementById("casualties"), {
      type: "bar",
      data: {
        labels: labels,
        datasets: ["killed", "injured"].map(function (m) {
          return { label: m, backgroundColor: colours[m], data: bars.map(function (b) { return value(b[m]); }) };
        }),
      },
      options: options(grain, "People per " + units[grain], true, bars),
    });
    document.querySelectorAll(".scroll > .chart").forEach(function (c) { c.parentNode.scrollLeft = c.parentNode.scrollWidth; });
    weaponSelect.addEventListener("change", function (e) {
      timeline.data.datasets = series(bars, e.target.value);
      timeline.update();
      keepWeapon(e.target.value);
    });
    document.body.dataset.chartReady = "true";
  }

  if (typeof Chart === "undefined") {
    canvas.insertAdjacentHTML("beforebegin", '<p class="muted">Chart library not installed: run make.</p>');
    return;
  }
  fetch(canvas.dataset.source).then(function (r) { return r.json(); }).then(draw);
})();
