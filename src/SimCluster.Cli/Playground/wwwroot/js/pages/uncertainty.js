// Uncertainty page: a quick sweep of the scenario's distributions, polled until done, then fan
// charts of K, exhaustion years and the tornado of K in 2040.
import { api } from '../api.js';
import { ChartCard } from '../charts/card.js';
import { fanChart } from '../charts/fan.js';
import { exhaustionChart, tornadoChart } from '../charts/ranges.js';
import { labColor, registerLabs } from '../colors.js';
import { clearErrors, showError, showErrors } from '../errors.js';
import { addressQuery, scenarioQuery } from '../state.js';

const METRICS = [
  { value: 'capability_eci', label: 'capability K (ECI)', unit: 'ECI', y: 'K (ECI)' },
  { value: 'gpqa', label: 'GPQA Diamond (%)', unit: '%', y: 'GPQA Diamond (%)' },
];

export class UncertaintyPage {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    root.innerHTML = `
      <div class="sweep-panel">
        <p class="caption">A quick sweep runs the scenario many times, each replicate drawing every uncertain parameter from its distribution, and reports percentiles across replicates. It needs a scenario with distributions.</p>
        <div class="sweep-row">
          <label>Replicates <input id="sweep-replicates" type="number" min="20" max="2000" step="1" value="300"></label>
          <button type="button" id="sweep-run">Run quick sweep</button>
          <progress id="sweep-progress" max="1" value="0"></progress>
          <span id="sweep-status" class="muted">No sweep run yet.</span>
        </div>
        <div id="sweep-uncertain-note"></div>
      </div>
      <div class="charts-grid" id="sweep-charts"></div>`;
    const grid = root.querySelector('#sweep-charts');
    this.cards = {
      fan: new ChartCard(grid, { name: 'fan-k', caption: 'How sure the model is about the chosen lab\'s trajectory: half the replicates fall in the dark band (P25–P75), nine in ten in the light band (P5–P95); the line is the median.' }),
      exhaustion: new ChartCard(grid, { name: 'exhaustion', caption: 'When each lab\'s next run first wants more unique human tokens than it can reach, across replicates: whiskers span P5–P95, the box P25–P75, the middle line is the median. Under each lab\'s name: the share of replicates in which it never runs out.' }),
      tornado: new ChartCard(grid, { name: 'tornado', wide: true, caption: 'Which uncertain parameters move the outcome most: each parameter is set to its 10th (blue) and 90th (orange) percentile with all others at their medians; bars show the change from the all-at-medians outcome. The widest swings are at the top.' }),
    };
    root.querySelector('#sweep-run').addEventListener('click', () => this.start());
  }

  cardsList() { return Object.values(this.cards); }

  // The page is drawn for every state: say whether the scenario can be swept at all.
  draw(run, ctx) {
    const note = this.root.querySelector('#sweep-uncertain-note');
    note.replaceChildren();
    const preset = ctx.state.preset && ctx.presets.find(p => p.name === ctx.state.preset);
    if (preset && !preset.uncertain) {
      const p = document.createElement('p');
      p.className = 'notice warning';
      const a = document.createElement('a');
      a.href = `?${addressQuery({ page: 'uncertainty', preset: 'baseline-uncertain', sets: [] })}`;
      a.textContent = 'switch to baseline-uncertain';
      p.append(`The scenario “${preset.name}” has no distributions (every parameter is a single number), so there is nothing to sweep. `, a, ' to see the baseline with its uncertain constants.');
      note.append(p);
    }
    if (this.result && this.resultQuery !== scenarioQuery(ctx.state)) {
      const p = document.createElement('p');
      p.className = 'notice note';
      p.textContent = `The charts below are for an earlier state (${this.resultQuery}); run the sweep again for this one.`;
      note.append(p);
    }
    if (this.result) this.drawResult(this.result);
  }

  async start() {
    const input = this.root.querySelector('#sweep-replicates');
    const n = Math.round(Number(input.value));
    if (!Number.isFinite(n) || n < 20 || n > 2000) {
      showErrors('Replicates must be a whole number from 20 to 2000.', [{ text: `replicates: ${input.value || '(empty)'} is outside [20, 2000]` }]);
      return;
    }
    const query = scenarioQuery(this.ctx.state);
    const token = (this.token = {}); // a newer sweep makes this poll loop stop
    const bar = this.root.querySelector('#sweep-progress');
    const status = this.root.querySelector('#sweep-status');
    const button = this.root.querySelector('#sweep-run');
    document.body.dataset.sweep = 'running';
    button.disabled = true;
    bar.value = 0;
    status.textContent = 'starting…';
    try {
      const { id } = await api.startSweep(query, n);
      for (;;) {
        const s = await api.sweep(id);
        if (token !== this.token) return;
        bar.max = s.total || n;
        bar.value = s.done || 0;
        status.textContent = `${s.done} / ${s.total} replicates`;
        if (s.phase === 'done') {
          clearErrors();
          this.result = s.result;
          this.resultQuery = query;
          window.simcluster.sweep = s.result;
          status.textContent = `done: ${s.result.replicates} replicates`;
          this.draw(window.simcluster.run, this.ctx);
          window.simcluster.redraws += 1;
          document.body.dataset.sweep = 'done';
          return;
        }
        if (s.phase === 'failed') {
          document.body.dataset.sweep = 'failed';
          status.textContent = 'failed';
          showErrors('The sweep failed.', [{ text: s.error || 'unknown error' }]);
          return;
        }
        await new Promise(r => setTimeout(r, 200));
      }
    } catch (e) {
      document.body.dataset.sweep = 'failed';
      status.textContent = 'failed';
      showError('The sweep could not run.', e);
    } finally {
      if (token === this.token) button.disabled = false;
    }
  }

  drawResult(result) {
    const labs = [...new Set(result.bands.map(b => b.lab))];
    registerLabs(labs);
    const fan = this.cards.fan;
    fan.addSelect('lab', 'lab', labs);
    fan.addSelect('metric', 'metric', METRICS);
    fan.draw(card => {
      const m = METRICS.find(x => x.value === card.selects.metric.value) || METRICS[0];
      const lab = card.selects.lab.value;
      const band = result.bands.find(b => b.lab === lab && b.metric === m.value)
        || { years: [], p5: [], p25: [], p50: [], p75: [], p95: [] };
      return fanChart({ titleText: `${m.label}: ${lab}, ${result.replicates} replicates`, band, color: labColor(lab), unit: m.unit, yName: m.y });
    });
    this.cards.exhaustion.draw(() => exhaustionChart(result.exhaustion || [], labColor));
    const tornado = this.cards.tornado;
    const tlabs = [...new Set((result.tornado?.rows || []).map(r => r.lab))];
    tornado.addSelect('lab', 'lab', tlabs);
    tornado.draw(card => {
      const out = tornadoChart(result.tornado || { outcome: '', unit: '', rows: [] }, card.selects.lab.value);
      if (card.chartEl.style.height !== `${out.height}px`) {
        card.chartEl.style.height = `${out.height}px`;
        if (card.chart) card.chart.resize();
      }
      return out;
    });
  }
}
