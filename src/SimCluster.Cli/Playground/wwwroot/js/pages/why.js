// Why page: what held each lab back over time, and what its capability is made of.
import { ChartCard } from '../charts/card.js';
import { bindingChart, bindingSummary, CONSTRAINTS } from '../charts/binding.js';
import { xRange } from '../charts/common.js';
import { lineChart } from '../charts/lines.js';
import { escapeHtml } from '../format.js';

const PARTS = [
  ['capability_pretrain_eci', 'pretraining', '#4e79a7'],
  ['capability_distill_eci', 'distillation', '#76b7b2'],
  ['capability_post_eci', 'post-training (RL)', '#f28e2b'],
  ['capability_test_time_eci', 'test-time compute', '#59a14f'],
];

// capability_post_eci is RL plus test time (docs/model.md §15); when the server also sends the RL part
// alone (capability_rl_eci), stack that, so the four parts add up to K instead of counting test time twice.
function partOf(lab, col) {
  if (col === 'capability_post_eci' && lab.series.capability_rl_eci) return lab.series.capability_rl_eci;
  return lab.series[col] || [];
}

export class WhyPage {
  constructor(root) {
    this.root = root;
    root.innerHTML = `
      <div class="charts-grid one" id="why-charts"></div>
      <section class="tables">
        <h2>What binds, in words</h2>
        <ul class="legend-list">${CONSTRAINTS.map(c => `<li><span class="swatch" style="background:${c.color}"></span><b>${escapeHtml(c.label)}</b>: ${escapeHtml(c.text)}</li>`).join('')}</ul>
        <ul id="binding-summary" class="summary-list"></ul>
      </section>
      <div class="charts-grid one" id="why-split"></div>`;
    this.cards = {
      binding: new ChartCard(root.querySelector('#why-charts'), { name: 'binding', wide: true, height: 300, caption: 'Each row is a lab, each column a month; the colour names what stopped the lab from training a bigger model that month. Click a colour in the legend to hide or show it.' }),
      split: new ChartCard(root.querySelector('#why-split'), { name: 'split', wide: true, caption: 'Where the chosen lab\'s capability K comes from: the pretrained base model\'s loss, distillation from a stronger teacher, RL post-training and thinking longer at test time, stacked so the top edge is K (ECI). Once human data runs out the pretraining part grows more slowly (only better algorithms and synthetic data move it), so post-training and distillation carry more of the growth.' }),
    };
  }

  cardsList() { return Object.values(this.cards); }

  draw(run) {
    this.cards.binding.draw(() => bindingChart(run));
    const list = this.root.querySelector('#binding-summary');
    list.replaceChildren(...run.labs.map(l => {
      const li = document.createElement('li');
      li.innerHTML = `<b>${escapeHtml(l.name)}</b>: `;
      li.append(bindingSummary(run, l) || 'no data');
      return li;
    }));
    const x = xRange(run);
    this.cards.split.addSelect('lab', 'lab', run.labs.map(l => l.name));
    this.cards.split.draw(card => {
      const lab = run.labs.find(l => l.name === card.selects.lab.value) || run.labs[0];
      const out = lineChart({
        title: `What capability K is made of: ${lab.name} (ECI)`, xRange: x, yAxes: [{ name: 'K (ECI)' }],
        series: [
          ...PARTS.map(([col, name, color]) => ({ name, color, unit: 'ECI', years: run.years, values: partOf(lab, col), area: true, stack: 'k' })),
          { name: 'K (total)', color: '#222', unit: 'ECI', width: 1, dashed: true, years: run.years, values: lab.series.capability_eci || [] },
        ],
      });
      return out;
    });
  }
}
