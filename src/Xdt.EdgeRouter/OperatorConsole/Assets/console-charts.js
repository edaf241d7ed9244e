// The charts: series the edge read from Prometheus with a fixed query, already scaled, drawn as SVG polylines.
import { $, html, problemText, state, svg } from './console-core.js';

// One colour per region, by its place among all nine, so a region keeps its colour in every world.
const palette = ['#d62728', '#ff7f0e', '#8c564b', '#1f77b4', '#2ca02c', '#17becf', '#9467bd', '#e377c2', '#7f7f7f'];

function regionColour(name) {
  const index = state.layout ? state.layout.regions.findIndex((r) => r.name === name) : -1;
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

export async function refreshCharts() {
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
