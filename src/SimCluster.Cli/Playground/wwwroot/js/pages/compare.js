// Compare page: the current state against a reference state (ref=, default: the same scenario
// without overrides): K and GPQA of both, ΔK, milestones side by side, the overrides that differ.
import { cachedRun } from '../api.js';
import { ChartCard } from '../charts/card.js';
import { xRange } from '../charts/common.js';
import { lineChart } from '../charts/lines.js';
import { labColor, registerLabs } from '../colors.js';
import { monthsBetween } from '../format.js';
import { savedStates } from '../saved.js';
import { baseOf, overridesOf, referenceQuery, scenarioQuery, writeAddress } from '../state.js';
import { genericTable } from '../tables.js';

const monthIndex = t => Math.round(t * 12);

function milestoneComparison(run, ref) {
  const labs = [...new Set([...run.labs.map(l => l.name), ...ref.labs.map(l => l.name)])];
  const names = [...new Set([...(run.milestones || []), ...(ref.milestones || [])].map(m => m.name))];
  const at = ms => new Map((ms || []).map(m => [`${m.lab}\u0000${m.name}`, m.date]));
  const cur = at(run.milestones), rf = at(ref.milestones);
  const t = document.createElement('table');
  t.className = 'compare-milestones';
  const th = (text, attrs = {}) => Object.assign(document.createElement('th'), { textContent: text, ...attrs });
  const head1 = document.createElement('tr');
  head1.append(th('milestone', { rowSpan: 2 }), ...labs.map(l => th(l, { colSpan: 3, className: 'group' })));
  const head2 = document.createElement('tr');
  for (const _ of labs) head2.append(th('current'), th('reference'), th('Δ months'));
  const thead = document.createElement('thead');
  thead.append(head1, head2);
  const tbody = document.createElement('tbody');
  for (const n of names) {
    const tr = document.createElement('tr');
    tr.append(th(n, { scope: 'row' }));
    for (const l of labs) {
      const a = cur.get(`${l}\u0000${n}`), b = rf.get(`${l}\u0000${n}`);
      const d = monthsBetween(b, a);
      for (const [text, cls] of [[a || 'not reached', a ? '' : 'muted'], [b || 'not reached', b ? '' : 'muted'],
        [d == null ? '–' : (d > 0 ? `+${d}` : String(d)), d == null || d === 0 ? 'muted' : (d < 0 ? 'sooner' : 'later')]]) {
        tr.append(Object.assign(document.createElement('td'), { textContent: text, className: cls }));
      }
    }
    tbody.append(tr);
  }
  t.append(thead, tbody);
  return t;
}

export class ComparePage {
  constructor(root, ctx) {
    this.root = root;
    root.innerHTML = `
      <div class="compare-head">
        <label>Reference <select id="ref-select" aria-label="Reference state"></select></label>
        <p class="caption">Compare the current state (set on the Scenario page) with a reference: by default the same scenario without your changes; or a state saved with “Save as reference”, or another shipped scenario. Current runs are drawn solid, the reference dashed, in the same colour per lab.</p>
        <p id="compare-what" class="compare-what"></p>
      </div>
      <div class="charts-grid" id="compare-charts"></div>
      <section class="tables">
        <h2>Overrides that differ</h2>
        <div id="compare-overrides"></div>
        <h2>Milestones: current vs reference</h2>
        <p class="caption">The month each milestone is first reached in each run; Δ is current minus reference in months (negative: the current state gets there sooner).</p>
        <div id="compare-milestones" class="table-wrap"></div>
      </section>`;
    const grid = root.querySelector('#compare-charts');
    this.cards = {
      k: new ChartCard(grid, { name: 'compare-k', caption: 'Capability K (ECI) per lab: current state solid, reference dashed. Where the lines part is where your changes start to matter.' }),
      diff: new ChartCard(grid, { name: 'compare-diff', caption: 'ΔK = current − reference, per lab, in ECI. Above zero the current state is ahead. Steps come from models being released at different times.' }),
      gpqa: new ChartCard(grid, { name: 'compare-gpqa', caption: 'GPQA Diamond accuracy per lab: current solid, reference dashed. It saturates near 94%, so differences show mostly early on.' }),
    };
    this.root.querySelector('#ref-select').addEventListener('change', ev => {
      ctx.state.ref = ev.target.value || null;
      ctx.apply();
    });
  }

  cardsList() { return Object.values(this.cards); }

  fillReferences(ctx) {
    const sel = this.root.querySelector('#ref-select');
    const st = ctx.state;
    const own = scenarioQuery({ ...st, sets: [] });
    const opts = [new Option(`same scenario without overrides (${baseOf(own)})`, '')];
    const saved = savedStates();
    if (saved.length) {
      const g = document.createElement('optgroup');
      g.label = 'saved states';
      for (const s of saved) g.append(new Option(s.name, s.query));
      opts.push(g);
    }
    const presets = document.createElement('optgroup');
    presets.label = 'other shipped scenarios';
    for (const p of ctx.presets) {
      const q = new URLSearchParams({ preset: p.name }).toString();
      if (q !== own) presets.append(new Option(p.name, q));
    }
    opts.push(presets);
    const known = [''].concat(saved.map(s => s.query), ctx.presets.map(p => new URLSearchParams({ preset: p.name }).toString()));
    if (st.ref && !known.includes(st.ref)) opts.push(new Option(`from the link: ${st.ref}`, st.ref));
    sel.replaceChildren(...opts);
    sel.value = st.ref || '';
  }

  async draw(run, ctx, signal) {
    this.fillReferences(ctx);
    const refQuery = referenceQuery(ctx.state);
    const ref = await cachedRun(refQuery, signal);
    if (signal && signal.aborted) return;
    window.simcluster.reference = ref;
    registerLabs(ref.labs.map(l => l.name));
    writeAddress(ctx.state);

    const cur = scenarioQuery(ctx.state);
    this.root.querySelector('#compare-what').textContent = `Current: ${run.state}   ·   Reference: ${ref.state}`;
    const [a0, a1] = xRange(run);
    const [b0, b1] = xRange(ref);
    const x = [Math.min(a0, b0), Math.max(a1, b1)];

    const both = column => [
      ...run.labs.map(l => ({ name: `${l.name} (current)`, color: labColor(l.name), years: run.years, values: l.series[column] || [] })),
      ...ref.labs.map(l => ({ name: `${l.name} (reference)`, color: labColor(l.name), dashed: true, width: 1.5, years: ref.years, values: l.series[column] || [] })),
    ];
    this.cards.k.draw(() => lineChart({
      title: 'Capability K per lab: current vs reference (ECI)', xRange: x, yAxes: [{ name: 'K (ECI)' }],
      series: both('capability_eci').map(s => ({ ...s, unit: 'ECI' })),
    }));
    this.cards.gpqa.draw(() => lineChart({
      title: 'GPQA Diamond per lab: current vs reference (%)', xRange: x, yAxes: [{ name: 'GPQA Diamond (%)', min: 0, max: 100 }],
      series: both('gpqa').map(s => ({ ...s, unit: '%' })),
    }));
    // ΔK on the months both runs have, for the labs both runs have.
    const diff = [];
    for (const l of run.labs) {
      const r = ref.labs.find(m => m.name === l.name);
      if (!r) continue;
      const at = new Map(ref.years.map((t, i) => [monthIndex(t), r.series.capability_eci[i]]));
      const years = [], values = [];
      run.years.forEach((t, i) => {
        const rv = at.get(monthIndex(t));
        const cv = l.series.capability_eci[i];
        if (rv === undefined) return;
        years.push(t);
        values.push(rv == null || cv == null ? null : cv - rv);
      });
      diff.push({ name: l.name, color: labColor(l.name), years, values, unit: 'ECI' });
    }
    this.cards.diff.draw(() => {
      const out = lineChart({ title: 'ΔK = current − reference per lab (ECI)', xRange: x, yAxes: [{ name: 'ΔK (ECI)' }], series: diff });
      if (out.option.series[0]) out.option.series[0].markLine = { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#888', type: 'solid', width: 1 }, label: { show: false } };
      return out;
    });

    // Overrides that differ between the two states.
    const co = overridesOf(cur), ro = overridesOf(refQuery);
    const keys = [...new Set([...co.keys(), ...ro.keys()])].filter(k => co.get(k) !== ro.get(k));
    const ov = this.root.querySelector('#compare-overrides');
    const rows = keys.map(k => [k, co.has(k) ? co.get(k) : 'scenario value', ro.has(k) ? ro.get(k) : 'scenario value']);
    const baseCur = baseOf(cur), baseRef = baseOf(refQuery);
    ov.replaceChildren();
    if (baseCur !== baseRef) {
      const p = document.createElement('p');
      p.className = 'notice note';
      p.textContent = `Different scenarios: current ${baseCur}, reference ${baseRef}; every difference between them counts, not only the overrides below.`;
      ov.append(p);
    }
    if (rows.length) ov.append(genericTable(['parameter', 'current', 'reference'], rows));
    else ov.append(Object.assign(document.createElement('p'), { className: 'muted', textContent: 'No override differs: both states set the same parameters.' }));

    // Milestones side by side: a row per milestone, for each lab current | reference | Δ months.
    this.root.querySelector('#compare-milestones').replaceChildren(milestoneComparison(run, ref));
  }
}
