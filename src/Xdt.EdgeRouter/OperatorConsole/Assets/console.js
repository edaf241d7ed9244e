'use strict';
// The operator console. Plain script, no build step and nothing from another origin: the machine running a world may
// be offline. It polls the edge's status JSON every second (map, actions) and its status tables, redraws the charts
// from the edge's fixed Prometheus queries every few seconds, and sends operator actions to the control API with the
// key the operator entered. Every text goes in through textContent, never as markup.
(() => {
  const svgNs = 'http://www.w3.org/2000/svg';
  const controlHeader = document.body.dataset.controlHeader;
  const statusEvery = 1000;
  const chartsEvery = 5000;
  // Traffic share is taken over a sliding window: one second of a handful of requests would flicker.
  const shareWindowMs = 10000;
  // One colour per region, by its place among all nine, so a region keeps its colour in every world.
  const palette = ['#d62728', '#ff7f0e', '#8c564b', '#1f77b4', '#2ca02c', '#17becf', '#9467bd', '#e377c2', '#7f7f7f'];

  const keyStorage = 'xdt-control-key';
  const console_ = { key: sessionStorage.getItem(keyStorage) || '', layout: null, readings: [], actionsBuilt: false };

  const $ = (selector) => document.querySelector(selector);
  const svg = (name, attributes = {}) => {
    const node = document.createElementNS(svgNs, name);
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    return node;
  };
  const html = (name, text, attributes = {}) => {
    const node = document.createElement(name);
    if (text !== undefined) node.textContent = text;
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    return node;
  };

  // ---- the control key: entered once, kept for this tab only ----
  function showKeyState() {
    const state = $('#key-state');
    state.textContent = console_.key ? 'key entered (kept for this tab)' : 'no key entered';
    state.classList.toggle('set', !!console_.key);
  }

  $('#key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    console_.key = $('#control-key').value;
    sessionStorage.setItem(keyStorage, console_.key);
    $('#control-key').value = '';
    showKeyState();
  });

  // ---- messages ----
  function showError(text) {
    const box = $('#console-error');
    box.textContent = text;
    box.hidden = false;
    $('#console-done').hidden = true;
  }

  function showDone(text) {
    const box = $('#console-done');
    box.textContent = text;
    box.hidden = false;
    $('#console-error').hidden = true;
  }

  // The control API answers errors as problem details: title and detail say what went wrong in words.
  async function problemText(response) {
    let text = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      text = `${problem.title || response.statusText} (${response.status})${problem.detail ? ': ' + problem.detail : ''}`;
    } catch {
      // Not problem details (e.g. a proxy's page): the status line is all there is.
    }
    return text;
  }

  // ---- the map ----
  function drawMap(layout) {
    const map = $('#map');
    map.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
    map.replaceChildren();
    for (const ring of layout.land) map.append(svg('polygon', { class: 'land', points: ring }));
    layout.regions.forEach((r) => {
      const group = svg('g', { class: 'region', 'data-region': r.name, 'data-health': r.active ? 'unknown' : 'inactive' });
      const marker = svg('circle', { class: 'marker', cx: r.at.x, cy: r.at.y, r: 7 });
      marker.append(svg('title'));
      const label = svg('text', { x: r.label.text.x, y: r.label.text.y, 'text-anchor': r.label.anchor });
      const name = svg('tspan', { class: 'name' });
      name.textContent = r.displayName;
      const detail = svg('tspan', { class: 'detail', x: r.label.text.x, dy: 13 });
      detail.textContent = r.active ? '…' : 'not in this world';
      label.append(name, detail);
      group.append(marker, label);
      map.append(group);
    });
  }

  // Share of the requests of the last ten seconds, per region, from the edge's running counts.
  function trafficShares(status) {
    const now = Date.now();
    console_.readings.push({ at: now, requests: Object.fromEntries(status.regions.map((r) => [r.name, r.requests])) });
    while (console_.readings.length > 2 && now - console_.readings[0].at > shareWindowMs) console_.readings.shift();
    const first = console_.readings[0].requests;
    const last = console_.readings[console_.readings.length - 1].requests;
    const delta = Object.fromEntries(Object.keys(last).map((name) => [name, Math.max(0, last[name] - (first[name] ?? 0))]));
    const total = Object.values(delta).reduce((a, b) => a + b, 0);
    return Object.fromEntries(Object.keys(delta).map((name) => [name, total > 0 ? delta[name] / total : 0]));
  }

  function lagText(lag) {
    if (!lag) return 'lag –';
    if (lag.state === 'rebuilding') return `rebuilding${lag.rebuildProgress != null ? ' ' + Math.round(lag.rebuildProgress * 100) + ' %' : ''}`;
    return lag.lagMs == null ? 'lag –' : `lag ${Math.round(lag.lagMs)} ms`;
  }

  function updateMap(status) {
    const shares = trafficShares(status);
    for (const r of status.regions) {
      const group = document.querySelector(`#map .region[data-region="${CSS.escape(r.name)}"]`);
      if (!group) continue;
      const share = shares[r.name] ?? 0;
      group.dataset.health = r.health;
      group.dataset.replica = r.lag ? r.lag.state : '';
      group.dataset.share = share.toFixed(3);
      const marker = group.querySelector('.marker');
      // At most the clearance the server's label placement keeps around a marker (LabelPlacer.MarkerClearance).
      marker.setAttribute('r', (5 + 9 * share).toFixed(1));
      marker.querySelector('title').textContent = `${r.displayName}: ${r.health}${r.reason ? ' (' + r.reason + ')' : ''}`;
      group.querySelector('.detail').textContent = `${lagText(r.lag)} · ${Math.round(share * 100)} %`;
    }
  }

  // ---- the actions ----
  const actions = {
    withdraw: (region) => ['POST', `/_xdt/control/regions/${encodeURIComponent(region)}/fail`, null, `withdraw ${region}`],
    restore: (region) => ['POST', `/_xdt/control/regions/${encodeURIComponent(region)}/heal`, null, `restore ${region}`],
    drain: (region) => ['POST', `/_xdt/control/regions/${encodeURIComponent(region)}/drain`, null, `drain ${region}`],
    undrain: (region) => ['POST', `/_xdt/control/regions/${encodeURIComponent(region)}/undrain`, null, `undrain ${region}`],
    'cut-off': (region) => ['POST', `/_xdt/control/regions/${encodeURIComponent(region)}/cut-off`, null, `cut ${region} off from Kafka`],
    reconnect: (region) => ['POST', `/_xdt/control/regions/${encodeURIComponent(region)}/reconnect`, null, `reconnect ${region} to Kafka`],
    shift: () => {
      const body = { from: $('#shift-from').value, to: $('#shift-to').value, percent: Number($('#shift-percent').value) };
      return ['PUT', '/_xdt/control/shifts', body, `shift ${body.percent} % of ${body.from} to ${body.to}`];
    },
    unshift: () => ['DELETE', `/_xdt/control/shifts/${encodeURIComponent($('#shift-from').value)}`, null, `remove the shift from ${$('#shift-from').value}`],
    'latency-on': () => ['POST', '/_xdt/control/latency-simulation/on', null, 'switch latency simulation on'],
    'latency-off': () => ['POST', '/_xdt/control/latency-simulation/off', null, 'switch latency simulation off'],
    reset: () => ['POST', '/_xdt/control/reset', null, 'reset every operator change'],
  };

  async function act(name, region) {
    const [method, path, body, what] = actions[name](region);
    const headers = {};
    if (console_.key) headers[controlHeader] = console_.key;
    if (body) headers['Content-Type'] = 'application/json';
    try {
      const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined });
      if (!response.ok) {
        showError(`Could not ${what}: ${await problemText(response)}`);
        return;
      }
      showDone(`Done: ${what}.`);
    } catch (error) {
      showError(`Could not ${what}: the edge did not answer (${error.message}).`);
    }
    refreshStatus();
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || button.type === 'submit') return;
    act(button.dataset.action, button.dataset.region);
  });

  $('#shift-form').addEventListener('submit', (event) => {
    event.preventDefault();
    act('shift');
  });

  function buildActions(status) {
    const body = $('#actions tbody');
    for (const r of status.regions) {
      const row = html('tr', undefined, { 'data-region': r.name });
      row.append(html('td', r.displayName), html('td', r.health, { class: 'health' }));
      for (const [action, label] of [['withdraw', 'Withdraw'], ['restore', 'Restore'], ['drain', 'Drain'], ['undrain', 'Undrain'],
        ['cut-off', 'Cut off'], ['reconnect', 'Reconnect']]) {
        const cell = html('td');
        cell.append(html('button', label, { type: 'button', 'data-action': action, 'data-region': r.name }));
        row.append(cell);
      }
      body.append(row);
      $('#shift-from').append(html('option', r.displayName, { value: r.name }));
      $('#shift-to').append(html('option', r.displayName, { value: r.name }));
    }
    if (status.regions.length > 1) $('#shift-to').selectedIndex = 1;
    console_.actionsBuilt = true;
  }

  function updateActions(status) {
    if (!console_.actionsBuilt) buildActions(status);
    for (const r of status.regions) {
      const cell = document.querySelector(`#actions tr[data-region="${CSS.escape(r.name)}"] .health`);
      if (!cell) continue;
      cell.textContent = r.health;
      cell.className = `health ${r.health}`;
    }
    $('#latency-state').textContent = status.latencySimulation ? 'on' : 'off';
  }

  // ---- status polling ----
  let polling = false;
  async function refreshStatus() {
    if (polling) return;
    polling = true;
    try {
      const [statusResponse, tablesResponse] = await Promise.all([fetch('/_xdt/status'), fetch('/_xdt/console/tables')]);
      if (!statusResponse.ok) throw new Error(await problemText(statusResponse));
      const status = await statusResponse.json();
      if (console_.layout) updateMap(status);
      updateActions(status);
      // The tables come rendered (and encoded) by the edge itself, the same markup as without the script.
      if (tablesResponse.ok) $('#tables').innerHTML = await tablesResponse.text();
      $('#summary').textContent = `${new Date(status.now).toLocaleTimeString()} · alerts ${status.alerts.state}` +
        ` · latency simulation ${status.latencySimulation ? 'on' : 'off'}${status.centralized ? ' · centralized' : ''}`;
    } catch (error) {
      $('#summary').textContent = `The edge did not answer: ${error.message}`;
    } finally {
      polling = false;
    }
  }

  // ---- charts ----
  function regionColour(name) {
    const index = console_.layout ? console_.layout.regions.findIndex((r) => r.name === name) : -1;
    return palette[index >= 0 ? index % palette.length : 0];
  }

  function drawChart(figure, chart) {
    figure.querySelector('figcaption').textContent = chart.title;
    const note = figure.querySelector('.chart-note');
    const plot = figure.querySelector('svg');
    plot.replaceChildren();
    figure.dataset.state = chart.state;
    if (chart.state !== 'ok') {
      plot.setAttribute('hidden', '');
      note.className = 'chart-note unavailable';
      note.textContent = `No chart: ${chart.reason}`;
      return;
    }
    plot.removeAttribute('hidden');
    plot.setAttribute('viewBox', `-44 -8 ${chart.width + 52} ${chart.height + 24}`);
    const axis = (x, y, text, anchor) => {
      const t = svg('text', { class: 'axis', x, y, 'text-anchor': anchor });
      t.textContent = text;
      plot.append(t);
    };
    plot.append(svg('rect', { x: 0, y: 0, width: chart.width, height: chart.height, fill: 'none', stroke: '#ddd' }));
    axis(-4, 4, `${chart.yMax} ${chart.unit}`, 'end');
    axis(-4, chart.height, `0`, 'end');
    axis(0, chart.height + 14, `−${chart.windowMinutes} min`, 'start');
    axis(chart.width, chart.height + 14, 'now', 'end');
    if (chart.thresholdY != null) {
      plot.append(svg('line', { class: 'threshold', x1: 0, x2: chart.width, y1: chart.thresholdY, y2: chart.thresholdY }));
      axis(-4, chart.thresholdY + 3, `${chart.threshold}`, 'end');
    }
    for (const line of chart.lines) {
      for (const points of line.segments) {
        plot.append(svg('polyline', { points, stroke: regionColour(line.region), 'data-region': line.region }));
      }
    }
    note.className = 'chart-note';
    note.replaceChildren();
    if (chart.lines.length === 0) note.textContent = 'No data in this window yet.';
    for (const line of chart.lines) {
      const entry = html('span', `■ ${line.region} ${line.last != null ? line.last + ' ' + chart.unit : '–'}   `);
      entry.style.color = regionColour(line.region);
      note.append(entry);
    }
    if (chart.thresholdY == null) note.append(html('span', `(SLO ${chart.threshold} ${chart.unit}: above the chart)`));
  }

  async function refreshCharts() {
    for (const figure of document.querySelectorAll('figure.chart')) {
      try {
        const response = await fetch(`/_xdt/console/charts/${encodeURIComponent(figure.dataset.chart)}`);
        if (!response.ok) throw new Error(await problemText(response));
        drawChart(figure, await response.json());
      } catch (error) {
        drawChart(figure, { title: figure.dataset.chart, state: 'unavailable', reason: error.message });
      }
    }
  }

  // ---- start ----
  async function start() {
    showKeyState();
    try {
      const response = await fetch('/_xdt/console/map');
      console_.layout = await response.json();
      drawMap(console_.layout);
    } catch (error) {
      showError(`The map could not be loaded: ${error.message}`);
    }
    // setTimeout after each answer rather than setInterval: a slow edge is not sent a pile of overlapping polls.
    const loop = async (work, every) => {
      await work();
      setTimeout(() => loop(work, every), every);
    };
    loop(refreshStatus, statusEvery);
    loop(refreshCharts, chartsEvery);
  }

  start();
})();
