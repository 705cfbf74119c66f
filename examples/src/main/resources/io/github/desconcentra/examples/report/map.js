// The map of report.html: shows the layer of the level listed in the drill-down (zones, districts or circuits),
// colours its shapes by the chosen figure of the drill-down's sector and measure, names them on hover and, on a
// click, opens the shape's unit in the drill-down table. Shapes carry the indices of their units in the drill-down
// figures (data-units); a parish split among several units is one shape listing them all.
(function () {
  'use strict';
  var drill = window.desconcentraDrill;
  var svg = document.getElementById('map');
  if (!drill || !svg) { return; }
  var units = drill.units;
  var colourBy = document.getElementById('map-measure');
  var legend = document.getElementById('map-legend');
  var info = document.getElementById('map-info');
  var T = drill.text, num = drill.num, fill = drill.fill;
  var PALETTE = {
    gap: ['#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'],
    met: ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
    coverage: ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494']
  };
  var SPECIAL = {
    unknown: ['url(#unknown-hatch)', 'repeating-linear-gradient(45deg,#8c8c8c 0 2px,#e0e0e0 2px 6px)',
      T.text['map.unknown']],
    above: ['#d9d9d9', '#d9d9d9', T.text['map.above']],
    none: ['#ffffff', '#ffffff', T.text['map.none']]
  };
  var PERCENT_BREAKS = [25, 50, 75, 100];
  var layers = {};
  Array.prototype.forEach.call(svg.querySelectorAll('.map-layer'), function (g) {
    layers[g.dataset.level] = g;
    Array.prototype.forEach.call(g.querySelectorAll('path'), function (p) {
      p.units = p.dataset.units.split(',').map(Number);
    });
  });

  // The figures of a shape: the sums over its units of the drill-down's counts and costs.
  function figure(us, view) {
    var f = {required: 0, deficit: 0, above: 0, assessed: 0, compared: 0, capex: 0, population: 0, rows: 0,
      costed: false, unknown: true};
    us.forEach(function (u) {
      var key = u * 16 + view.sector;
      var r = (drill.rows[key] || {})[view.measure];
      var c = drill.costs[key];
      f.population += units[u][4];
      if (c) { f.capex += c[2]; f.costed = true; }
      if (r) {
        f.rows++;
        f.required += r[3]; f.deficit += r[5]; f.above += r[8]; f.assessed += r[9]; f.compared += r[10];
        f.unknown = f.unknown && r[11] === 'N';
      }
    });
    return f;
  }

  // The value coloured, or the name of a special state.
  // The sector's gap cost does not depend on the measure: a costed shape shows it whatever the measure chosen.
  function value(f, by) {
    if (by === 'gap' && f.costed) { return f.population > 0 ? f.capex / f.population : 'none'; }
    if (f.rows === 0 || f.required === 0) { return 'none'; }
    if (by === 'coverage') { return 100 * f.assessed / f.required; }
    if (by === 'met') {
      if (f.compared > 0) { return 100 * (1 - f.deficit / f.compared); }
      return f.above === f.required ? 'above' : 'unknown';
    }
    if (f.above === f.required) { return 'above'; }
    return f.unknown ? 'unknown' : 0;
  }

  function text(v, by) {
    if (typeof v === 'string') { return SPECIAL[v][2]; }
    return by === 'gap' ? fill(T.text['map.per_person'], [num(v, 0)]) : num(v, 1) + T.percent;
  }

  // Two significant digits: breaks a reader can take in.
  function round(x) {
    if (x <= 0) { return 0; }
    var p = Math.pow(10, Math.floor(Math.log10(x)) - 1);
    return Math.round(x / p) * p;
  }

  // Class limits: fixed quarters for percentages (100 % a class of its own); for the gap, 0 a class of its own and
  // the quartiles of the positive values.
  function breaks(values, by) {
    if (by !== 'gap') { return PERCENT_BREAKS; }
    var positive = values.filter(function (v) { return typeof v === 'number' && v > 0; })
        .sort(function (a, b) { return a - b; });
    var b = [0];
    for (var q = 1; q <= 3; q++) {
      var x = positive.length ? round(positive[Math.min(positive.length - 1, Math.floor(q * positive.length / 4))])
          : 0;
      b.push(Math.max(x, b[b.length - 1]));
    }
    return b;
  }

  function classOf(v, b, by) {
    if (by === 'gap') {
      if (v === 0) { return 0; }
      for (var i = 1; i < b.length; i++) { if (v <= b[i]) { return i; } }
      return b.length;
    }
    if (v >= 100) { return 4; }
    for (var k = 0; k < 3; k++) { if (v < b[k]) { return k; } }
    return 3;
  }

  function labels(b, by) {
    if (by !== 'gap') {
      var p = function (x) { return num(x, 0) + T.percent; };
      return [fill(T.text['map.under'], [p(25)]), fill(T.text['map.range'], [p(25), p(50)]),
        fill(T.text['map.range'], [p(50), p(75)]), fill(T.text['map.range'], [p(75), p(100)]), p(100)];
    }
    var f = function (x) { return num(x, 0); };
    return [f(0), fill(T.text['map.over_to'], [f(0), f(b[1])]), fill(T.text['map.over_to'], [f(b[1]), f(b[2])]),
      fill(T.text['map.over_to'], [f(b[2]), f(b[3])]), fill(T.text['map.over'], [f(b[3])])];
  }

  function swatch(colour, label) {
    var item = document.createElement('li');
    var box = document.createElement('span');
    box.className = 'swatch';
    box.style.background = colour;
    item.appendChild(box);
    item.appendChild(document.createTextNode(label));
    return item;
  }

  function render(view, listed) {
    var by = colourBy.value;
    var sector = T.sectors[view.sector];
    Object.keys(layers).forEach(function (l) { layers[l].style.display = l === view.level ? '' : 'none'; });
    var shapes = Array.prototype.slice.call(layers[view.level].querySelectorAll('path'));
    var values = shapes.map(function (p) { return value(figure(p.units, view), by); });
    var b = breaks(values, by);
    var inView = {};
    if (units[view.parent][2] !== 'nation') { listed.forEach(function (u) { inView[u] = true; }); }
    var used = {};
    shapes.forEach(function (p, i) {
      var v = values[i];
      var fill = typeof v === 'string' ? SPECIAL[v][0] : PALETTE[by][classOf(v, b, by)];
      if (typeof v === 'string') { used[v] = true; }
      p.setAttribute('fill', fill);
      p.dataset.value = text(v, by);
      p.classList.toggle('in-view', p.units.some(function (u) { return inView[u]; }));
      p.classList.toggle('marked', p.units.some(function (u) { return view.marked.indexOf(u) >= 0; }));
    });
    legend.innerHTML = '';
    var title = document.createElement('p');
    var level = T.text['level.' + view.level];
    title.textContent = by === 'gap' ? fill(T.text['map.title.gap'], [sector, level])
        : fill(T.text['map.title.' + by], [sector, T.measures[view.measure], level]);
    legend.appendChild(title);
    var list = document.createElement('ul');
    labels(b, by).forEach(function (label, i) { list.appendChild(swatch(PALETTE[by][i], label)); });
    ['unknown', 'above', 'none'].forEach(function (s) {
      if (used[s]) { list.appendChild(swatch(SPECIAL[s][1], SPECIAL[s][2])); }
    });
    legend.appendChild(list);
  }

  function describe(p) {
    var names = p.units.map(function (u) { return units[u][0] + ' ' + units[u][1]; });
    var head = p.units.length > 1 ? fill(T.text['map.split'], [p.dataset.parishes, num(p.units.length, 0),
      T.text['levels.' + units[p.units[0]][2]], names.slice(0, 8).join(', ') + (names.length > 8 ? ', \u2026' : '')])
        : names[0];
    return fill(T.text['map.describe'], [head, p.dataset.value]);
  }

  // The lowest unit holding every unit of the list.
  function commonParent(us) {
    for (var a = units[us[0]][3]; a >= 0; a = units[a][3]) {
      var holds = us.every(function (u) {
        for (var x = units[u][3]; x >= 0; x = units[x][3]) { if (x === a) { return true; } }
        return false;
      });
      if (holds) { return a; }
    }
    return 0;
  }

  var LEVELS = ['nation', 'zone', 'district', 'circuit'];
  svg.addEventListener('click', function (e) {
    var p = e.target.closest('.map-layer path');
    if (!p) { return; }
    var level = units[p.units[0]][2];
    if (p.units.length === 1 && level !== 'circuit') {
      drill.show(p.units[0], LEVELS[LEVELS.indexOf(level) + 1], []);
    } else {
      drill.show(commonParent(p.units), level, p.units);
    }
  });
  svg.addEventListener('mouseover', function (e) {
    var p = e.target.closest('.map-layer path');
    if (p) { info.textContent = describe(p); }
  });
  colourBy.addEventListener('change', function () { drill.refresh(); });
  drill.onRender(render);
})();
