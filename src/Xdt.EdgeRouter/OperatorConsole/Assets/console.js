// The operator console: polls the edge's status JSON every second (map, actions) and its status tables, redraws the
// charts every few seconds, and wires the operator's actions. The parts live in the console-*.js modules.
import { $, setupKey, showError, state } from './console-core.js';
import { drawMap, updateMap } from './console-map.js';
import { setupActions, updateActions } from './console-actions.js';
import { refreshCharts } from './console-charts.js';

const statusEvery = 1000;
const chartsEvery = 5000;

let polling = false;
async function refreshStatus() {
  if (polling) return;
  polling = true;
  try {
    const [statusResponse, tablesResponse] = await Promise.all([fetch('/_xdt/status'), fetch('/_xdt/console/tables')]);
    if (!statusResponse.ok) throw new Error(await problemText(statusResponse));
    const status = await statusResponse.json();
    if (state.layout) updateMap(status);
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

async function start() {
  setupKey();
  setupActions(refreshStatus);
  try {
    const response = await fetch('/_xdt/console/map');
    state.layout = await response.json();
    drawMap(state.layout);
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
