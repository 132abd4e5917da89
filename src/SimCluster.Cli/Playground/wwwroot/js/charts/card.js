// A chart card: toolbar (selectors, log toggle, Download CSV), the ECharts container with its
// data-chart hook, and a caption saying how to read it. A card redraws itself from the last
// builder it was given whenever one of its own tools changes.
import { setCsvLink } from '../csv.js';

export const registry = () => (window.simcluster.charts);

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}

export class ChartCard {
  constructor(parent, { name, caption, log, wide, height }) {
    this.name = name;
    this.root = el('section', { class: 'card' + (wide ? ' wide' : '') });
    this.tools = el('div', { class: 'chart-tools' });
    this.chartEl = el('div', { class: 'chart', 'data-chart': name });
    if (height) this.chartEl.style.height = `${height}px`;
    this.caption = el('p', { class: 'caption' }, caption);
    this.selects = {};
    if (log != null) {
      const label = el('label', { class: 'log-toggle' });
      this.logInput = el('input', { type: 'checkbox', 'data-log': name });
      this.logInput.checked = log === true;
      label.append(this.logInput, document.createTextNode(' log scale'));
      this.logInput.addEventListener('change', () => this.redraw());
      this.tools.append(label);
    }
    this.csv = el('a', { class: 'csv', href: '#', 'data-csv': name }, 'Download CSV');
    this.tools.append(this.csv);
    this.root.append(this.tools, this.chartEl, this.caption);
    parent.append(this.root);
  }

  get log() { return this.logInput ? this.logInput.checked : false; }

  // A labelled <select>; its value is read by the builder as card.selects[id].value.
  addSelect(id, label, options, value) {
    let sel = this.selects[id];
    if (!sel) {
      const wrap = el('label', { class: 'tool-select' }, `${label} `);
      sel = el('select', { 'data-select': `${this.name}-${id}` });
      wrap.append(sel);
      this.tools.prepend(wrap);
      sel.addEventListener('change', () => this.redraw());
      this.selects[id] = sel;
    }
    const keep = value ?? sel.value;
    sel.replaceChildren(...options.map(o => el('option', { value: o.value ?? o }, o.label ?? o)));
    if (options.some(o => (o.value ?? o) === keep)) sel.value = keep;
    return sel;
  }

  // builder(card) -> {option, csv: {header, rows}}
  draw(builder) {
    this.builder = builder;
    this.redraw();
  }

  redraw() {
    if (!this.builder || !this.root.isConnected) return;
    const { option, csv } = this.builder(this);
    if (!this.chart) {
      this.chart = echarts.init(this.chartEl, null, { renderer: 'canvas' });
      registry()[this.name] = this.chart;
    }
    this.chart.setOption(option, { notMerge: true });
    if (csv) setCsvLink(this.csv, `${this.name}.csv`, csv.header, csv.rows);
  }

  resize() { if (this.chart) this.chart.resize(); }
}
