// The map: regions placed by the edge (GET /_xdt/console/map), coloured by health, sized by traffic share.
import { $, state, svg } from './console-core.js';

// Traffic share is taken over a sliding window: one second of a handful of requests would flicker.
const shareWindowMs = 10000;

export function drawMap(layout) {
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
  state.readings.push({ at: now, requests: Object.fromEntries(status.regions.map((r) => [r.name, r.requests])) });
  while (state.readings.length > 2 && now - state.readings[0].at > shareWindowMs) state.readings.shift();
  const first = state.readings[0].requests;
  const last = state.readings[state.readings.length - 1].requests;
  const delta = Object.fromEntries(Object.keys(last).map((name) => [name, Math.max(0, last[name] - (first[name] ?? 0))]));
  const total = Object.values(delta).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.keys(delta).map((name) => [name, total > 0 ? delta[name] / total : 0]));
}

function lagText(lag) {
  if (!lag) return 'lag –';
  if (lag.state === 'rebuilding') return `rebuilding${lag.rebuildProgress != null ? ' ' + Math.round(lag.rebuildProgress * 100) + ' %' : ''}`;
  // Heartbeat-driven, like xdt_replicator_lag_milliseconds: an idle region reads milliseconds, not the age of its
  // newest heartbeat (lagMs, a saw-tooth up to one heartbeat interval).
  return lag.heartbeatLagMs == null ? 'lag –' : `lag ${Math.round(lag.heartbeatLagMs)} ms`;
}

export function updateMap(status) {
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
