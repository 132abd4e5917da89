// Scenario page: the run's charts, its milestone and data-wall tables, notices and downloads.
import { api } from '../api.js';
import { ChartCard } from '../charts/card.js';
import { xRange } from '../charts/common.js';
import { lineChart } from '../charts/lines.js';
import { FRONTIER_COLOR, labColor } from '../colors.js';
import { fmt } from '../format.js';
import { dataWallTable, milestoneTable, notices } from '../tables.js';

const USES = [
  ['flop_pretrain', 'pretraining (final runs)', '#4e79a7'],
  ['flop_experiments', 'experiments', '#f28e2b'],
  ['flop_synthetic', 'synthetic data generation', '#e15759'],
  ['flop_rl', 'RL post-training', '#76b7b2'],
  ['flop_inference', 'inference (serving)', '#59a14f'],
];

const READOUTS = [
  ['frontiermath', 'FrontierMath tiers 1-3', '%', 0, '#e15759'],
  ['swebench', 'SWE-bench Verified', '%', 0, '#4e79a7'],
  ['metr_horizon_minutes', 'METR 50% time horizon', 'minutes', 1, '#59a14f'],
];

const labLines = (run, column, unit, extra = {}) => run.labs.map(l => ({
  name: l.name, color: labColor(l.name), years: run.years, values: l.series[column] || [], unit, ...extra,
}));

function frontierPoints(frontier, run, field, unit) {
  const [lo, hi] = xRange(run);
  return frontier.filter(m => m[field] != null && m.year >= lo && m.year <= hi).map(m => ({
    x: m.year, y: m[field], label: `${m.model} (${m.lab})`,
    tip: `<b>${m.model}</b> (${m.lab}), ${m.date}: ${field === 'eci' ? 'ECI' : 'GPQA Diamond'} ${fmt(m[field], 4)}${unit}`,
  }));
}

export class ScenarioPage {
  constructor(root) {
    this.root = root;
    root.innerHTML = `
      <div class="scenario-layout">
        <aside class="controls" id="controls" aria-label="Controls"><p class="muted">Loading controls…</p></aside>
        <div class="scenario-main">
          <div class="scenario-summary" id="scenario-summary"></div>
          <div class="charts-grid" id="scenario-charts"></div>
          <section class="tables">
            <div class="notices" id="scenario-notices"></div>
            <h2>Milestones</h2>
            <p class="caption">The month each lab's served capability K first reaches each milestone's threshold (docs/model.md §19): an ECI level, or the K at which a benchmark readout reaches that score.</p>
            <div id="milestones" class="table-wrap"></div>
            <h2>The data wall</h2>
            <p class="caption">When each lab's next run first wanted more unique human tokens than it could reach, its final K, the final K of a twin world with practically unlimited human data, and how many years later it reached its final K because of the wall.</p>
            <div id="datawall" class="table-wrap"></div>
            <h2>Downloads</h2>
            <p class="downloads" id="downloads"></p>
          </section>
        </div>
      </div>`;
    const grid = root.querySelector('#scenario-charts');
    this.cards = {
      capability: new ChartCard(grid, { name: 'capability', caption: 'Served capability K of each lab on the scale of Epoch AI\'s Capabilities Index (ECI; GPT-4 ≈ 126, Claude 3.5 Sonnet = 130). Dots are real frontier models released inside the plotted years, with their published ECI. Higher is more capable; K rises in steps when a lab releases a model.' }),
      gpqa: new ChartCard(grid, { name: 'gpqa', caption: 'GPQA Diamond accuracy read off each lab\'s K (a logistic fit: 25% is guessing, 94% the ceiling set by flawed questions). Dots are real models\' measured scores. It saturates, so later differences between labs show better in K.' }),
      readouts: new ChartCard(grid, { name: 'readouts', caption: 'Other benchmarks read off the chosen lab\'s K: FrontierMath and SWE-bench Verified in percent (left axis), and METR\'s 50% task time horizon in minutes (right axis, log: a straight line is steady doubling).' }),
      ceq: new ChartCard(grid, { name: 'ceq', log: true, caption: 'Chinchilla-equivalent compute: the compute an unconstrained compute-optimal run would need to reach each lab\'s pretraining loss. It tracks real compute while data is plentiful and falls behind it once the lab runs short of human data.' }),
      data: new ChartCard(grid, { name: 'data', log: true, caption: 'Human text in tokens: the stock each lab can reach (solid), the unique tokens its next run wants (dashed) and the unique human tokens its newest model was trained on (dotted). When the dashed line crosses the solid one the lab has hit the data wall.' }),
      compute: new ChartCard(grid, { name: 'compute', log: false, caption: 'What the chosen lab spends its compute on, in FLOP per step: final pretraining runs, experiments, generating synthetic data, RL post-training and serving. Linear: stacked areas (the top is the total); log: one line per use.' }),
      energy: new ChartCard(grid, { name: 'energy', log: false, caption: 'Mean electrical power drawn by each lab\'s share of its cluster, in megawatts. Growth is bounded by how fast a cluster can be built (≈2x a year by default) and by its site\'s power cap.' }),
      cost: new ChartCard(grid, { name: 'cost', log: true, caption: 'Cumulative spending of each lab on compute (GPUs, energy, data licences) since the start, in US dollars.' }),
    };
  }

  cardsList() { return Object.values(this.cards); }

  draw(run, ctx) {
    const labs = run.labs.map(l => l.name);
    const x = xRange(run);
    const frontier = ctx.frontier || [];
    const c = this.cards;
    this.root.querySelector('#scenario-summary').textContent =
      `${run.scenario.name}: ${run.scenario.description || ''} (${run.labs.length} lab${run.labs.length === 1 ? '' : 's'}, ${run.scenario.start}–${run.scenario.end}, seed ${run.scenario.seed}; computed in ${run.elapsedMs} ms)`;

    c.capability.draw(() => lineChart({
      title: 'Capability K per lab (ECI)', xRange: x, yAxes: [{ name: 'K (ECI)' }],
      series: labLines(run, 'capability_eci', 'ECI'),
      scatter: [{ name: 'Real models (Epoch AI)', color: FRONTIER_COLOR, points: frontierPoints(frontier, run, 'eci', '') }],
    }));
    c.gpqa.draw(() => lineChart({
      title: 'GPQA Diamond accuracy per lab (%)', xRange: x, yAxes: [{ name: 'GPQA Diamond (%)', min: 0, max: 100 }],
      series: labLines(run, 'gpqa', '%'),
      scatter: [{ name: 'Real models (Epoch AI)', color: FRONTIER_COLOR, points: frontierPoints(frontier, run, 'gpqa', '%') }],
    }));
    c.readouts.addSelect('lab', 'lab', labs);
    c.readouts.draw(card => {
      const lab = run.labs.find(l => l.name === card.selects.lab.value) || run.labs[0];
      return lineChart({
        title: `Benchmarks read off K: ${lab.name}`, xRange: x,
        yAxes: [{ name: 'score (%)', min: 0, max: 100 }, { name: 'METR horizon (minutes)', log: true }],
        series: READOUTS.map(([col, name, unit, axis, color]) => ({
          name, unit, color, yAxisIndex: axis, years: run.years, values: lab.series[col] || [],
        })),
      });
    });
    c.ceq.draw(card => lineChart({
      title: 'Chinchilla-equivalent compute C_eq per lab (FLOP)', xRange: x, yAxes: [{ name: 'C_eq (FLOP)', log: card.log }],
      series: labLines(run, 'chinchilla_equivalent_flop', 'FLOP'),
    }));
    c.data.addSelect('lab', 'lab', [{ value: '', label: 'all labs' }, ...labs]);
    c.data.draw(card => {
      const chosen = run.labs.filter(l => !card.selects.lab.value || l.name === card.selects.lab.value);
      const series = [];
      for (const l of chosen) {
        const color = labColor(l.name);
        series.push({ name: `${l.name}: reachable human stock`, color, years: run.years, values: l.series.human_stock_tokens || [], unit: 'tokens' });
        series.push({ name: `${l.name}: wanted by next run`, color, dashed: true, years: run.years, values: l.series.tokens_desired || [], unit: 'tokens' });
        series.push({ name: `${l.name}: unique human tokens used`, color, width: 1, years: run.years, values: l.series.tokens_unique_human || [], unit: 'tokens', dotted: true });
      }
      const out = lineChart({ title: 'Human data: reachable stock vs wanted dataset (tokens)', xRange: x, yAxes: [{ name: 'tokens', log: card.log }], series });
      out.option.series.forEach((s, i) => { if (series[i].dotted) s.lineStyle.type = 'dotted'; });
      return out;
    });
    c.compute.addSelect('lab', 'lab', labs);
    c.compute.draw(card => {
      const lab = run.labs.find(l => l.name === card.selects.lab.value) || run.labs[0];
      return lineChart({
        title: `Compute by use: ${lab.name} (FLOP per step)`, xRange: x, yAxes: [{ name: 'FLOP per step', log: card.log }],
        series: USES.map(([col, name, color]) => ({
          name, color, unit: 'FLOP', years: run.years, values: lab.series[col] || [],
          area: !card.log, stack: card.log ? undefined : 'uses',
        })),
      });
    });
    c.energy.draw(card => lineChart({
      title: 'Power per lab (MW)', xRange: x, yAxes: [{ name: 'power (MW)', log: card.log }],
      series: labLines(run, 'power_mw', 'MW'),
    }));
    c.cost.draw(card => lineChart({
      title: 'Cumulative cost per lab (USD)', xRange: x, yAxes: [{ name: 'cumulative cost (USD)', log: card.log }],
      series: labLines(run, 'cost_usd_cumulative', 'USD'),
    }));

    this.root.querySelector('#milestones').replaceChildren(milestoneTable(run.milestones || [], labs));
    this.root.querySelector('#datawall').replaceChildren(dataWallTable(run.dataWall || []));
    this.root.querySelector('#scenario-notices').replaceChildren(notices(run.warnings, run.notes));
    const dl = this.root.querySelector('#downloads');
    dl.replaceChildren(...[
      ['scenario.resolved.yaml', 'resolved scenario (YAML)'], ['trajectories.csv', 'trajectories (CSV)'],
      ['sources.csv', 'data sources (CSV)'], ['summary.json', 'summary (JSON)'],
    ].map(([file, label]) => {
      const a = document.createElement('a');
      a.href = api.downloadUrl(file, run.state);
      a.download = file;
      a.textContent = label;
      return a;
    }));
  }
}
