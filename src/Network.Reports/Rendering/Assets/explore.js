/* Stakeholders report explorer: search, filters, date slider, zoom and pan, stakeholder panel.
   Written for this project (no library). Reads the JSON island #report-data; builds every piece of DOM with
   textContent and setAttribute, never innerHTML, so names and quotes from the input stay text. */
(function () {
  'use strict';
  // Start after the first paint, so a large report shows its text before the explorer indexes its data.
  if (window.requestAnimationFrame) { requestAnimationFrame(function () { setTimeout(start, 0); }); } else { start(); }
  function start() {
  var island = document.getElementById('report-data');
  if (!island || !window.Map) { return; }
  var D;
  try { D = JSON.parse(island.textContent); } catch (e) { return; }
  var root = document.documentElement;
  root.classList.add('js');

  var S = D.s, T = D.ties, docs = D.docs;
  var byId = new Map();
  S.forEach(function (s, i) { byId.set(s.id, i); });
  var tiesOf = S.map(function () { return []; });
  T.forEach(function (t, k) { tiesOf[t.s].push(k); if (t.t !== t.s) { tiesOf[t.t].push(k); } });

  // ---- small DOM helpers (text only) ----
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function add(parent, child) { parent.appendChild(child); return child; }
  function safeUrl(u) { return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u) ? u : null; }
  function fmt(v) {
    if (v === null || v === undefined) { return '–'; }
    if (typeof v === 'string') { return v; }
    if (Number.isInteger(v)) { return String(v); }
    var a = Math.abs(v);
    return a !== 0 && (a < 0.001 || a >= 1e6) ? v.toExponential(3) : String(Math.round(v * 10000) / 10000);
  }
  function stakeholderLink(i, text) {
    var a = el('a', 'sh', text !== undefined ? text : S[i].n);
    a.setAttribute('href', '#' + encodeURIComponent(S[i].id));
    return a;
  }

  // ---- the drawing ----
  var svg = document.querySelector('figure.drawing svg.network');
  var circles = [], labels = [], lines = [], cx = [], cy = [], cr = [];
  var nodeMembers = [];
  var W = 0, H = 0, vb = null, zoom = 1;
  var DIRS = [[1, 0], [0.7071, -0.7071], [0.7071, 0.7071], [-1, 0], [-0.7071, -0.7071], [-0.7071, 0.7071], [0, -1], [0, 1]];
  if (svg) {
    Array.prototype.forEach.call(svg.querySelectorAll('g.nodes circle'), function (c) {
      var n = +c.getAttribute('data-n');
      circles[n] = c; cx[n] = +c.getAttribute('cx'); cy[n] = +c.getAttribute('cy'); cr[n] = +c.getAttribute('r');
      nodeMembers[n] = [];
    });
    Array.prototype.forEach.call(svg.querySelectorAll('g.labels text'), function (t) { labels[+t.getAttribute('data-n')] = t; });
    lines = Array.prototype.slice.call(svg.querySelectorAll('g.edges line'));
    S.forEach(function (s, i) { if (s.d >= 0 && nodeMembers[s.d]) { nodeMembers[s.d].push(i); } });
    var box = svg.viewBox.baseVal;
    W = box.width; H = box.height;
    vb = { x: 0, y: 0, w: W, h: H };
  }
  var lineTies = lines.map(function () { return []; });
  T.forEach(function (t, k) { if (t.l >= 0 && t.l < lineTies.length) { lineTies[t.l].push(k); } });
  var labelsGroup = svg ? svg.querySelector('g.labels') : null;

  var forced = new Set();   // plan nodes whose label shows whatever the zoom (hover, selection, search hits)
  var nodeOn = circles.map(function () { return true; });

  // The same geometry as LabelPlacement.Box in the C# code: gap 3 px, line height 1.2 em, ascent 0.9 em.
  function placeLabel(t, n, z, dir) {
    var d = DIRS[dir], fs = 11 / z, g = 3 / z, h = 1.2 * fs;
    var ax = cx[n] + d[0] * (cr[n] + g), ay = cy[n] + d[1] * (cr[n] + g);
    var y0 = d[1] > 0.1 ? ay : d[1] < -0.1 ? ay - h : ay - h / 2;
    t.setAttribute('x', ax.toFixed(2));
    t.setAttribute('y', (y0 + 0.9 * fs).toFixed(2));
  }
  function refreshLabels() {
    if (!labelsGroup) { return; }
    labelsGroup.setAttribute('font-size', (11 / zoom).toFixed(3));
    labelsGroup.setAttribute('stroke-width', (3 / zoom).toFixed(3));
    labels.forEach(function (t, n) {
      if (!t) { return; }
      var level = +t.getAttribute('data-z');
      var show = nodeOn[n] && ((level >= 1 && level <= zoom + 1e-6) || forced.has(n));
      t.classList.toggle('show', show);
      if (show) { placeLabel(t, n, zoom, level === 0 ? 0 : +t.getAttribute('data-d')); }
    });
  }
  function setViewBox() {
    if (!svg) { return; }
    svg.setAttribute('viewBox', vb.x.toFixed(2) + ' ' + vb.y.toFixed(2) + ' ' + vb.w.toFixed(2) + ' ' + vb.h.toFixed(2));
    zoom = W / vb.w;
    if (zoomLabel) { zoomLabel.textContent = Math.round(zoom * 100) + ' %'; }
    refreshLabels();
  }
  function zoomAt(factor, px, py) {
    var nz = Math.min(16, Math.max(1, zoom * factor));
    var nw = W / nz, nh = H / nz;
    var fx = (px - vb.x) / vb.w, fy = (py - vb.y) / vb.h;
    vb = clampView({ x: px - fx * nw, y: py - fy * nh, w: nw, h: nh });
    setViewBox();
  }
  function clampView(v) {
    v.x = Math.min(Math.max(v.x, 0), W - v.w);
    v.y = Math.min(Math.max(v.y, 0), H - v.h);
    return v;
  }
  function resetView() { vb = { x: 0, y: 0, w: W, h: H }; setViewBox(); }
  // Zooms onto a neighbourhood (at most 4×) so its labels have room; the view before is restored when the panel closes.
  var viewBeforePanel = null;
  function focusView(nodes) {
    if (!svg || nodes.size === 0) { return; }
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    nodes.forEach(function (n) {
      x0 = Math.min(x0, cx[n] - cr[n]); x1 = Math.max(x1, cx[n] + cr[n]);
      y0 = Math.min(y0, cy[n] - cr[n]); y1 = Math.max(y1, cy[n] + cr[n]);
    });
    var padX = 160, padY = 60;
    var z = Math.min(4, W / (x1 - x0 + 2 * padX), H / (y1 - y0 + 2 * padY));
    if (viewBeforePanel === null) { viewBeforePanel = { x: vb.x, y: vb.y, w: vb.w, h: vb.h }; }
    if (z <= 1.15) { vb = { x: 0, y: 0, w: W, h: H }; setViewBox(); return; }
    var w = W / z, h = H / z;
    vb = clampView({ x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w: w, h: h });
    setViewBox();
  }
  function svgPoint(evt) {
    var r = svg.getBoundingClientRect();
    return { x: vb.x + (evt.clientX - r.left) / r.width * vb.w, y: vb.y + (evt.clientY - r.top) / r.height * vb.h };
  }

  // ---- filters and the date slider ----
  var kindOn = D.kinds.map(function () { return true; });
  var orgOn = D.orgTypes.map(function () { return true; });
  var orgNoneOn = true;
  var typeOn = D.tieTypes.map(function () { return true; });
  var clusterOn = new Map();
  D.clusters.forEach(function (c) { clusterOn.set(c.id, true); });
  var noClusterOn = true;
  var dateIndex = D.dates.length; // == length: every date
  var statusLine = null, zoomLabel = null, dateLabel = null;
  var visible = { s: S.length, t: T.length };
  var sOk = new Uint8Array(S.length), tOk = new Uint8Array(T.length);

  var perf = window.performance && performance.measure ? performance : null;
  function applyFilters() {
    var t0 = perf ? perf.now() : 0;
    var date = dateIndex < D.dates.length ? D.dates[dateIndex] : null;
    var i, k;
    for (i = 0; i < S.length; i++) {
      var s = S[i];
      sOk[i] = kindOn[s.k] && (s.o < 0 ? orgNoneOn : orgOn[s.o]) && (s.c < 0 ? noClusterOn : clusterOn.get(s.c) !== false) ? 1 : 0;
    }
    var hasTie = new Uint8Array(S.length);
    var tcount = 0;
    for (k = 0; k < T.length; k++) {
      var t = T[k];
      var ok = sOk[t.s] && sOk[t.t] && typeOn[t.y] && (date === null || ((t.a == null || t.a <= date) && (t.b == null || t.b >= date)));
      tOk[k] = ok ? 1 : 0;
      if (ok) { hasTie[t.s] = 1; hasTie[t.t] = 1; tcount++; }
    }
    var scount = 0;
    for (i = 0; i < S.length; i++) {
      if (date !== null && sOk[i] && tiesOf[i].length > 0 && !hasTie[i]) { sOk[i] = 0; }
      scount += sOk[i];
    }
    visible = { s: scount, t: tcount };
    for (var n = 0; n < circles.length; n++) {
      if (!circles[n]) { continue; }
      var on = false, m = nodeMembers[n];
      for (i = 0; i < m.length && !on; i++) { on = sOk[m[i]] === 1; }
      nodeOn[n] = on;
      circles[n].classList.toggle('off', !on);
    }
    for (var l = 0; l < lines.length; l++) {
      var lon = false, lt = lineTies[l];
      for (i = 0; i < lt.length && !lon; i++) { lon = tOk[lt[i]] === 1; }
      lines[l].classList.toggle('off', !lon);
    }
    refreshLabels();
    if (statusLine) {
      statusLine.textContent = 'Showing ' + scount + ' of ' + S.length + ' stakeholders and ' + tcount + ' of ' + T.length + ' ties' +
        (date !== null ? ' as of ' + D.dateText[dateIndex] + ' (undated ties count at every date)' : '') + '.';
    }
    if (perf) { perf.measure('explore-filter', { start: t0, end: perf.now() }); }
  }
  var pending = 0;
  function scheduleFilters() {
    if (pending) { return; }
    pending = requestAnimationFrame(function () { pending = 0; applyFilters(); });
  }

  function checkboxGroup(parent, legend, names, counts, isOn, setOn) {
    var fs = add(parent, el('fieldset'));
    add(fs, el('legend', null, legend));
    names.forEach(function (name, j) {
      var lab = add(fs, el('label'));
      var cb = add(lab, el('input'));
      cb.type = 'checkbox';
      cb.checked = isOn(j);
      cb.addEventListener('change', function () { setOn(j, cb.checked); scheduleFilters(); });
      add(lab, document.createTextNode(' ' + name + ' '));
      add(lab, el('span', 'count', '(' + counts[j] + ')'));
    });
    return fs;
  }
  function countBy(f, size) {
    var c = new Array(size).fill(0);
    S.forEach(function (s) { var v = f(s); if (v >= 0 && v < size) { c[v]++; } });
    return c;
  }

  function buildToolbar() {
    var section = document.getElementById('network');
    var figure = svg ? svg.closest('figure') : null;
    if (!section || !figure) { return; }
    var bar = el('div', 'explore ui');
    figure.parentNode.insertBefore(bar, figure);

    var zoomBox = add(bar, el('div', 'zoom'));
    var zin = add(zoomBox, el('button', null, '+')); zin.type = 'button'; zin.setAttribute('aria-label', 'Zoom in');
    var zout = add(zoomBox, el('button', null, '−')); zout.type = 'button'; zout.setAttribute('aria-label', 'Zoom out');
    var zreset = add(zoomBox, el('button', null, 'Fit')); zreset.type = 'button'; zreset.setAttribute('aria-label', 'Show the whole drawing');
    zoomLabel = add(zoomBox, el('span', 'zoom-level', '100 %'));
    zin.addEventListener('click', function () { zoomAt(1.6, vb.x + vb.w / 2, vb.y + vb.h / 2); });
    zout.addEventListener('click', function () { zoomAt(1 / 1.6, vb.x + vb.w / 2, vb.y + vb.h / 2); });
    zreset.addEventListener('click', resetView);

    if (D.dates.length > 0) {
      var dates = add(bar, el('div', 'dates'));
      var dl = add(dates, el('label', null, 'Network as of '));
      dl.setAttribute('for', 'explore-date');
      var range = add(dates, el('input'));
      range.type = 'range'; range.id = 'explore-date'; range.min = '0'; range.max = String(D.dates.length); range.step = '1';
      range.value = String(D.dates.length);
      dateLabel = add(dates, el('output', 'date-value', 'all dates'));
      dateLabel.setAttribute('for', 'explore-date');
      range.addEventListener('input', function () {
        dateIndex = +range.value;
        dateLabel.textContent = dateIndex < D.dates.length ? D.dateText[dateIndex] : 'all dates';
        scheduleFilters();
      });
    }

    var details = add(bar, el('details', 'filters'));
    add(details, el('summary', null, 'Filters'));
    var groups = add(details, el('div', 'filter-groups'));
    checkboxGroup(groups, 'Stakeholder kind', D.kinds, countBy(function (s) { return s.k; }, D.kinds.length),
      function (j) { return kindOn[j]; }, function (j, v) { kindOn[j] = v; });
    if (D.orgTypes.length > 0) {
      var orgNames = D.orgTypes.concat(['not an organization / no type']);
      var orgCounts = countBy(function (s) { return s.o; }, D.orgTypes.length).concat([S.filter(function (s) { return s.o < 0; }).length]);
      checkboxGroup(groups, 'Organization type', orgNames, orgCounts,
        function (j) { return j < D.orgTypes.length ? orgOn[j] : orgNoneOn; },
        function (j, v) { if (j < D.orgTypes.length) { orgOn[j] = v; } else { orgNoneOn = v; } });
    }
    var typeCounts = D.tieTypes.map(function () { return 0; });
    T.forEach(function (t) { typeCounts[t.y]++; });
    checkboxGroup(groups, 'Tie type', D.tieTypes, typeCounts, function (j) { return typeOn[j]; }, function (j, v) { typeOn[j] = v; });
    if (D.clusters.length > 0) {
      var cNames = D.clusters.map(function (c) { return c.name; });
      var cCounts = D.clusters.map(function (c) { return c.size; });
      var noCluster = S.filter(function (s) { return s.c < 0; }).length;
      if (noCluster > 0) { cNames.push('in no cluster'); cCounts.push(noCluster); }
      checkboxGroup(groups, 'Cluster', cNames, cCounts,
        function (j) { return j < D.clusters.length ? true : noClusterOn; },
        function (j, v) { if (j < D.clusters.length) { clusterOn.set(D.clusters[j].id, v); } else { noClusterOn = v; } });
    }
    var reset = add(details, el('button', 'reset', 'Show everything'));
    reset.type = 'button';
    reset.addEventListener('click', function () {
      Array.prototype.forEach.call(details.querySelectorAll('input[type=checkbox]'), function (cb) {
        if (!cb.checked) { cb.checked = true; cb.dispatchEvent(new Event('change')); }
      });
    });
    statusLine = add(bar, el('p', 'status'));
    statusLine.setAttribute('aria-live', 'polite');

    // Zoom with the wheel, pan by dragging the background, hover shows a label.
    svg.addEventListener('wheel', function (evt) {
      evt.preventDefault();
      var p = svgPoint(evt);
      zoomAt(evt.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
    }, { passive: false });
    var drag = null;
    svg.addEventListener('pointerdown', function (evt) {
      if (evt.target.tagName === 'circle' || evt.button !== 0) { return; }
      drag = { x: evt.clientX, y: evt.clientY, vx: vb.x, vy: vb.y };
      svg.setPointerCapture(evt.pointerId);
      svg.classList.add('dragging');
    });
    svg.addEventListener('pointermove', function (evt) {
      if (!drag) { return; }
      var r = svg.getBoundingClientRect();
      vb = clampView({ x: drag.vx - (evt.clientX - drag.x) / r.width * vb.w, y: drag.vy - (evt.clientY - drag.y) / r.width * vb.w, w: vb.w, h: vb.h });
      setViewBox();
    });
    function endDrag() { drag = null; svg.classList.remove('dragging'); }
    svg.addEventListener('pointerup', endDrag);
    svg.addEventListener('pointercancel', endDrag);
    svg.addEventListener('mouseover', function (evt) {
      var n = evt.target.getAttribute && evt.target.getAttribute('data-n');
      if (evt.target.tagName === 'circle' && n !== null) { hover = +n; forced.add(hover); refreshLabels(); }
    });
    svg.addEventListener('mouseout', function (evt) {
      if (evt.target.tagName === 'circle' && hover >= 0) {
        if (!pinned.has(hover)) { forced.delete(hover); }
        hover = -1; refreshLabels();
      }
    });
    svg.addEventListener('click', function (evt) {
      if (evt.target.tagName !== 'circle') { return; }
      var n = +evt.target.getAttribute('data-n');
      var members = nodeMembers[n] || [];
      if (members.length === 1) { openPanel(members[0], evt.target); } else if (members.length > 1) { openGroup(n, evt.target); }
    });
    window.addEventListener('beforeprint', resetView);
  }
  var hover = -1;
  var pinned = new Set();

  // ---- search ----
  var index = S.map(function (s) {
    return { name: s.n.toLowerCase(), other: (s.a || []).join('\u0001').toLowerCase() + '\u0001' + s.id.toLowerCase() };
  });
  var searchInput = null, results = null, searchTimer = 0;
  function search(q) {
    q = q.trim().toLowerCase();
    var hits = [];
    if (q.length === 0) { return hits; }
    for (var i = 0; i < index.length; i++) {
      var x = index[i], score = -1;
      var at = x.name.indexOf(q);
      if (at === 0) { score = 0; } else if (at > 0) { score = x.name.charAt(at - 1) === ' ' ? 1 : 2; } else if (x.other.indexOf(q) >= 0) { score = 3; }
      if (score >= 0) { hits.push([score, S[i].r, i]); }
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    return hits.map(function (h) { return h[2]; });
  }
  var searchHits = new Set();
  function clearHits() {
    searchHits.forEach(function (n) { if (circles[n]) { circles[n].classList.remove('hit'); } if (!pinned.has(n)) { forced.delete(n); } });
    searchHits = new Set();
  }
  function showResults() {
    var hits = search(searchInput.value);
    results.textContent = '';
    clearHits();
    if (searchInput.value.trim().length === 0) { results.hidden = true; refreshLabels(); return; }
    results.hidden = false;
    if (hits.length === 0) {
      add(results, el('li', 'none', 'No stakeholder matches.'));
    }
    hits.slice(0, 12).forEach(function (i) {
      var li = add(results, el('li'));
      var b = add(li, el('button', 'result'));
      b.type = 'button';
      add(b, el('span', 'name', S[i].n));
      var meta = D.kinds[S[i].k] + (S[i].o >= 0 ? ' · ' + D.orgTypes[S[i].o] : '') + (S[i].c >= 0 ? ' · ' + clusterName(S[i].c) : '');
      add(b, el('span', 'meta', meta));
      b.addEventListener('click', function () { results.hidden = true; clearHits(); openPanel(i, searchInput); });
      b.addEventListener('keydown', function (evt) {
        if (evt.key === 'ArrowDown' && li.nextSibling) { evt.preventDefault(); li.nextSibling.querySelector('button').focus(); }
        if (evt.key === 'ArrowUp') { evt.preventDefault(); if (li.previousSibling) { li.previousSibling.querySelector('button').focus(); } else { searchInput.focus(); } }
      });
    });
    if (hits.length > 12) { add(results, el('li', 'more', (hits.length - 12) + ' more: type more of the name.')); }
    hits.slice(0, 200).forEach(function (i) {
      var n = S[i].d;
      if (n >= 0 && circles[n] && nodeMembers[n].length === 1) { circles[n].classList.add('hit'); searchHits.add(n); forced.add(n); }
    });
    refreshLabels();
  }
  function buildSearch() {
    var header = document.querySelector('body > header');
    if (!header) { return; }
    var box = el('div', 'search ui');
    var lab = add(box, el('label', null, 'Find a stakeholder'));
    lab.setAttribute('for', 'explore-search');
    searchInput = add(box, el('input'));
    searchInput.type = 'search';
    searchInput.id = 'explore-search';
    searchInput.setAttribute('placeholder', 'name, other name or id');
    searchInput.setAttribute('autocomplete', 'off');
    searchInput.setAttribute('aria-controls', 'explore-results');
    results = add(box, el('ul', 'results'));
    results.id = 'explore-results';
    results.hidden = true;
    header.appendChild(box);
    searchInput.addEventListener('focus', function () { if (searchInput.value.trim()) { showResults(); } });
    searchInput.addEventListener('input', function () {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(function () { searchTimer = 0; showResults(); }, 60);
    });
    searchInput.addEventListener('keydown', function (evt) {
      if (evt.key === 'Enter') {
        clearTimeout(searchTimer); searchTimer = 0; showResults();
        var first = results.querySelector('button');
        if (first) { first.click(); }
      } else if (evt.key === 'ArrowDown') {
        if (searchTimer) { clearTimeout(searchTimer); searchTimer = 0; showResults(); }
        var b = results.querySelector('button');
        if (b) { evt.preventDefault(); b.focus(); }
      }
    });
  }
  function clusterName(id) {
    for (var j = 0; j < D.clusters.length; j++) { if (D.clusters[j].id === id) { return D.clusters[j].name; } }
    return 'cluster ' + (id + 1);
  }
  function clusterColor(id) {
    for (var j = 0; j < D.clusters.length; j++) { if (D.clusters[j].id === id) { return D.clusters[j].color; } }
    return null;
  }

  // ---- the stakeholder panel ----
  var panel = null, panelBody = null, returnFocus = null, openIndex = -1;
  function buildPanel() {
    panel = el('aside', 'panel ui');
    panel.id = 'explore-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.setAttribute('aria-labelledby', 'explore-panel-title');
    panel.hidden = true;
    var close = add(panel, el('button', 'close', '×'));
    close.type = 'button';
    close.setAttribute('aria-label', 'Close the panel');
    close.addEventListener('click', closePanel);
    panelBody = add(panel, el('div', 'panel-body'));
    document.body.appendChild(panel);
  }
  function highlight(i) {
    if (!svg) { return; }
    Array.prototype.forEach.call(svg.querySelectorAll('.nb, .sel, .nbl'), function (e) { e.classList.remove('nb'); e.classList.remove('sel'); e.classList.remove('nbl'); });
    pinned.forEach(function (n) { forced.delete(n); });
    pinned = new Set();
    if (i < 0) { svg.classList.remove('focus'); refreshLabels(); return; }
    svg.classList.add('focus');
    var self = S[i].d;
    if (self >= 0 && circles[self]) { circles[self].classList.add('nb'); circles[self].classList.add('sel'); pinned.add(self); }
    tiesOf[i].forEach(function (k) {
      var t = T[k], other = t.s === i ? t.t : t.s, n = S[other].d;
      if (n >= 0 && circles[n]) { circles[n].classList.add('nb'); pinned.add(n); }
      if (t.l >= 0 && lines[t.l]) { lines[t.l].classList.add('nb'); }
    });
    pinned.forEach(function (n) { forced.add(n); if (labels[n]) { labels[n].classList.add('nbl'); } });
    focusView(pinned);
    refreshLabels();
  }
  function section(parent, title) {
    var s = add(parent, el('section'));
    add(s, el('h3', null, title));
    return s;
  }
  function openPanel(i, from) {
    if (!panel) { return; }
    if (from !== undefined && from !== null) { returnFocus = from; } else if (openIndex < 0) { returnFocus = document.activeElement; }
    openIndex = i;
    var s = S[i];
    panelBody.textContent = '';
    var h = add(panelBody, el('h2', null, s.n));
    h.id = 'explore-panel-title';
    h.tabIndex = -1;
    var meta = add(panelBody, el('p', 'meta'));
    add(meta, document.createTextNode(D.kinds[s.k] + (s.o >= 0 ? ' · ' + D.orgTypes[s.o] : '')));
    if (s.c >= 0) {
      add(meta, document.createTextNode(' · '));
      var sw = add(meta, el('span', 'dot'));
      var color = clusterColor(s.c);
      if (color) { sw.style.backgroundColor = color; }
      add(meta, document.createTextNode(clusterName(s.c)));
    }
    var idLine = add(panelBody, el('p', 'id'));
    add(idLine, document.createTextNode('id '));
    add(idLine, el('code', null, s.id));
    if (s.a && s.a.length) { add(panelBody, el('p', 'aliases', 'Also known as: ' + s.a.join('; '))); }
    if (s.t && s.t.length) {
      var st = section(panelBody, 'Titles and affiliations');
      var ul = add(st, el('ul'));
      s.t.forEach(function (x) { add(ul, el('li', null, x)); });
    }
    var byType = new Map();
    tiesOf[i].forEach(function (k) {
      var y = T[k].y;
      if (!byType.has(y)) { byType.set(y, []); }
      byType.get(y).push(k);
    });
    var typeOrder = Array.from(byType.keys()).sort(function (a, b) { return byType.get(b).length - byType.get(a).length || (D.tieTypes[a] < D.tieTypes[b] ? -1 : 1); });
    var stt = section(panelBody, 'Ties (' + tiesOf[i].length + ')');
    if (typeOrder.length === 0) { add(stt, el('p', 'note', 'No ties.')); }
    typeOrder.forEach(function (y) {
      var ks = byType.get(y);
      add(stt, el('h4', 'tie-type', D.tieTypes[y] + ' (' + ks.length + ')'));
      var ul = add(stt, el('ul', 'ties'));
      ks.forEach(function (k) {
        var t = T[k], out = t.s === i, other = out ? t.t : t.s;
        var li = add(ul, el('li'));
        var head = add(li, el('p', 'tie'));
        add(head, el('span', 'dir', out ? '→ ' : '← '));
        add(head, stakeholderLink(other));
        if (t.role) { add(head, el('span', 'role', ' as ' + t.role)); }
        if (t.p) { add(head, el('span', 'period', ' (' + t.p + ')')); }
        (t.q || []).forEach(function (q) {
          var bq = add(li, el('blockquote'));
          add(bq, el('p', null, q[1]));
          var foot = add(bq, el('footer'));
          add(foot, document.createTextNode('— '));
          var doc = docs[q[0]] || { t: '', u: null };
          var url = safeUrl(doc.u);
          if (url) {
            var link = add(foot, el('a', null, doc.t));
            link.setAttribute('href', url);
            link.setAttribute('rel', 'noopener noreferrer');
          } else {
            add(foot, document.createTextNode(doc.t));
          }
        });
        if (!t.q || t.q.length === 0) { add(li, el('p', 'note', 'No quote recorded for this tie.')); }
      });
    });
    if (s.rk && s.rk.length) {
      var sr = section(panelBody, 'Ranks');
      var table = add(sr, el('table', 'ranks'));
      var hr = add(add(table, el('thead')), el('tr'));
      ['Measure', 'Value', 'Rank', 'Stable range'].forEach(function (x, j) { add(hr, el('th', j > 0 ? 'num' : null, x)); });
      var tb = add(table, el('tbody'));
      s.rk.forEach(function (r) {
        var m = D.measures[r[0]], lo = r.length > 3 ? r[3] : null, hi = r.length > 4 ? r[4] : null;
        var tr = add(tb, el('tr'));
        add(tr, el('td', null, m[0]));
        add(tr, el('td', 'num', fmt(r[1])));
        add(tr, el('td', 'num', r[2] + ' of ' + m[1]));
        add(tr, el('td', 'num', lo == null || hi == null ? '–' : (Math.round(lo) === Math.round(hi) ? String(Math.round(lo)) : Math.round(lo) + '–' + Math.round(hi))));
      });
      add(sr, el('p', 'note', 'Rank 1 is the highest. The stable range is where the rank fell when the ties were resampled.'));
    }
    if (s.bc > 0) {
      var sb = section(panelBody, 'Brokers between');
      add(sb, el('p', null, 'Sits between ' + s.bc + ' pair' + (s.bc === 1 ? '' : 's') + ' of stakeholders that have no tie to each other.'));
      var pl = add(sb, el('ul', 'pairs'));
      (s.bp || []).forEach(function (p) {
        var li = add(pl, el('li'));
        add(li, stakeholderLink(p[0]));
        add(li, document.createTextNode(' ↔ '));
        add(li, stakeholderLink(p[1]));
        add(li, el('span', 'groups', ' (' + D.groups[p[2]] + ' ↔ ' + D.groups[p[3]] + ')'));
        if (p[4] === 0) { add(li, el('span', 'only', ' only link')); }
      });
    }
    panel.hidden = false;
    root.classList.add('panel-open');
    highlight(i);
    var hash = '#' + encodeURIComponent(s.id);
    if (location.hash !== hash) { history.replaceState(null, '', hash); }
    h.focus();
  }
  function openGroup(n, from) {
    if (!panel) { return; }
    returnFocus = from || document.activeElement;
    openIndex = -1;
    panelBody.textContent = '';
    var title = circles[n].querySelector('title');
    var h = add(panelBody, el('h2', null, title ? title.textContent.split('\n')[0] : 'Group'));
    h.id = 'explore-panel-title';
    h.tabIndex = -1;
    var members = nodeMembers[n].slice().sort(function (a, b) { return S[a].r - S[b].r; });
    add(panelBody, el('p', 'note', members.length + ' stakeholders drawn as this one circle, highest ranked first.'));
    var ul = add(panelBody, el('ul', 'members'));
    members.slice(0, 300).forEach(function (i) { add(add(ul, el('li')), stakeholderLink(i)); });
    if (members.length > 300) { add(panelBody, el('p', 'note', (members.length - 300) + ' more: use the search box.')); }
    panel.hidden = false;
    root.classList.add('panel-open');
    highlight(-1);
    h.focus();
  }
  function closePanel() {
    if (!panel || panel.hidden) { return; }
    panel.hidden = true;
    root.classList.remove('panel-open');
    openIndex = -1;
    highlight(-1);
    if (viewBeforePanel !== null) { vb = viewBeforePanel; viewBeforePanel = null; setViewBox(); }
    if (location.hash) { history.replaceState(null, '', location.pathname + location.search); }
    if (returnFocus && returnFocus.focus && document.contains(returnFocus)) { returnFocus.focus(); }
    returnFocus = null;
  }
  function fromHash() {
    var raw = location.hash.slice(1);
    if (!raw) { return; }
    var id;
    try { id = decodeURIComponent(raw); } catch (e) { return; }
    var i = byId.get(id);
    if (i !== undefined && i !== openIndex) { openPanel(i, document.activeElement); }
  }

  buildSearch();
  buildToolbar();
  buildPanel();
  if (svg) { setViewBox(); }
  applyFilters();
  document.addEventListener('keydown', function (evt) {
    if (evt.key === 'Escape') {
      if (panel && !panel.hidden) { closePanel(); } else if (results && !results.hidden) { searchInput.value = ''; showResults(); searchInput.focus(); }
    }
  });
  // Names in the report's sections: links (a.sh, href="#id") and spans (.stakeholder[data-id]) open the panel.
  Array.prototype.forEach.call(document.querySelectorAll('.stakeholder[data-id]'), function (e) {
    if (byId.has(e.getAttribute('data-id'))) { e.tabIndex = 0; e.setAttribute('role', 'link'); }
  });
  function nameTarget(evt) {
    var a = evt.target.closest ? evt.target.closest('a.sh, .stakeholder[data-id]') : null;
    if (!a) { return null; }
    var id = a.getAttribute('data-id');
    if (id === null) {
      try { id = decodeURIComponent((a.getAttribute('href') || '').slice(1)); } catch (e) { return null; }
    }
    var i = byId.get(id);
    return i === undefined ? null : { el: a, i: i };
  }
  document.addEventListener('click', function (evt) {
    var hit = nameTarget(evt);
    if (hit) { evt.preventDefault(); openPanel(hit.i, panel.contains(hit.el) ? returnFocus : hit.el); }
  });
  document.addEventListener('keydown', function (evt) {
    if (evt.key !== 'Enter' || !evt.target.classList || !evt.target.classList.contains('stakeholder')) { return; }
    var hit = nameTarget(evt);
    if (hit) { evt.preventDefault(); openPanel(hit.i, hit.el); }
  });
  window.addEventListener('hashchange', fromHash);
  fromHash();
  root.setAttribute('data-explore', 'ready');
  if (window.performance && performance.mark) { performance.mark('explore-ready'); }
  }
})();
