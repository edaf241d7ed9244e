// Shared by the console's modules: DOM helpers, the console's state, messages and the control key.
// Plain ES modules, no build step and nothing from another origin: the machine running a world may be offline.
// Every text goes in through textContent, never as markup.
export const svgNs = 'http://www.w3.org/2000/svg';

const keyStorage = 'xdt-control-key';

/** The operator's key (kept for this tab), the map's layout, the status readings for traffic shares. */
export const state = { key: sessionStorage.getItem(keyStorage) || '', layout: null, readings: [] };

// The control API's header name comes from the page, which the edge fills from the constant the API checks.
export const controlHeader = document.body.dataset.controlHeader;

export const $ = (selector) => document.querySelector(selector);

export const svg = (name, attributes = {}) => {
  const node = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
};

export const html = (name, text, attributes = {}) => {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
  return node;
};

// ---- the control key: entered once, kept for this tab only ----
function showKeyState() {
  const box = $('#key-state');
  box.textContent = state.key ? 'key entered (kept for this tab)' : 'no key entered';
  box.classList.toggle('set', !!state.key);
}

export function setupKey() {
  showKeyState();
  $('#key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.key = $('#control-key').value;
    sessionStorage.setItem(keyStorage, state.key);
    $('#control-key').value = '';
    showKeyState();
  });
}

// ---- messages ----
export function showError(text) {
  const box = $('#console-error');
  box.textContent = text;
  box.hidden = false;
  $('#console-done').hidden = true;
}

export function showDone(text) {
  const box = $('#console-done');
  box.textContent = text;
  box.hidden = false;
  $('#console-error').hidden = true;
}

// The control API answers errors as problem details: title and detail say what went wrong in words.
export async function problemText(response) {
  let text = `${response.status} ${response.statusText}`;
  try {
    const problem = await response.json();
    text = `${problem.title || response.statusText} (${response.status})${problem.detail ? ': ' + problem.detail : ''}`;
  } catch {
    // Not problem details (e.g. a proxy's page): the status line is all there is.
  }
  return text;
}
