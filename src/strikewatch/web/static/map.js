// Map of places hit: country outlines (world-atlas TopoJSON served locally) and one circle
// per place from /api/places, drawn as SVG in an equirectangular projection that fits every
// place (the Urals and the Caspian included). Circle areas are scaled to the largest place;
// colours say who attacked; each circle is a link (keyboard-reachable) to the place's events.
"use strict";
(function () {
  const box = document.getElementById("map");
  const status = document.getElementById("map-status");
  const NS = "http://www.w3.org/2000/svg";
  const W = 1000;
  const RMAX = 34, RMIN = 3;
  const LABELS = 8;  // places named on the map
  const colours = { RU: "#d92d20", UA: "#1570ef", both: "#7a5af8", "?": "#667085" };
  const names = { RU: "attacks by Russia", UA: "attacks by Ukraine", both: "attacks by both sides", "?": "attacker unknown" };
  let view, H, kx, ky;

  function fit(places) {
    // Ukraine and western Russia at least, grown to hold every place, with a margin
    const v = { west: 22, east: 41, south: 44, north: 53 };
    places.forEach(function (p) {
      v.west = Math.min(v.west, p.lon); v.east = Math.max(v.east, p.lon);
      v.south = Math.min(v.south, p.lat); v.north = Math.max(v.north, p.lat);
    });
    const padX = (v.east - v.west) * 0.06 + 1, padY = (v.north - v.south) * 0.08 + 1;
    v.west -= padX; v.east += padX; v.south -= padY; v.north += padY;
    view = v;
    const midLat = (v.north + v.south) / 2 * Math.PI / 180;
    kx = W / (v.east - v.west);
    ky = kx / Math.cos(midLat);
    H = Math.round((v.north - v.south) * ky);
  }
  function x(lon) { return (lon - view.west) * kx; }
  function y(lat) { return (view.north - lat) * ky; }

  function ringPath(ring) {
    return ring.map(function (p, i) { return (i ? "L" : "M") + x(p[0]).toFixed(1) + "," + y(p[1]).toFixed(1); }).join("") + "Z";
  }

  function weight(p) { return p.events + (p.impacts.killed || 0) + (p.impacts.injured || 0); }
  function side(p) {
    const a = p.attackers || {};
    const ru = a.RU || 0, ua = a.UA || 0;
    return ru && ua ? "both" : ru ? "RU" : ua ? "UA" : "?";
  }
  function el(name, attrs) {
    const e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function eventsLink(p) {
    const q = new URLSearchParams({ place: p.place });
    if (box.dataset.since) q.set("since", box.dataset.since);
    if (box.dataset.until) q.set("until", box.dataset.until);
    return "/events?" + q.toString();
  }
  function describe(p) {
    return p.place + " (" + precisionName(p) + "): " + p.events + " event" + (p.events === 1 ? "" : "s") + ", " + (p.impacts.killed || 0) + " killed, " + (p.impacts.injured || 0) + " injured; " + names[side(p)];
  }

  function draw(world, data) {
    const places = data.places.filter(function (p) { return p.kind !== "country" && p.lat !== null && p.lon !== null; });
    fit(places);
    const svg = el("svg", { viewBox: "0 0 " + W + " " + H, role: "group", "aria-label": "Map of places hit" });
    const land = topojson.feature(world, world.objects.countries);
    land.features.forEach(function (f) {
      const g = f.geometry;
      if (!g) return;
      const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
      svg.appendChild(el("path", { d: polys.map(function (poly) { return poly.map(ringPath).join(""); }).join(""), class: "land", "aria-hidden": "true" }));
    });
    places.sort(function (a, b) { return weight(b) - weight(a); });
    const max = places.length ? weight(places[0]) : 1;
    const radius = function (v) { return Math.max(RMIN, RMAX * Math.sqrt(v / max)); };
    places.forEach(function (p) {
      const a = el("a", { href: eventsLink(p), "aria-label": describe(p) });
      const c = el("circle", { cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1), r: radius(weight(p)).toFixed(1), class: "place", fill: colours[side(p)], "data-place": p.place });
      const t = el("title", {});
      t.textContent = describe(p);
      c.appendChild(t);
      a.appendChild(c);
      svg.appendChild(a);
    });
    places.slice(0, LABELS).forEach(function (p) {
      // a label goes right of its circle, or left of it near the map's right edge
      const r = radius(weight(p)) + 3;
      const left = x(p.lon) > W * 0.8;
      const t = el("text", { x: (x(p.lon) + (left ? -r : r)).toFixed(1), y: (y(p.lat) + 4).toFixed(1), class: "label", "text-anchor": left ? "end" : "start", "aria-hidden": "true" });
      t.textContent = p.place;
      svg.appendChild(t);
    });
    if (places.length) sizeKey(svg, max, radius);
    box.replaceChildren(svg);
    svg.dataset.places = String(places.length);
    key(places);
    legend(places.slice(0, 15));
    document.body.dataset.mapReady = "true";
  }

  // the size key is drawn inside the map, so that it scales with the circles
  function sizeKey(svg, max, radius) {
    const steps = [max, Math.max(1, Math.round(max / 4)), 1].filter(function (v, i, a) { return a.indexOf(v) === i; });
    const width = steps.reduce(function (s, v) { return s + 2 * radius(v) + 24; }, 16);
    const height = 2 * RMAX + 44;
    const g = el("g", { class: "size-key", transform: "translate(" + (W - width - 8) + "," + (H - height - 8) + ")", role: "img", "aria-label": "Circle sizes: " + steps.join(", ") + " (events plus people killed and injured)" });
    g.appendChild(el("rect", { width: width, height: height, fill: "#ffffff", "fill-opacity": "0.85", stroke: "#d0d5dd", rx: 4 }));
    const title = el("text", { x: 8, y: 16, "font-size": "13" });
    title.textContent = "events + killed + injured";
    g.appendChild(title);
    let cx = 8;
    steps.forEach(function (v) {
      const r = radius(v);
      cx += r + 4;
      g.appendChild(el("circle", { cx: cx, cy: 24 + 2 * RMAX - r, r: r, fill: "none", stroke: "#344054" }));
      const t = el("text", { x: cx, y: 24 + 2 * RMAX + 16, "text-anchor": "middle", "font-size": "13" });
      t.textContent = String(v);
      g.appendChild(t);
      cx += r + 20;
    });
    svg.appendChild(g);
  }

  function key(places) {
    const holder = document.getElementById("map-key");
    holder.replaceChildren();
    if (!places.length) { holder.textContent = "No place in these dates."; return; }
    const size = document.createElement("span");
    size.textContent = "Size: the key in the map's corner.";
    holder.appendChild(size);
    const used = {};
    places.forEach(function (p) { used[side(p)] = true; });
    Object.keys(colours).filter(function (s) { return used[s]; }).forEach(function (s) {
      const span = document.createElement("span");
      const dot = document.createElement("span");
      dot.className = "dot";
      dot.style.background = colours[s];
      span.append(dot, " " + names[s]);
      holder.appendChild(span);
    });
  }

  // how exact a place is, in words (places.precision in the store)
  const precisions = { country: "country", region: "region", district: "district", settlement: "town or village", city_district: "district of a city", water: "sea or strait" };
  function precisionName(p) { return precisions[p.precision] || p.kind || "place"; }

  function legend(top) {
    const table = document.getElementById("map-legend");
    const head = table.createTHead().insertRow();
    ["Place", "Precision", "Events", "Killed", "Injured"].forEach(function (h) { const th = document.createElement("th"); th.textContent = h; head.appendChild(th); });
    const body = table.createTBody();
    top.forEach(function (p) {
      const row = body.insertRow();
      const a = document.createElement("a");
      a.href = eventsLink(p);
      a.textContent = p.place;
      row.insertCell().appendChild(a);
      row.insertCell().textContent = precisionName(p);
      [p.events, p.impacts.killed || 0, p.impacts.injured || 0].forEach(function (v) { row.insertCell().textContent = String(v); });
    });
  }

  if (typeof topojson === "undefined") { status.textContent = "Map library not installed: run make."; return; }
  Promise.all([
    fetch(box.dataset.outlines).then(function (r) { return r.json(); }),
    fetch(box.dataset.places).then(function (r) { return r.json(); }),
  ]).then(function (res) { draw(res[0], res[1]); }).catch(function (e) { status.textContent = "Could not draw the map: " + e; });
})();
