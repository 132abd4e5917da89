// The controls panel: one collapsible group per model part, each control a slider plus a number
// box (log-mapped when scale == "log"), with its unit, range, help, source and a reset.
import { escapeHtml, withUnit } from './format.js';

const STEPS = 1000; // slider resolution

function sliderMap(c) {
  if (c.scale === 'log' && c.min > 0 && c.max > 0) {
    const a = Math.log10(c.min), b = Math.log10(c.max);
    return {
      toSlider: v => Math.round(((Math.log10(Math.max(v, c.min)) - a) / (b - a)) * STEPS),
      fromSlider: s => Number((10 ** (a + (s / STEPS) * (b - a))).toPrecision(3)),
    };
  }
  return {
    toSlider: v => Math.round(((v - c.min) / (c.max - c.min)) * STEPS),
    fromSlider: s => Number((c.min + (s / STEPS) * (c.max - c.min)).toPrecision(4)),
  };
}

const same = (a, b) => String(a) === String(b) || (a != null && b != null && a !== '' && b !== '' && Number.isFinite(+a) && Number.isFinite(+b) && Math.abs(+a - +b) <= 1e-9 * Math.max(1, Math.abs(+b)));

// onChange(key, value) with value null meaning "back to the scenario's value" (drop the override).
export class ControlsPanel {
  constructor(root, onChange) {
    this.root = root;
    this.onChange = onChange;
    this.rows = new Map();
  }

  render(data, overrides) {
    this.rows.clear();
    const head = document.createElement('div');
    head.className = 'controls-head';
    head.innerHTML = `<h2>Controls</h2><button type="button" class="reset-all">reset all</button>`;
    head.querySelector('button').addEventListener('click', () => this.onChange(null, null));
    const groups = data.groups.map((g, i) => {
      const d = document.createElement('details');
      d.open = i === 0 || g.controls.some(c => overrides.has(c.key));
      d.innerHTML = `<summary>${escapeHtml(g.title)} <span class="count">${g.controls.length}</span></summary>`;
      for (const c of g.controls) d.append(this.controlRow(c, overrides.has(c.key) ? overrides.get(c.key) : c.reference));
      return d;
    });
    this.root.replaceChildren(head, ...groups);
  }

  controlRow(c, value) {
    const row = document.createElement('div');
    row.className = 'control';
    row.dataset.control = c.key;
    const id = `ctl-${c.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const range = c.kind === 'choice' ? (c.choices || []).join(' | ') : `${withUnit(c.min, c.unit)} – ${withUnit(c.max, c.unit)}${c.scale === 'log' ? ' (log)' : ''}`;
    row.innerHTML = `
      <div class="control-head">
        <label for="${id}">${escapeHtml(c.label)}</label>
        <span class="control-value"></span>
        <button type="button" class="reset" title="Back to the scenario's value (${escapeHtml(withUnit(c.reference, c.unit))})">reset</button>
      </div>
      <div class="control-inputs"></div>
      <p class="control-help">${escapeHtml(c.help)}</p>
      <p class="control-meta"><span title="${escapeHtml(`${c.key}; allowed: ${c.allowed || 'see docs'}`)}">${escapeHtml(range)}</span> · source: <span class="source">${escapeHtml(c.source)}</span></p>`;
    const inputs = row.querySelector('.control-inputs');
    const valueEl = row.querySelector('.control-value');
    let set;
    if (c.kind === 'choice') {
      const sel = document.createElement('select');
      sel.id = id;
      sel.dataset.key = c.key;
      // A lab may run its own mix rather than a named preset: then the scenario's value is no choice.
      if (c.reference == null) sel.add(new Option('as in the scenario', ''));
      for (const ch of c.choices || []) sel.add(new Option(ch, ch));
      inputs.append(sel);
      set = v => { sel.value = v ?? ''; valueEl.textContent = v ?? 'as in the scenario'; };
      sel.addEventListener('change', () => {
        valueEl.textContent = sel.value || 'as in the scenario';
        this.changed(c, sel.value === '' ? c.reference : sel.value);
      });
    } else {
      const m = sliderMap(c);
      const slider = Object.assign(document.createElement('input'), { type: 'range', min: 0, max: STEPS, step: 1, id });
      const box = Object.assign(document.createElement('input'), { type: 'number', step: 'any' });
      slider.dataset.key = box.dataset.key = c.key;
      slider.setAttribute('aria-label', `${c.label} slider`);
      box.setAttribute('aria-label', `${c.label} (${c.unit || 'value'})`);
      if (c.min != null) box.min = c.min;
      if (c.max != null) box.max = c.max;
      inputs.append(slider, box);
      if (c.unit) inputs.append(Object.assign(document.createElement('span'), { className: 'unit', textContent: c.unit }));
      set = v => {
        if (v == null || v === '' || !Number.isFinite(Number(v))) { // unset, or a bad value from the address
          box.value = v == null ? '' : String(v);
          valueEl.textContent = v == null ? '–' : String(v);
          return;
        }
        const n = Number(v);
        slider.value = m.toSlider(n);
        box.value = String(n);
        box.dataset.sent = String(n);
        valueEl.textContent = withUnit(n, c.unit);
      };
      slider.addEventListener('input', () => {
        const v = m.fromSlider(Number(slider.value));
        box.value = String(v);
        box.dataset.sent = String(v);
        valueEl.textContent = withUnit(v, c.unit);
        this.changed(c, v);
      });
      // Typing runs too (the run is debounced), so a value counts without leaving the box.
      const typed = () => {
        const v = Number(box.value);
        if (box.value.trim() === '' || !Number.isFinite(v) || same(v, box.dataset.sent)) return;
        box.dataset.sent = String(v);
        slider.value = m.toSlider(v);
        valueEl.textContent = withUnit(v, c.unit);
        this.changed(c, v);
      };
      box.addEventListener('input', typed);
      box.addEventListener('change', typed);
    }
    row.querySelector('.reset').addEventListener('click', () => {
      set(c.reference);
      this.changed(c, c.reference);
    });
    set(value);
    row.classList.toggle('overridden', !same(value, c.reference));
    this.rows.set(c.key, { c, row, set });
    return row;
  }

  changed(c, v) {
    const back = same(v, c.reference);
    this.rows.get(c.key)?.row.classList.toggle('overridden', !back);
    this.onChange(c.key, back ? null : v);
  }
}
