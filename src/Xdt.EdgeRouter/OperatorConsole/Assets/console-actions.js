// The operator's actions: buttons that call the key-protected control API and say what happened, in words.
import { $, controlHeader, html, problemText, showDone, showError, state } from './console-core.js';

let built = false;

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
  if (state.key) headers[controlHeader] = state.key;
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
  afterAction();
}

let afterAction = () => {};

/** Wires the buttons; `refresh` runs after each action so its effect shows at once. */
export function setupActions(refresh) {
  afterAction = refresh;
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button || button.type === 'submit') return;
    act(button.dataset.action, button.dataset.region);
  });
  $('#shift-form').addEventListener('submit', (event) => {
    event.preventDefault();
    act('shift');
  });
}

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
  built = true;
}

export function updateActions(status) {
  if (!built) buildActions(status);
  for (const r of status.regions) {
    const cell = document.querySelector(`#actions tr[data-region="${CSS.escape(r.name)}"] .health`);
    if (!cell) continue;
    cell.textContent = r.health;
    cell.className = `health ${r.health}`;
  }
  $('#latency-state').textContent = status.latencySimulation ? 'on' : 'off';
}
