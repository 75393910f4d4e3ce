// Map of places hit: country outlines (world-atlas TopoJSON served locally) and one circle
// per place from /api/places, drawn as SVG in an equirectangular projection of the region.
"use strict";
(function () {
  const box = document.getElementById("map");
  const status = document.getElementById("map-status");
  const W = 1000, H = 620;
  const view = { west: 20, east: 50, south: 43, north: 58.5 };  // Ukraine and western Russia
  const NS = "http://www.w3.org/2000/svg";
  const kx = W / (view.east - view.west);
  const ky = H / (view.north - view.south);
  function x(lon) { return (lon - view.west) * kx; }
  function y(lat) { return (view.north - lat) * ky; }

  function ringPath(ring) {
    return ring.map(function (p, i) { return (i ? "L" : "M") + x(p[0]).toFixed(1) + "," + y(p[1]).toFixed(1); }).join("") + "Z";
  }

  function draw(world, data) {
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", "Map of places hit");
    const land = topojson.feature(world, world.objects.countries);
    land.features.forEach(function (f) {
      const g = f.geometry;
      if (!g) return;
      const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      const d = polys.map(function (poly) { return poly.map(ringPath).join(""); }).join("");
      const path = document.createElementNS(NS, "path");
      path.setAttribute("d", d);
      path.setAttribute("class", "land");
      svg.appendChild(path);
    });
    const places = data.places.filter(function (p) { return p.kind !== "country"; });
    places.sort(function (a, b) { return weight(b) - weight(a); });
    places.forEach(function (p) {
      const c = document.createElementNS(NS, "circle");
      c.setAttribute("cx", x(p.lon).toFixed(1));
      c.setAttribute("cy", y(p.lat).toFixed(1));
      c.setAttribute("r", (3 + 2.2 * Math.sqrt(weight(p))).toFixed(1));
      c.setAttribute("class", "place");
      const t = document.createElementNS(NS, "title");
      t.textContent = p.place + ": " + p.events + " events, " + (p.impacts.killed || 0) + " killed, " + (p.impacts.injured || 0) + " injured";
      c.appendChild(t);
      svg.appendChild(c);
    });
    box.replaceChildren(svg);
    svg.dataset.places = String(places.length);
    legend(places.slice(0, 15));
    document.body.dataset.mapReady = "true";
  }

  function weight(p) { return p.events + (p.impacts.killed || 0) + (p.impacts.injured || 0); }

  function legend(top) {
    const table = document.getElementById("map-legend");
    const head = table.createTHead().insertRow();
    ["Place", "Events", "Killed", "Injured"].forEach(function (h) { const th = document.createElement("th"); th.textContent = h; head.appendChild(th); });
    const body = table.createTBody();
    top.forEach(function (p) {
      const row = body.insertRow();
      const a = document.createElement("a");
      a.href = "/events?place=" + encodeURIComponent(p.place);
      a.textContent = p.place;
      row.insertCell().appendChild(a);
      [p.events, p.impacts.killed || 0, p.impacts.injured || 0].forEach(function (v) { row.insertCell().textContent = String(v); });
    });
  }

  if (typeof topojson === "undefined") { status.textContent = "Map library not installed: run make."; return; }
  Promise.all([
    fetch(box.dataset.outlines).then(function (r) { return r.json(); }),
    fetch(box.dataset.places).then(function (r) { return r.json(); }),
  ]).then(function (res) { draw(res[0], res[1]); }).catch(function (e) { status.textContent = "Could not draw the map: " + e; });
})();
