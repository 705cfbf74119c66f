// The drill-down tables of report.html: nation -> zone -> district -> circuit, per sector and measure, sortable on
// a header click and filtered by code or name. Reads the figures from the JSON element #drill-data (see DrillDown).
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('drill-data').textContent);
  var units = data.units, sectors = data.sectors;
  var LEVELS = ['nation', 'zone', 'district', 'circuit'];
  // The page's language: its texts, sector, measure and state names and number symbols (see ReportHtml.pageText).
  var T = JSON.parse(document.getElementById('page-text').textContent);
  var STATE = T.states;
  var STATE_CLASS = {};
  STATE_CLASS[T.states.A] = 'assessed'; STATE_CLASS[T.states.P] = 'partly'; STATE_CLASS[T.states.N] = 'not';
  var rows = {}, own = {}, costs = {};
  data.rows.forEach(function (r) { (rows[r[0] * 16 + r[1]] = rows[r[0] * 16 + r[1]] || {})[r[2]] = r; });
  data.own.forEach(function (r) { (own[r[0] * 16 + r[1]] = own[r[0] * 16 + r[1]] || {})[r[2]] = r; });
  data.costs.forEach(function (c) { costs[c[0] * 16 + c[1]] = c; });
  // A number with the page's separators, as the reports write it (16.938.986 / 16,938,986; 12,5 / 12.5).
  function num(v, decimals) {
    var parts = Math.abs(v).toFixed(decimals).split('.');
    var digits = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, T.group);
    var zero = Number(parts.join('')) === 0;
    return (v < 0 && !zero ? '-' : '') + digits + (decimals ? T.decimal + parts[1] : '');
  }

  // A text of the page with {0}, {1}… filled in.
  function fill(pattern, args) {
    return pattern.replace(/\{(\d+)\}/g, function (m, i) { return String(args[Number(i)]); });
  }
  var sectorSelect = document.getElementById('drill-sector');
  var measureSelect = document.getElementById('drill-measure');
  var levelSelect = document.getElementById('drill-level');
  var filter = document.getElementById('drill-filter');
  var table = document.getElementById('drill');
  var body = table.tBodies[0];
  var foot = table.tFoot;
  var path = document.getElementById('drill-path');
  var shown = document.getElementById('drill-count');
  var view = {sector: 0, measure: null, level: 'zone', parent: 0, sort: null, descending: false, marked: []};
  var listeners = [];

  // Each column: the header's data-key, the value to sort on, the cell text.
  var columns = [
    ['unit', function (u, r, c) { return units[u][0] + ' ' + units[u][1]; }],
    ['population', function (u) { return units[u][4]; }],
    ['required', function (u, r) { return r ? r[3] : 0; }],
    ['usable', function (u, r) { return r && r[11] !== 'N' ? r[4] : null; }],
    ['deficit', function (u, r) { return r && r[11] !== 'N' ? r[5] : null; }],
    ['upper', function (u, r) { return r ? r[6] : null; }],
    ['unknown', function (u, r) { return r ? r[7] : null; }],
    ['above', function (u, r) { return r ? r[8] : null; }],
    ['coverage', function (u, r) { return r && r[3] > 0 ? 100 * r[9] / r[3] : null; }],
    ['status', function (u, r) { return r ? STATE[r[11]] : T.text.nothing_required; }],
    ['capex', function (u, r, c) { return c ? c[2] : (r && r[11] !== 'N' ? 0 : null); }],
    ['opex', function (u, r, c) { return c ? c[3] : (r && r[11] !== 'N' ? 0 : null); }]
  ];
  var keys = columns.map(function (c) { return c[0]; });

  function text(key, v) {
    if (v === null) { return '\u2014'; }
    if (key === 'unit' || key === 'status') { return v; }
    if (key === 'coverage') { return num(v, 1) + T.percent; }
    if (key === 'capex' || key === 'opex') { return num(v / 1e6, 1); }
    return num(v, 0);
  }

  // The figures of a unit, or of the unit itself without the units in it (own).
  function values(u, itself) {
    var key = u * 16 + view.sector;
    var r = ((itself ? own : rows)[key] || {})[view.measure] || null;
    var c = costs[key] ? (itself ? [0, 0, costs[key][4], costs[key][5]] : costs[key]) : null;
    return columns.map(function (col) { return col[1](u, r, c); });
  }

  function name(u) {
    return units[u][2] === 'nation' ? units[u][1] : units[u][0] + ' ' + units[u][1];
  }

  function isUnder(u, p) {
    for (var a = units[u][3]; a >= 0; a = units[a][3]) { if (a === p) { return true; } }
    return false;
  }

  function fold(s) {
    return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function cells(tr, u, vals, header) {
    vals.forEach(function (v, i) {
      var td = document.createElement(i === 0 && header ? 'th' : 'td');
      if (i === 0 && header === 'own') {
        td.textContent = fill(T.text.itself, [name(u)]);
        td.title = fill(T.text.itself_title, [name(u)]);
      } else if (i === 0 && !header && view.level !== 'circuit') {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'drill-link';
        b.textContent = text(keys[i], v);
        b.title = fill(T.text.open_title, [T.text['levels.' + LEVELS[LEVELS.indexOf(view.level) + 1]], units[u][1]]);
        td.appendChild(b);
      } else {
        td.textContent = text(keys[i], v);
      }
      if (keys[i] === 'status') { td.className = 'state-' + (STATE_CLASS[v] || 'none'); }
      tr.appendChild(td);
    });
  }

  function render() {
    var measures = sectors[view.sector][1];
    if (measures.indexOf(view.measure) < 0) { view.measure = measures[0]; }
    measureSelect.innerHTML = '';
    measures.forEach(function (m) {
      var o = document.createElement('option');
      o.value = m; o.textContent = T.measures[m]; o.selected = m === view.measure;
      measureSelect.appendChild(o);
    });
    levelSelect.value = view.level;
    var q = fold(filter.value.trim());
    var list = [];
    for (var u = 0; u < units.length; u++) {
      if (units[u][2] === view.level && isUnder(u, view.parent)
          && (!q || fold(units[u][0] + ' ' + units[u][1]).indexOf(q) >= 0)) {
        list.push({unit: u, vals: values(u)});
      }
    }
    if (view.sort !== null) {
      var i = keys.indexOf(view.sort), sign = view.descending ? -1 : 1;
      list.sort(function (a, b) {
        var x = a.vals[i], y = b.vals[i];
        if (x === null || y === null) { return x === y ? a.unit - b.unit : (x === null ? 1 : -1); }
        if (x < y) { return -sign; }
        if (x > y) { return sign; }
        return a.unit - b.unit;
      });
    }
    var fragment = document.createDocumentFragment();
    list.forEach(function (row) {
      var tr = document.createElement('tr');
      tr.dataset.unit = units[row.unit][0];
      tr.dataset.index = String(row.unit);
      if (view.marked.indexOf(row.unit) >= 0) { tr.className = 'marked'; }
      cells(tr, row.unit, row.vals, false);
      fragment.appendChild(tr);
    });
    body.innerHTML = '';
    body.appendChild(fragment);
    foot.innerHTML = '';
    var direct = LEVELS.indexOf(view.level) === LEVELS.indexOf(units[view.parent][2]) + 1;
    var itself = values(view.parent, true);
    itself[1] = null;
    if (direct && !q && (itself[2] || itself[3] || itself[10])) {
      var ownRow = document.createElement('tr');
      ownRow.className = 'own';
      cells(ownRow, view.parent, itself, 'own');
      foot.appendChild(ownRow);
    }
    var total = document.createElement('tr');
    cells(total, view.parent, values(view.parent), true);
    foot.appendChild(total);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      th.setAttribute('aria-sort', th.dataset.key === view.sort ? (view.descending ? 'descending' : 'ascending')
          : 'none');
    });
    path.innerHTML = '';
    var chain = [];
    for (var a = view.parent; a >= 0; a = units[a][3]) { chain.unshift(a); }
    chain.forEach(function (p, k) {
      if (k > 0) { path.appendChild(document.createTextNode(' \u203a ')); }
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'drill-link';
      b.textContent = name(p);
      b.addEventListener('click', function () { open(p); });
      path.appendChild(b);
    });
    shown.textContent = fill(T.text.shown, [num(list.length, 0),
      T.text[(list.length === 1 ? 'level.' : 'levels.') + view.level], name(view.parent)]);
    var listed = list.map(function (row) { return row.unit; });
    listeners.forEach(function (f) { f(view, listed); });
  }

  // Lists the units of a level under a parent, the marked ones highlighted (a click on the map).
  function show(parent, level, marked) {
    view.parent = parent;
    view.level = level;
    view.marked = marked;
    filter.value = '';
    render();
    var first = body.querySelector('tr.marked');
    if (first) { first.scrollIntoView({block: 'nearest'}); }
  }

  function open(p) {
    view.marked = [];
    view.parent = p;
    view.level = LEVELS[Math.min(LEVELS.indexOf(units[p][2]) + 1, LEVELS.length - 1)];
    filter.value = '';
    render();
  }

  sectors.forEach(function (s, i) {
    var o = document.createElement('option');
    o.value = String(i); o.textContent = T.sectors[i];
    sectorSelect.appendChild(o);
  });
  sectorSelect.addEventListener('change', function () { view.sector = Number(sectorSelect.value); render(); });
  measureSelect.addEventListener('change', function () { view.measure = measureSelect.value; render(); });
  levelSelect.addEventListener('change', function () {
    var wanted = LEVELS.indexOf(levelSelect.value);
    while (LEVELS.indexOf(units[view.parent][2]) >= wanted) { view.parent = units[view.parent][3]; }
    view.level = levelSelect.value;
    view.marked = [];
    render();
  });
  filter.addEventListener('input', render);
  body.addEventListener('click', function (e) {
    var tr = e.target.closest('tr');
    if (!tr || view.level === 'circuit') { return; }
    open(Number(tr.dataset.index));
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
    var b = th.querySelector('button');
    b.addEventListener('click', function () {
      view.descending = view.sort === th.dataset.key ? !view.descending : th.dataset.key !== 'unit';
      view.sort = th.dataset.key;
      render();
    });
  });
  // What the map of the page reads and calls: the figures, the view, show() and a hook after each render.
  window.desconcentraDrill = {units: units, sectors: sectors, rows: rows, costs: costs, view: view, show: show,
    text: T, num: num, fill: fill,
    onRender: function (f) { listeners.push(f); render(); }, refresh: function () { render(); }};
  render();
})();
